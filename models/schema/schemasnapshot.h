#pragma once

#include "schemaobjects.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Pixetric {

// Everything SchemaReader read from one database. Every list is sorted by schema and name
// (byte order), constraints and indexes by schema, table and name, so that snapshots compare
// member by member. Copyable value; no thread affinity. After changing the lists, call
// rebuildIndex() before using the lookups.
class SchemaSnapshot
{
public:
    int serverVersionNum = 0;
    QList<SchemaInfo> schemas;
    QList<ExtensionInfo> extensions;
    QList<TypeInfo> types;
    QList<SequenceInfo> sequences;
    QList<TableInfo> tables;
    QList<ConstraintInfo> constraints;
    QList<IndexInfo> indexes;
    QList<ViewInfo> views;

    // "schema.name" with each part quoted as PostgreSQL needs it (quote_ident rules).
    static QString quoteIdentifier(const QString &identifier);
    static QString qualifiedName(const QString &schema, const QString &name);

    // Lookups by raw schema and object name; nullptr when absent. Pointers stay valid until
    // the lists change.
    const SchemaInfo *schema(const QString &name) const;
    const ExtensionInfo *extension(const QString &name) const;
    const TypeInfo *type(const QString &schema, const QString &name) const;
    const SequenceInfo *sequence(const QString &schema, const QString &name) const;
    const TableInfo *table(const QString &schema, const QString &name) const;
    const ViewInfo *view(const QString &schema, const QString &name) const;
    // Constraint and index names are unique per table (constraints) or per schema (indexes).
    const ConstraintInfo *constraint(const QString &schema, const QString &table, const QString &name) const;
    const IndexInfo *index(const QString &schema, const QString &name) const;
    // The same lookups by qualified name as qualifiedName() spells it.
    const TableInfo *table(const QString &qualified) const;

    void rebuildIndex();
    bool isEmpty() const;
    void clear();

    // The index is derived from the lists and left out of the comparison.
    bool operator==(const SchemaSnapshot &other) const;
    bool operator!=(const SchemaSnapshot &other) const { return !(*this == other); }

private:
    static QString key(const QString &a, const QString &b, const QString &c = {});

    QHash<QString, qsizetype> m_types;
    QHash<QString, qsizetype> m_sequences;
    QHash<QString, qsizetype> m_tables;
    QHash<QString, qsizetype> m_views;
    QHash<QString, qsizetype> m_constraints;
    QHash<QString, qsizetype> m_indexes;
};

} // namespace Pixetric
