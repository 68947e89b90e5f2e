#pragma once

#include "connectionparams.h"
#include "fabric.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace Pixetric {

class BranchTreeDock;
class EditorTab;
class HistoryPanel;
class MigrationsPanel;
class OperationsPanel;
class MessagesPane;
class QueryHistory;
class SavedConnectionsModel;
class SchemaDiffView;

// The workbench window: SQL tabs and schema diff tabs in the centre; docks for saved
// connections, the fabric's branch tree and operations, migrations, results, messages, query
// history and the LISTEN / NOTIFY console. Each SQL tab has its own session; the docks show the current
// SQL tab's results and messages.
// Thread affinity: GUI thread. Ownership: does not own the fabric given to setFabric().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an SQL tab connected to conninfo (URI or key=value); a string that cannot be read
    // is reported and nothing else happens.
    void openConnectionString(const QString &conninfo);
    EditorTab *openTab(const ConnectionParams &params, const QString &text = {});
    // The current tab when it is an SQL tab; null for none or another kind (a schema diff).
    EditorTab *currentTab() const;
    // Opens a schema diff tab (Tools ▸ Compare Schemas…) with FROM and TO filled in (branch
    // names or connection strings); with start, the comparison begins at once.
    SchemaDiffView *openSchemaDiff(const QString &from = {}, const QString &to = {}, bool start = false);
    QTabWidget *tabs() const { return m_tabs; }

    // The fabric whose branches the Branches and Operations docks show; null shows none. The
    // fabric must outlive the window or be destroyed first (the docks then keep what they saw).
    void setFabric(Fabric *fabric);
    Fabric *fabric() const { return m_fabric; }
    // Opens an SQL tab on a branch's compute.
    EditorTab *openBranchTab(const QString &branch, const ConnectionInfo &connection);
    BranchTreeDock *branchDock() const { return m_branchDock; }
    OperationsPanel *operationsPanel() const { return m_operationsPanel; }
    // The Migrations dock (View ▸ Migrations, Tools ▸ Migrations…): its target follows the
    // branch selected in the Branches dock.
    MigrationsPanel *migrationsPanel() const { return m_migrationsPanel; }
    QDockWidget *migrationsDock() const { return m_migrationsDock; }
    // Shows and raises the Migrations dock.
    void showMigrations();

    // Where unsaved editor text is kept between sessions; settable for tests.
    static QString scratchDirectory();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void newConnection();
    void newTabOnSameConnection();
    void openFile();
    void saveFile();
    void closeTab(int index);
    EditorTab *editorTab(int index) const;
    // The docks below the tabs show an SQL tab's results and messages; while a schema diff is
    // the current tab they step aside so that it has the height, and come back after.
    void updateDocksForDiff();
    void restoreDocksHiddenForDiff();
    bool confirmCloseTab(EditorTab *tab);
    void currentTabChanged();
    void updateActions();
    void updateStatus();
    void showListenConsole();
    void saveScratch();
    void restoreScratch();
    void about();

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_resultsStack = nullptr;
    QStackedWidget *m_messagesStack = nullptr;
    QStackedWidget *m_listenStack = nullptr;
    QLabel *m_resultsPlaceholder = nullptr;
    QLabel *m_messagesPlaceholder = nullptr;
    QListView *m_connectionsView = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_listenDock = nullptr;
    BranchTreeDock *m_branchDock = nullptr;
    QDockWidget *m_operationsDock = nullptr;
    OperationsPanel *m_operationsPanel = nullptr;
    QDockWidget *m_migrationsDock = nullptr;
    MigrationsPanel *m_migrationsPanel = nullptr;
    QList<QPointer<QDockWidget>> m_docksHiddenForDiff;
    QPointer<QDockWidget> m_raisedBeforeDiff;
    QPointer<Fabric> m_fabric;
    std::unique_ptr<QueryHistory> m_history;
    SavedConnectionsModel *m_saved = nullptr;

    QAction *m_runStatement = nullptr;
    QAction *m_runAll = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_explain = nullptr;
    QAction *m_explainAnalyze = nullptr;
    QAction *m_autoCommit = nullptr;
    QAction *m_commit = nullptr;
    QAction *m_rollback = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_save = nullptr;

    QLabel *m_txLabel = nullptr;
    QLabel *m_connLabel = nullptr;
    QLabel *m_runLabel = nullptr;
    QTimer *m_runTimer = nullptr;
    QTimer *m_scratchTimer = nullptr;
};

} // namespace Pixetric
