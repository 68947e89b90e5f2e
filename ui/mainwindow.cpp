#include "mainwindow.h"

#include "branchtreedock.h"
#include "connectiondialog.h"
#include "editortab.h"
#include "fabric.h"
#include "historypanel.h"
#include "listenconsole.h"
#include "logging.h"
#include "messagespane.h"
#include "migrationspanel.h"
#include "operationspanel.h"
#include "queryhistory.h"
#include "savedconnectionsmodel.h"
#include "schemadiffview.h"
#include "sqleditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Pixetric {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QLabel *placeholder(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

QString MainWindow::scratchDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scratch");
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Pixetric Studio"));
    setWindowIcon(icon("pixetric"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The branch tree and its details on the left use the window's whole height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    m_history = std::make_unique<QueryHistory>();
    if (const QueryHistory::Error e = m_history->open(); !e.message.isEmpty())
        qCWarning(lcUi) << "query history unavailable:" << e.message;
    m_saved = new SavedConnectionsModel(nullptr, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);

    auto *welcome = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch();
    auto *welcomeText = new QLabel(tr("<h2>Pixetric Studio</h2><p>Double-click a branch to open an SQL tab on it, or connect to any PostgreSQL server.</p>"), welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(icon("connect"), tr("New connection…"), welcome);
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::newConnection);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(connectButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();

    auto *centre = new QStackedWidget(this);
    centre->addWidget(welcome);
    centre->addWidget(m_tabs);
    setCentralWidget(centre);

    createActions();
    createDocks();

    m_txLabel = new QLabel(this);
    m_txLabel->setMargin(2);
    m_connLabel = new QLabel(this);
    m_runLabel = new QLabel(this);
    statusBar()->addWidget(m_connLabel, 1);
    statusBar()->addPermanentWidget(m_runLabel);
    statusBar()->addPermanentWidget(m_txLabel);

    m_runTimer = new QTimer(this);
    m_runTimer->setInterval(100);
    connect(m_runTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    // Editor text is kept on disk as it is typed, so a crash or a power cut loses nothing.
    m_scratchTimer = new QTimer(this);
    m_scratchTimer->setInterval(5000);
    connect(m_scratchTimer, &QTimer::timeout, this, &MainWindow::saveScratch);
    m_scratchTimer->start();

    QSettings settings;
    resize(1280, 820);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())
        || !restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the editor and the results share the height; side docks stay narrow.
        const auto docks = findChildren<QDockWidget *>();
        QList<QDockWidget *> bottom, sides;
        for (QDockWidget *dock : docks)
            (dockWidgetArea(dock) == Qt::BottomDockWidgetArea ? bottom : sides).append(dock);
        resizeDocks(bottom, QList<int>(bottom.size(), 360), Qt::Vertical);
        resizeDocks(sides, QList<int>(sides.size(), 260), Qt::Horizontal);
        // The branch tree shares the left side with the connections and needs more room.
        resizeDocks({m_branchDock}, {400}, Qt::Horizontal);
    }
    m_autoCommit->setChecked(settings.value(QStringLiteral("workbench/autoCommit"), true).toBool());

    restoreScratch();
    currentTabChanged();
}

MainWindow::~MainWindow()
{
    // Tabs first, while the docks that show their results and messages still exist.
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newConnection = file->addAction(icon("connect"), tr("&New Connection…"), this, &MainWindow::newConnection);
    newConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newTab = file->addAction(icon("tab-new"), tr("New &Tab on This Connection"), this, &MainWindow::newTabOnSameConnection);
    m_newTab->setShortcut(QKeySequence::AddTab);
    file->addSeparator();
    QAction *open = file->addAction(icon("open"), tr("&Open SQL File…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    m_save = file->addAction(icon("save"), tr("&Save SQL As…"), this, &MainWindow::saveFile);
    m_save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *query = menuBar()->addMenu(tr("&Query"));
    m_runStatement = query->addAction(icon("run"), tr("Run &Statement"), this, [this] {
        if (EditorTab *t = currentTab())
            t->run(RunScope::Statement);
    });
    m_runStatement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runStatement->setToolTip(tr("Run the selection, or the statement under the cursor (Ctrl+Enter)"));
    m_runAll = query->addAction(icon("run-all"), tr("Run &All"), this, [this] {
        if (EditorTab *t = currentTab())
            t->run(RunScope::All);
    });
    m_runAll->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    m_runAll->setToolTip(tr("Run every statement in the editor (F5)"));
    m_cancel = query->addAction(icon("stop"), tr("&Cancel"), this, [this] {
        if (EditorTab *t = currentTab())
            t->cancel();
    });
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setToolTip(tr("Cancel the running statement (Ctrl+.)"));
    query->addSeparator();
    m_explain = query->addAction(icon("explain"), tr("&Explain"), this, [this] {
        if (EditorTab *t = currentTab())
            t->explain(false);
    });
    m_explain->setShortcut(QKeySequence(Qt::Key_F7));
    m_explainAnalyze = query->addAction(icon("explain-analyze"), tr("Explain A&nalyze"), this, [this] {
        if (EditorTab *t = currentTab())
            t->explain(true);
    });
    m_explainAnalyze->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_explainAnalyze->setToolTip(tr("EXPLAIN (ANALYZE, BUFFERS) the statement under the cursor (Shift+F7)"));
    query->addSeparator();
    m_autoCommit = query->addAction(icon("autocommit"), tr("A&uto-commit"));
    m_autoCommit->setCheckable(true);
    m_autoCommit->setToolTip(tr("When off, the first statement opens a transaction that stays open until Commit or Rollback"));
    connect(m_autoCommit, &QAction::toggled, this, [this](bool on) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (EditorTab *tab = editorTab(i))
                tab->setAutoCommit(on);
        }
        QSettings().setValue(QStringLiteral("workbench/autoCommit"), on);
        updateStatus();
    });
    m_commit = query->addAction(icon("commit"), tr("C&ommit"), this, [this] {
        if (EditorTab *t = currentTab())
            t->commit();
    });
    m_commit->setObjectName(QStringLiteral("commitAction"));
    m_commit->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_C));
    m_rollback = query->addAction(icon("rollback"), tr("&Rollback"), this, [this] {
        if (EditorTab *t = currentTab())
            t->rollback();
    });
    m_rollback->setObjectName(QStringLiteral("rollbackAction"));
    m_rollback->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_R));
    query->addSeparator();
    m_reconnect = query->addAction(icon("reconnect"), tr("Re&connect"), this, [this] {
        if (EditorTab *t = currentTab())
            t->reconnect();
    });

    QToolBar *bar = addToolBar(tr("Workbench"));
    bar->setObjectName(QStringLiteral("workbenchToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newConnection);
    bar->addAction(m_newTab);
    bar->addSeparator();
    bar->addAction(m_runStatement);
    bar->addAction(m_runAll);
    bar->addAction(m_cancel);
    bar->addSeparator();
    bar->addAction(m_explain);
    bar->addAction(m_explainAnalyze);
    bar->addSeparator();
    bar->addAction(m_autoCommit);
    bar->addAction(m_commit);
    bar->addAction(m_rollback);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *compare = tools->addAction(tr("Compare &Schemas…"), this, [this] { openSchemaDiff(); });
    compare->setObjectName(QStringLiteral("compareSchemasAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compare->setToolTip(tr("Compare the schemas of two branches or databases and get the migration between them"));
    QAction *migrations = tools->addAction(tr("&Migrations…"), this, &MainWindow::showMigrations);
    migrations->setObjectName(QStringLiteral("migrationsAction"));
    migrations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    migrations->setToolTip(tr("Rehearse a migration folder on a preview branch of the selected branch, then promote or discard it"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pixetric Studio"), this, &MainWindow::about);
}

void MainWindow::createDocks()
{
    // Saved connections.
    m_connectionsView = new QListView;
    m_connectionsView->setModel(m_saved);
    m_connectionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_connectionsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_connectionsView, &QListView::activated, this, [this](const QModelIndex &index) {
        ConnectionParams params = m_saved->params(index.row());
        ConnectionDialog dialog(this);
        dialog.setParams(params, m_saved->name(index.row()));
        if (!params.contains(QStringLiteral("password")) && dialog.exec() != QDialog::Accepted)
            return;
        openTab(dialog.params());
    });
    connect(m_connectionsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_connectionsView->indexAt(pos);
        QMenu menu;
        menu.addAction(tr("New Connection…"), this, &MainWindow::newConnection);
        if (index.isValid()) {
            menu.addAction(tr("Forget “%1”").arg(m_saved->name(index.row())), this,
                           [this, row = index.row()] { m_saved->remove(row); });
        }
        menu.exec(m_connectionsView->viewport()->mapToGlobal(pos));
    });
    auto *connections = new QDockWidget(tr("Connections"), this);
    connections->setObjectName(QStringLiteral("connectionsDock"));
    connections->setWidget(m_connectionsView);
    addDockWidget(Qt::LeftDockWidgetArea, connections);

    // The fabric's branch tree, tabbed with the connections.
    m_branchDock = new BranchTreeDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_branchDock);
    tabifyDockWidget(connections, m_branchDock);
    m_branchDock->raise();
    connect(m_branchDock, &BranchTreeDock::openSqlTabRequested, this, &MainWindow::openBranchTab);

    // Results and messages of the current tab.
    m_resultsStack = new QStackedWidget;
    m_resultsPlaceholder = placeholder(tr("Results appear here. Run a statement with Ctrl+Enter."));
    m_resultsStack->addWidget(m_resultsPlaceholder);
    auto *results = new QDockWidget(tr("Results"), this);
    results->setObjectName(QStringLiteral("resultsDock"));
    results->setWidget(m_resultsStack);
    addDockWidget(Qt::BottomDockWidgetArea, results);

    m_messagesStack = new QStackedWidget;
    m_messagesPlaceholder = placeholder(tr("Notices, RAISE output and errors appear here."));
    m_messagesStack->addWidget(m_messagesPlaceholder);
    auto *messages = new QDockWidget(tr("Messages"), this);
    messages->setObjectName(QStringLiteral("messagesDock"));
    messages->setWidget(m_messagesStack);
    addDockWidget(Qt::BottomDockWidgetArea, messages);
    tabifyDockWidget(results, messages);

    // The fabric's operations, with the results and messages.
    m_operationsPanel = new OperationsPanel;
    m_operationsDock = new QDockWidget(tr("Operations"), this);
    m_operationsDock->setObjectName(QStringLiteral("operationsDock"));
    m_operationsDock->setWidget(m_operationsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);
    tabifyDockWidget(messages, m_operationsDock);

    // Migrations: rehearse, promote, discard; the target is the branch selected in the tree.
    m_migrationsPanel = new MigrationsPanel;
    m_migrationsDock = new QDockWidget(tr("Migrations"), this);
    m_migrationsDock->setObjectName(QStringLiteral("migrationsDock"));
    m_migrationsDock->setWidget(m_migrationsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_migrationsDock);
    tabifyDockWidget(m_operationsDock, m_migrationsDock);
    connect(m_branchDock->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const BranchInfo b = m_branchDock->currentBranch(); !b.name.isEmpty())
            m_migrationsPanel->setTarget(b.name);
    });
    results->raise();

    // Query history, shared by all tabs.
    m_historyPanel = new HistoryPanel(m_history.get());
    connect(m_historyPanel, &HistoryPanel::entryActivated, this, [this](const QString &sql) {
        if (EditorTab *t = currentTab()) {
            SqlEditor *editor = t->editor();
            // Insert at the end, never replacing what the person typed.
            QString text = editor->text();
            if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
                editor->append(QStringLiteral("\n"));
            editor->append(sql + QLatin1Char('\n'));
            editor->setFocus();
        }
    });
    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(m_historyPanel);
    addDockWidget(Qt::RightDockWidgetArea, history);

    // LISTEN / NOTIFY: one console per tab, made on first use (each holds its own session).
    m_listenStack = new QStackedWidget;
    m_listenStack->addWidget(placeholder(tr("Open a tab to listen for notifications on its connection.")));
    m_listenDock = new QDockWidget(tr("Notifications"), this);
    m_listenDock->setObjectName(QStringLiteral("listenDock"));
    m_listenDock->setWidget(m_listenStack);
    addDockWidget(Qt::RightDockWidgetArea, m_listenDock);
    tabifyDockWidget(history, m_listenDock);
    history->raise();
    connect(m_listenDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showListenConsole();
    });

    QAction *helpMenu = menuBar()->actions().last();
    auto *view = new QMenu(tr("&View"), this);
    for (QDockWidget *dock : {connections, static_cast<QDockWidget *>(m_branchDock), results, messages,
                              m_operationsDock, m_migrationsDock, history, m_listenDock})
        view->addAction(dock->toggleViewAction());
    menuBar()->insertMenu(helpMenu, view);

    // The branch actions act on the tree's selection; the menu shows the dock when used.
    auto *branches = new QMenu(tr("&Branches"), this);
    branches->setObjectName(QStringLiteral("branchesMenu"));
    for (QAction *action : m_branchDock->branchActions()) {
        if (action)
            branches->addAction(action);
        else
            branches->addSeparator();
    }
    connect(branches, &QMenu::aboutToShow, this, [this] {
        m_branchDock->show();
        m_branchDock->raise();
    });
    menuBar()->insertMenu(view->menuAction(), branches);
}

void MainWindow::setFabric(Fabric *fabric)
{
    m_fabric = fabric;
    m_branchDock->setFabric(fabric);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *diff = qobject_cast<SchemaDiffView *>(m_tabs->widget(i)))
            diff->setFabric(fabric);
    }
    m_operationsPanel->setFabric(fabric);
    m_migrationsPanel->setFabric(fabric);
    if (const BranchInfo b = m_branchDock->currentBranch(); !b.name.isEmpty())
        m_migrationsPanel->setTarget(b.name);
    setWindowTitle(fabric ? tr("Pixetric Studio — %1").arg(fabric->displayName()) : tr("Pixetric Studio"));
}

void MainWindow::showMigrations()
{
    m_migrationsDock->show();
    m_migrationsDock->raise();
    // The report and the conflict view want height; the bottom docks start low. Once the
    // dock is laid out in front of its tab group.
    QTimer::singleShot(0, this, [this] {
        if (m_migrationsDock->isFloating() || !m_migrationsDock->isVisible() || m_migrationsDock->height() >= height() / 2)
            return;
        // resizeDocks() sizes a tab group through all of its docks.
        QList<QDockWidget *> group = tabifiedDockWidgets(m_migrationsDock);
        group.prepend(m_migrationsDock);
        resizeDocks(group, QList<int>(group.size(), height() * 11 / 20), Qt::Vertical);
    });
}

EditorTab *MainWindow::openBranchTab(const QString &branch, const ConnectionInfo &connection)
{
    if (!connection.isValid())
        return nullptr;
    qCInfo(lcUi) << "SQL tab on branch" << branch << "port" << connection.port;
    EditorTab *tab = openTab(connection.params());
    if (tab)
        tab->setLabel(tr("%1 · %2", "tab title: branch · database").arg(branch, connection.database));
    return tab;
}

void MainWindow::openConnectionString(const QString &conninfo)
{
    ConnectionParams params;
    QString error;
    if (!ConnectionParams::parse(conninfo, &params, &error)) {
        QMessageBox::warning(this, tr("Connection string"),
                             tr("This connection string cannot be read:\n%1\n\nUse a postgresql:// URI or key=value pairs.").arg(error));
        return;
    }
    openTab(params);
}

EditorTab *MainWindow::openTab(const ConnectionParams &params, const QString &text)
{
    auto *tab = new EditorTab(params, m_history.get());
    tab->setAutoCommit(m_autoCommit->isChecked());
    if (!text.isEmpty())
        tab->editor()->setText(text);
    m_resultsStack->addWidget(tab->resultsWidget());
    m_messagesStack->addWidget(tab->messages());
    connect(tab, &EditorTab::statusChanged, this, [this, tab] {
        const int index = m_tabs->indexOf(tab);
        if (index >= 0) {
            m_tabs->setTabText(index, tab->title());
            m_tabs->setTabToolTip(index, tab->params().displayName());
        }
        if (tab == currentTab()) {
            updateActions();
            updateStatus();
        }
        if (tab->isBusy() && !m_runTimer->isActive())
            m_runTimer->start();
    });
    const auto raiseDock = [this, tab](QWidget *content) {
        if (tab != currentTab())
            return;
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock->widget() == content)
                dock->raise();
        }
    };
    connect(tab, &EditorTab::resultsArrived, this, [raiseDock, this] { raiseDock(m_resultsStack); });
    connect(tab, &EditorTab::errorReported, this, [raiseDock, this] { raiseDock(m_messagesStack); });
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    static_cast<QStackedWidget *>(centralWidget())->setCurrentWidget(m_tabs);
    tab->editor()->setFocus();
    return tab;
}

EditorTab *MainWindow::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

EditorTab *MainWindow::editorTab(int index) const
{
    return qobject_cast<EditorTab *>(m_tabs->widget(index));
}

SchemaDiffView *MainWindow::openSchemaDiff(const QString &from, const QString &to, bool start)
{
    auto *view = new SchemaDiffView;
    view->setFabric(m_fabric);
    if (!from.isEmpty() || !to.isEmpty())
        view->setSides(from, to);
    connect(view, &SchemaDiffView::titleChanged, this, [this, view](const QString &title) {
        if (const int index = m_tabs->indexOf(view); index >= 0) {
            m_tabs->setTabText(index, title);
            m_tabs->setTabToolTip(index, title);
        }
    });
    connect(view, &SchemaDiffView::openInEditorRequested, this,
            [this](const ConnectionParams &params, const QString &text, const QString &label) {
                if (EditorTab *tab = openTab(params, text))
                    tab->setLabel(label);
            });
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setCurrentIndex(index);
    static_cast<QStackedWidget *>(centralWidget())->setCurrentWidget(m_tabs);
    if (start)
        view->compare();
    return view;
}

void MainWindow::newConnection()
{
    ConnectionDialog dialog(this);
    if (EditorTab *t = currentTab())
        dialog.setParams(t->params());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionParams params = dialog.params();
    if (!dialog.saveName().isEmpty())
        m_saved->save(dialog.saveName(), params);
    openTab(params);
}

void MainWindow::newTabOnSameConnection()
{
    if (EditorTab *t = currentTab())
        openTab(t->params());
    else
        newConnection();
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open SQL File"), {}, tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open SQL File"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (EditorTab *t = currentTab())
        openTab(t->params(), text);
    else
        QMessageBox::information(this, tr("Open SQL File"), tr("Connect to a server first; the file opens in a tab on that connection."));
}

void MainWindow::saveFile()
{
    EditorTab *t = currentTab();
    if (!t)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL As"), {}, tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(t->editor()->text().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save SQL As"),
                             tr("Could not save %1: %2\nYour text is still in the editor; choose another place.").arg(path, file.errorString()));
    }
}

bool MainWindow::confirmCloseTab(EditorTab *tab)
{
    const TransactionStatus tx = tab->connection()->transactionStatus();
    if (tx == TransactionStatus::InTransaction || tx == TransactionStatus::InError) {
        const auto answer = QMessageBox::question(
            this, tr("Open transaction"),
            tr("The session of “%1” has an open transaction. Closing it rolls the transaction back.").arg(tab->title()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Discard;
    }
    return true;
}

void MainWindow::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    if (!widget)
        return;
    auto *tab = qobject_cast<EditorTab *>(widget);
    if (!tab) {
        // A schema diff: nothing to confirm, its work is thrown away.
        m_tabs->removeTab(index);
        widget->deleteLater();
        if (m_tabs->count() == 0)
            static_cast<QStackedWidget *>(centralWidget())->setCurrentIndex(0);
        return;
    }
    if (!confirmCloseTab(tab))
        return;
    m_tabs->removeTab(index);
    m_resultsStack->removeWidget(tab->resultsWidget());
    m_messagesStack->removeWidget(tab->messages());
    if (QWidget *console = tab->property("listenConsole").value<QWidget *>()) {
        m_listenStack->removeWidget(console);
        console->deleteLater();
    }
    tab->deleteLater();
    if (m_tabs->count() == 0)
        static_cast<QStackedWidget *>(centralWidget())->setCurrentIndex(0);
    saveScratch();
}

void MainWindow::updateDocksForDiff()
{
    const bool diff = qobject_cast<SchemaDiffView *>(m_tabs->currentWidget()) != nullptr;
    if (!diff) {
        restoreDocksHiddenForDiff();
        return;
    }
    if (!m_docksHiddenForDiff.isEmpty())
        return;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isFloating() || dockWidgetArea(dock) != Qt::BottomDockWidgetArea || !dock->toggleViewAction()->isChecked())
            continue;
        if (dock->isVisible())
            m_raisedBeforeDiff = dock; // of docks in one tab group, the one in front
        m_docksHiddenForDiff << dock;
    }
    for (const QPointer<QDockWidget> &dock : std::as_const(m_docksHiddenForDiff))
        dock->hide();
}

void MainWindow::restoreDocksHiddenForDiff()
{
    const QList<QPointer<QDockWidget>> docks = std::exchange(m_docksHiddenForDiff, {});
    for (const QPointer<QDockWidget> &dock : docks) {
        if (dock)
            dock->show();
    }
    if (m_raisedBeforeDiff)
        m_raisedBeforeDiff->raise();
    m_raisedBeforeDiff.clear();
}

void MainWindow::currentTabChanged()
{
    updateDocksForDiff();
    EditorTab *tab = currentTab();
    m_resultsStack->setCurrentWidget(tab ? tab->resultsWidget() : m_resultsPlaceholder);
    m_messagesStack->setCurrentWidget(tab ? static_cast<QWidget *>(tab->messages()) : m_messagesPlaceholder);
    if (m_listenDock->isVisible())
        showListenConsole();
    updateActions();
    updateStatus();
}

void MainWindow::showListenConsole()
{
    EditorTab *tab = currentTab();
    if (!tab) {
        m_listenStack->setCurrentIndex(0);
        return;
    }
    auto *console = tab->property("listenConsole").value<QWidget *>();
    if (!console) {
        auto *listen = new ListenConsole;
        listen->open(tab->params());
        console = listen;
        tab->setProperty("listenConsole", QVariant::fromValue<QWidget *>(console));
        m_listenStack->addWidget(console);
    }
    m_listenStack->setCurrentWidget(console);
}

void MainWindow::updateActions()
{
    EditorTab *tab = currentTab();
    const bool open = tab && tab->connection()->isOpen();
    const bool busy = tab && tab->isBusy();
    const TransactionStatus tx = tab ? tab->connection()->transactionStatus() : TransactionStatus::Unknown;
    const bool inTx = tx == TransactionStatus::InTransaction || tx == TransactionStatus::InError;
    for (QAction *a : {m_runStatement, m_runAll, m_explain, m_explainAnalyze})
        a->setEnabled(open && !busy);
    m_cancel->setEnabled(busy);
    m_commit->setEnabled(open && !busy && inTx);
    m_rollback->setEnabled(open && !busy && inTx);
    m_reconnect->setEnabled(tab && !busy);
    m_newTab->setEnabled(tab);
    m_save->setEnabled(tab);
}

void MainWindow::updateStatus()
{
    EditorTab *tab = currentTab();
    if (!tab) {
        m_connLabel->setText(tr("Not connected"));
        m_txLabel->clear();
        m_txLabel->setStyleSheet({});
        m_runLabel->clear();
        m_runTimer->stop();
        return;
    }
    const PgConnection *c = tab->connection();
    QString conn;
    switch (c->state()) {
    case PgConnection::State::Connecting:
        conn = tr("Connecting to %1…").arg(tab->params().displayName());
        break;
    case PgConnection::State::Ready:
    case PgConnection::State::Busy: {
        const ServerInfo &info = c->serverInfo();
        conn = tr("%1 — PostgreSQL %2 — %3").arg(tab->params().displayName(), info.serverVersionText,
                                                  info.tls.inUse ? tr("TLS %1").arg(info.tls.protocol) : tr("no TLS"));
        break;
    }
    case PgConnection::State::Failed:
        conn = tr("Disconnected from %1 — Query ▸ Reconnect").arg(tab->params().displayName());
        break;
    case PgConnection::State::Disconnected:
        conn = tr("Disconnected");
        break;
    }
    m_connLabel->setText(conn);

    QString tx;
    QString style;
    switch (c->transactionStatus()) {
    case TransactionStatus::Idle:
        tx = tab->autoCommit() ? tr("Auto-commit") : tr("Manual commit — no transaction yet");
        break;
    case TransactionStatus::Active:
        tx = tr("Running");
        break;
    case TransactionStatus::InTransaction:
        tx = tr("Transaction open — Commit or Rollback");
        style = QStringLiteral("background:#fff3c4; color:#5c4400; border-radius:3px;");
        break;
    case TransactionStatus::InError:
        tx = tr("Transaction failed — Rollback to continue");
        style = QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;");
        break;
    case TransactionStatus::Unknown:
        tx = tr("No session");
        break;
    }
    m_txLabel->setText(tx);
    m_txLabel->setStyleSheet(style);

    if (tab->isBusy()) {
        m_runLabel->setText(tr("Running… %1 s").arg(QString::number(double(tab->runningMillis()) / 1000.0, 'f', 1)));
    } else {
        m_runLabel->clear();
        m_runTimer->stop();
    }
}

void MainWindow::saveScratch()
{
    const QDir dir(scratchDirectory());
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    QJsonArray tabs;
    int current = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        EditorTab *tab = editorTab(i);
        if (!tab)
            continue; // schema diffs are not kept
        if (i == m_tabs->currentIndex())
            current = int(tabs.size());
        QJsonObject entry;
        entry[QStringLiteral("conninfo")] = tab->params().toConninfo(false);
        entry[QStringLiteral("text")] = tab->editor()->text();
        tabs.append(entry);
    }
    QSaveFile file(dir.filePath(QStringLiteral("tabs.json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("tabs"), tabs},
                                             {QStringLiteral("current"), current}})
                       .toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void MainWindow::restoreScratch()
{
    QFile file(QDir(scratchDirectory()).filePath(QStringLiteral("tabs.json")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray tabs = root.value(QStringLiteral("tabs")).toArray();
    for (const QJsonValue &value : tabs) {
        const QJsonObject entry = value.toObject();
        ConnectionParams params;
        QString error;
        if (ConnectionParams::parse(entry.value(QStringLiteral("conninfo")).toString(), &params, &error))
            openTab(params, entry.value(QStringLiteral("text")).toString());
    }
    const int current = root.value(QStringLiteral("current")).toInt(-1);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        EditorTab *tab = editorTab(i);
        if (!tab)
            continue;
        m_tabs->setCurrentIndex(i);
        if (!confirmCloseTab(tab)) {
            event->ignore();
            return;
        }
    }
    saveScratch();
    restoreDocksHiddenForDiff(); // the layout kept is the SQL tabs' one
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Pixetric Studio"),
                       tr("<h3>Pixetric Studio %1</h3><p>A desktop console for branchable PostgreSQL.</p>"
                          "<p>Qt %2, libpq %3.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()))
                           .arg(PgConnection::libraryVersion()));
}

} // namespace Pixetric
