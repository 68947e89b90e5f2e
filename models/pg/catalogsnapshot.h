#pragma once

#include "resultchunk.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Pixetric {

class CatalogSnapshot;
using CatalogSnapshotPtr = std::shared_ptr<const CatalogSnapshot>;

// What the editor's completion knows about one database at one moment: schemas, the
// session's search path, relations with their columns, functions and types. Names are
// stored exactly as the catalog spells them (never quoted, never case-folded).
//
// Immutable once built, so one snapshot is shared between threads without locking: build it
// anywhere with fromRows(), hand it around as CatalogSnapshotPtr.
class CatalogSnapshot
{
public:
    enum class RelationKind { Table, View, MaterializedView, ForeignTable, PartitionedTable };
    enum class FunctionKind { Function, Aggregate, Window, Procedure };

    struct Column
    {
        QString name;
        QString type; // as format_type() spells it, e.g. "character varying(20)"
    };

    struct Relation
    {
        QString schema;
        QString name;
        RelationKind kind = RelationKind::Table;
        QList<Column> columns; // in attnum order
    };

    struct Function
    {
        QString schema;
        QString name;
        FunctionKind kind = FunctionKind::Function;
        QString arguments; // identity arguments, e.g. "integer, text"
        QString result;    // e.g. "SETOF record"
    };

    struct Type
    {
        QString schema;
        QString name;     // typname, e.g. "int4"
        QString spelling; // format_type(), e.g. "integer"
    };

    CatalogSnapshot() = default;

    // Builds a snapshot from the rows of resources/sql/completion_catalog.sql. Rows of an
    // unknown kind are skipped, so a newer query keeps working with an older reader.
    // Thread-safe; meant to run off the GUI thread for large catalogs.
    static CatalogSnapshotPtr fromRows(const QList<ResultChunk> &chunks);

    const QStringList &schemas() const { return m_schemas; }
    // current_schemas(true) of the reading session: pg_catalog and the user's search_path.
    const QStringList &searchPath() const { return m_searchPath; }
    const QList<Relation> &relations() const { return m_relations; }
    const QList<Function> &functions() const { return m_functions; }
    const QList<Type> &types() const { return m_types; }

    bool hasSchema(const QString &schema) const { return m_schemaSet.contains(schema); }
    bool isOnSearchPath(const QString &schema) const { return m_searchPath.contains(schema); }

    // The relation a name resolves to: exact names (already case-folded the way the server
    // folds them). An empty schema searches the search path, then every schema.
    const Relation *findRelation(const QString &schema, const QString &name) const;
    // Indexes into relations() of the relations in one schema.
    QList<int> relationsInSchema(const QString &schema) const;
    // True when an unqualified reference to this relation's name finds this relation: its
    // schema is the first one on the search path that has a relation of that name.
    bool isVisible(const Relation &relation) const;

private:
    QStringList m_schemas;
    QStringList m_searchPath;
    QList<Relation> m_relations;
    QList<Function> m_functions;
    QList<Type> m_types;
    QSet<QString> m_schemaSet;
    QHash<QString, QList<int>> m_relationsByName;   // name -> indexes, any schema
    QHash<QString, QList<int>> m_relationsBySchema; // schema -> indexes
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::CatalogSnapshotPtr)
