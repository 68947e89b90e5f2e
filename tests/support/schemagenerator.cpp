#include "schemagenerator.h"

#include "objectmaker.h"

namespace Pixetric::Test {

namespace {

using K = GeneratedKind;

// How many objects of each kind schema A gets (at most: some cannot be made for want of what
// they need), in an order that lets each use the kinds before it.
struct Phase
{
    GeneratedKind kind;
    int low;
    int high;
};

const QList<Phase> phases = {
    {K::Schema, 0, 2},          {K::Extension, 0, 2},       {K::Collation, 0, 1},
    {K::Wrapper, 0, 1},         {K::Server, 0, 1},          {K::UserMapping, 0, 1},
    {K::Enum, 0, 2},            {K::Composite, 0, 1},       {K::Domain, 0, 2},
    {K::Range, 0, 1},           {K::Sequence, 0, 2},        {K::Function, 1, 3},
    {K::TriggerFunction, 0, 1}, {K::EventTriggerFunction, 0, 1}, {K::Procedure, 0, 1},
    {K::Aggregate, 0, 1},       {K::TextSearchDictionary, 0, 1}, {K::TextSearchConfiguration, 0, 1},
    {K::Table, 2, 5},           {K::PartitionedTable, 0, 1}, {K::Partition, 0, 3},
    {K::ChildTable, 0, 1},      {K::ForeignTable, 0, 1},    {K::Function, 0, 1},
    {K::PrimaryKey, 1, 3},      {K::Unique, 0, 2},          {K::ForeignKey, 0, 3},
    {K::Check, 0, 2},           {K::Exclusion, 0, 1},       {K::Index, 1, 4},
    {K::View, 0, 3},            {K::MaterializedView, 0, 1}, {K::Index, 0, 1},
    {K::Trigger, 0, 2},         {K::EventTrigger, 0, 1},    {K::Rule, 0, 1},
    {K::Policy, 0, 2},          {K::Statistics, 0, 1},      {K::Publication, 0, 1},
    {K::OwnedBy, 0, 1},         {K::Grant, 0, 4},           {K::Owner, 0, 3},
    {K::Comment, 0, 4},         {K::DefaultPrivileges, 0, 2},
};

bool isTableKind(GeneratedKind kind)
{
    return kind == K::Table || kind == K::PartitionedTable || kind == K::ChildTable || kind == K::ForeignTable;
}

QString tableSignature(const GeneratedItem &item)
{
    if (item.kind == K::ForeignTable)
        return QStringLiteral("foreign");
    return item.table->unlogged ? QStringLiteral("unlogged") : QStringLiteral("logged");
}

} // namespace

const QStringList &SchemaGenerator::roles()
{
    return ObjectMaker::roles();
}

SchemaGenerator::SchemaGenerator(quint64 seed)
    : m_dice(seed)
{
    ObjectMaker maker(m_schema, m_dice, m_serial);
    build(maker);
    repair(maker);
    m_a = m_schema;
    const QString a = m_a.sql();
    for (int n = m_dice.between(1, 4); n > 0; --n) {
        mutate(maker);
        repair(maker);
    }
    for (int attempt = 0; attempt < 10 && m_schema.sql() == a; ++attempt) {
        mutate(maker);
        repair(maker);
    }
    m_b = m_schema;
}

void SchemaGenerator::build(ObjectMaker &maker)
{
    for (const Phase &phase : phases) {
        for (int n = m_dice.between(phase.low, phase.high); n > 0; --n) {
            if (std::optional<GeneratedItem> item = maker.make(phase.kind, m_schema.items.size()))
                m_schema.items << *item;
        }
    }
}

QString SchemaGenerator::describe(const GeneratedItem &item) const
{
    return item.id.isEmpty() ? item.sql.left(60) : QString(item.id).replace(QLatin1Char('\n'), QLatin1Char('.'));
}

void SchemaGenerator::mutate(ObjectMaker &maker)
{
    if (m_schema.items.isEmpty())
        return;
    const int what = m_dice.below(100);
    if (what < 20) {
        // A new object of any kind, at the end.
        const GeneratedKind kind = m_dice.pick(phases).kind;
        if (std::optional<GeneratedItem> item = maker.make(kind, m_schema.items.size())) {
            m_changes << QStringLiteral("add %1").arg(describe(*item));
            m_schema.items << *item;
        }
        return;
    }
    const qsizetype index = m_dice.below(m_schema.items.size());
    const GeneratedItem item = m_schema.items.at(index);
    if (what < 35) {
        m_changes << QStringLiteral("drop %1").arg(describe(item));
        m_schema.items.removeAt(index);
        return;
    }
    if (what < 60 && isTableKind(item.kind)) {
        changeTable(maker, index);
        return;
    }
    if (what < 65 && item.kind == K::Enum) {
        changeEnum(index);
        return;
    }
    if (isTableKind(item.kind) && what < 75) {
        // Every other change of a table's columns goes through changeTable().
        changeTable(maker, index);
        return;
    }
    // The object made anew in place: other attributes, or (when what is high) another name.
    const bool rename = what >= 85;
    std::optional<GeneratedItem> again = isTableKind(item.kind) && !rename ? std::nullopt : maker.make(item.kind, index, rename ? nullptr : &item);
    if (!again)
        return;
    m_changes << QStringLiteral("%1 %2 → %3").arg(rename ? QStringLiteral("rename") : QStringLiteral("remake"), describe(item), describe(*again));
    m_schema.items[index] = *again;
}

bool SchemaGenerator::changeTable(ObjectMaker &maker, qsizetype index)
{
    GeneratedItem &item = m_schema.items[index];
    GeneratedTable &t = *item.table;
    const bool plain = item.kind == K::Table && t.parent.isEmpty();
    const QString name = describe(item);
    QList<qsizetype> unpinned;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        if (!t.columns.at(i).pinned)
            unpinned << i;
    }
    // A column that other objects use, when there is one, more often than not.
    auto pickColumn = [&]() -> qsizetype {
        if (unpinned.isEmpty())
            return -1;
        QList<qsizetype> used;
        for (const qsizetype i : std::as_const(unpinned)) {
            const QString id = GeneratedSchema::columnId(item.id, t.columns.at(i).name);
            for (const GeneratedItem &o : std::as_const(m_schema.items)) {
                if (std::any_of(o.uses.begin(), o.uses.end(), [&](const GeneratedUse &u) { return u.id == id; }))
                    used << i;
            }
        }
        return !used.isEmpty() && m_dice.chance(65) ? m_dice.pick(used) : m_dice.pick(unpinned);
    };
    const int what = m_dice.below(100);
    if (what < 20) {
        GeneratedColumn c = maker.newColumn(index, plain);
        m_schema.items[index].table->columns << c;
        m_changes << QStringLiteral("add column %1 %2 to %3").arg(c.name, c.type, name);
        return true;
    }
    const qsizetype at = pickColumn();
    if (what < 40 && at >= 0) {
        m_changes << QStringLiteral("drop column %1 of %2").arg(t.columns.at(at).name, name);
        t.columns.removeAt(at);
        return true;
    }
    if (what < 60 && at >= 0) {
        GeneratedColumn c = t.columns.at(at);
        const QString before = c.type;
        if (!maker.retype(c, index))
            return false;
        m_schema.items[index].table->columns[at] = c;
        m_changes << QStringLiteral("retype column %1 of %2: %3 → %4").arg(c.name, name, before, c.type);
        return true;
    }
    if (what < 70 && at >= 0) {
        GeneratedColumn c = t.columns.at(at);
        maker.chooseDefault(c, index);
        m_schema.items[index].table->columns[at] = c;
        m_changes << QStringLiteral("default of column %1 of %2: %3").arg(c.name, name, c.defaultValue);
        return true;
    }
    if (what < 78 && at >= 0) {
        GeneratedColumn &c = t.columns[at];
        c.notNull = !c.notNull;
        m_changes << QStringLiteral("NOT NULL of column %1 of %2: %3").arg(c.name, name, c.notNull ? QStringLiteral("on") : QStringLiteral("off"));
        return true;
    }
    if (what < 84 && at >= 0 && plain) {
        GeneratedColumn &c = t.columns[at];
        if (!c.identity.isEmpty()) {
            c.identity = c.identity == QLatin1String("ALWAYS") && m_dice.chance(50) ? QStringLiteral("BY DEFAULT") : QString();
            c.identityOptions = c.identity.isEmpty() ? QString() : QStringLiteral("START WITH 7");
        } else if (c.family == QLatin1String("int") && c.uses.isEmpty() && c.generated.isEmpty()) {
            c.identity = QStringLiteral("ALWAYS");
            c.defaultValue.clear();
            c.defaultUses.clear();
        } else if (c.type == QLatin1String("text") && c.generated.isEmpty()) {
            c.collation = c.collation.isEmpty() ? QStringLiteral("\"C\"") : QString();
        } else {
            c.statistics = c.statistics < 0 ? 250 : -1;
        }
        m_changes << QStringLiteral("identity, collation or statistics of column %1 of %2").arg(c.name, name);
        return true;
    }
    if (what < 90 && plain) {
        t.unlogged = !t.unlogged;
        item.signature = tableSignature(item);
        m_changes << QStringLiteral("%1 %2").arg(t.unlogged ? QStringLiteral("unlogged") : QStringLiteral("logged"), name);
        return true;
    }
    if (item.kind == K::ForeignTable) {
        t.serverOptions = t.serverOptions.isEmpty() ? QStringLiteral("table_name 'elsewhere'") : QString();
    } else if (what < 95) {
        t.rowSecurity = !t.rowSecurity;
        if (m_dice.chance(40))
            t.forceRowSecurity = !t.forceRowSecurity;
    } else if (plain) {
        t.options = t.options.isEmpty() ? QStringLiteral("fillfactor=60") : QString();
        t.replicaIdentity = t.replicaIdentity.isEmpty() ? QStringLiteral("FULL") : QString();
    } else {
        return false;
    }
    m_changes << QStringLiteral("table attributes of %1").arg(name);
    return true;
}

bool SchemaGenerator::changeEnum(qsizetype index)
{
    GeneratedItem &item = m_schema.items[index];
    QStringList &labels = item.labels;
    static const QStringList fresh = {QStringLiteral("added"), QStringLiteral("Mid Value"), QStringLiteral("it''s new"),
                                      QStringLiteral("ñu")};
    QString label;
    for (const QString &f : fresh) {
        if (!labels.contains(f)) {
            label = f;
            break;
        }
    }
    const int what = m_dice.below(100);
    if (what < 55 && !label.isEmpty()) {
        labels.insert(m_dice.below(labels.size() + 1), label);
    } else if (what < 75 && !label.isEmpty()) {
        labels[m_dice.below(labels.size())] = label;
    } else if (what < 90 && labels.size() > 1) {
        labels.removeAt(m_dice.below(labels.size()));
    } else if (labels.size() > 1) {
        labels.move(0, labels.size() - 1);
    } else {
        return false;
    }
    item.signature = labels.join(QLatin1Char('\x1f'));
    m_changes << QStringLiteral("labels of %1: %2").arg(describe(item), labels.join(QStringLiteral(", ")));
    return true;
}

void SchemaGenerator::repair(ObjectMaker &maker)
{
    for (int round = 0; round < 1000; ++round) {
        bool clean = true;
        QHash<QString, QString> provided{{QStringLiteral("schema:public"), QString()}};
        auto valid = [&provided](const GeneratedUse &u) {
            const auto it = provided.constFind(u.id);
            return it != provided.constEnd() && (u.signature.isEmpty() || *it == u.signature);
        };
        auto allValid = [&](const QList<GeneratedUse> &uses) { return std::all_of(uses.begin(), uses.end(), valid); };
        for (qsizetype i = 0; i < m_schema.items.size(); ++i) {
            GeneratedItem &item = m_schema.items[i];
            if (item.table) {
                if (!allValid(item.uses)) {
                    m_schema.items.removeAt(i);
                    clean = false;
                    break;
                }
                // A column whose type went is dropped; a default or collation that went goes.
                QList<GeneratedColumn> &columns = item.table->columns;
                QHash<QString, QString> own;
                for (const GeneratedColumn &c : std::as_const(columns))
                    own.insert(GeneratedSchema::columnId(item.id, c.name), c.signature());
                for (qsizetype k = 0; k < columns.size();) {
                    GeneratedColumn &c = columns[k];
                    bool typeValid = true;
                    for (qsizetype u = c.uses.size() - 1; u >= 0; --u) {
                        if (valid(c.uses.at(u)))
                            continue;
                        clean = false;
                        if (c.uses.at(u).id.startsWith(QLatin1String("coll:"))) {
                            c.collation.clear();
                            c.uses.removeAt(u);
                        } else {
                            typeValid = typeValid && maker.resolveType(c, i);
                        }
                    }
                    const bool generatedValid = std::all_of(c.generatedUses.begin(), c.generatedUses.end(), [&](const GeneratedUse &u) {
                        return own.value(u.id) == u.signature;
                    });
                    if (!typeValid || !allValid(c.uses) || !generatedValid) {
                        columns.removeAt(k);
                        clean = false;
                        continue;
                    }
                    if (!allValid(c.defaultUses)) {
                        c.defaultValue.clear();
                        c.defaultUses.clear();
                        clean = false;
                    }
                    ++k;
                }
            } else if (!allValid(item.uses)) {
                const GeneratedItem previous = item;
                std::optional<GeneratedItem> again = m_dice.chance(70) ? maker.make(previous.kind, i, &previous) : std::nullopt;
                if (again && allValid(again->uses))
                    m_schema.items[i] = *again;
                else
                    m_schema.items.removeAt(i);
                clean = false;
                break;
            }
            const GeneratedItem &done = m_schema.items.at(i);
            if (!done.id.isEmpty())
                provided.insert(done.id, done.signature);
            if (done.isRelation()) {
                for (const GeneratedColumnRef &c : m_schema.columns(i))
                    provided.insert(c.id, c.signature);
            } else {
                for (const auto &[id, signature] : done.provides)
                    provided.insert(id, signature);
            }
        }
        if (clean)
            return;
    }
}

} // namespace Pixetric::Test
