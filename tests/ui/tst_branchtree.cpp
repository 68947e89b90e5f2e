// The branch tree as a person uses it, on the offscreen platform against a real local fabric:
// the seeded main appears, a branch is made through the dialog, protected, started and
// suspended, its connection string copied, an SQL tab opened on a branch, and a protected
// branch discarded after typing its name. The operations panel shows what ran.

#include "branchdetailspanel.h"
#include "branchtreedock.h"
#include "branchtreemodel.h"
#include "createbranchdialog.h"
#include "discardbranchdialog.h"
#include "editortab.h"
#include "localfabric.h"
#include "mainwindow.h"
#include "messagespane.h"
#include "noerror.h"
#include "operationsmodel.h"
#include "operationspanel.h"
#include "testfabric.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

namespace {

constexpr int SeedTimeoutMs = 120000;  // initdb and the sample data of the first main
constexpr int ActionTimeoutMs = 60000; // a clone, a start, a stop

} // namespace

class TestBranchTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheSeededMain();
    void createsABranchThroughTheDialog();
    void protectsAndUnprotects();
    void startAndSuspendToggleTheCompute();
    void copiesTheConnectionString();
    void detailsShowTheBranch();
    void opensAnSqlTab();
    void discardOfAProtectedBranchNeedsItsName();
    void operationsPanelShowsTheOperations();
    void discardDialogListsTheBranchesBelow();
    void unusableFabricIsReportedInTheDock();
    void noFabric();

private:
    BranchInfo info(const QString &name) const { return m_dock->model()->branch(m_dock->model()->indexOf(name)); }
    bool has(const QString &name) const { return m_dock->model()->contains(name); }
    void select(const QString &name)
    {
        QVERIFY2(m_dock->selectBranch(name), qPrintable(name));
        QCOMPARE(m_dock->currentBranch().name, name);
    }
    bool operationDone(const QString &kind, const QString &branch) const
    {
        const OperationsModel *ops = m_window->operationsPanel()->model();
        for (int r = 0; r < ops->rowCount(); ++r) {
            const OperationInfo op = ops->operation(r);
            if (op.kind == kind && op.branch == branch && op.state == OperationInfo::State::Done)
                return true;
        }
        return false;
    }

    // Declared first, destroyed last: after the window and the fabric are gone it stops every
    // compute of the folder and removes it.
    std::unique_ptr<TestFabric> m_folder;
    std::unique_ptr<LocalFabric> m_fabric;
    std::unique_ptr<MainWindow> m_window;
    BranchTreeDock *m_dock = nullptr;
};

void TestBranchTree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(MainWindow::scratchDirectory()).removeRecursively();
    m_folder = std::make_unique<TestFabric>();
    QVERIFY(m_folder->isValid());
    m_fabric = std::make_unique<LocalFabric>(LocalFabric::Options{
        .directory = m_folder->path(),
        .initializeIfEmpty = true,
        .pollIntervalMs = 200,
    });
    m_window = std::make_unique<MainWindow>();
    m_window->setFabric(m_fabric.get());
    m_window->show();
    m_dock = m_window->branchDock();
    QVERIFY(m_dock);
    QVERIFY(m_dock->isVisible());

    QSignalSpy failures(m_fabric.get(), &Fabric::fabricFailed);
    QTRY_VERIFY2_WITH_TIMEOUT((has("main") && info("main").state == BranchState::Ready) || !failures.isEmpty(),
                              "the seeded main did not appear", SeedTimeoutMs);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
}

void TestBranchTree::cleanupTestCase()
{
    m_window.reset();
    m_fabric.reset();
    m_folder.reset(); // stops the computes, removes the folder
    QDir(MainWindow::scratchDirectory()).removeRecursively();
}

void TestBranchTree::showsTheSeededMain()
{
    const QModelIndex main = m_dock->model()->indexOf("main");
    QVERIFY(main.isValid());
    QVERIFY(!main.parent().isValid());
    QVERIFY(info("main").isDefault);
    QVERIFY_NO_ERROR(m_dock->messageText());
    QVERIFY(m_dock->view()->isExpanded(m_dock->view()->model()->index(0, 0)) || m_dock->model()->rowCount(main) == 0);

    // The root can branch, but not be reset or discarded.
    select("main");
    QVERIFY(m_dock->newBranchAction()->isEnabled());
    QVERIFY(!m_dock->resetAction()->isEnabled());
    QVERIFY(!m_dock->discardAction()->isEnabled());
    QVERIFY(m_dock->copyConnectionAction()->isEnabled());
    QVERIFY(m_dock->toolBar()->actions().contains(m_dock->newBranchAction()));
}

void TestBranchTree::createsABranchThroughTheDialog()
{
    select("main");
    m_dock->newBranchAction()->trigger();
    auto *dialog = m_dock->findChild<CreateBranchDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->parentBranch(), QString("main"));
    QCOMPARE(dialog->branchName(), QString("main-1")); // the suggestion
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // Names the fabric refuses keep OK disabled and say why.
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), "bad name");
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    dialog->setBranchName("MAIN");
    QVERIFY(!ok->isEnabled());

    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), "feature-x");
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_dock->findChild<CreateBranchDialog *>()); // closed and deleted

    QTRY_VERIFY_WITH_TIMEOUT(has("feature-x") && info("feature-x").state == BranchState::Ready, ActionTimeoutMs);
    QCOMPARE(m_dock->model()->indexOf("feature-x").parent(), m_dock->model()->indexOf("main"));
    // The new branch is selected once it appears.
    QTRY_COMPARE(m_dock->currentBranch().name, QString("feature-x"));
    QVERIFY(m_dock->resetAction()->isEnabled());
    QVERIFY(m_dock->discardAction()->isEnabled());
    QVERIFY(!info("feature-x").branchLsn.isEmpty());
}

void TestBranchTree::protectsAndUnprotects()
{
    select("feature-x");
    QVERIFY(!info("feature-x").isProtected);
    QCOMPARE(m_dock->protectAction()->text().remove('&'), QString("Protect"));
    m_dock->protectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(info("feature-x").isProtected, ActionTimeoutMs);
    QTRY_COMPARE(m_dock->protectAction()->text().remove('&'), QString("Unprotect"));
    QVERIFY(m_dock->model()->indexOf("feature-x").data(BranchTreeModel::ProtectedRole).toBool());
    QVERIFY(m_dock->details()->fieldText("name").contains("protected"));

    m_dock->protectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!info("feature-x").isProtected, ActionTimeoutMs);
    m_dock->protectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(info("feature-x").isProtected, ActionTimeoutMs);
}

void TestBranchTree::startAndSuspendToggleTheCompute()
{
    select("feature-x");
    QTRY_VERIFY_WITH_TIMEOUT(m_dock->computeAction()->isEnabled(), ActionTimeoutMs);
    for (int round = 0; round < 2; ++round) {
        const bool wasRunning = info("feature-x").compute == ComputeState::Running;
        QCOMPARE(m_dock->computeAction()->text().remove('&'), wasRunning ? QString("Suspend Compute") : QString("Start Compute"));
        m_dock->computeAction()->trigger();
        const ComputeState expected = wasRunning ? ComputeState::Suspended : ComputeState::Running;
        QTRY_COMPARE_WITH_TIMEOUT(int(info("feature-x").compute), int(expected), ActionTimeoutMs);
        QTRY_COMPARE(m_dock->computeAction()->text().remove('&'),
                     wasRunning ? QString("Start Compute") : QString("Suspend Compute"));
        const QModelIndex compute = m_dock->model()->indexOf("feature-x", BranchTreeModel::ComputeColumn);
        QCOMPARE(compute.data().toString(), displayName(expected));
    }
}

void TestBranchTree::copiesTheConnectionString()
{
    select("feature-x");
    QApplication::clipboard()->clear();
    m_dock->copyConnectionAction()->trigger();
    const QString copied = QApplication::clipboard()->text();
    const ConnectionInfo connection = m_fabric->connectionInfo("feature-x");
    QVERIFY(connection.isValid());
    QVERIFY2(copied.startsWith("postgresql://"), qPrintable(copied));
    QCOMPARE(copied, connection.uri());
    QVERIFY(copied.contains(QString(":%1/").arg(info("feature-x").port)));
    QVERIFY(m_dock->messageText().contains("feature-x"));
}

void TestBranchTree::detailsShowTheBranch()
{
    select("feature-x");
    const BranchInfo b = info("feature-x");
    BranchDetailsPanel *details = m_dock->details();
    QCOMPARE(details->branchName(), QString("feature-x"));
    QCOMPARE(details->fieldText("parent"), QString("main"));
    QCOMPARE(details->fieldText("branchLsn"), b.branchLsn);
    QCOMPARE(details->fieldText("cloneMethod"), BranchDetailsPanel::cloneMethodDisplayName(b.cloneMethod));
    QVERIFY(details->fieldText("endpoint").endsWith(QString::number(b.port)));
    QCOMPARE(details->autoSuspendField()->value(), (b.autoSuspendSeconds + 59) / 60);

    // The password stays hidden until asked for.
    const QString uri = m_fabric->connectionInfo("feature-x").uri();
    const QString password = m_fabric->connectionInfo("feature-x").password;
    QVERIFY(!password.isEmpty());
    QVERIFY(!details->connectionText().contains(password));
    QVERIFY(details->connectionText().contains("••••••"));
    QTest::mouseClick(details->showPasswordButton(), Qt::LeftButton);
    QCOMPARE(details->connectionText(), uri);
    QTest::mouseClick(details->showPasswordButton(), Qt::LeftButton);
    QVERIFY(!details->connectionText().contains(password));

    // Auto-suspend in minutes reaches the fabric after the pause.
    details->autoSuspendField()->setValue(12);
    QTRY_COMPARE_WITH_TIMEOUT(info("feature-x").autoSuspendSeconds, 12 * 60, ActionTimeoutMs);
    details->autoSuspendField()->setValue(0);
    QTRY_COMPARE_WITH_TIMEOUT(info("feature-x").autoSuspendSeconds, 0, ActionTimeoutMs);
    QCOMPARE(details->autoSuspendField()->text(), QString("never"));
}

void TestBranchTree::opensAnSqlTab()
{
    // Double-click on main: its compute is started when needed and the tab opens on it.
    const int before = m_window->tabs()->count();
    select("main");
    QTreeView *view = m_dock->view();
    const QRect rect = view->visualRect(view->currentIndex());
    QVERIFY(rect.isValid());
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    QSignalSpy requested(m_dock, &BranchTreeDock::openSqlTabRequested);
    // As a mouse does it: the first click, then the second that makes it a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(doubleClicked.count(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->tabs()->count() == before + 1,
                              qPrintable(QString("compute %1, requests %2, dock says: %3")
                                             .arg(displayName(info("main").compute))
                                             .arg(requested.count())
                                             .arg(m_dock->messageText())),
                              ActionTimeoutMs);
    auto *tab = qobject_cast<EditorTab *>(m_window->tabs()->widget(before));
    QVERIFY(tab);
    QCOMPARE(tab->params().value("port"), QString::number(info("main").port));
    QTRY_VERIFY_WITH_TIMEOUT(tab->connection()->isOpen(), ActionTimeoutMs);
}

void TestBranchTree::discardOfAProtectedBranchNeedsItsName()
{
    QVERIFY(info("feature-x").isProtected);
    select("feature-x");
    m_dock->discardAction()->trigger();
    auto *dialog = m_dock->findChild<DiscardBranchDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedName());
    QVERIFY(!dialog->isRecursive());
    QVERIFY(dialog->confirmationField());
    QVERIFY(!dialog->discardButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), "feature");
    QVERIFY(!dialog->discardButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), "-y");
    QVERIFY(!dialog->discardButton()->isEnabled());
    dialog->confirmationField()->clear();
    QTest::keyClicks(dialog->confirmationField(), "feature-x");
    QVERIFY(dialog->discardButton()->isEnabled());
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!has("feature-x"), ActionTimeoutMs);
    QVERIFY(has("main"));
    // The selection moved on (the view picks a neighbour), and the details followed it.
    QVERIFY(m_dock->currentBranch().name != "feature-x");
    QCOMPARE(m_dock->details()->branchName(), m_dock->currentBranch().name);
}

void TestBranchTree::operationsPanelShowsTheOperations()
{
    OperationsPanel *panel = m_window->operationsPanel();
    QTRY_VERIFY(operationDone("create", "feature-x"));
    QVERIFY(operationDone("protect", "feature-x"));
    QVERIFY(operationDone("unprotect", "feature-x"));
    QTRY_VERIFY_WITH_TIMEOUT(operationDone("delete", "feature-x"), ActionTimeoutMs);
    // Newest first.
    const OperationsModel *ops = panel->model();
    for (int r = 1; r < ops->rowCount(); ++r)
        QVERIFY(ops->operation(r - 1).id >= ops->operation(r).id);
    // Hiding the finished ones leaves only what needs attention.
    panel->setShowFinished(true);
    const int all = panel->proxy()->rowCount();
    QVERIFY(all >= 5);
    panel->setShowFinished(false);
    for (int r = 0; r < panel->proxy()->rowCount(); ++r)
        QVERIFY(panel->proxy()->index(r, 0).data(OperationsModel::StateRole).toInt() != int(OperationInfo::State::Done));
    QVERIFY(panel->proxy()->rowCount() < all);
    panel->setShowFinished(true);
    QCOMPARE(panel->proxy()->rowCount(), ops->rowCount());
    QVERIFY(!panel->retryAction()->isEnabled()); // nothing failed is selected
}

void TestBranchTree::discardDialogListsTheBranchesBelow()
{
    BranchInfo b;
    b.name = "parent-y";
    b.parent = "main";
    b.state = BranchState::Ready;
    DiscardBranchDialog dialog(b, {"child-y", "grandchild-y"}, {"grandchild-y"});
    QVERIFY(dialog.needsTypedName());
    QVERIFY(dialog.isRecursive());
    QCOMPARE(dialog.descendantsList()->count(), 2);
    QCOMPARE(dialog.descendantsList()->item(0)->text(), QString("child-y"));
    const QString message = dialog.findChild<QLabel *>("discardMessage")->text();
    QVERIFY2(message.contains("parent-y") && message.contains("grandchild-y"), qPrintable(message));
    QVERIFY(!dialog.discardButton()->isEnabled());
    QTest::keyClicks(dialog.confirmationField(), "parent-y");
    QVERIFY(dialog.discardButton()->isEnabled());

    // A plain leaf: no name to type.
    b.name = "leaf";
    DiscardBranchDialog plain(b, {}, {});
    QVERIFY(!plain.needsTypedName());
    QVERIFY(!plain.confirmationField());
    QVERIFY(plain.discardButton()->isEnabled());
}

void TestBranchTree::unusableFabricIsReportedInTheDock()
{
    // A file where the fabric folder should be: the fabric cannot be opened.
    QTemporaryDir dir;
    const QString blocker = dir.filePath("not-a-folder");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LocalFabric broken(LocalFabric::Options{.directory = blocker, .initializeIfEmpty = true});
    MainWindow window;
    window.setFabric(&broken);
    window.show();
    BranchTreeDock *dock = window.branchDock();
    QSignalSpy failed(&broken, &Fabric::fabricFailed);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ActionTimeoutMs);
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(dock->messageText().contains(reason.toHtmlEscaped().left(20)), qPrintable(dock->messageText()));
    QVERIFY(dock->messageText().contains("--fabric"));
    QVERIFY(!dock->newBranchAction()->isEnabled());
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // no box at start-up
}

void TestBranchTree::noFabric()
{
    MainWindow window;
    window.setFabric(nullptr);
    window.show();
    QVERIFY(window.branchDock()->messageText().contains("--no-fabric"));
    QVERIFY(!window.branchDock()->newBranchAction()->isEnabled());
    QCOMPARE(window.operationsPanel()->model()->rowCount(), 0);
}

QTEST_MAIN(TestBranchTree)
#include "tst_branchtree.moc"
