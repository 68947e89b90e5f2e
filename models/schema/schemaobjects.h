#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// Plain values describing the objects of one database, as SchemaReader reads them. Names are
// raw (unquoted) identifiers; expressions and definitions are the server's own spelling
// (pg_get_expr, pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef). An empty QString means
// "none" (no comment, no default, default collation). Copyable; no thread affinity.
// Comparison is member-wise, so two snapshots of the same catalog compare equal.

struct SchemaInfo
{
    QString name;
    QString owner;
    QString comment;
    bool operator==(const SchemaInfo &) const = default;
};

struct ExtensionInfo
{
    QString name;
    QString schema;
    QString version;
    QString owner;
    QString comment;
    bool operator==(const ExtensionInfo &) const = default;
};

// One attribute of a composite type.
struct TypeAttribute
{
    QString name;
    QString type;      // format_type spelling
    QString collation; // qualified and quoted, only when not the type's default
    bool operator==(const TypeAttribute &) const = default;
};

struct DomainConstraint
{
    QString name;
    QString definition; // e.g. "CHECK (VALUE > 0)"
    bool notValid = false;
    bool operator==(const DomainConstraint &) const = default;
};

struct TypeInfo
{
    enum class Kind { Enum, Composite, Domain, Range };

    QString schema;
    QString name;
    Kind kind = Kind::Enum;
    QString owner;
    QString comment;
    QStringList labels;                  // enum: labels in their sort order
    QList<TypeAttribute> attributes;     // composite
    QString baseType;                    // domain
    QString defaultExpression;           // domain
    bool notNull = false;                // domain
    QList<DomainConstraint> constraints; // domain, by name
    QString rangeSubtype;                // range
    bool operator==(const TypeInfo &) const = default;
};

struct SequenceInfo
{
    QString schema;
    QString name;
    QString owner;
    QString comment;
    QString dataType;
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;
    qint64 cache = 1;
    bool cycle = false;
    // The sequence behind an identity column; it comes and goes with the column.
    bool identity = false;
    // OWNED BY (or the identity column): empty when the sequence stands alone.
    QString ownedBySchema;
    QString ownedByTable;
    QString ownedByColumn;
    bool operator==(const SequenceInfo &) const = default;
};

struct TableColumn
{
    QString name;
    int position = 0;          // attnum; gaps where columns were dropped
    QString type;              // format_type spelling, e.g. "numeric(12,2)"
    QString collation;         // qualified and quoted, only when not the type's default
    bool notNull = false;
    QString defaultExpression; // not for generated columns
    QChar identity;            // 'a' ALWAYS, 'd' BY DEFAULT, null when not an identity column
    QString generatedExpression;
    QChar storage;             // 'p', 'e', 'm', 'x' when not the type's default, else null
    QString comment;
    bool operator==(const TableColumn &) const = default;
};

struct TableInfo
{
    QString schema;
    QString name;
    QChar relkind;          // 'r' ordinary, 'p' partitioned
    bool unlogged = false;
    QString owner;
    QString comment;
    QString partitionKey;   // partitioned tables: pg_get_partkeydef, e.g. "RANGE (created)"
    QString partitionBound; // partitions: e.g. "FOR VALUES FROM (1) TO (10)"
    // Parents, qualified and quoted, in inheritance order: the partitioned table for a
    // partition, the INHERITS list otherwise.
    QStringList parents;
    QList<TableColumn> columns; // by position
    bool isPartition() const { return !partitionBound.isEmpty(); }
    const TableColumn *column(const QString &name) const;
    bool operator==(const TableInfo &) const = default;
};

struct ConstraintInfo
{
    QString schema;
    QString table;
    QString name;
    QChar type;           // 'p', 'u', 'f', 'c', 'x'
    QString definition;   // pg_get_constraintdef
    bool notValid = false;
    bool deferrable = false;
    bool deferred = false; // INITIALLY DEFERRED
    // Foreign keys: actions 'a' no action, 'r' restrict, 'c' cascade, 'n' set null, 'd' set
    // default; match 'f' full, 'p' partial, 's' simple. Null for other constraints.
    QChar updateAction;
    QChar deleteAction;
    QChar matchType;
    QString referencedTable; // qualified and quoted
    bool inherited = false;  // comes from a parent (partition or INHERITS), not declared here
    QString comment;
    bool operator==(const ConstraintInfo &) const = default;
};

struct IndexInfo
{
    QString schema;
    QString table;
    QString name;
    QString definition; // pg_get_indexdef
    QString method;     // btree, hash, gin, gist, brin, spgist, or an extension's
    bool unique = false;
    bool primary = false;
    bool partial = false;
    bool expression = false;
    bool nullsNotDistinct = false;
    QString constraintName; // the constraint this index backs, if any
    QString comment;
    bool operator==(const IndexInfo &) const = default;
};

struct ViewInfo
{
    QString schema;
    QString name;
    bool materialized = false;
    QString definition; // pg_get_viewdef, pretty-printed
    QString owner;
    QString comment;
    bool operator==(const ViewInfo &) const = default;
};

} // namespace Pixetric
