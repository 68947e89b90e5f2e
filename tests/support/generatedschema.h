#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace Pixetric::Test {

// The dice of the schema generator: a 64-bit Mersenne Twister and nothing else, so that a seed
// gives the same schema on every platform (the distributions of <random> are not portable).
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {
    }
    // 0 … n-1; 0 when n is 0.
    int below(qsizetype n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    int between(int low, int high) { return low + below(high - low + 1); }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

private:
    std::mt19937_64 m_engine;
};

// What a generated object needs of another one: the other's id, and, when the form matters
// (a column's type in an expression, a function's result), the signature it had then. A use
// whose id is gone, or whose signature changed, makes the object invalid.
struct GeneratedUse
{
    QString id;
    QString signature; // empty: only that it exists
};

struct GeneratedColumn
{
    QString name;   // raw
    QString type;   // as SQL writes it
    QString family; // what expressions may do with it: "int", "text", "enum", …
    QList<GeneratedUse> uses; // its type and collation
    QString defaultValue;
    QList<GeneratedUse> defaultUses;
    QString generated; // a stored generated column's expression
    QList<GeneratedUse> generatedUses;
    QString collation; // qualified, as SQL writes it
    QString identity;  // "ALWAYS", "BY DEFAULT"
    QString identityOptions;
    QString storage;
    QString compression;
    QString options; // attribute options ("n_distinct=100")
    QString fdwOptions;
    int statistics = -1;
    bool notNull = false;
    bool pinned = false; // a partition key: never dropped or retyped

    // What a typed use of the column depends on.
    QString signature() const { return type + QLatin1Char('|') + family + QLatin1Char('|') + collation; }
};

struct GeneratedTable
{
    QList<GeneratedColumn> columns;
    QString parent;      // id of the table it inherits from
    QString partitionBy; // "RANGE (k)"
    QString keyFamily;   // the partition key's family, for the partitions' bounds
    QString server;      // a foreign table's server (id) …
    QString serverName;  // … as SQL writes it
    QString serverOptions;
    QString options;     // WITH (…)
    QString replicaIdentity;
    bool unlogged = false;
    bool rowSecurity = false;
    bool forceRowSecurity = false;
};

enum class GeneratedKind {
    Schema,
    Extension,
    Collation,
    Wrapper,
    Server,
    UserMapping,
    Enum,
    Composite,
    Domain,
    Range,
    Sequence,
    Function,
    TriggerFunction,
    EventTriggerFunction,
    Procedure,
    Aggregate,
    TextSearchDictionary,
    TextSearchConfiguration,
    Table,
    PartitionedTable,
    Partition,
    ChildTable,
    ForeignTable,
    PrimaryKey,
    Unique,
    ForeignKey,
    Check,
    Exclusion,
    Index,
    View,
    MaterializedView,
    Trigger,
    EventTrigger,
    Rule,
    Policy,
    Statistics,
    Publication,
    OwnedBy,
    Grant,
    Owner,
    Comment,
    DefaultPrivileges,
};

// One object of a generated schema. Tables and enums are kept as structure (a mutation changes
// their columns and labels, and the SQL is written from it); every other kind as its SQL.
struct GeneratedItem
{
    GeneratedKind kind = GeneratedKind::Table;
    QString id;
    QString schema; // raw, empty outside schemas
    QString name;   // raw
    QString anchor; // the id of the object it belongs to (an index's table, a comment's object)
    QString sql;
    QString ref;       // how COMMENT ON names it ("TABLE s.t"), empty when it has no comment
    QString signature; // what typed uses of it depend on
    QStringList flags; // "ownable", "deferrable", "immutable", …
    QList<GeneratedUse> uses;
    // Further ids it provides (a view's columns), with their signatures.
    QList<QPair<QString, QString>> provides;
    std::optional<GeneratedTable> table;
    QStringList labels;    // an enum's labels, a key's columns, a partition's slot
    QStringList arguments; // a routine's argument types, a key's column types

    bool isRelation() const;
    bool hasFlag(const QString &flag) const { return flags.contains(flag); }
};

// A column of a table or view as the objects over it see it.
struct GeneratedColumnRef
{
    QString id;
    QString name;
    QString type;
    QString family;
    QString collation;
    QString signature;
    bool pinned = false;
    bool generated = false;
    bool notNull = false;
};

// A generated schema: objects in the order they are created, each needing only objects before
// it. Copyable value; no thread affinity.
class GeneratedSchema
{
public:
    QList<GeneratedItem> items;

    // The whole schema as SQL.
    QString sql() const;
    QString sql(const GeneratedItem &item) const;

    qsizetype indexOf(const QString &id) const;
    const GeneratedItem *find(const QString &id) const;
    // The columns of the relation at index, inherited ones included; empty for others.
    QList<GeneratedColumnRef> columns(qsizetype index) const;
    // Every id the objects before position provide, with its signature.
    QHash<QString, QString> providedBefore(qsizetype position) const;
    // Whether a name is taken in the schema's namespace of relations and types (or of routines,
    // or among the objects outside schemas).
    bool nameTaken(const QString &schema, const QString &name, bool routine) const;

    static QString columnId(const QString &relationId, const QString &column);
};

QString ident(const QString &name);
QString qualified(const QString &schema, const QString &name);
QString literal(const QString &text);

} // namespace Pixetric::Test
