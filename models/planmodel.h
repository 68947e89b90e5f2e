#pragma once

#include "explainplan.h"

#include <QAbstractItemModel>

namespace Pixetric {

// An ExplainPlan as a tree, one row per plan node, for PlanView.
//
// Columns: node (EXPLAIN's own wording, sub-plans named), exclusive time (exclusive cost for
// a plan without timing), share of the total, rows actual / estimated (per loop), estimate
// error, loops, shared buffers. Custom roles carry the numbers for painting: ShareRole
// (0…1, the bar), ExclusiveRole, EstimateFactorRole, MisestimatedRole (factor at least
// ExplainPlan::MisestimateThreshold and not explained by a Limit), HottestRole (the node
// with the largest share) and NodeIdRole (index into plan().nodes()).
//
// Thread affinity: GUI thread. The plan is held by value.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        ExclusiveColumn,
        ShareColumn,
        RowsColumn,
        EstimateColumn,
        LoopsColumn,
        BuffersColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NodeIdRole = Qt::UserRole + 1, // int
        ShareRole,                     // double, 0…1
        ExclusiveRole,                 // double: milliseconds, or cost units without timing
        EstimateFactorRole,            // double, >= 1; 0 when unknown
        MisestimatedRole,              // bool
        HottestRole,                   // bool
    };
    Q_ENUM(Role)

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    void setPlan(const Pixetric::ExplainPlan &plan);
    void clear();
    const ExplainPlan &plan() const { return m_plan; }

    // The node behind an index of this model, or nullptr.
    const PlanNode *node(const QModelIndex &index) const;
    QModelIndex indexOfNode(int nodeId, int column = NodeColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Milliseconds for people: "0.042 ms", "12.3 ms", "4.56 s".
    static QString formatMs(double ms);

private:
    QString displayText(const PlanNode &n, int column) const;
    QString toolTip(const PlanNode &n, int column) const;

    ExplainPlan m_plan;
};

} // namespace Pixetric
