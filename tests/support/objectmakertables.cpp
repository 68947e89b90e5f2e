// The object maker's tables and what is part of them: columns, partitions, constraints, indexes.
#include "objectmaker.h"
#include "objectmakersupport.h"

namespace Pixetric::Test {

using namespace Maker;

// --- Columns ----------------------------------------------------------------------------------

QString ObjectMaker::freshColumnName(const GeneratedItem &table)
{
    // The names of the columns of the table's whole inheritance family.
    QStringList taken;
    QStringList family{table.id};
    for (QString parent = table.table ? table.table->parent : QString(); !parent.isEmpty();) {
        family << parent;
        const GeneratedItem *p = m_schema.find(parent);
        parent = p && p->table ? p->table->parent : QString();
    }
    for (qsizetype i = 0; i < family.size(); ++i) {
        for (const GeneratedItem &o : m_schema.items) {
            if (o.table && o.table->parent == family.at(i) && !family.contains(o.id))
                family << o.id;
        }
    }
    for (const QString &id : std::as_const(family)) {
        const GeneratedItem *o = id == table.id ? &table : m_schema.find(id);
        if (o && o->table) {
            for (const GeneratedColumn &c : o->table->columns)
                taken << c.name;
        }
    }
    const QString word = m_dice.pick(columnWords);
    if (m_dice.chance(40) && !taken.contains(word))
        return word;
    for (;;) {
        const QString name = word + QLatin1Char('_') + QString::number(++m_serial);
        if (!taken.contains(name))
            return name;
    }
}

GeneratedColumn ObjectMaker::newColumn(qsizetype tableIndex, bool plainTable)
{
    m_position = tableIndex;
    m_previous = nullptr;
    m_provided = m_schema.providedBefore(tableIndex);
    const GeneratedItem &table = m_schema.items.at(tableIndex);
    GeneratedColumn c;
    c.name = freshColumnName(table);
    QList<TypeChoice> choices = typeChoices(tableIndex);
    if (table.kind == GeneratedKind::ForeignTable)
        choices.erase(std::remove_if(choices.begin(), choices.end(), [](const TypeChoice &t) { return !t.uses.isEmpty(); }), choices.end());
    if (choices.isEmpty())
        choices << TypeChoice{QStringLiteral("integer"), QStringLiteral("int"), {}};
    const TypeChoice type = choices.at(m_dice.below(choices.size()));
    c.type = type.type;
    c.family = type.family;
    c.uses = type.uses;
    const bool builtin = c.uses.isEmpty();
    if (builtin && c.family == QLatin1String("text") && m_dice.chance(15)) {
        const QList<qsizetype> collations = before([](const GeneratedItem &o) { return o.kind == GeneratedKind::Collation; });
        if (!collations.isEmpty() && m_dice.chance(60)) {
            const GeneratedItem &o = m_schema.items.at(m_dice.pick(collations));
            c.collation = qualified(o.schema, o.name);
            c.uses << GeneratedUse{o.id, {}};
        } else {
            c.collation = QStringLiteral("\"C\"");
        }
    }
    if (m_dice.chance(20))
        c.notNull = true;
    if (table.kind == GeneratedKind::ForeignTable && m_dice.chance(30))
        c.fdwOptions = m_dice.chance(50) ? QStringLiteral("column_name 'remote_col'") : QStringLiteral("column_name 'other'");
    if (plainTable && builtin && c.family == QLatin1String("int") && m_dice.chance(12)) {
        c.identity = m_dice.chance(50) ? QStringLiteral("ALWAYS") : QStringLiteral("BY DEFAULT");
        if (m_dice.chance(40))
            c.identityOptions = pick({QStringLiteral("START WITH 10 INCREMENT BY 5"), QStringLiteral("START WITH 100"),
                                      QStringLiteral("CACHE 20")});
    } else if (plainTable && m_dice.chance(10) && chooseGenerated(c, table.table->columns, table.id)) {
    } else if (m_dice.chance(35)) {
        c.defaultValue = defaultValue(c.type, c.family, &c.defaultUses);
        if (!builtin && !c.defaultUses.isEmpty() && c.family != QLatin1String("enum")) {
            c.defaultValue.clear();
            c.defaultUses.clear();
        }
    }
    const bool varlena = builtin
                         && (c.family == QLatin1String("text") || c.family == QLatin1String("bytea") || c.family == QLatin1String("jsonb")
                             || c.family == QLatin1String("textarray"));
    if (plainTable) {
        if (varlena && m_dice.chance(10))
            c.storage = pick({QStringLiteral("EXTERNAL"), QStringLiteral("MAIN"), QStringLiteral("PLAIN")});
        if (varlena && m_dice.chance(5))
            c.compression = QStringLiteral("pglz");
        if (m_dice.chance(8))
            c.statistics = m_dice.pick(QList<int>{0, 100, 500, 1000});
        if (m_dice.chance(5))
            c.options = pick({QStringLiteral("n_distinct=100"), QStringLiteral("n_distinct=-0.5")});
    }
    return c;
}

bool ObjectMaker::chooseGenerated(GeneratedColumn &c, const QList<GeneratedColumn> &siblings, const QString &tableId)
{
    QList<const GeneratedColumn *> sources;
    for (const GeneratedColumn &s : siblings) {
        if (s.name != c.name && s.generated.isEmpty() && s.identity.isEmpty() && s.uses.isEmpty()
            && (s.family == QLatin1String("int") || s.family == QLatin1String("numeric") || s.family == QLatin1String("bool")
                || s.type == QLatin1String("text")))
            sources << &s;
    }
    if (sources.isEmpty())
        return false;
    const GeneratedColumn &s = *sources.at(m_dice.below(sources.size()));
    const QString n = ident(s.name);
    if (s.family == QLatin1String("int")) {
        c.type = s.type;
        c.generated = QStringLiteral("(%1 * 2)").arg(n);
    } else if (s.family == QLatin1String("numeric")) {
        c.type = QStringLiteral("numeric");
        c.generated = QStringLiteral("(%1 * 2)").arg(n);
    } else if (s.family == QLatin1String("bool")) {
        c.type = QStringLiteral("boolean");
        c.generated = QStringLiteral("(NOT %1)").arg(n);
    } else {
        c.type = QStringLiteral("text");
        c.generated = QStringLiteral("lower(%1)").arg(n);
    }
    c.family = s.family;
    c.uses.clear();
    c.collation.clear();
    c.identity.clear();
    c.defaultValue.clear();
    c.defaultUses.clear();
    c.generatedUses = {GeneratedUse{GeneratedSchema::columnId(tableId, s.name), s.signature()}};
    return true;
}

void ObjectMaker::chooseDefault(GeneratedColumn &c, qsizetype tableIndex)
{
    m_position = tableIndex;
    m_previous = nullptr;
    m_provided = m_schema.providedBefore(tableIndex);
    c.defaultValue.clear();
    c.defaultUses.clear();
    if (!c.identity.isEmpty() || !c.generated.isEmpty() || m_dice.chance(40))
        return;
    c.defaultValue = defaultValue(c.type, c.family, &c.defaultUses);
    if (!c.uses.isEmpty() && !c.defaultUses.isEmpty() && c.family != QLatin1String("enum")) {
        c.defaultValue.clear();
        c.defaultUses.clear();
    }
}

bool ObjectMaker::resolveType(GeneratedColumn &c, qsizetype tableIndex)
{
    if (c.uses.isEmpty())
        return true;
    const QString typeId = c.uses.first().id;
    const qsizetype i = m_schema.indexOf(typeId);
    if (i < 0 || i >= tableIndex)
        return false;
    const GeneratedItem &o = m_schema.items.at(i);
    GeneratedUse &use = c.uses.first();
    switch (o.kind) {
    case GeneratedKind::Domain:
        c.type = qualified(o.schema, o.name);
        if (c.family != o.signature) {
            c.defaultValue.clear();
            c.defaultUses.clear();
        }
        c.family = o.signature;
        use.signature = o.signature;
        break;
    case GeneratedKind::Range:
        c.type = qualified(o.schema, o.name);
        use.signature = o.signature;
        break;
    case GeneratedKind::Extension:
        c.type = qualified(o.signature, o.name);
        use.signature = o.signature;
        break;
    case GeneratedKind::Enum:
    case GeneratedKind::Composite:
        c.type = qualified(o.schema, o.name);
        break;
    case GeneratedKind::Collation:
        return false;
    default:
        return false;
    }
    return true;
}

bool ObjectMaker::retype(GeneratedColumn &c, qsizetype tableIndex)
{
    if (c.pinned || !c.generated.isEmpty())
        return false;
    struct Target
    {
        QString type;
        QString family;
        QList<GeneratedUse> uses;
    };
    static const QHash<QString, QList<QPair<QString, QString>>> builtin = {
        {QStringLiteral("integer"), {{QStringLiteral("bigint"), QStringLiteral("int")}, {QStringLiteral("smallint"), QStringLiteral("int")},
                                     {QStringLiteral("numeric(12,2)"), QStringLiteral("numeric")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("bigint"), {{QStringLiteral("integer"), QStringLiteral("int")}, {QStringLiteral("numeric"), QStringLiteral("numeric")},
                                    {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("smallint"), {{QStringLiteral("integer"), QStringLiteral("int")}, {QStringLiteral("bigint"), QStringLiteral("int")}}},
        {QStringLiteral("numeric(10,2)"), {{QStringLiteral("numeric(14,2)"), QStringLiteral("numeric")}, {QStringLiteral("numeric"), QStringLiteral("numeric")},
                                           {QStringLiteral("integer"), QStringLiteral("int")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("numeric(12,2)"), {{QStringLiteral("numeric"), QStringLiteral("numeric")}, {QStringLiteral("integer"), QStringLiteral("int")}}},
        {QStringLiteral("numeric(14,2)"), {{QStringLiteral("numeric(10,2)"), QStringLiteral("numeric")}}},
        {QStringLiteral("numeric"), {{QStringLiteral("numeric(10,2)"), QStringLiteral("numeric")}, {QStringLiteral("integer"), QStringLiteral("int")},
                                     {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("text"), {{QStringLiteral("character varying(200)"), QStringLiteral("text")}, {QStringLiteral("integer"), QStringLiteral("int")}}},
        {QStringLiteral("character varying(20)"), {{QStringLiteral("character varying(40)"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("character varying(40)"), {{QStringLiteral("character varying(20)"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("character varying(200)"), {{QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("boolean"), {{QStringLiteral("text"), QStringLiteral("text")}, {QStringLiteral("integer"), QStringLiteral("int")}}},
        {QStringLiteral("date"), {{QStringLiteral("timestamp with time zone"), QStringLiteral("timestamptz")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("timestamp with time zone"), {{QStringLiteral("date"), QStringLiteral("date")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("jsonb"), {{QStringLiteral("json"), QStringLiteral("json")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("json"), {{QStringLiteral("jsonb"), QStringLiteral("jsonb")}}},
        {QStringLiteral("uuid"), {{QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("bytea"), {{QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("integer[]"), {{QStringLiteral("bigint[]"), QStringLiteral("intarray")}}},
        {QStringLiteral("bigint[]"), {{QStringLiteral("integer[]"), QStringLiteral("intarray")}}},
        {QStringLiteral("text[]"), {{QStringLiteral("character varying[]"), QStringLiteral("textarray")}}},
        {QStringLiteral("character varying[]"), {{QStringLiteral("text[]"), QStringLiteral("textarray")}}},
        {QStringLiteral("inet"), {{QStringLiteral("cidr"), QStringLiteral("inet")}, {QStringLiteral("text"), QStringLiteral("text")}}},
        {QStringLiteral("cidr"), {{QStringLiteral("inet"), QStringLiteral("inet")}}},
        {QStringLiteral("interval"), {{QStringLiteral("text"), QStringLiteral("text")}}},
    };
    QList<Target> targets;
    for (const auto &[type, family] : builtin.value(c.type))
        targets << Target{type, family, {}};
    if (!c.identity.isEmpty()) {
        targets.erase(std::remove_if(targets.begin(), targets.end(), [](const Target &t) { return t.family != QLatin1String("int"); }),
                      targets.end());
    } else {
        // To and from the schema's own types: text to an enum or citext, a domain to its base.
        for (qsizetype i = 0; i < tableIndex; ++i) {
            const GeneratedItem &o = m_schema.items.at(i);
            if (c.type == QLatin1String("text") && o.kind == GeneratedKind::Enum)
                targets << Target{qualified(o.schema, o.name), QStringLiteral("enum"), {{o.id, {}}}};
            if (c.type == QLatin1String("text") && o.kind == GeneratedKind::Extension && o.name == QLatin1String("citext"))
                targets << Target{qualified(o.signature, o.name), QStringLiteral("citext"), {{o.id, o.signature}}};
            if (o.kind == GeneratedKind::Domain && o.labels.value(0) == c.type && c.uses.isEmpty() && c.collation.isEmpty())
                targets << Target{qualified(o.schema, o.name), o.signature, {{o.id, o.signature}}};
        }
        if (!c.uses.isEmpty()) {
            const GeneratedItem *o = m_schema.find(c.uses.first().id);
            if (o && o->kind == GeneratedKind::Domain)
                targets << Target{o->labels.value(0), o->signature, {}};
            else if (o && (o->kind == GeneratedKind::Enum || o->name == QLatin1String("citext")))
                targets << Target{QStringLiteral("text"), QStringLiteral("text"), {}};
        }
    }
    if (targets.isEmpty())
        return false;
    const Target t = targets.at(m_dice.below(targets.size()));
    c.type = t.type;
    c.family = t.family;
    c.uses = t.uses;
    if (!(c.family == QLatin1String("text") && c.uses.isEmpty()))
        c.collation.clear();
    c.storage.clear();
    c.compression.clear();
    chooseDefault(c, tableIndex);
    return true;
}

// --- Tables -----------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::table(GeneratedKind kind)
{
    const GeneratedItem *server = nullptr;
    const GeneratedItem *parent = nullptr;
    if (kind == GeneratedKind::ForeignTable && !(server = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::Server; })))
        return std::nullopt;
    if (kind == GeneratedKind::ChildTable
        && !(parent = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::Table || o.kind == GeneratedKind::ChildTable; })))
        return std::nullopt;
    const Place p = place(relationWords);
    GeneratedItem item = start(kind, p, QStringLiteral("rel:"));
    const QString q = qualified(p.schema, p.name);
    item.ref = (kind == GeneratedKind::ForeignTable ? QLatin1String("FOREIGN TABLE ") : QLatin1String("TABLE ")) + q;
    item.flags << QStringLiteral("ownable");
    item.table = GeneratedTable{};
    GeneratedTable &t = *item.table;
    if (parent) {
        t.parent = parent->id;
        item.anchor = parent->id;
        item.uses << GeneratedUse{parent->id, {}};
    }
    if (server) {
        t.server = server->id;
        t.serverName = ident(server->name);
        item.anchor = server->id;
        item.uses << GeneratedUse{server->id, {}};
        if (m_dice.chance(60))
            t.serverOptions = server->hasFlag(QStringLiteral("postgres_fdw")) ? QStringLiteral("schema_name 'public', table_name 'remote'")
                                                                               : QStringLiteral("table_name 'remote', \"Odd\" 'x'");
    }
    // The new table stands at its place in the list while its columns are made, so that they
    // are named apart from its family's and use only what comes before it.
    const qsizetype position = m_position;
    m_schema.items.insert(position, item);
    const qsizetype self = position;
    auto addColumns = [&](int low, int high, bool plain) {
        for (int n = m_dice.between(low, high); n > 0; --n) {
            GeneratedColumn c = newColumn(self, plain);
            m_schema.items[self].table->columns << c;
        }
    };
    if (kind == GeneratedKind::PartitionedTable) {
        struct Strategy
        {
            QString method;
            QString type;
            QString family;
        };
        static const QList<Strategy> strategies = {
            {QStringLiteral("RANGE"), QStringLiteral("integer"), QStringLiteral("range-int")},
            {QStringLiteral("RANGE"), QStringLiteral("bigint"), QStringLiteral("range-int")},
            {QStringLiteral("RANGE"), QStringLiteral("date"), QStringLiteral("range-date")},
            {QStringLiteral("LIST"), QStringLiteral("integer"), QStringLiteral("list-int")},
            {QStringLiteral("LIST"), QStringLiteral("text"), QStringLiteral("list-text")},
            {QStringLiteral("HASH"), QStringLiteral("integer"), QStringLiteral("hash")},
            {QStringLiteral("HASH"), QStringLiteral("text"), QStringLiteral("hash")},
        };
        const Strategy s = strategies.at(m_dice.below(strategies.size()));
        GeneratedColumn key;
        key.name = freshColumnName(m_schema.items.at(self));
        key.type = s.type;
        key.family = s.type == QLatin1String("date") ? QStringLiteral("date") : s.type == QLatin1String("text") ? QStringLiteral("text") : QStringLiteral("int");
        key.pinned = true;
        key.notNull = m_dice.chance(40);
        m_schema.items[self].table->columns << key;
        m_schema.items[self].table->partitionBy = QStringLiteral("%1 (%2)").arg(s.method, ident(key.name));
        m_schema.items[self].table->keyFamily = s.family;
        addColumns(0, 3, false);
    } else if (kind == GeneratedKind::Table) {
        addColumns(1, 6, true);
        GeneratedTable &own = *m_schema.items[self].table;
        own.unlogged = m_dice.chance(10);
        if (m_dice.chance(10))
            own.options = pick({QStringLiteral("fillfactor=70"), QStringLiteral("autovacuum_enabled=false"),
                                QStringLiteral("fillfactor=80, autovacuum_enabled=false")});
        if (m_dice.chance(5))
            own.replicaIdentity = pick({QStringLiteral("FULL"), QStringLiteral("NOTHING")});
    } else {
        addColumns(kind == GeneratedKind::ChildTable ? 0 : 1, 3, false);
    }
    item = m_schema.items.takeAt(self);
    m_position = position;
    m_provided = m_schema.providedBefore(position);
    if (kind != GeneratedKind::ForeignTable) {
        item.table->rowSecurity = m_dice.chance(15);
        item.table->forceRowSecurity = m_dice.chance(5);
    }
    item.signature = kind == GeneratedKind::ForeignTable ? QStringLiteral("foreign")
                     : item.table->unlogged               ? QStringLiteral("unlogged")
                                                          : QStringLiteral("logged");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::partition()
{
    const GeneratedItem *parent = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::PartitionedTable; });
    if (!parent)
        return std::nullopt;
    const QString strategy = parent->table->keyFamily;
    QStringList used;
    for (const GeneratedItem &o : m_schema.items) {
        if (o.kind == GeneratedKind::Partition && o.anchor == parent->id && !(m_previous && m_previous->id == o.id))
            used << o.labels.value(0);
    }
    QStringList free;
    for (int n = 0; n < (strategy == QLatin1String("hash") ? 4 : 8); ++n) {
        if (!used.contains(QString::number(n)))
            free << QString::number(n);
    }
    if (strategy != QLatin1String("hash") && !used.contains(QLatin1String("default")) && m_dice.chance(20))
        free = {QStringLiteral("default")};
    if (free.isEmpty())
        return std::nullopt;
    const QString slot = m_previous && m_previous->anchor == parent->id && free.contains(m_previous->labels.value(0)) && m_dice.chance(60)
                             ? m_previous->labels.value(0)
                             : pick(free);
    const int n = slot.toInt();
    QString bound;
    if (slot == QLatin1String("default"))
        bound = QStringLiteral("DEFAULT");
    else if (strategy == QLatin1String("range-int"))
        bound = QStringLiteral("FOR VALUES FROM (%1) TO (%2)").arg(n * 100).arg((n + 1) * 100);
    else if (strategy == QLatin1String("range-date"))
        bound = QStringLiteral("FOR VALUES FROM ('%1-01-01') TO ('%2-01-01')").arg(2020 + n).arg(2021 + n);
    else if (strategy == QLatin1String("list-int"))
        bound = QStringLiteral("FOR VALUES IN (%1, %2)").arg(n * 10 + 1).arg(n * 10 + 2);
    else if (strategy == QLatin1String("list-text"))
        bound = QStringLiteral("FOR VALUES IN ('v%1a', 'v%1 b')").arg(n);
    else
        bound = QStringLiteral("FOR VALUES WITH (MODULUS 4, REMAINDER %1)").arg(n);
    const Place p = place(relationWords);
    GeneratedItem item = start(GeneratedKind::Partition, p, QStringLiteral("rel:"));
    item.anchor = parent->id;
    item.labels = {slot};
    item.uses << GeneratedUse{parent->id, {}};
    item.sql = QStringLiteral("CREATE TABLE %1 PARTITION OF %2 %3;")
                   .arg(qualified(p.schema, p.name), qualified(parent->schema, parent->name), bound);
    item.ref = QLatin1String("TABLE ") + qualified(p.schema, p.name);
    item.signature = QStringLiteral("logged");
    item.flags << QStringLiteral("ownable");
    return item;
}

// --- Constraints ------------------------------------------------------------------------------

GeneratedItem ObjectMaker::onTable(GeneratedKind kind, const GeneratedItem &t, const QStringList &pool, const QString &idPrefix)
{
    const QString name = m_previous && m_previous->kind == kind && m_previous->schema == t.schema ? m_previous->name : freshName(t.schema, pool);
    GeneratedItem item = start(kind, {t.schema, name}, QString());
    item.id = QStringLiteral("%1%2/%3").arg(idPrefix, t.id, name);
    item.anchor = t.id;
    item.uses << GeneratedUse{t.id, {}};
    return item;
}

std::optional<GeneratedItem> ObjectMaker::key(bool primary)
{
    const GeneratedKind kind = primary ? GeneratedKind::PrimaryKey : GeneratedKind::Unique;
    const GeneratedItem *t = anchor([&](const GeneratedItem &o) {
        if (!isTable(o))
            return false;
        if (!primary)
            return true;
        for (const GeneratedItem &x : m_schema.items) {
            if (x.kind == GeneratedKind::PrimaryKey && x.anchor == o.id && !(m_previous && m_previous->id == x.id))
                return false;
        }
        return true;
    });
    if (!t)
        return std::nullopt;
    const bool partitioned = t->kind == GeneratedKind::PartitionedTable;
    QList<GeneratedColumnRef> candidates;
    QList<GeneratedColumnRef> chosen;
    for (const GeneratedColumnRef &c : m_schema.columns(m_schema.indexOf(t->id))) {
        if (c.pinned)
            chosen << c;
        else if (comparable(c.family))
            candidates << c;
    }
    for (int n = m_dice.between(chosen.isEmpty() ? 1 : 0, 2); n > 0 && !candidates.isEmpty(); --n)
        chosen << candidates.takeAt(m_dice.below(candidates.size()));
    if (chosen.isEmpty())
        return std::nullopt;
    GeneratedItem item = onTable(kind, *t, constraintWords, QStringLiteral("con:"));
    const QString name = item.name;
    QStringList names;
    for (const GeneratedColumnRef &c : std::as_const(chosen)) {
        names << ident(c.name);
        item.labels << c.name;
        item.arguments << c.type;
        item.uses << typedUse(c);
    }
    QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(qualified(t->schema, t->name), ident(name),
                                                                           primary ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE"));
    if (!primary && m_dice.chance(20))
        sql += QLatin1String(" NULLS NOT DISTINCT");
    sql += QLatin1String(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!candidates.isEmpty() && m_dice.chance(15)) {
        const GeneratedColumnRef &c = m_dice.pick(candidates);
        sql += QLatin1String(" INCLUDE (") + ident(c.name) + QLatin1Char(')');
        item.uses << GeneratedUse{c.id, {}};
    }
    item.signature = item.arguments.join(QLatin1Char(','));
    if (!partitioned && m_dice.chance(10)) {
        sql += m_dice.chance(50) ? QLatin1String(" DEFERRABLE") : QLatin1String(" DEFERRABLE INITIALLY DEFERRED");
        item.flags << QStringLiteral("deferrable");
        item.signature += QLatin1String("|deferrable");
    }
    item.sql = sql + QLatin1Char(';');
    item.ref = QStringLiteral("CONSTRAINT %1 ON %2").arg(ident(name), qualified(t->schema, t->name));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::foreignKey()
{
    const GeneratedItem *source = anchor(isTable);
    if (!source)
        return std::nullopt;
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(source->id));
    QList<qsizetype> keys = before([](const GeneratedItem &o) {
        return (o.kind == GeneratedKind::PrimaryKey || o.kind == GeneratedKind::Unique) && !o.hasFlag(QStringLiteral("deferrable"));
    });
    while (!keys.isEmpty()) {
        const GeneratedItem &k = m_schema.items.at(keys.takeAt(m_dice.below(keys.size())));
        const GeneratedItem *target = m_schema.find(k.anchor);
        if (!target || (source->signature == QLatin1String("logged") && target->signature != QLatin1String("logged")))
            continue;
        QList<GeneratedColumnRef> chosen;
        for (const QString &type : k.arguments) {
            QList<GeneratedColumnRef> fitting;
            for (const GeneratedColumnRef &c : columns) {
                if (c.type == type && !c.generated
                    && std::none_of(chosen.begin(), chosen.end(), [&](const GeneratedColumnRef &x) { return x.id == c.id; }))
                    fitting << c;
            }
            if (fitting.isEmpty())
                break;
            chosen << m_dice.pick(fitting);
        }
        if (chosen.size() != k.arguments.size())
            continue;
        GeneratedItem item = onTable(GeneratedKind::ForeignKey, *source, constraintWords, QStringLiteral("con:"));
        const QString name = item.name;
        item.uses << GeneratedUse{source->id, source->signature} << GeneratedUse{target->id, target->signature}
                  << GeneratedUse{k.id, k.signature};
        QStringList from;
        QStringList to;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            from << ident(chosen.at(i).name);
            to << ident(k.labels.at(i));
            item.uses << typedUse(chosen.at(i));
        }
        static const QStringList actions = {QString(), QStringLiteral(" NO ACTION"), QStringLiteral(" RESTRICT"), QStringLiteral(" CASCADE"),
                                            QStringLiteral(" SET NULL"), QStringLiteral(" SET DEFAULT")};
        QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)")
                          .arg(qualified(source->schema, source->name), ident(name), from.join(QStringLiteral(", ")),
                               qualified(target->schema, target->name), to.join(QStringLiteral(", ")));
        if (chosen.size() > 1 && m_dice.chance(20))
            sql += QLatin1String(" MATCH FULL");
        if (const QString a = pick(actions); !a.isEmpty())
            sql += QLatin1String(" ON DELETE") + a;
        if (const QString a = pick(actions); !a.isEmpty())
            sql += QLatin1String(" ON UPDATE") + a;
        if (m_dice.chance(15))
            sql += m_dice.chance(50) ? QLatin1String(" DEFERRABLE") : QLatin1String(" DEFERRABLE INITIALLY DEFERRED");
        if (source->kind != GeneratedKind::PartitionedTable && m_dice.chance(15))
            sql += QLatin1String(" NOT VALID");
        item.sql = sql + QLatin1Char(';');
        item.ref = QStringLiteral("CONSTRAINT %1 ON %2").arg(ident(name), qualified(source->schema, source->name));
        return item;
    }
    return std::nullopt;
}

std::optional<GeneratedItem> ObjectMaker::check()
{
    const GeneratedItem *t = anchor([](const GeneratedItem &o) { return isTable(o) || o.kind == GeneratedKind::ForeignTable; });
    if (!t)
        return std::nullopt;
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
    if (columns.isEmpty())
        return std::nullopt;
    GeneratedItem item = onTable(GeneratedKind::Check, *t, constraintWords, QStringLiteral("con:"));
    const QString name = item.name;
    QString expression = condition(m_dice.pick(columns), {}, &item.uses);
    if (m_dice.chance(20))
        expression += QLatin1String(" AND ") + condition(m_dice.pick(columns), {}, &item.uses);
    const bool foreign = t->kind == GeneratedKind::ForeignTable;
    QString sql = QStringLiteral("ALTER %1 %2 ADD CONSTRAINT %3 CHECK (%4)")
                      .arg(foreign ? QStringLiteral("FOREIGN TABLE") : QStringLiteral("TABLE"), qualified(t->schema, t->name), ident(name),
                           expression);
    if (t->kind == GeneratedKind::Table || t->kind == GeneratedKind::ChildTable) {
        if (m_dice.chance(10))
            sql += QLatin1String(" NO INHERIT");
        if (m_dice.chance(15))
            sql += QLatin1String(" NOT VALID");
    }
    item.sql = sql + QLatin1Char(';');
    item.ref = QStringLiteral("CONSTRAINT %1 ON %2").arg(ident(name), qualified(t->schema, t->name));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::exclusion()
{
    const GeneratedItem *t = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::Table; });
    if (!t)
        return std::nullopt;
    const GeneratedItem *btreeGist = extension(QStringLiteral("btree_gist"));
    QList<GeneratedUse> uses;
    QStringList options;
    QStringList methods;
    for (const GeneratedColumnRef &c : m_schema.columns(m_schema.indexOf(t->id))) {
        if (c.family == QLatin1String("range")) {
            options << QStringLiteral("USING gist (%1 WITH &&)").arg(ident(c.name));
            uses << typedUse(c);
        } else if (btreeGist && c.family == QLatin1String("int") && c.collation.isEmpty()) {
            options << QStringLiteral("USING gist (%1 WITH =)").arg(ident(c.name));
            uses << typedUse(c);
        } else if (hasEquality(c.family)) {
            options << QStringLiteral("USING %1 (%2 WITH =)").arg(m_dice.chance(50) ? QStringLiteral("btree") : QStringLiteral("hash"), ident(c.name));
            uses << typedUse(c);
        }
    }
    if (options.isEmpty())
        return std::nullopt;
    const int at = m_dice.below(options.size());
    GeneratedItem item = onTable(GeneratedKind::Exclusion, *t, constraintWords, QStringLiteral("con:"));
    const QString name = item.name;
    item.uses << uses.at(at);
    if (btreeGist && options.at(at).contains(QLatin1String("gist (")))
        item.uses << GeneratedUse{btreeGist->id, {}};
    QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 EXCLUDE %3").arg(qualified(t->schema, t->name), ident(name), options.at(at));
    if (m_dice.chance(20)) {
        const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
        sql += QLatin1String(" WHERE (") + condition(m_dice.pick(columns), {}, &item.uses) + QLatin1Char(')');
    }
    if (m_dice.chance(15))
        sql += QLatin1String(" DEFERRABLE");
    item.sql = sql + QLatin1Char(';');
    item.ref = QStringLiteral("CONSTRAINT %1 ON %2").arg(ident(name), qualified(t->schema, t->name));
    return item;
}

// --- Indexes ----------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::index()
{
    const GeneratedItem *t = anchor([](const GeneratedItem &o) {
        return isTable(o) || o.kind == GeneratedKind::Partition || o.kind == GeneratedKind::MaterializedView;
    });
    if (!t)
        return std::nullopt;
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
    if (columns.isEmpty())
        return std::nullopt;
    const GeneratedItem *trgm = extension(QStringLiteral("pg_trgm"));
    const GeneratedItem *btreeGist = extension(QStringLiteral("btree_gist"));
    QList<GeneratedUse> uses;
    // One column and how each method could index it.
    const GeneratedColumnRef c = m_dice.pick(columns);
    QStringList methods;
    if (comparable(c.family))
        methods << QStringLiteral("btree") << QStringLiteral("btree") << QStringLiteral("hash");
    const bool ginFamily = c.family == QLatin1String("jsonb") || c.family == QLatin1String("intarray") || c.family == QLatin1String("textarray")
                           || c.family == QLatin1String("hstore");
    if (ginFamily || (trgm && builtinText(c)))
        methods << QStringLiteral("gin");
    if (c.family == QLatin1String("range") || c.family == QLatin1String("inet") || c.family == QLatin1String("hstore") || (trgm && builtinText(c))
        || (btreeGist && c.collation.isEmpty() && (c.family == QLatin1String("int") || c.family == QLatin1String("date"))))
        methods << QStringLiteral("gist");
    if (c.family == QLatin1String("int") || c.family == QLatin1String("numeric") || c.family == QLatin1String("date")
        || c.family == QLatin1String("timestamptz"))
        methods << QStringLiteral("brin");
    if (builtinText(c) || c.family == QLatin1String("inet") || c.family == QLatin1String("range"))
        methods << QStringLiteral("spgist");
    if (methods.isEmpty())
        return std::nullopt;
    const QString method = pick(methods);
    uses << typedUse(c);
    QString element = ident(c.name);
    QString with;
    auto trgmClass = [&](const QString &name) {
        uses << GeneratedUse{trgm->id, trgm->signature};
        return qualified(trgm->signature, name);
    };
    if (method == QLatin1String("btree")) {
        const QString expression = indexExpression(c);
        if (!expression.isEmpty() && m_dice.chance(25))
            element = expression;
        else if (builtinText(c) && m_dice.chance(20))
            element += QLatin1String(" text_pattern_ops");
        if (m_dice.chance(20))
            element += pick({QStringLiteral(" DESC"), QStringLiteral(" NULLS FIRST"), QStringLiteral(" DESC NULLS LAST")});
        if (m_dice.chance(10))
            with = QStringLiteral("fillfactor = 70");
    } else if (method == QLatin1String("hash")) {
        const QString expression = indexExpression(c);
        if (!expression.isEmpty() && m_dice.chance(20))
            element = expression;
    } else if (method == QLatin1String("gin")) {
        if (!ginFamily)
            element += QLatin1Char(' ') + trgmClass(QStringLiteral("gin_trgm_ops"));
        else if (c.family == QLatin1String("jsonb") && m_dice.chance(50))
            element += QLatin1String(" jsonb_path_ops");
        if (m_dice.chance(20))
            with = QStringLiteral("fastupdate = off");
    } else if (method == QLatin1String("gist")) {
        if (c.family == QLatin1String("inet"))
            element += QLatin1String(" inet_ops");
        else if (c.family == QLatin1String("text"))
            element += QLatin1Char(' ') + trgmClass(QStringLiteral("gist_trgm_ops"));
        else if (c.family == QLatin1String("int") || c.family == QLatin1String("date"))
            uses << GeneratedUse{btreeGist->id, {}};
    } else if (method == QLatin1String("brin") && m_dice.chance(30)) {
        with = QStringLiteral("pages_per_range = 16");
    }
    QStringList elements{element};
    if (method == QLatin1String("btree") && m_dice.chance(25)) {
        const GeneratedColumnRef &d = m_dice.pick(columns);
        if (d.id != c.id && comparable(d.family)) {
            elements << ident(d.name);
            uses << typedUse(d);
        }
    }
    const bool partitioned = t->kind == GeneratedKind::PartitionedTable;
    const bool unique = method == QLatin1String("btree") && !partitioned && m_dice.chance(25);
    GeneratedItem item = onTable(GeneratedKind::Index, *t, indexWords, {});
    const QString name = item.name;
    item.id = QLatin1String("rel:") + qualified(t->schema, name);
    item.uses << uses;
    const QString table = qualified(t->schema, t->name);
    QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 USING %4 (%5)")
                      .arg(unique ? QStringLiteral("UNIQUE ") : QString(), ident(name), table, method, elements.join(QStringLiteral(", ")));
    if (method == QLatin1String("btree") && m_dice.chance(10)) {
        const GeneratedColumnRef &d = m_dice.pick(columns);
        if (d.id != c.id) {
            sql += QLatin1String(" INCLUDE (") + ident(d.name) + QLatin1Char(')');
            item.uses << GeneratedUse{d.id, {}};
        }
    }
    if (!with.isEmpty())
        sql += QLatin1String(" WITH (") + with + QLatin1Char(')');
    const bool partial = m_dice.chance(20);
    if (partial)
        sql += QLatin1String(" WHERE ") + condition(m_dice.pick(columns), {}, &item.uses);
    sql += QLatin1Char(';');
    const bool clusterFree = std::none_of(m_schema.items.begin(), m_schema.items.end(), [&](const GeneratedItem &x) {
        return x.kind == GeneratedKind::Index && x.anchor == t->id && x.hasFlag(QStringLiteral("cluster"))
               && !(m_previous && m_previous->id == x.id);
    });
    if (t->kind == GeneratedKind::Table && method == QLatin1String("btree") && !partial && clusterFree && m_dice.chance(15)) {
        sql += QStringLiteral("\nALTER TABLE %1 CLUSTER ON %2;").arg(table, ident(name));
        item.flags << QStringLiteral("cluster");
    }
    item.sql = sql;
    item.ref = QLatin1String("INDEX ") + qualified(t->schema, name);
    return item;
}

} // namespace Pixetric::Test
