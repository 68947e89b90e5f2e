#include "schemadifffiltermodel.h"

#include "schemadiffmodel.h"

namespace Pixetric {

SchemaDiffFilterModel::SchemaDiffFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_mask(SchemaDiffModel::AllStates)
{
    // A table that does not match itself still shows when one of its parts does.
    setRecursiveFilteringEnabled(true);
}

void SchemaDiffFilterModel::setDiffModel(SchemaDiffModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void SchemaDiffFilterModel::setStateMask(int mask)
{
    mask &= SchemaDiffModel::AllStates;
    if (mask == m_mask)
        return;
    m_mask = mask;
    refilter();
}

void SchemaDiffFilterModel::setStateShown(ObjectDiff::State state, bool shown)
{
    const int bit = SchemaDiffModel::stateBit(state);
    setStateMask(shown ? (m_mask | bit) : (m_mask & ~bit));
}

bool SchemaDiffFilterModel::isStateShown(ObjectDiff::State state) const
{
    return m_mask & SchemaDiffModel::stateBit(state);
}

void SchemaDiffFilterModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    refilter();
}

void SchemaDiffFilterModel::refilter()
{
    invalidateFilter();
    // Kind rows count what they show: their text changes with the filter.
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, SchemaDiffModel::ObjectColumn), index(rows - 1, SchemaDiffModel::ObjectColumn), {Qt::DisplayRole});
    Q_EMIT filterChanged();
}

int SchemaDiffFilterModel::stateCount(ObjectDiff::State state) const
{
    return m_model ? m_model->stateCount(state) : 0;
}

int SchemaDiffFilterModel::shownObjectCount() const
{
    int count = 0;
    QList<QModelIndex> pending;
    for (int r = 0; r < rowCount(); ++r)
        pending << index(r, 0);
    while (!pending.isEmpty()) {
        const QModelIndex at = pending.takeLast();
        if (!at.data(SchemaDiffModel::KindRowRole).toBool())
            ++count;
        for (int r = 0; r < rowCount(at); ++r)
            pending << index(r, 0, at);
    }
    return count;
}

const ObjectDiff *SchemaDiffFilterModel::objectDiff(const QModelIndex &proxyIndex) const
{
    return m_model ? m_model->objectDiff(mapToSource(proxyIndex)) : nullptr;
}

bool SchemaDiffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->index(sourceRow, 0, sourceParent);
    // Kind rows show through their objects (recursive filtering).
    const ObjectDiff *d = m_model->objectDiff(index);
    if (!d)
        return false;
    if (!(m_mask & SchemaDiffModel::stateBit(d->state)))
        return false;
    return m_name.isEmpty() || d->key.contains(m_name, Qt::CaseInsensitive);
}

QVariant SchemaDiffFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == SchemaDiffModel::ObjectColumn && !index.parent().isValid()
        && m_model) {
        const QModelIndex source = mapToSource(index);
        if (source.data(SchemaDiffModel::KindRowRole).toBool()) {
            return SchemaDiffModel::kindRowText(ObjectKind(source.data(SchemaDiffModel::KindRole).toInt()),
                                                rowCount(index));
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Pixetric
