#include "catalogsnapshot.h"

#include <algorithm>

namespace Pixetric {

namespace {

// Column order of resources/sql/completion_catalog.sql.
enum Field { Kind, Id, Parent, Position, Schema, Name, Subkind, Detail, Result, FieldCount };

// Digits only: the server sends oids and positions as plain decimal text. Faster than going
// through QByteArray for tens of thousands of rows.
qint64 toNumber(QByteArrayView bytes)
{
    qint64 value = 0;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return bytes.isEmpty() ? -1 : value;
}

CatalogSnapshot::RelationKind relationKind(QByteArrayView relkind)
{
    const char c = relkind.isEmpty() ? 'r' : relkind.front();
    switch (c) {
    case 'v': return CatalogSnapshot::RelationKind::View;
    case 'm': return CatalogSnapshot::RelationKind::MaterializedView;
    case 'f': return CatalogSnapshot::RelationKind::ForeignTable;
    case 'p': return CatalogSnapshot::RelationKind::PartitionedTable;
    default: return CatalogSnapshot::RelationKind::Table;
    }
}

CatalogSnapshot::FunctionKind functionKind(QByteArrayView prokind)
{
    const char c = prokind.isEmpty() ? 'f' : prokind.front();
    switch (c) {
    case 'a': return CatalogSnapshot::FunctionKind::Aggregate;
    case 'w': return CatalogSnapshot::FunctionKind::Window;
    case 'p': return CatalogSnapshot::FunctionKind::Procedure;
    default: return CatalogSnapshot::FunctionKind::Function;
    }
}

struct PendingColumn
{
    qint64 relation;
    qint64 position;
    CatalogSnapshot::Column column;
};

} // namespace

CatalogSnapshotPtr CatalogSnapshot::fromRows(const QList<ResultChunk> &chunks)
{
    auto snapshot = std::make_shared<CatalogSnapshot>();
    CatalogSnapshot &s = *snapshot;

    QList<QPair<qint64, QString>> path;
    QHash<qint64, int> relationByOid;
    QList<PendingColumn> columns;
    for (const ResultChunk &chunk : chunks) {
        if (chunk.columnCount() < FieldCount)
            continue;
        for (int row = 0; row < chunk.rowCount(); ++row) {
            const QByteArrayView kind = chunk.value(row, Kind);
            if (kind.size() != 1)
                continue;
            const auto text = [&](Field f) { return QString::fromUtf8(chunk.value(row, f)); };
            switch (kind.front()) {
            case 'p':
                path.append({toNumber(chunk.value(row, Position)), text(Name)});
                break;
            case 'n':
                s.m_schemas.append(text(Name));
                break;
            case 'r':
                relationByOid.insert(toNumber(chunk.value(row, Id)), int(s.m_relations.size()));
                s.m_relations.append({text(Schema), text(Name), relationKind(chunk.value(row, Subkind)), {}});
                break;
            case 'a':
                columns.append({toNumber(chunk.value(row, Parent)), toNumber(chunk.value(row, Position)),
                                {text(Name), text(Detail)}});
                break;
            case 'f':
                s.m_functions.append({text(Schema), text(Name), functionKind(chunk.value(row, Subkind)),
                                      text(Detail), text(Result)});
                break;
            case 't':
                s.m_types.append({text(Schema), text(Name), text(Detail)});
                break;
            default:
                break;
            }
        }
    }

    std::sort(path.begin(), path.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(path))
        s.m_searchPath.append(entry.second);

    // Rows of a union arrive in no promised order: attach columns once every relation is known.
    std::sort(columns.begin(), columns.end(), [](const PendingColumn &a, const PendingColumn &b) {
        return a.relation != b.relation ? a.relation < b.relation : a.position < b.position;
    });
    for (const PendingColumn &c : std::as_const(columns)) {
        const auto it = relationByOid.constFind(c.relation);
        if (it != relationByOid.constEnd())
            s.m_relations[it.value()].columns.append(c.column);
    }

    std::sort(s.m_schemas.begin(), s.m_schemas.end());
    const auto byName = [](const auto &a, const auto &b) {
        return a.name != b.name ? a.name < b.name : a.schema < b.schema;
    };
    std::sort(s.m_relations.begin(), s.m_relations.end(), byName);
    std::stable_sort(s.m_functions.begin(), s.m_functions.end(), byName);
    std::sort(s.m_types.begin(), s.m_types.end(), byName);

    for (const QString &schema : std::as_const(s.m_schemas))
        s.m_schemaSet.insert(schema);
    s.m_relationsByName.reserve(s.m_relations.size());
    for (int i = 0; i < s.m_relations.size(); ++i) {
        const Relation &r = s.m_relations.at(i);
        s.m_relationsByName[r.name].append(i);
        s.m_relationsBySchema[r.schema].append(i);
    }
    return snapshot;
}

const CatalogSnapshot::Relation *CatalogSnapshot::findRelation(const QString &schema, const QString &name) const
{
    const auto it = m_relationsByName.constFind(name);
    if (it == m_relationsByName.constEnd())
        return nullptr;
    const QList<int> &candidates = it.value();
    if (!schema.isEmpty()) {
        for (const int i : candidates) {
            if (m_relations.at(i).schema == schema)
                return &m_relations.at(i);
        }
        return nullptr;
    }
    for (const QString &pathSchema : m_searchPath) {
        for (const int i : candidates) {
            if (m_relations.at(i).schema == pathSchema)
                return &m_relations.at(i);
        }
    }
    // Not on the path: the statement would fail as written, but the user most likely means
    // the one table of that name, and completing its columns helps them fix the reference.
    return candidates.isEmpty() ? nullptr : &m_relations.at(candidates.first());
}

QList<int> CatalogSnapshot::relationsInSchema(const QString &schema) const
{
    return m_relationsBySchema.value(schema);
}

bool CatalogSnapshot::isVisible(const Relation &relation) const
{
    if (!isOnSearchPath(relation.schema))
        return false;
    const Relation *found = nullptr;
    const auto it = m_relationsByName.constFind(relation.name);
    if (it == m_relationsByName.constEnd())
        return false;
    for (const QString &pathSchema : m_searchPath) {
        for (const int i : it.value()) {
            if (m_relations.at(i).schema == pathSchema) {
                found = &m_relations.at(i);
                break;
            }
        }
        if (found)
            break;
    }
    return found && found->schema == relation.schema;
}

} // namespace Pixetric
