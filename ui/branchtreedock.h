#pragma once

#include "fabric.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QToolBar;
class QTreeView;

namespace Pixetric {

class BranchDetailsPanel;
class BranchTreeModel;

// The "Branches" dock: a toolbar of one-click actions, the branch tree and, below it, the
// details of the selected branch.
//
// Actions (toolbar, context menu and the window's Branches menu): New branch (a child of the
// selected one, through CreateBranchDialog), Reset to parent, Discard (DiscardBranchDialog;
// typed confirmation for protected branches and branches with children, recursive then),
// Protect / Unprotect, Start / Suspend, Copy connection string, Open SQL tab (double-click too),
// Set as default. They are enabled for what the selection allows: nothing that replaces or
// removes the root, nothing on a branch that is being created, reset or deleted.
//
// Nothing here waits: every action is one asynchronous Fabric call, and what happens shows up
// through the fabric's signals (the tree updates in place, the operations panel shows progress).
// Dialogs are window-modal and opened with open(), so the event loop never nests.
// A fabric that cannot be used (fabricFailed) is reported in a banner at the top of the dock,
// with what to do.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric; it may be destroyed first.
class BranchTreeDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit BranchTreeDock(QWidget *parent = nullptr);
    ~BranchTreeDock() override;

    void setFabric(Fabric *fabric);
    Fabric *fabric() const { return m_fabric; }

    BranchTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    BranchDetailsPanel *details() const { return m_details; }

    // The selected branch; empty name when none.
    BranchInfo currentBranch() const;
    // Selects and shows name; false when the tree does not hold it (yet).
    bool selectBranch(const QString &name);
    // The banner's text (failure, start-up, notices), empty when hidden.
    QString messageText() const;

    QAction *newBranchAction() const { return m_newBranch; }
    QAction *resetAction() const { return m_reset; }
    QAction *discardAction() const { return m_discard; }
    QAction *protectAction() const { return m_protect; }
    QAction *computeAction() const { return m_compute; }
    QAction *copyConnectionAction() const { return m_copy; }
    QAction *openSqlAction() const { return m_openSql; }
    QAction *setDefaultAction() const { return m_setDefault; }
    // Every branch action in menu order, with null entries where separators go.
    QList<QAction *> branchActions() const;

Q_SIGNALS:
    // The person wants an SQL tab on branch; its compute is running.
    void openSqlTabRequested(const QString &branch, const Pixetric::ConnectionInfo &connection);

private:
    void createActions();
    void updateActions();
    void updateBanner();
    void showNotice(const QString &text, bool error);
    void currentChanged();
    void branchesChanged();
    void operationChanged(const Pixetric::OperationInfo &operation);
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void showContextMenu(const QPoint &pos);

    void newBranch();
    void resetBranch();
    void discardBranch();
    void toggleProtection();
    void toggleCompute();
    void copyConnection();
    void openSql();
    void setDefault();

    QPointer<Fabric> m_fabric;
    BranchTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    BranchDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_banner = nullptr;
    QTimer *m_noticeTimer = nullptr;

    QAction *m_newBranch = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_protect = nullptr;
    QAction *m_compute = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_openSql = nullptr;
    QAction *m_setDefault = nullptr;

    QString m_failure;         // fabricFailed()'s message, sticky
    QString m_notice;          // a passing notice (copied, an operation failed)
    bool m_noticeIsError = false;
    QString m_selectWhenShown; // a branch created here, selected once it appears
    QSet<QString> m_openWhenRunning; // SQL tabs wanted on computes still starting
    QSet<qint64> m_unfinished;       // operations seen before they finished
    bool m_expandedOnce = false;
};

} // namespace Pixetric
