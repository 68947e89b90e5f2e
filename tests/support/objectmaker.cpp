// The object maker's core, and the objects outside tables: schemas, extensions, types, routines,
// foreign data, text search.
#include "objectmaker.h"

namespace Pixetric::Test {

namespace {

const QStringList schemaWords = {QStringLiteral("app"),    QStringLiteral("Mixed Case"), QStringLiteral("sch.dot"),
                                 QStringLiteral("select"), QStringLiteral("схема"),      QStringLiteral("q\"s"),
                                 QStringLiteral("audit")};
const QStringList typeWords = {QStringLiteral("mood"),   QStringLiteral("Status"), QStringLiteral("type"),
                               QStringLiteral("ñame t"), QStringLiteral("a.b"),    QStringLiteral("类型"),
                               QStringLiteral("money_t")};
const QStringList routineWords = {QStringLiteral("calc"), QStringLiteral("Do Thing"), QStringLiteral("fn.dot"),
                                  QStringLiteral("select"), QStringLiteral("fünc"), QStringLiteral("q\"f")};
const QStringList otherWords = {QStringLiteral("obj"), QStringLiteral("Other One"), QStringLiteral("ts.cfg"),
                                QStringLiteral("user"), QStringLiteral("ēvent")};
const QStringList enumLabels = {QStringLiteral("new"),  QStringLiteral("in progress"), QStringLiteral("done"),
                                QStringLiteral("it's"), QStringLiteral("Ünï"),         QStringLiteral("a\"b"),
                                QStringLiteral("x,y"),  QStringLiteral("back\\slash"), QStringLiteral("UPPER")};

} // namespace

ObjectMaker::ObjectMaker(GeneratedSchema &schema, Dice &dice, int &serial)
    : m_schema(schema)
    , m_dice(dice)
    , m_serial(serial)
{
}

const QStringList &ObjectMaker::roles()
{
    static const QStringList list = {QStringLiteral("prop_role_a"), QStringLiteral("prop_role_B"), QStringLiteral("prop_role c")};
    return list;
}

std::optional<GeneratedItem> ObjectMaker::make(GeneratedKind kind, qsizetype position, const GeneratedItem *previous)
{
    m_position = position;
    m_previous = previous;
    m_provided = m_schema.providedBefore(position);
    switch (kind) {
    case GeneratedKind::Schema: return schemaItem();
    case GeneratedKind::Extension: return extensionItem();
    case GeneratedKind::Collation: return collation();
    case GeneratedKind::Wrapper: return wrapper();
    case GeneratedKind::Server: return server();
    case GeneratedKind::UserMapping: return userMapping();
    case GeneratedKind::Enum: return enumType();
    case GeneratedKind::Composite: return compositeType();
    case GeneratedKind::Domain: return domain();
    case GeneratedKind::Range: return range();
    case GeneratedKind::Sequence: return sequence();
    case GeneratedKind::Function: return function();
    case GeneratedKind::TriggerFunction: return triggerFunction(false);
    case GeneratedKind::EventTriggerFunction: return triggerFunction(true);
    case GeneratedKind::Procedure: return procedure();
    case GeneratedKind::Aggregate: return aggregate();
    case GeneratedKind::TextSearchDictionary: return dictionary();
    case GeneratedKind::TextSearchConfiguration: return configuration();
    case GeneratedKind::Table:
    case GeneratedKind::PartitionedTable:
    case GeneratedKind::ChildTable:
    case GeneratedKind::ForeignTable: return table(kind);
    case GeneratedKind::Partition: return partition();
    case GeneratedKind::PrimaryKey: return key(true);
    case GeneratedKind::Unique: return key(false);
    case GeneratedKind::ForeignKey: return foreignKey();
    case GeneratedKind::Check: return check();
    case GeneratedKind::Exclusion: return exclusion();
    case GeneratedKind::Index: return index();
    case GeneratedKind::View: return view(false);
    case GeneratedKind::MaterializedView: return view(true);
    case GeneratedKind::Trigger: return trigger();
    case GeneratedKind::EventTrigger: return eventTrigger();
    case GeneratedKind::Rule: return rule();
    case GeneratedKind::Policy: return policy();
    case GeneratedKind::Statistics: return statistics();
    case GeneratedKind::Publication: return publication();
    case GeneratedKind::OwnedBy: return ownedBy();
    case GeneratedKind::Grant: return grant();
    case GeneratedKind::Owner: return owner();
    case GeneratedKind::Comment: return comment();
    case GeneratedKind::DefaultPrivileges: return defaultPrivileges();
    }
    return std::nullopt;
}

// --- Helpers ----------------------------------------------------------------------------------

QString ObjectMaker::freshName(const QString &schema, const QStringList &pool, bool routine)
{
    const QString word = m_dice.pick(pool);
    if (m_dice.chance(35) && !m_schema.nameTaken(schema, word, routine))
        return word;
    for (;;) {
        const QString name = word + QLatin1Char('_') + QString::number(++m_serial);
        if (!m_schema.nameTaken(schema, name, routine))
            return name;
    }
}

QString ObjectMaker::pickSchema()
{
    QStringList schemas{QStringLiteral("public")};
    for (const qsizetype i : before([](const GeneratedItem &o) { return o.kind == GeneratedKind::Schema; }))
        schemas << m_schema.items.at(i).name;
    return m_dice.pick(schemas);
}

ObjectMaker::Place ObjectMaker::place(const QStringList &pool, bool routine, bool inSchema)
{
    if (m_previous && (!inSchema || provided(QLatin1String("schema:") + m_previous->schema)))
        return {m_previous->schema, m_previous->name};
    const QString schema = inSchema ? pickSchema() : QString();
    return {schema, freshName(schema, pool, routine)};
}

void ObjectMaker::ownable(GeneratedItem &item, const QString &what)
{
    item.ref = what + QLatin1Char(' ') + qualified(item.schema, item.name);
    item.flags << QStringLiteral("ownable");
}

GeneratedItem ObjectMaker::start(GeneratedKind kind, const Place &p, const QString &idPrefix)
{
    GeneratedItem item;
    item.kind = kind;
    item.schema = p.schema;
    item.name = p.name;
    item.id = idPrefix + qualified(p.schema, p.name);
    if (!p.schema.isEmpty())
        item.uses << GeneratedUse{QLatin1String("schema:") + p.schema, {}};
    return item;
}

QList<qsizetype> ObjectMaker::before(const std::function<bool(const GeneratedItem &)> &predicate) const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_position && i < m_schema.items.size(); ++i) {
        if (predicate(m_schema.items.at(i)))
            result << i;
    }
    return result;
}

const GeneratedItem *ObjectMaker::anchor(const std::function<bool(const GeneratedItem &)> &predicate)
{
    if (m_previous && !m_previous->anchor.isEmpty()) {
        const qsizetype i = m_schema.indexOf(m_previous->anchor);
        if (i >= 0 && i < m_position && predicate(m_schema.items.at(i)))
            return &m_schema.items.at(i);
    }
    const QList<qsizetype> candidates = before(predicate);
    if (candidates.isEmpty())
        return nullptr;
    return &m_schema.items.at(m_dice.pick(candidates));
}

const GeneratedItem *ObjectMaker::extension(const QString &name) const
{
    const QString id = QLatin1String("ext:") + name;
    return provided(id) ? m_schema.find(id) : nullptr;
}

QList<ObjectMaker::TypeChoice> ObjectMaker::typeChoices(qsizetype position)
{
    static const QList<QPair<QString, QString>> builtins = {
        {QStringLiteral("integer"), QStringLiteral("int")},
        {QStringLiteral("bigint"), QStringLiteral("int")},
        {QStringLiteral("smallint"), QStringLiteral("int")},
        {QStringLiteral("numeric(10,2)"), QStringLiteral("numeric")},
        {QStringLiteral("numeric"), QStringLiteral("numeric")},
        {QStringLiteral("text"), QStringLiteral("text")},
        {QStringLiteral("character varying(20)"), QStringLiteral("text")},
        {QStringLiteral("boolean"), QStringLiteral("bool")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("timestamp with time zone"), QStringLiteral("timestamptz")},
        {QStringLiteral("jsonb"), QStringLiteral("jsonb")},
        {QStringLiteral("uuid"), QStringLiteral("uuid")},
        {QStringLiteral("bytea"), QStringLiteral("bytea")},
        {QStringLiteral("integer[]"), QStringLiteral("intarray")},
        {QStringLiteral("text[]"), QStringLiteral("textarray")},
        {QStringLiteral("inet"), QStringLiteral("inet")},
        {QStringLiteral("interval"), QStringLiteral("interval")},
    };
    QList<TypeChoice> user;
    for (qsizetype i = 0; i < position && i < m_schema.items.size(); ++i) {
        const GeneratedItem &o = m_schema.items.at(i);
        const QString q = qualified(o.schema, o.name);
        switch (o.kind) {
        case GeneratedKind::Enum: user << TypeChoice{q, QStringLiteral("enum"), {{o.id, {}}}}; break;
        case GeneratedKind::Composite: user << TypeChoice{q, QStringLiteral("composite"), {{o.id, {}}}}; break;
        case GeneratedKind::Domain: user << TypeChoice{q, o.signature, {{o.id, o.signature}}}; break;
        case GeneratedKind::Range: user << TypeChoice{q, QStringLiteral("range"), {{o.id, o.signature}}}; break;
        case GeneratedKind::Extension:
            if (o.name == QLatin1String("citext") || o.name == QLatin1String("hstore"))
                user << TypeChoice{qualified(o.signature, o.name), o.name, {{o.id, o.signature}}};
            break;
        default: break;
        }
    }
    QList<TypeChoice> result;
    if (!user.isEmpty() && m_dice.chance(35))
        result << user;
    else
        for (const auto &[type, family] : builtins)
            result << TypeChoice{type, family, {}};
    return result;
}

QString ObjectMaker::condition(const GeneratedColumnRef &c, const QString &qualifier, QList<GeneratedUse> *uses)
{
    const QString name = qualifier + ident(c.name);
    static const QHash<QString, QStringList> typed = {
        {QStringLiteral("int"), {QStringLiteral("%1 > 0"), QStringLiteral("%1 <> 42")}},
        {QStringLiteral("numeric"), {QStringLiteral("%1 >= 0")}},
        {QStringLiteral("text"), {QStringLiteral("char_length(%1) < 100"), QStringLiteral("%1 <> ''")}},
        {QStringLiteral("bool"), {QStringLiteral("%1 IS NOT FALSE")}},
        {QStringLiteral("date"), {QStringLiteral("%1 > '2000-01-01'::date")}},
        {QStringLiteral("timestamptz"), {QStringLiteral("%1 > '2000-01-01 00:00:00+00'::timestamp with time zone")}},
        {QStringLiteral("jsonb"), {QStringLiteral("jsonb_typeof(%1) = 'object'")}},
        {QStringLiteral("intarray"), {QStringLiteral("cardinality(%1) < 10")}},
        {QStringLiteral("textarray"), {QStringLiteral("cardinality(%1) < 10")}},
        {QStringLiteral("inet"), {QStringLiteral("family(%1) = 4")}},
        {QStringLiteral("interval"), {QStringLiteral("%1 > '00:00:00'::interval")}},
        {QStringLiteral("bytea"), {QStringLiteral("length(%1) < 1000")}},
        {QStringLiteral("range"), {QStringLiteral("NOT isempty(%1)")}},
    };
    const auto it = typed.constFind(c.family);
    if (it != typed.constEnd() && m_dice.chance(60)) {
        *uses << typedUse(c);
        return m_dice.pick(*it).arg(name);
    }
    *uses << GeneratedUse{c.id, {}};
    return name + QLatin1String(" IS NOT NULL");
}

QString ObjectMaker::indexExpression(const GeneratedColumnRef &c) const
{
    const QString n = ident(c.name);
    if (c.family == QLatin1String("int"))
        return QStringLiteral("(%1 + 1)").arg(n);
    if (c.family == QLatin1String("numeric"))
        return QStringLiteral("round(%1)").arg(n);
    if (c.family == QLatin1String("text") && c.type == QLatin1String("text"))
        return QStringLiteral("lower(%1)").arg(n);
    if (c.family == QLatin1String("jsonb"))
        return QStringLiteral("(%1 ->> 'k')").arg(n);
    return {};
}

QString ObjectMaker::defaultValue(const QString &type, const QString &family, QList<GeneratedUse> *uses)
{
    static const QHash<QString, QStringList> constants = {
        {QStringLiteral("int"), {QStringLiteral("0"), QStringLiteral("42"), QStringLiteral("'-7'::integer")}},
        {QStringLiteral("numeric"), {QStringLiteral("0"), QStringLiteral("1.5")}},
        {QStringLiteral("text"), {QStringLiteral("''"), QStringLiteral("'it''s'"), QStringLiteral("('a' || 'b')")}},
        {QStringLiteral("bool"), {QStringLiteral("true"), QStringLiteral("false")}},
        {QStringLiteral("date"), {QStringLiteral("CURRENT_DATE"), QStringLiteral("'2024-02-29'::date")}},
        {QStringLiteral("timestamptz"), {QStringLiteral("now()"), QStringLiteral("'2024-01-01 00:00:00+00'::timestamp with time zone")}},
        {QStringLiteral("jsonb"), {QStringLiteral("'{}'::jsonb"), QStringLiteral("'[1, 2]'::jsonb")}},
        {QStringLiteral("json"), {QStringLiteral("'{}'::json")}},
        {QStringLiteral("uuid"), {QStringLiteral("gen_random_uuid()")}},
        {QStringLiteral("bytea"), {QStringLiteral("'\\x00'::bytea")}},
        {QStringLiteral("intarray"), {QStringLiteral("'{}'"), QStringLiteral("ARRAY[1, 2]")}},
        {QStringLiteral("textarray"), {QStringLiteral("'{}'"), QStringLiteral("ARRAY['a', 'b']")}},
        {QStringLiteral("inet"), {QStringLiteral("'127.0.0.1'::inet")}},
        {QStringLiteral("interval"), {QStringLiteral("'1 day'::interval")}},
        {QStringLiteral("range"), {QStringLiteral("'empty'")}},
        {QStringLiteral("citext"), {QStringLiteral("'x'")}},
        {QStringLiteral("hstore"), {QStringLiteral("''")}},
    };
    if (family == QLatin1String("enum")) {
        for (const GeneratedItem &o : m_schema.items) {
            if (o.kind == GeneratedKind::Enum && qualified(o.schema, o.name) == type && !o.labels.isEmpty()) {
                *uses << GeneratedUse{o.id, o.signature};
                return literal(m_dice.pick(o.labels)) + QLatin1String("::") + type;
            }
        }
        return {};
    }
    // A sequence or a function without arguments, when one fits.
    if (m_dice.chance(25)) {
        QList<qsizetype> callable;
        for (qsizetype i = 0; i < m_position && i < m_schema.items.size(); ++i) {
            const GeneratedItem &o = m_schema.items.at(i);
            const QString result = o.signature.section(QLatin1Char('|'), 1, 1);
            if ((o.kind == GeneratedKind::Sequence && family == QLatin1String("int"))
                || (o.kind == GeneratedKind::Function && o.labels.isEmpty() && !result.isEmpty()
                    && (result == family || (family == QLatin1String("int") && result == QLatin1String("numeric"))
                        || (family == QLatin1String("numeric") && result == QLatin1String("int")))))
                callable << i;
        }
        if (!callable.isEmpty()) {
            const GeneratedItem &o = m_schema.items.at(m_dice.pick(callable));
            const QString q = qualified(o.schema, o.name);
            if (o.kind == GeneratedKind::Sequence) {
                *uses << GeneratedUse{o.id, {}};
                return QStringLiteral("nextval(%1::regclass)").arg(literal(q));
            }
            *uses << GeneratedUse{o.id, o.signature};
            return q + QLatin1String("()");
        }
    }
    const auto it = constants.constFind(family);
    return it == constants.constEnd() ? QString() : m_dice.pick(*it);
}

// --- Schemas, extensions, collations, foreign data --------------------------------------------

std::optional<GeneratedItem> ObjectMaker::schemaItem()
{
    const Place p = place(schemaWords, false, false);
    GeneratedItem item = start(GeneratedKind::Schema, p, QStringLiteral("schema:"));
    item.id = QLatin1String("schema:") + p.name;
    item.sql = QStringLiteral("CREATE SCHEMA %1;").arg(ident(p.name));
    item.ref = QLatin1String("SCHEMA ") + ident(p.name);
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::extensionItem()
{
    QStringList free;
    for (const QString &name : {QStringLiteral("pg_trgm"), QStringLiteral("hstore"), QStringLiteral("citext"),
                                QStringLiteral("btree_gist"), QStringLiteral("postgres_fdw")}) {
        const GeneratedItem *there = m_schema.find(QLatin1String("ext:") + name);
        if (!there || (m_previous && m_previous->id == there->id))
            free << name;
    }
    if (free.isEmpty())
        return std::nullopt;
    const QString name = m_previous && free.contains(m_previous->name) ? m_previous->name : pick(free);
    const QString schema = pickSchema();
    GeneratedItem item = start(GeneratedKind::Extension, {{}, name}, QStringLiteral("ext:"));
    item.uses << GeneratedUse{QLatin1String("schema:") + schema, {}};
    item.signature = schema;
    item.sql = QStringLiteral("CREATE EXTENSION %1 WITH SCHEMA %2;").arg(ident(name), ident(schema));
    item.ref = QLatin1String("EXTENSION ") + ident(name);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::collation()
{
    const Place p = place(otherWords);
    GeneratedItem item = start(GeneratedKind::Collation, p, QStringLiteral("coll:"));
    static const QStringList variants = {QStringLiteral("(provider = libc, locale = 'C')"),
                                         QStringLiteral("(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
                                         QStringLiteral("(provider = icu, locale = 'de-DE')")};
    const QString variant = pick(variants);
    item.sql = QStringLiteral("CREATE COLLATION %1 %2;").arg(qualified(p.schema, p.name), variant);
    ownable(item, QStringLiteral("COLLATION"));
    if (variant.contains(QLatin1String("deterministic")))
        item.flags << QStringLiteral("nondeterministic");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::wrapper()
{
    const Place p = place(otherWords, false, false);
    GeneratedItem item = start(GeneratedKind::Wrapper, p, QStringLiteral("fdw:"));
    item.sql = QStringLiteral("CREATE FOREIGN DATA WRAPPER %1%2;")
                   .arg(ident(p.name), m_dice.chance(40) ? QStringLiteral(" OPTIONS (debug 'true')") : QString());
    item.ref = QLatin1String("FOREIGN DATA WRAPPER ") + ident(p.name);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::server()
{
    const GeneratedItem *fdw = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::Wrapper; });
    const GeneratedItem *postgres = extension(QStringLiteral("postgres_fdw"));
    if (!fdw && !postgres)
        return std::nullopt;
    const bool usePostgres = postgres && (!fdw || m_dice.chance(50));
    const Place p = place(otherWords, false, false);
    GeneratedItem item = start(GeneratedKind::Server, p, QStringLiteral("srv:"));
    QString sql = QLatin1String("CREATE SERVER ") + ident(p.name);
    if (m_dice.chance(30))
        sql += QLatin1String(" TYPE 'kind'");
    if (m_dice.chance(30))
        sql += m_dice.chance(50) ? QLatin1String(" VERSION '1.0'") : QLatin1String(" VERSION '2'");
    if (usePostgres) {
        item.anchor = postgres->id;
        item.flags << QStringLiteral("postgres_fdw");
        sql += QLatin1String(" FOREIGN DATA WRAPPER postgres_fdw");
        if (m_dice.chance(70))
            sql += m_dice.chance(50) ? QLatin1String(" OPTIONS (host 'localhost', dbname 'remote')")
                                     : QLatin1String(" OPTIONS (port '5433')");
    } else {
        item.anchor = fdw->id;
        sql += QLatin1String(" FOREIGN DATA WRAPPER ") + ident(fdw->name);
        if (m_dice.chance(60))
            sql += m_dice.chance(50) ? QLatin1String(" OPTIONS (host 'h', \"Odd Option\" 'it''s')") : QLatin1String(" OPTIONS (host 'other')");
    }
    item.uses << GeneratedUse{item.anchor, {}};
    item.sql = sql + QLatin1Char(';');
    item.ref = QLatin1String("SERVER ") + ident(p.name);
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::userMapping()
{
    const GeneratedItem *srv = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::Server; });
    if (!srv)
        return std::nullopt;
    const QString role = m_dice.chance(25) ? QStringLiteral("PUBLIC") : pick(roles());
    const QString id = QStringLiteral("um:%1@%2").arg(role, srv->name);
    if (m_schema.find(id) && !(m_previous && m_previous->id == id))
        return std::nullopt;
    GeneratedItem item;
    item.kind = GeneratedKind::UserMapping;
    item.id = id;
    item.anchor = srv->id;
    item.uses << GeneratedUse{srv->id, {}};
    QString options;
    if (m_dice.chance(70))
        options = m_dice.chance(50) ? QStringLiteral(" OPTIONS (\"user\" 'remote_user')") : QStringLiteral(" OPTIONS (\"user\" 'other')");
    item.sql = QStringLiteral("CREATE USER MAPPING FOR %1 SERVER %2%3;")
                   .arg(role == QLatin1String("PUBLIC") ? role : ident(role), ident(srv->name), options);
    return item;
}

// --- Types ------------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::enumType()
{
    const Place p = place(typeWords);
    GeneratedItem item = start(GeneratedKind::Enum, p, QStringLiteral("type:"));
    QStringList pool = enumLabels;
    for (int n = m_dice.between(1, 4); n > 0 && !pool.isEmpty(); --n)
        item.labels << pool.takeAt(m_dice.below(pool.size()));
    item.signature = item.labels.join(QLatin1Char('\x1f'));
    ownable(item, QStringLiteral("TYPE"));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::compositeType()
{
    const Place p = place(typeWords);
    GeneratedItem item = start(GeneratedKind::Composite, p, QStringLiteral("type:"));
    static const QStringList types = {QStringLiteral("integer"), QStringLiteral("text"), QStringLiteral("numeric"),
                                      QStringLiteral("date"), QStringLiteral("boolean"), QStringLiteral("text COLLATE \"C\"")};
    QStringList attributes;
    const int n = m_dice.between(1, 3);
    for (int i = 0; i < n; ++i)
        attributes << ident(QStringLiteral("f%1%2").arg(i).arg(m_dice.chance(30) ? QStringLiteral(" X") : QString())) + QLatin1Char(' ') + pick(types);
    item.signature = attributes.join(QStringLiteral(", "));
    item.sql = QStringLiteral("CREATE TYPE %1 AS (%2);").arg(qualified(p.schema, p.name), item.signature);
    ownable(item, QStringLiteral("TYPE"));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::domain()
{
    const Place p = place(typeWords);
    GeneratedItem item = start(GeneratedKind::Domain, p, QStringLiteral("type:"));
    static const QList<QPair<QString, QString>> bases = {{QStringLiteral("integer"), QStringLiteral("int")},
                                                         {QStringLiteral("bigint"), QStringLiteral("int")},
                                                         {QStringLiteral("text"), QStringLiteral("text")},
                                                         {QStringLiteral("numeric(10,2)"), QStringLiteral("numeric")},
                                                         {QStringLiteral("date"), QStringLiteral("date")}};
    const auto &[base, family] = bases.at(m_dice.below(bases.size()));
    QString sql = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(qualified(p.schema, p.name), base);
    if (family == QLatin1String("text") && m_dice.chance(15))
        sql += QLatin1String(" COLLATE \"C\"");
    if (m_dice.chance(25)) {
        QList<GeneratedUse> ignored;
        const QString value = family == QLatin1String("date") ? QStringLiteral("'2024-01-01'::date")
                                                               : defaultValue(base, family, &ignored);
        if (ignored.isEmpty() && !value.isEmpty())
            sql += QLatin1String(" DEFAULT ") + value;
    }
    if (m_dice.chance(20))
        sql += QLatin1String(" NOT NULL");
    static const QHash<QString, QStringList> checks = {
        {QStringLiteral("int"), {QStringLiteral("VALUE > 0"), QStringLiteral("VALUE <> 13")}},
        {QStringLiteral("text"), {QStringLiteral("VALUE <> ''"), QStringLiteral("char_length(VALUE) < 200")}},
        {QStringLiteral("numeric"), {QStringLiteral("VALUE >= 0")}},
        {QStringLiteral("date"), {QStringLiteral("VALUE > '1900-01-01'::date")}},
    };
    for (int n = m_dice.below(3); n > 0; --n) {
        sql += QStringLiteral(" CONSTRAINT %1 CHECK (%2)")
                   .arg(ident(QStringLiteral("%1_%2").arg(pick({QStringLiteral("check"), QStringLiteral("Dom Check")})).arg(++m_serial)),
                        pick(checks.value(family)));
    }
    item.sql = sql + QLatin1Char(';');
    item.signature = family;
    item.labels = {base};
    ownable(item, QStringLiteral("DOMAIN"));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::range()
{
    const Place p = place(typeWords);
    GeneratedItem item = start(GeneratedKind::Range, p, QStringLiteral("type:"));
    static const QStringList subtypes = {QStringLiteral("integer"), QStringLiteral("numeric"), QStringLiteral("date"),
                                         QStringLiteral("timestamp with time zone")};
    item.signature = pick(subtypes);
    QString options = QLatin1String("SUBTYPE = ") + item.signature;
    if (m_dice.chance(25)) {
        const QString multirange = freshName(p.schema, {QStringLiteral("multi"), QStringLiteral("Many Of")});
        options += QLatin1String(", MULTIRANGE_TYPE_NAME = ") + qualified(p.schema, multirange);
        item.labels << multirange;
    }
    item.sql = QStringLiteral("CREATE TYPE %1 AS RANGE (%2);").arg(qualified(p.schema, p.name), options);
    ownable(item, QStringLiteral("TYPE"));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::sequence()
{
    const Place p = place(otherWords);
    GeneratedItem item = start(GeneratedKind::Sequence, p, QStringLiteral("rel:"));
    static const QList<QPair<QString, qint64>> types = {
        {QStringLiteral("smallint"), 32767}, {QStringLiteral("integer"), 2147483647}, {QStringLiteral("bigint"), 9223372036854775807LL}};
    const auto &[type, top] = types.at(m_dice.below(types.size()));
    const qint64 min = m_dice.chance(70) ? 1 : -1000;
    const qint64 max = m_dice.chance(60) ? top : 30000;
    const int increment = m_dice.pick(QList<int>{1, 1, 2, 5, -1});
    const qint64 start = increment > 0 ? min + m_dice.below(10) : max;
    item.sql = QStringLiteral("CREATE %1SEQUENCE %2 AS %3 INCREMENT BY %4 MINVALUE %5 MAXVALUE %6 START WITH %7 CACHE %8%9;")
                   .arg(m_dice.chance(10) ? QStringLiteral("UNLOGGED ") : QString(), qualified(p.schema, p.name), type)
                   .arg(increment)
                   .arg(min)
                   .arg(max)
                   .arg(start)
                   .arg(m_dice.pick(QList<int>{1, 1, 10}))
                   .arg(m_dice.chance(20) ? QStringLiteral(" CYCLE") : QString());
    ownable(item, QStringLiteral("SEQUENCE"));
    return item;
}

// --- Routines ---------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::function()
{
    const Place p = place(routineWords, true);
    static const QList<QPair<QString, QString>> argTypes = {{QStringLiteral("integer"), QStringLiteral("int")},
                                                            {QStringLiteral("bigint"), QStringLiteral("int")},
                                                            {QStringLiteral("text"), QStringLiteral("text")},
                                                            {QStringLiteral("numeric"), QStringLiteral("numeric")},
                                                            {QStringLiteral("boolean"), QStringLiteral("bool")}};
    // A function replaced in place keeps its arguments, and so its identity, most of the time.
    QStringList families;
    QStringList types;
    if (m_previous && m_previous->kind == GeneratedKind::Function && m_dice.chance(80)) {
        families = m_previous->labels;
        types = m_previous->arguments;
    } else {
        for (int n = m_dice.below(3); n > 0; --n) {
            const auto &[type, family] = argTypes.at(m_dice.below(argTypes.size()));
            types << type;
            families << family;
        }
    }
    QStringList declared;
    const bool named = m_dice.chance(60);
    for (qsizetype i = 0; i < types.size(); ++i) {
        QString d = named ? ident(i == 0 ? QStringLiteral("Arg One") : QStringLiteral("a%1").arg(i)) + QLatin1Char(' ') + types.at(i)
                          : types.at(i);
        if (i == types.size() - 1 && m_dice.chance(15))
            d += families.at(i) == QLatin1String("text") ? QStringLiteral(" DEFAULT 'x'::text")
                 : families.at(i) == QLatin1String("bool") ? QStringLiteral(" DEFAULT true")
                                                            : QStringLiteral(" DEFAULT 1");
        declared << d;
    }
    const QString first = types.isEmpty() ? QString() : QStringLiteral("$1");
    const QString firstFamily = families.value(0);
    GeneratedItem item = start(GeneratedKind::Function, p, QString());
    item.id = QStringLiteral("fn:%1(%2)").arg(qualified(p.schema, p.name), types.join(QLatin1Char(',')));
    item.arguments = types;
    item.labels = families;

    // The result: a scalar of some family, a set of a table's rows, or a table.
    QString returns;
    QString resultFamily;
    QString expression;
    bool readsTable = false;
    const QList<qsizetype> relations = before([](const GeneratedItem &o) {
        return o.kind == GeneratedKind::Table || o.kind == GeneratedKind::View || o.kind == GeneratedKind::PartitionedTable;
    });
    const int shape = m_dice.below(100);
    if (shape < 10 && !relations.isEmpty()) {
        const GeneratedItem &t = m_schema.items.at(m_dice.pick(relations));
        returns = QLatin1String("SETOF ") + qualified(t.schema, t.name);
        resultFamily = QStringLiteral("set");
        expression = QLatin1String("* FROM ") + qualified(t.schema, t.name);
        item.uses << GeneratedUse{t.id, {}};
        readsTable = true;
    } else if (shape < 18) {
        returns = QStringLiteral("TABLE(x integer, \"Y\" text)");
        resultFamily = QStringLiteral("set");
        expression = QStringLiteral("1, 'y'::text");
    } else if (shape < 28 && !relations.isEmpty()) {
        const GeneratedItem &t = m_schema.items.at(m_dice.pick(relations));
        returns = QStringLiteral("integer");
        resultFamily = QStringLiteral("int");
        expression = QLatin1String("count(*)::integer FROM ") + qualified(t.schema, t.name);
        item.uses << GeneratedUse{t.id, {}};
        readsTable = true;
    } else {
        static const QList<QPair<QString, QString>> results = {{QStringLiteral("integer"), QStringLiteral("int")},
                                                               {QStringLiteral("bigint"), QStringLiteral("int")},
                                                               {QStringLiteral("numeric"), QStringLiteral("numeric")},
                                                               {QStringLiteral("text"), QStringLiteral("text")},
                                                               {QStringLiteral("boolean"), QStringLiteral("bool")}};
        const auto &[type, family] = results.at(m_dice.below(results.size()));
        returns = type;
        resultFamily = family;
        if (family == QLatin1String("int"))
            expression = firstFamily == QLatin1String("int") ? first + QLatin1String(" + 1")
                         : firstFamily == QLatin1String("text") ? QLatin1String("char_length(") + first + QLatin1Char(')')
                                                                 : QStringLiteral("42");
        else if (family == QLatin1String("numeric"))
            expression = firstFamily == QLatin1String("int") || firstFamily == QLatin1String("numeric") ? first + QLatin1String(" * 1.5")
                                                                                                         : QStringLiteral("2.5");
        else if (family == QLatin1String("text"))
            expression = first.isEmpty() ? QStringLiteral("'it''s'::text") : first + QLatin1String("::text || 'x'");
        else
            expression = first.isEmpty() ? QStringLiteral("true") : first + QLatin1String(" IS NOT NULL");
    }
    const bool plpgsql = m_dice.chance(30) && resultFamily != QLatin1String("set");
    const bool atomic = !plpgsql && m_dice.chance(25);
    QString body;
    if (plpgsql)
        body = QStringLiteral("AS $fn$\nBEGIN\n    RETURN (SELECT %1);\nEND\n$fn$").arg(expression);
    else if (atomic)
        body = QStringLiteral("BEGIN ATOMIC\n    SELECT %1;\nEND").arg(expression);
    else
        body = QStringLiteral("AS $fn$ SELECT %1 $fn$").arg(expression);
    const QString volatility = readsTable ? pick({QStringLiteral("STABLE"), QStringLiteral("VOLATILE")})
                                          : pick({QStringLiteral("IMMUTABLE"), QStringLiteral("STABLE"), QStringLiteral("VOLATILE")});
    QStringList attributes{volatility};
    if (m_dice.chance(25))
        attributes << QStringLiteral("STRICT");
    if (m_dice.chance(15))
        attributes << QStringLiteral("SECURITY DEFINER");
    if (m_dice.chance(20))
        attributes << pick({QStringLiteral("PARALLEL SAFE"), QStringLiteral("PARALLEL RESTRICTED")});
    if (m_dice.chance(10))
        attributes << QStringLiteral("COST %1").arg(m_dice.between(2, 500));
    if (m_dice.chance(10) && !atomic)
        attributes << pick({QStringLiteral("SET search_path = pg_catalog"), QStringLiteral("SET work_mem = '64kB'")});
    item.sql = QStringLiteral("CREATE FUNCTION %1(%2) RETURNS %3 LANGUAGE %4 %5\n%6;")
                   .arg(qualified(p.schema, p.name), declared.join(QStringLiteral(", ")), returns,
                        plpgsql ? QStringLiteral("plpgsql") : QStringLiteral("sql"), attributes.join(QLatin1Char(' ')), body);
    item.signature = returns + QLatin1Char('|') + resultFamily + QLatin1Char('|') + volatility;
    item.ref = QStringLiteral("FUNCTION %1(%2)").arg(qualified(p.schema, p.name), types.join(QStringLiteral(", ")));
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::triggerFunction(bool event)
{
    const Place p = place(routineWords, true);
    GeneratedItem item = start(event ? GeneratedKind::EventTriggerFunction : GeneratedKind::TriggerFunction, p, QString());
    item.id = QStringLiteral("fn:%1()").arg(qualified(p.schema, p.name));
    static const QStringList rowBodies = {QStringLiteral("BEGIN\n    RETURN NEW;\nEND"), QStringLiteral("BEGIN\n    RETURN NULL;\nEND"),
                                          QStringLiteral("BEGIN\n    IF TG_OP = 'DELETE' THEN\n        RETURN OLD;\n    END IF;\n    RETURN NEW;\nEND")};
    const QString body = event ? QStringLiteral("BEGIN\n    PERFORM 1;\nEND") : pick(rowBodies);
    item.signature = event ? QStringLiteral("event_trigger") : QStringLiteral("trigger");
    item.sql = QStringLiteral("CREATE FUNCTION %1() RETURNS %2 LANGUAGE plpgsql%3 AS $fn$\n%4\n$fn$;")
                   .arg(qualified(p.schema, p.name), item.signature,
                        m_dice.chance(20) ? QStringLiteral(" SECURITY DEFINER") : QString(), body);
    item.ref = QStringLiteral("FUNCTION %1()").arg(qualified(p.schema, p.name));
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::procedure()
{
    const Place p = place(routineWords, true);
    const QStringList types = m_dice.chance(50) ? QStringList{QStringLiteral("integer")}
                                                : QStringList{QStringLiteral("text"), QStringLiteral("integer")};
    GeneratedItem item = start(GeneratedKind::Procedure, p, QString());
    item.id = QStringLiteral("proc:%1(%2)").arg(qualified(p.schema, p.name), types.join(QLatin1Char(',')));
    static const QStringList bodies = {QStringLiteral("LANGUAGE plpgsql AS $pr$\nBEGIN\n    PERFORM $1;\nEND\n$pr$"),
                                       QStringLiteral("LANGUAGE sql AS $pr$ SELECT 1 $pr$"),
                                       QStringLiteral("LANGUAGE sql\nBEGIN ATOMIC\n    SELECT 2;\nEND")};
    item.sql = QStringLiteral("CREATE PROCEDURE %1(%2) %3%4;")
                   .arg(qualified(p.schema, p.name), types.join(QStringLiteral(", ")),
                        m_dice.chance(20) ? QStringLiteral("SECURITY DEFINER ") : QString(), pick(bodies));
    item.ref = QStringLiteral("PROCEDURE %1(%2)").arg(qualified(p.schema, p.name), types.join(QStringLiteral(", ")));
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::aggregate()
{
    const Place p = place(routineWords, true);
    struct Variant
    {
        QString argument;
        QString options;
    };
    QList<Variant> variants = {
        {QStringLiteral("integer"), QStringLiteral("SFUNC = pg_catalog.int4pl, STYPE = integer")},
        {QStringLiteral("integer"), QStringLiteral("SFUNC = pg_catalog.int4pl, STYPE = integer, INITCOND = '0'")},
        {QStringLiteral("integer"), QStringLiteral("SFUNC = pg_catalog.int4pl, STYPE = integer, COMBINEFUNC = pg_catalog.int4pl, PARALLEL = SAFE")},
        {QStringLiteral("bigint"), QStringLiteral("SFUNC = pg_catalog.int8pl, STYPE = bigint, INITCOND = '1'")},
        {QStringLiteral("text"), QStringLiteral("SFUNC = pg_catalog.textcat, STYPE = text, INITCOND = ''")},
    };
    GeneratedItem item = start(GeneratedKind::Aggregate, p, QString());
    // A state function of the schema's own, when one takes (integer, integer).
    for (const qsizetype i : before([](const GeneratedItem &o) {
             return o.kind == GeneratedKind::Function && o.arguments == QStringList{QStringLiteral("integer"), QStringLiteral("integer")}
                    && o.signature.startsWith(QLatin1String("integer|"));
         })) {
        if (m_dice.chance(50)) {
            const GeneratedItem &f = m_schema.items.at(i);
            variants = {{QStringLiteral("integer"), QStringLiteral("SFUNC = %1, STYPE = integer").arg(qualified(f.schema, f.name))}};
            item.uses << GeneratedUse{f.id, f.signature};
            break;
        }
    }
    const Variant v = variants.at(m_dice.below(variants.size()));
    item.id = QStringLiteral("agg:%1(%2)").arg(qualified(p.schema, p.name), v.argument);
    item.sql = QStringLiteral("CREATE AGGREGATE %1(%2) (%3);").arg(qualified(p.schema, p.name), v.argument, v.options);
    item.ref = QStringLiteral("AGGREGATE %1(%2)").arg(qualified(p.schema, p.name), v.argument);
    item.flags << QStringLiteral("ownable");
    return item;
}

// --- Text search ------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::dictionary()
{
    const Place p = place(otherWords);
    GeneratedItem item = start(GeneratedKind::TextSearchDictionary, p, QStringLiteral("tsd:"));
    static const QStringList options = {QStringLiteral("TEMPLATE = pg_catalog.simple"),
                                        QStringLiteral("TEMPLATE = pg_catalog.simple, STOPWORDS = english"),
                                        QStringLiteral("TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false"),
                                        QStringLiteral("TEMPLATE = pg_catalog.snowball, LANGUAGE = english")};
    item.sql = QStringLiteral("CREATE TEXT SEARCH DICTIONARY %1 (%2);").arg(qualified(p.schema, p.name), pick(options));
    ownable(item, QStringLiteral("TEXT SEARCH DICTIONARY"));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::configuration()
{
    const Place p = place(otherWords);
    GeneratedItem item = start(GeneratedKind::TextSearchConfiguration, p, QStringLiteral("tsc:"));
    const QString q = qualified(p.schema, p.name);
    QStringList dictionaries{QStringLiteral("pg_catalog.simple")};
    if (const GeneratedItem *d = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::TextSearchDictionary; })) {
        if (m_dice.chance(70)) {
            dictionaries.prepend(qualified(d->schema, d->name));
            item.uses << GeneratedUse{d->id, {}};
            item.anchor = d->id;
        }
    }
    QStringList statements;
    if (m_dice.chance(40)) {
        statements << QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (COPY = pg_catalog.english);").arg(q);
        if (m_dice.chance(50))
            statements << QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 DROP MAPPING FOR email, url;").arg(q);
        statements << QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR asciiword WITH %2;")
                          .arg(q, dictionaries.join(QStringLiteral(", ")));
    } else {
        statements << QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (PARSER = pg_catalog.\"default\");").arg(q);
        statements << QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ADD MAPPING FOR asciiword, word WITH %2;")
                          .arg(q, dictionaries.join(QStringLiteral(", ")));
        if (m_dice.chance(50))
            statements << QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ADD MAPPING FOR int, uint WITH pg_catalog.simple;").arg(q);
    }
    item.sql = statements.join(QLatin1Char('\n'));
    ownable(item, QStringLiteral("TEXT SEARCH CONFIGURATION"));
    return item;
}

} // namespace Pixetric::Test
