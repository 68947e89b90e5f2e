#pragma once

#include "schemadiff.h"

#include <QSortFilterProxyModel>

namespace Pixetric {

class SchemaDiffModel;

// Shows the rows of a SchemaDiffModel whose state is one of those switched on (the four
// filter buttons of the diff view) and whose identity key contains the name filter. A table
// shows when it or one of its parts matches, with only the parts that match; a kind row shows
// when one of its objects does, and counts the objects it shows ("Tables (3)").
//
// The model keeps the source's order (kind order, then identity keys; a table's parts in
// CREATE TABLE order) and does not sort.
//
// Thread affinity: GUI thread. Ownership: does not own the source model.
class SchemaDiffFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SchemaDiffFilterModel(QObject *parent = nullptr);

    void setDiffModel(SchemaDiffModel *model);
    SchemaDiffModel *diffModel() const { return m_model; }

    // SchemaDiffModel::stateBit()s; AllStates by default.
    void setStateMask(int mask);
    int stateMask() const { return m_mask; }
    void setStateShown(ObjectDiff::State state, bool shown);
    bool isStateShown(ObjectDiff::State state) const;

    // Case-insensitive part of the identity key ("orders", "column app.orders"); empty
    // matches everything.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

    // What the source holds in that state, whatever is shown (for the filter buttons).
    int stateCount(ObjectDiff::State state) const;
    // Objects and parts the filter shows, over the whole tree.
    int shownObjectCount() const;

    // The object at a proxy index; null on kind rows.
    const ObjectDiff *objectDiff(const QModelIndex &proxyIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    SchemaDiffModel *m_model = nullptr;
    int m_mask;
    QString m_name;
};

} // namespace Pixetric
