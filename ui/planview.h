#pragma once

#include "explainplan.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QTreeView;
class QTreeWidget;

namespace Pixetric {

class PlanModel;

// Shows an EXPLAIN plan: a summary line (planning and execution time, triggers, JIT, the
// hottest node), the node tree with each node's share drawn as a bar (the hottest node and
// bad row estimates stand out), and every field of the selected node beside it. A plan
// without ANALYZE shows estimated costs and rows instead of times.
//
// Thread affinity: GUI thread. Ownership: owns its model and child widgets.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    // Shows plan; an invalid plan shows its errorString() instead. Selects the hottest node.
    void setPlan(const Pixetric::ExplainPlan &plan);
    // Parses the output of EXPLAIN (…, FORMAT JSON) and shows it; false when it is malformed
    // (the summary line then says why).
    bool setPlanJson(QByteArrayView json);
    void clear();

    const ExplainPlan &plan() const;
    PlanModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

    // The selected node's id in plan().nodes(), -1 for none.
    int selectedNode() const;
    void selectNode(int nodeId);

    QString summaryText() const;
    // The details pane as (field, value) pairs, top to bottom, for tests and copying.
    QList<QPair<QString, QString>> details() const;

Q_SIGNALS:
    void nodeSelected(int nodeId);

private:
    void showDetails(int nodeId);
    void updateSummary(const QString &error = {});

    PlanModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    QTreeWidget *m_details = nullptr;
};

} // namespace Pixetric
