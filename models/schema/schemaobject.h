#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace Pixetric {

// The kinds of database object a schema snapshot holds. The order is the order objects of
// otherwise equal rank are created in, so that a migration reads the way a person writes one.
enum class ObjectKind {
    Schema,
    Extension,
    Collation,
    ForeignDataWrapper,
    Server,
    UserMapping,
    Enum,
    Composite,
    Domain,
    Range,
    TextSearchDictionary,
    TextSearchConfiguration,
    Function,
    Aggregate,
    Procedure,
    Sequence,
    Table,
    ForeignTable,
    Column,
    Constraint,
    Index,
    View,
    MaterializedView,
    Statistics,
    Trigger,
    Rule,
    Policy,
    EventTrigger,
    Publication,
    DefaultPrivileges,
};

// The attributes of a schema object by name, kept sorted in one flat list: a snapshot holds
// hundreds of thousands of them, and a map's node per attribute costs more than the attribute
// itself. The part of QVariantMap's interface that schema code needs, iterated in name order
// as (name, value) pairs. Copyable value (implicitly shared); no thread affinity.
class AttributeMap
{
public:
    using Entry = std::pair<QString, QVariant>;
    using const_iterator = QList<Entry>::const_iterator;

    AttributeMap() = default;
    // Implicit, so that attributes can be written as a map literal.
    AttributeMap(const QVariantMap &map);
    // Entries already in name order, names unique (as SchemaReader makes them).
    static AttributeMap fromSorted(const QList<Entry> &entries);

    QVariant value(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != m_entries.cend(); }
    void insert(const QString &name, const QVariant &value);
    void remove(const QString &name);
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const_iterator begin() const { return m_entries.cbegin(); }
    const_iterator end() const { return m_entries.cend(); }
    bool operator==(const AttributeMap &) const = default;

private:
    const_iterator find(const QString &name) const;
    const_iterator lowerBound(const QString &name) const;

    QList<Entry> m_entries; // sorted by name
};

// One object of a database as SchemaReader read it: its identity (kind, schema, name, the
// relation a sub-object belongs to, a routine's identity arguments) and the attributes that
// schema comparison looks at, each a QString, a bool or a QStringList. Names are raw
// (unquoted); expressions and definitions are the server's own spelling. An absent attribute
// means "none" (no comment, no default). Copyable value; no thread affinity.
struct SchemaObject
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::SchemaObject)

public:
    ObjectKind kind = ObjectKind::Table;
    QString schema; // empty for objects outside schemas (extensions, publications, …)
    QString name;
    QString table;  // the table or view of a column, constraint, trigger, rule, policy, index
    QString args;   // routines: identity arguments; user mappings: the server; default privileges
    AttributeMap attrs;
    // Identity keys of the objects this one needs (pg_depend, plus a sub-object's table),
    // sorted, without duplicates.
    QStringList dependsOn;

    // The identity key, e.g. "column app.orders.total" (makeKey); cached by
    // SchemaSnapshot::rebuildIndex().
    QString key() const { return cachedKey.isEmpty() ? computeKey() : cachedKey; }
    QString computeKey() const;
    QString cachedKey;
    QString attr(const QString &name) const { return attrs.value(name).toString(); }
    bool flag(const QString &name) const { return attrs.value(name).toBool(); }
    QStringList list(const QString &name) const { return attrs.value(name).toStringList(); }
    bool has(const QString &name) const { return attrs.contains(name); }

    // "schema.name" quoted as SQL needs it; for sub-objects of a table the table's.
    QString qualifiedName() const;
    QString qualifiedTable() const;
    // How a person reads it: "table app.orders", "column app.orders.total",
    // "function app.total(integer)".
    QString displayName() const;

    // Sub-objects live inside a table or view and go with it.
    bool isSubObject() const;
    bool operator==(const SchemaObject &) const = default;

    static QString kindTag(ObjectKind kind);          // "table", "materialized view", …
    static bool kindFromTag(const QString &tag, ObjectKind *kind);
    static QString kindLabel(ObjectKind kind);          // translated, for people
    static QString makeKey(ObjectKind kind, const QString &schema, const QString &name,
                           const QString &table = {}, const QString &args = {});

    // An identifier quoted the way PostgreSQL's quote_ident does: only when needed.
    static QString quoteIdentifier(const QString &identifier);
    static QString qualify(const QString &schema, const QString &name);
    // A string literal, E'' where it holds a backslash.
    static QString quoteLiteral(const QString &text);
};

} // namespace Pixetric
