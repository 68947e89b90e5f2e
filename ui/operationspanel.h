#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Pixetric {

class Fabric;
class OperationsModel;

// The fabric's operations, newest first: kind, branch, state, a progress bar, the current step
// or the error. Failed operations can be run again (Retry, also in the context menu and by
// double-click); the full error of the selected one is shown below the table. "Show finished"
// off hides the operations that completed successfully, so what runs and what failed stays.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric; owns its model.
class OperationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperationsPanel(QWidget *parent = nullptr);
    ~OperationsPanel() override;

    void setFabric(Fabric *fabric);

    OperationsModel *model() const { return m_model; }
    // The view shows the proxy (filtered) model.
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QAction *retryAction() const { return m_retry; }
    QCheckBox *showFinishedBox() const { return m_showFinished; }

    void setShowFinished(bool show);
    bool showFinished() const;
    // The full error of the selected operation as shown below the table, empty when none.
    QString errorText() const;

private:
    void retrySelected();
    void selectionChanged();

    OperationsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_showFinished = nullptr;
    QAction *m_retry = nullptr;
};

} // namespace Pixetric
