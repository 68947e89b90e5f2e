// The Migrations dock as a person uses it, on the offscreen platform against a real local
// fabric: a folder's migrations and their states on main (applied, pending, drifted after an
// edit), a folder with bad files, a target that is not there or suspended, a rehearsal on a
// preview with its live progress and report, a failing rehearsal's no-go, Discard, the branch
// tree's selection as the target, a promote into a protected main after typing its name, and a
// promote whose target changed in a clashing way showing the conflict view. The status model
// runs under QAbstractItemModelTester throughout, and on its own with every state.
//
// With PIXETRIC_SCREENSHOT_DIR set, the window is saved as PNG files there after the
// rehearsal and after the conflict.

#include "branchfixtures.h"
#include "branchtreedock.h"
#include "branchtreemodel.h"
#include "conflictview.h"
#include "discardbranchdialog.h"
#include "localfabric.h"
#include "localfabricengine.h"
#include "mainwindow.h"
#include "migrationrunner.h"
#include "migrationspanel.h"
#include "migrationstatusmodel.h"
#include "noerror.h"
#include "pgsession.h"
#include "promotedialog.h"
#include "sqlviewer.h"
#include "testfabric.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

namespace {

constexpr int ReadyTimeoutMs = 120000;     // the first main
constexpr int StatusTimeoutMs = 30000;     // a status read
constexpr int RehearsalTimeoutMs = 180000; // a clone, the migrations, two schema reads
constexpr int ActionTimeoutMs = 60000;

const QByteArray Customers = "CREATE TABLE customers (id bigint PRIMARY KEY, name text);\n";
const QByteArray Note = "-- a free-text note per order\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note ON orders (note);\n";
const QByteArray Total = "ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n";
const QByteArray Bad = "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total < 0);\n";

QString stateOf(const MigrationStatusModel *model, const QString &version)
{
    const int row = model->rowOf(version);
    if (row < 0)
        return QStringLiteral("<no row %1>").arg(version);
    return model->index(row, 0).data(MigrationStatusModel::StateNameRole).toString();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString texts(const QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << item->text(c);
        lines << cells.join(QStringLiteral(" | "));
        for (int j = 0; j < item->childCount(); ++j)
            lines << QStringLiteral("  ") + item->child(j)->text(0) + QStringLiteral(" | ") + item->child(j)->text(2);
    }
    return lines.join(QLatin1Char('\n'));
}

QString texts(const QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestMigrationsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelShowsEveryState_data();
    void modelShowsEveryState();
    void showsTheFolderAndItsStatesOnMain();
    void editedFileShowsAsDrifted();
    void badFolderListsItsProblems();
    void unknownOrSuspendedTargetIsReported();
    void rehearsesOnAPreviewWithProgressAndReport();
    void branchTreeSelectionIsTheTarget();
    void failingRehearsalIsANoGoAndCanBeDiscarded();
    void discardRemovesThePreview();
    void promoteIntoAProtectedTargetNeedsItsName();
    void clashingPromoteShowsTheConflictView();

private:
    QString sql(const QString &branch, const QString &statement) const { return Test::branchValue(*m_engine, branch, statement); }
    bool hasBranch(const QString &name) const
    {
        bool found = false;
        m_fabric->branch(name, &found);
        return found;
    }
    // Rehearses the panel's folder; the preview's name, or an empty string (with a failure).
    QString rehearse(bool expectGo);
    void screenshot(const QString &name);

    // Declared first, destroyed last: stops every compute of the folder and removes it.
    std::unique_ptr<TestFabric> m_folder;
    std::unique_ptr<LocalFabricEngine> m_engine; // the test's own, for fixtures
    std::unique_ptr<LocalFabric> m_fabric;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    MigrationsPanel *m_panel = nullptr;
    QTemporaryDir m_dirs;
    QString m_shop; // the migration folder most cases use
    QString m_goPreview;
};

void TestMigrationsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(MainWindow::scratchDirectory()).removeRecursively();
    QSettings().remove(QStringLiteral("migrations"));
    QSettings().remove(QStringLiteral("window"));
    QVERIFY(m_dirs.isValid());

    // A fresh main with a table of orders, part of the folder applied the ordinary way.
    m_folder = std::make_unique<TestFabric>();
    QVERIFY(m_folder->isValid());
    m_engine = std::make_unique<LocalFabricEngine>();
    QVERIFY_NO_ERROR(m_engine->open(m_folder->path()));
    QVERIFY_NO_ERROR(m_engine->init({}));
    QVERIFY_NO_ERROR(m_engine->setAutoSuspend(QStringLiteral("main"), 0));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric); "
                                                        "INSERT INTO orders SELECT g, g FROM generate_series(1, 500) g; "
                                                        "SELECT count(*) FROM orders")),
             QStringLiteral("500"));
    const QDir applied = Test::writeFolder(m_dirs.path(), QStringLiteral("applied"), {{QStringLiteral("0001_customers.sql"), Customers}});
    {
        PgSession session;
        QVERIFY2(session.open(m_engine->connectionInfo(QStringLiteral("main")).params(QStringLiteral("pixetric-test"))),
                 qPrintable(session.errorText()));
        MigrationRunner runner(session);
        const MigrationRunReport report = runner.run(MigrationSet::read(applied.path()));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    m_shop = Test::writeFolder(m_dirs.path(), QStringLiteral("shop"),
                               {{QStringLiteral("0001_customers.sql"), Customers}, {QStringLiteral("0002_order_note.sql"), Note}})
                 .path();

    m_fabric = std::make_unique<LocalFabric>(LocalFabric::Options{.directory = m_folder->path(), .pollIntervalMs = 200});
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    m_window->setFabric(m_fabric.get());
    m_window->show();
    m_window->showMigrations();
    m_panel = m_window->migrationsPanel();
    QVERIFY(m_panel);
    QVERIFY(m_window->migrationsDock()->isVisible());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->statusModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy failures(m_fabric.get(), &Fabric::fabricFailed);
    QTRY_VERIFY2_WITH_TIMEOUT(hasBranch(QStringLiteral("main")) || !failures.isEmpty(), "main did not appear", ReadyTimeoutMs);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
    // With nothing selected in the tree, the default branch is the target.
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->target(), QStringLiteral("main"), StatusTimeoutMs);
}

void TestMigrationsPanel::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_fabric.reset();
    m_engine.reset();
    m_folder.reset();
    QDir(MainWindow::scratchDirectory()).removeRecursively();
}

void TestMigrationsPanel::modelShowsEveryState_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("explained");
    QTest::addRow("applied as written") << "0001" << "applied" << "";
    QTest::addRow("edited after it was applied") << "0002" << "drifted" << "edited";
    QTest::addRow("its last run failed") << "0003" << "failed" << "boom";
    QTest::addRow("a later version is applied") << "0004" << "out-of-order" << "0005";
    QTest::addRow("later, applied") << "0005" << "applied" << "";
    QTest::addRow("not applied yet") << "0006" << "pending" << "";
    QTest::addRow("applied, file gone") << "0000" << "missing" << "restore";
}

void TestMigrationsPanel::modelShowsEveryState()
{
    QFETCH(QString, version);
    QFETCH(QString, state);
    QFETCH(QString, explained);

    MigrationSet set;
    set.folder = QStringLiteral("/migrations");
    for (const char *v : {"0001", "0002", "0003", "0004", "0005", "0006"}) {
        MigrationFile f;
        f.version = QLatin1String(v);
        f.name = QStringLiteral("step %1").arg(f.version);
        f.fileName = QStringLiteral("%1_step.sql").arg(f.version);
        f.path = set.folder + QLatin1Char('/') + f.fileName;
        f.up = QStringLiteral("SELECT %1;\n").arg(f.version);
        f.checksum = MigrationSet::checksumOf(f.up);
        set.files << f;
    }
    QList<AppliedMigration> history;
    const auto apply = [&](const QString &v, const QString &text, bool success) {
        AppliedMigration a;
        a.version = v;
        a.name = QStringLiteral("step %1").arg(v);
        a.fileName = QStringLiteral("%1_step.sql").arg(v);
        a.checksum = MigrationSet::checksumOf(text);
        a.upSql = text;
        a.appliedAt = QStringLiteral("2026-01-02T03:04:05.000Z");
        a.appliedBy = QStringLiteral("ann");
        a.durationMs = 12.5;
        a.success = success;
        a.error = success ? QString() : QStringLiteral("boom");
        history << a;
    };
    apply(QStringLiteral("0001"), QStringLiteral("SELECT 0001;\n"), true);
    apply(QStringLiteral("0002"), QStringLiteral("SELECT 2;\n"), true);
    apply(QStringLiteral("0003"), QStringLiteral("SELECT 0003;\n"), false);
    apply(QStringLiteral("0005"), QStringLiteral("SELECT 0005;\n"), true);
    apply(QStringLiteral("0000"), QStringLiteral("SELECT 0;\n"), true);

    MigrationStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(set);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.isKnown());
    QCOMPARE(model.index(0, MigrationStatusModel::StateColumn).data().toString(), MigrationStatusModel::unknownStateText());
    model.setStatus(set, history);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.isKnown());
    QCOMPARE(stateOf(&model, version), state);
    const QModelIndex index = model.index(model.rowOf(version), 0);
    const QString explanation = index.data(MigrationStatusModel::ExplanationRole).toString();
    if (explained.isEmpty())
        QVERIFY2(explanation.isEmpty(), qPrintable(explanation));
    else
        QVERIFY2(explanation.contains(explained), qPrintable(explanation));
    // The same states again change nothing; the rows stay (a view keeps its selection).
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setStatus(set, history);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 0);
    QVERIFY(!model.summary().isEmpty());
}

void TestMigrationsPanel::showsTheFolderAndItsStatesOnMain()
{
    QSignalSpy shown(m_panel, &MigrationsPanel::statusShown);
    m_panel->setFolder(m_shop);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0002")), QStringLiteral("pending"), StatusTimeoutMs);
    QCOMPARE(stateOf(m_panel->statusModel(), QStringLiteral("0001")), QStringLiteral("applied"));
    QCOMPARE(m_panel->statusModel()->rowCount(), 2);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!m_panel->statusMessageIsError(), qPrintable(m_panel->statusMessage()));
    QCOMPARE(m_panel->target(), QStringLiteral("main"));
    QVERIFY(m_panel->statusModel()->summary().contains(QLatin1String("1 pending")));
    const QModelIndex applied = m_panel->statusModel()->index(0, MigrationStatusModel::AppliedColumn);
    QVERIFY2(!applied.data().toString().isEmpty(), "the applied column is empty for an applied migration");
    QTRY_VERIFY(m_panel->rehearseButton()->isEnabled());
    // The folder is remembered.
    QCOMPARE(QSettings().value(QStringLiteral("migrations/folder")).toString(), QDir(m_shop).absolutePath());
    QCOMPARE(m_panel->folderPicker()->currentText(), QDir::toNativeSeparators(QDir(m_shop).absolutePath()));
    QVERIFY(m_panel->previewNames().isEmpty());
    QVERIFY(m_panel->verdictText().startsWith(QLatin1String("No rehearsal yet")));
}

void TestMigrationsPanel::editedFileShowsAsDrifted()
{
    const QString path = QDir(m_shop).filePath(QStringLiteral("0001_customers.sql"));
    QVERIFY(writeFile(path, "CREATE TABLE customers (id bigint PRIMARY KEY, name text, email text);\n"));
    // The folder is watched; Refresh does the same at once.
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0001")), QStringLiteral("drifted"), StatusTimeoutMs);
    const int row = m_panel->statusModel()->rowOf(QStringLiteral("0001"));
    m_panel->statusView()->setCurrentIndex(m_panel->statusModel()->index(row, 0));
    QVERIFY2(m_panel->explanationText().contains(QLatin1String("was edited after it was applied")), qPrintable(m_panel->explanationText()));
    QVERIFY(m_panel->statusModel()->index(row, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("edited")));

    QVERIFY(writeFile(path, Customers));
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0001")), QStringLiteral("applied"), StatusTimeoutMs);
    m_panel->statusView()->setCurrentIndex({});
}

void TestMigrationsPanel::badFolderListsItsProblems()
{
    const QDir bad = Test::writeFolder(m_dirs.path(), QStringLiteral("bad"),
                                       {{QStringLiteral("0001_a.sql"), "SELECT 1;"}, {QStringLiteral("1_b.sql"), "SELECT 2;"}});
    m_panel->setFolder(bad.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->statusMessage().contains(QLatin1String("same version")), StatusTimeoutMs);
    QVERIFY(m_panel->statusMessageIsError());
    QVERIFY2(m_panel->statusMessage().contains(QLatin1String("nothing can be rehearsed until they are fixed")), qPrintable(m_panel->statusMessage()));
    QVERIFY(!m_panel->rehearseButton()->isEnabled());

    m_panel->setFolder(QDir(m_dirs.path()).filePath(QStringLiteral("not-there")));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->statusMessage().contains(QLatin1String("does not exist")), StatusTimeoutMs);
    QVERIFY(!m_panel->rehearseButton()->isEnabled());

    // Back to the good folder: the problems are gone, the states are back.
    m_panel->setFolder(m_shop);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0002")), QStringLiteral("pending"), StatusTimeoutMs);
    QTRY_VERIFY(!m_panel->statusMessageIsError());
    QTRY_VERIFY(m_panel->rehearseButton()->isEnabled());
}

void TestMigrationsPanel::unknownOrSuspendedTargetIsReported()
{
    m_panel->setTarget(QStringLiteral("no-such-branch"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->statusMessage().contains(QStringLiteral("There is no branch “no-such-branch”")), StatusTimeoutMs);
    QVERIFY(m_panel->statusMessageIsError());
    QVERIFY(!m_panel->rehearseButton()->isEnabled());

    // A suspended target is not woken by selecting it; Refresh does.
    m_fabric->suspendCompute(QStringLiteral("main"));
    QTRY_VERIFY_WITH_TIMEOUT(m_fabric->branch(QStringLiteral("main")).compute == ComputeState::Suspended, ActionTimeoutMs);
    m_panel->setTarget(QStringLiteral("main"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->statusMessage().contains(QLatin1String("is suspended")), StatusTimeoutMs);
    QVERIFY(!m_panel->statusModel()->isKnown());
    QVERIFY(m_panel->statusMessage().contains(QLatin1String("Press Refresh")));
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0002")), QStringLiteral("pending"), ActionTimeoutMs);
    QVERIFY_NO_ERROR(m_panel->statusMessage());
    QTRY_VERIFY_WITH_TIMEOUT(m_fabric->branch(QStringLiteral("main")).compute == ComputeState::Running, ActionTimeoutMs);
}

QString TestMigrationsPanel::rehearse(bool expectGo)
{
    QSignalSpy finished(m_panel, &MigrationsPanel::rehearsalFinished);
    if (!QTest::qWaitFor([&] { return m_panel->rehearseButton()->isEnabled(); }, StatusTimeoutMs))
        return {};
    QTest::mouseClick(m_panel->rehearseButton(), Qt::LeftButton);
    if (!m_panel->isBusy())
        return {};
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, RehearsalTimeoutMs))
        return {};
    const QString preview = finished.first().at(0).toString();
    if (finished.first().at(1).toBool() != expectGo)
        qWarning() << "rehearsal verdict:" << m_panel->verdictText() << m_panel->actionMessage();
    return finished.first().at(1).toBool() == expectGo ? preview : QString();
}

void TestMigrationsPanel::rehearsesOnAPreviewWithProgressAndReport()
{
    QList<int> values;
    QStringList steps;
    const auto progress = connect(m_panel->progressBar(), &QProgressBar::valueChanged, this, [&](int value) {
        values << value;
        steps << m_panel->progressText();
    });
    const QString preview = rehearse(true);
    disconnect(progress);
    QVERIFY2(!preview.isEmpty(), qPrintable(m_panel->verdictText() + QLatin1Char('\n') + m_panel->actionMessage()));
    m_goPreview = preview;
    QVERIFY(preview.startsWith(QLatin1String("main-preview-")));
    // Live progress: steps between the start and the end were shown.
    QVERIFY2(std::any_of(values.cbegin(), values.cend(), [](int v) { return v > 0 && v < 100; }), qPrintable(steps.join(QLatin1Char('\n'))));
    QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("unning the migrations")), qPrintable(steps.join(QLatin1Char('\n'))));
    QVERIFY(!m_panel->isBusy());

    // The verdict and the report.
    QVERIFY2(m_panel->verdictText().startsWith(QStringLiteral("GO — ")), qPrintable(m_panel->verdictText()));
    QVERIFY(m_panel->verdictText().contains(preview));
    QVERIFY2(!m_panel->actionMessageIsError(), qPrintable(m_panel->actionMessage()));
    const RehearsalReport *report = m_panel->shownReport();
    QVERIFY(report);
    QCOMPARE(report->fork.preview, preview);
    QCOMPARE(report->fork.versions, QStringList{QStringLiteral("0002")});
    QVERIFY2(m_panel->summaryText().contains(QLatin1String("Rehearsal of")), qPrintable(m_panel->summaryText()));
    QVERIFY(m_panel->summaryText().contains(QLatin1String("Next: Promote")));
    // One file ran, each of its statements timed.
    QTreeWidget *timings = m_panel->timingsTree();
    QCOMPARE(timings->topLevelItemCount(), 1);
    QCOMPARE(timings->topLevelItem(0)->text(0), QStringLiteral("0002_order_note.sql"));
    QCOMPARE(timings->topLevelItem(0)->childCount(), 2);
    QVERIFY2(texts(timings).contains(QLatin1String("ALTER TABLE orders ADD COLUMN note text")), qPrintable(texts(timings)));
    QVERIFY(timings->topLevelItem(0)->text(1).endsWith(QLatin1String(" ms")));
    QVERIFY2(texts(m_panel->schemaChangesList()).contains(QLatin1String("orders")), qPrintable(texts(m_panel->schemaChangesList())));
    QVERIFY(m_panel->locksTree()->topLevelItemCount() > 0);
    QVERIFY(m_panel->rewritesList()->count() > 0);
    // CREATE INDEX without CONCURRENTLY on a table that exists: the linter speaks up.
    QVERIFY2(texts(m_panel->lintTree()).contains(QLatin1String("0002_order_note.sql:3")), qPrintable(texts(m_panel->lintTree())));
    QVERIFY(report->lint.dangerCount() > 0);
    m_panel->lintTree()->setCurrentItem(m_panel->lintTree()->topLevelItem(0));

    // The preview is listed and picked, and the fabric's tree has it.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewNames().contains(preview), StatusTimeoutMs);
    QCOMPARE(m_panel->selectedPreview(), preview);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->branchDock()->model()->contains(preview), ActionTimeoutMs);
    QVERIFY(m_panel->promoteButton()->isEnabled());
    QVERIFY(m_panel->discardButton()->isEnabled());
    // The target was left alone.
    QCOMPARE(stateOf(m_panel->statusModel(), QStringLiteral("0002")), QStringLiteral("pending"));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'")),
             QStringLiteral("0"));
    screenshot(QStringLiteral("migrations-rehearsal"));
}

void TestMigrationsPanel::branchTreeSelectionIsTheTarget()
{
    QVERIFY(!m_goPreview.isEmpty());
    BranchTreeDock *dock = m_window->branchDock();
    // A preview selected in the tree stands for its target, with the preview picked.
    QVERIFY(dock->selectBranch(m_goPreview));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->selectedPreview(), m_goPreview, StatusTimeoutMs);
    QCOMPARE(m_panel->target(), QStringLiteral("main"));
    QVERIFY(m_panel->verdictText().startsWith(QStringLiteral("GO — ")));

    // Another branch: its own states (nothing applied there from this folder but 0001, copied
    // from main), no previews.
    QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("feature"), QStringLiteral("main")));
    QTRY_VERIFY_WITH_TIMEOUT(dock->selectBranch(QStringLiteral("feature")), ActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->target(), QStringLiteral("feature"), StatusTimeoutMs);
    QTRY_VERIFY(m_panel->previewNames().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0001")), QStringLiteral("applied"), StatusTimeoutMs);

    QVERIFY(dock->selectBranch(QStringLiteral("main")));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->target(), QStringLiteral("main"), StatusTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewNames().contains(m_goPreview), StatusTimeoutMs);
    QVERIFY(m_panel->selectPreview(m_goPreview));
}

void TestMigrationsPanel::failingRehearsalIsANoGoAndCanBeDiscarded()
{
    const QString bad = QDir(m_shop).filePath(QStringLiteral("0003_positive.sql"));
    QVERIFY(writeFile(bad, Bad));
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0003")), QStringLiteral("pending"), StatusTimeoutMs);
    const QString preview = rehearse(false);
    QVERIFY(QFile::remove(bad));
    QVERIFY2(!preview.isEmpty(), qPrintable(m_panel->verdictText()));
    QVERIFY2(m_panel->verdictText().startsWith(QStringLiteral("NO-GO — ")), qPrintable(m_panel->verdictText()));
    QVERIFY2(m_panel->verdictText().contains(QLatin1String("0003_positive.sql")), qPrintable(m_panel->verdictText()));
    QVERIFY(m_panel->actionMessageIsError());
    QVERIFY2(m_panel->actionMessage().contains(QLatin1String("mend the migrations and rehearse again")), qPrintable(m_panel->actionMessage()));
    QVERIFY2(texts(m_panel->timingsTree()).contains(QLatin1String("FAILED")), qPrintable(texts(m_panel->timingsTree())));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->selectedPreview(), preview, StatusTimeoutMs);
    QVERIFY(!m_panel->promoteButton()->isEnabled()); // only a go can be promoted

    // The go preview's report is still there when it is picked again.
    QVERIFY(m_panel->selectPreview(m_goPreview));
    QVERIFY(m_panel->verdictText().startsWith(QStringLiteral("GO — ")));
    QVERIFY(m_panel->selectPreview(preview));

    QSignalSpy discarded(m_panel, &MigrationsPanel::discardFinished);
    QTest::mouseClick(m_panel->discardButton(), Qt::LeftButton);
    auto *dialog = m_panel->findChild<DiscardBranchDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->branchName(), preview);
    QVERIFY(!dialog->needsTypedName());
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(discarded.size(), 1, ActionTimeoutMs);
    QVERIFY_NO_ERROR(discarded.first().at(1).toString());
    QTRY_VERIFY_WITH_TIMEOUT(!hasBranch(preview), ActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->previewNames().contains(preview), StatusTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->branchDock()->model()->contains(preview), ActionTimeoutMs);
    QVERIFY(m_panel->previewNames().contains(m_goPreview));
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->statusModel()->rowCount(), 2, StatusTimeoutMs);
}

void TestMigrationsPanel::discardRemovesThePreview()
{
    QVERIFY(m_panel->selectPreview(m_goPreview));
    QSignalSpy discarded(m_panel, &MigrationsPanel::discardFinished);
    QTest::mouseClick(m_panel->discardButton(), Qt::LeftButton);
    auto *dialog = m_panel->findChild<DiscardBranchDialog *>();
    QVERIFY(dialog);
    // Cancel keeps it.
    dialog->reject();
    QTRY_VERIFY(!m_panel->findChild<DiscardBranchDialog *>());
    QVERIFY(hasBranch(m_goPreview));
    QTest::mouseClick(m_panel->discardButton(), Qt::LeftButton);
    dialog = m_panel->findChild<DiscardBranchDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(discarded.size(), 1, ActionTimeoutMs);
    QVERIFY_NO_ERROR(discarded.first().at(1).toString());
    QTRY_VERIFY_WITH_TIMEOUT(!hasBranch(m_goPreview), ActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewNames().isEmpty(), StatusTimeoutMs);
    QVERIFY(m_panel->actionMessage().contains(QLatin1String("Discarded the preview")));
    QVERIFY(!m_panel->promoteButton()->isEnabled());
    QVERIFY(!m_panel->discardButton()->isEnabled());
    ForkPoint fork;
    QVERIFY(!Rehearsal::forkPoint(*m_engine, m_goPreview, &fork));
}

void TestMigrationsPanel::promoteIntoAProtectedTargetNeedsItsName()
{
    const QString preview = rehearse(true);
    QVERIFY2(!preview.isEmpty(), qPrintable(m_panel->verdictText()));
    m_fabric->setProtected(QStringLiteral("main"), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_fabric->branch(QStringLiteral("main")).isProtected, ActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->selectedPreview(), preview, StatusTimeoutMs);
    QTRY_VERIFY(m_panel->promoteButton()->isEnabled());

    QSignalSpy promoted(m_panel, &MigrationsPanel::promoteFinished);
    QTest::mouseClick(m_panel->promoteButton(), Qt::LeftButton);
    auto *dialog = m_panel->findChild<PromoteDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedName());
    QCOMPARE(dialog->target(), QStringLiteral("main"));
    QVERIFY(dialog->versionsList());
    QCOMPARE(dialog->versionsList()->count(), 1);
    QVERIFY(dialog->versionsList()->item(0)->text().startsWith(QLatin1String("0002")));
    QVERIFY(!dialog->promoteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), "mai");
    QVERIFY(!dialog->promoteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), "n");
    QVERIFY(dialog->promoteButton()->isEnabled());
    QTest::mouseClick(dialog->promoteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(promoted.size(), 1, RehearsalTimeoutMs);
    QCOMPARE(promoted.first().at(1).toString(), QStringLiteral("promoted"));
    QVERIFY2(m_panel->verdictText().startsWith(QStringLiteral("PROMOTED — ")),
             qPrintable(m_panel->verdictText() + QStringLiteral(" / picked: ") + m_panel->selectedPreview() + QStringLiteral(" / listed: ")
                        + m_panel->previewNames().join(QStringLiteral(", ")) + QStringLiteral(" / ") + m_panel->actionMessage()));
    QVERIFY(!m_panel->actionMessageIsError());
    QVERIFY2(m_panel->actionMessage().startsWith(QStringLiteral("Promoted ") + preview + QStringLiteral(" into main")), qPrintable(m_panel->actionMessage()));
    // main has the migration now, and the panel says so.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0002")), QStringLiteral("applied"), StatusTimeoutMs);
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'")),
             QStringLiteral("1"));
    QTRY_VERIFY(!m_panel->promoteButton()->isEnabled()); // once is enough

    m_fabric->setProtected(QStringLiteral("main"), false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fabric->branch(QStringLiteral("main")).isProtected, ActionTimeoutMs);
}

void TestMigrationsPanel::clashingPromoteShowsTheConflictView()
{
    QVERIFY(writeFile(QDir(m_shop).filePath(QStringLiteral("0003_total.sql")), Total));
    m_panel->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0003")), QStringLiteral("pending"), StatusTimeoutMs);
    const QString preview = rehearse(true);
    QVERIFY2(!preview.isEmpty(), qPrintable(m_panel->verdictText()));
    // main changes the same column another way meanwhile.
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2); SELECT 1")), QStringLiteral("1"));

    QTRY_COMPARE_WITH_TIMEOUT(m_panel->selectedPreview(), preview, StatusTimeoutMs);
    QSignalSpy promoted(m_panel, &MigrationsPanel::promoteFinished);
    QTest::mouseClick(m_panel->promoteButton(), Qt::LeftButton);
    auto *dialog = m_panel->findChild<PromoteDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedName());
    QTest::mouseClick(dialog->promoteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(promoted.size(), 1, RehearsalTimeoutMs);
    QCOMPARE(promoted.first().at(1).toString(), QStringLiteral("conflict"));

    QVERIFY2(m_panel->verdictText().startsWith(QStringLiteral("CONFLICT — ")), qPrintable(m_panel->verdictText()));
    QVERIFY(m_panel->verdictText().contains(QLatin1String("nothing was touched")));
    ConflictView *view = m_panel->conflictView();
    QCOMPARE(m_panel->reportTabs()->currentWidget(), view);
    QVERIFY(view->hasConflict());
    QVERIFY2(view->conflictLines().join(QLatin1Char('\n')).contains(QLatin1String("orders.total")), qPrintable(view->conflictLines().join(QLatin1Char('\n'))));
    QVERIFY2(view->headerText().contains(QLatin1String("rehearse again")), qPrintable(view->headerText()));
    // Object by object: the clashing column first, in conflict, both sides' SQL beside the fork point's.
    QTreeWidget *objects = view->objectsTree();
    QVERIFY2(objects->topLevelItemCount() > 0, qPrintable(texts(objects)));
    QVERIFY2(objects->topLevelItem(0)->text(0).contains(QLatin1String("orders.total")), qPrintable(texts(objects)));
    QCOMPARE(objects->topLevelItem(0)->text(3), ConflictView::verdictText(ThreeWayObject::Verdict::Conflict));
    QCOMPARE(view->selectedKey(), objects->topLevelItem(0)->data(0, Qt::UserRole + 1).toString());
    QVERIFY2(view->ddlViewer(ConflictView::PreviewSide)->text().contains(QLatin1String("bigint")), qPrintable(view->ddlViewer(ConflictView::PreviewSide)->text()));
    QVERIFY2(view->ddlViewer(ConflictView::TargetSide)->text().contains(QLatin1String("numeric(12,2)")),
             qPrintable(view->ddlViewer(ConflictView::TargetSide)->text()));
    QVERIFY(view->ddlViewer(ConflictView::ForkPointSide)->text().contains(QLatin1String("numeric")));
    QVERIFY(!view->ddlViewer(ConflictView::PreviewSide)->markedLines().isEmpty());
    QVERIFY(view->attributesTree()->topLevelItemCount() > 1);
    // main was not touched.
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total'")),
             QStringLiteral("numeric"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_panel->statusModel(), QStringLiteral("0003")), QStringLiteral("pending"), StatusTimeoutMs);
    screenshot(QStringLiteral("migrations-conflict"));

    // Discarding the preview clears the conflict with it.
    QTest::mouseClick(m_panel->discardButton(), Qt::LeftButton);
    auto *discard = m_panel->findChild<DiscardBranchDialog *>();
    QVERIFY(discard);
    QTest::mouseClick(discard->discardButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!hasBranch(preview), ActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->previewNames().contains(preview), StatusTimeoutMs);
}

void TestMigrationsPanel::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("PIXETRIC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo() << "screenshot" << path;
}

QTEST_MAIN(TestMigrationsPanel)
#include "tst_migrationspanel.moc"
