// The schema diff view as a person uses it, on the offscreen platform against a real cluster
// with two databases that differ: compared by URI, the tree, its filters and counts, the DDL
// of both sides with the differing lines marked, the attribute changes, options applied to
// the schemas already read, the migration script (the planner's, word for word) copied, saved
// and opened in an SQL tab, a cancelled comparison dropped, and a server that is not there
// reported in the banner. Last, two branches of a real local fabric, both suspended, are
// compared by name: the view starts their computes and compares once they run.

#include "editortab.h"
#include "localfabric.h"
#include "mainwindow.h"
#include "messagespane.h"
#include "migrationplanner.h"
#include "noerror.h"
#include "pgtestcluster.h"
#include "schemadiff.h"
#include "schemadifffiltermodel.h"
#include "schemadiffmodel.h"
#include "schemadifftreedump.h"
#include "schemadiffview.h"
#include "schemareader.h"
#include "sqleditor.h"
#include "sqlviewer.h"
#include "testfabric.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Pixetric;
using Pixetric::Test::dump;
using Pixetric::Test::PgTestCluster;
using Pixetric::Test::TestFabric;

namespace {

constexpr int CompareTimeoutMs = 60000;
constexpr int SeedTimeoutMs = 180000;  // initdb and the sample data of the fabric's first main
constexpr int ActionTimeoutMs = 60000; // a clone, a start, a stop

// FROM: the shop as it is.
const char *const FromSchema = R"sql(
CREATE SCHEMA app;
CREATE SCHEMA audit;
CREATE TABLE app.orders (id bigint PRIMARY KEY, total integer, status text);
CREATE TABLE app.customers (id bigint PRIMARY KEY, name text);
CREATE VIEW app.order_totals AS SELECT sum(total) AS sum FROM app.orders;
CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
)sql";

// TO: the shop as it should be: orders.total retyped, status dropped, note added; customers
// gone, invoices new; the view counts too; audit owned by another role.
const char *const ToSchema = R"sql(
CREATE SCHEMA app;
CREATE SCHEMA audit AUTHORIZATION diff_owner;
CREATE TABLE app.orders (id bigint PRIMARY KEY, total numeric(12,2), note text);
CREATE TABLE app.invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES app.orders);
CREATE VIEW app.order_totals AS SELECT sum(total) AS sum, count(*) AS n FROM app.orders;
CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
)sql";


// A snapshot read the way the view reads it, on a thread of its own (SchemaReader waits).
SchemaSnapshot readSnapshot(const ConnectionParams &params, QString *error)
{
    SchemaSnapshot snapshot;
    std::unique_ptr<QThread> thread(QThread::create([&] { *error = SchemaReader::read(params, &snapshot); }));
    thread->start();
    thread->wait();
    return snapshot;
}

// A TCP port on 127.0.0.1 where nothing listens (taken and given back at once).
int unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

class TestSchemaDiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void comparesTwoDatabasesByUri();
    void filterButtonsShowAndHideStates();
    void ddlPanesShowBothSidesWithTheDifferencesMarked();
    void attributeChangesOfTheSelectedObject();
    void scriptIsThePlannersScript();
    void optionsApplyToTheSchemasRead();
    void copiesAndSavesTheScript();
    void cancelDropsTheResult();
    void staysResponsiveWhileAServerDoesNotAnswer();
    void serverThatIsNotThereShowsInTheBanner();
    void unknownBranchWithoutFabricShowsInTheBanner();
    void openInEditorFromTheMainWindow();
    void startsSuspendedBranchesOfTheFabric();

private:
    void compareShop();
    QString fromUri() const { return m_cluster.uri(QStringLiteral("shop_from")); }
    QString toUri() const { return m_cluster.uri(QStringLiteral("shop_to")); }

    PgTestCluster m_cluster;
    std::unique_ptr<SchemaDiffView> m_view;
};

void TestSchemaDiffView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(MainWindow::scratchDirectory()).removeRecursively();
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(QStringLiteral("CREATE ROLE diff_owner; CREATE DATABASE shop_from; CREATE DATABASE shop_to;")),
             qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(QString::fromUtf8(FromSchema), nullptr, QStringLiteral("shop_from")), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(QString::fromUtf8(ToSchema), nullptr, QStringLiteral("shop_to")), qPrintable(m_cluster.error()));
}

void TestSchemaDiffView::init()
{
    m_view = std::make_unique<SchemaDiffView>();
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSchemaDiffView::cleanup()
{
    m_view.reset();
}

void TestSchemaDiffView::compareShop()
{
    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);
    m_view->setSides(fromUri(), toUri());
    QTest::mouseClick(m_view->compareButton(), Qt::LeftButton);
    QVERIFY(m_view->isBusy());
    QVERIFY(m_view->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QVERIFY2(m_view->bannerText().isEmpty(), qPrintable(m_view->bannerText()));
    QVERIFY(!m_view->isBusy());
    QVERIFY(!m_view->cancelButton()->isEnabled());
    QVERIFY(m_view->result());
}

void TestSchemaDiffView::comparesTwoDatabasesByUri()
{
    QSignalSpy titles(m_view.get(), &SchemaDiffView::titleChanged);
    compareShop();
    const QString fromLabel = m_view->result()->fromLabel;
    QCOMPARE(fromLabel, m_cluster.params(QStringLiteral("shop_from")).displayName());
    QCOMPARE(titles.count(), 1);
    QCOMPARE(m_view->title(), QStringLiteral("Schema diff: %1 → %2").arg(fromLabel, m_view->result()->toLabel));

    // Differences only at first: the identical objects are switched off.
    QVERIFY(!m_view->filterButton(ObjectDiff::State::Identical)->isChecked());
    QCOMPARE(dump(*m_view->filterModel()),
             QStringLiteral("Schemas (1)[audit~],"
                            "Tables (3)[app.customers-[column id-,column name-,constraint customers_pkey-],"
                            "app.invoices+[column id+,column order_id+,constraint invoices_order_id_fkey+,constraint invoices_pkey+],"
                            "app.orders=[column total~,column status-,column note+]],"
                            "Views (1)[app.order_totals~]"));
    // The tree opens to show them all.
    QTreeView *tree = m_view->tree();
    const QModelIndex tables = m_view->filterModel()->index(1, 0);
    QVERIFY(tree->isExpanded(tables));
    QVERIFY(tree->isExpanded(m_view->filterModel()->index(2, 0, tables)));
    // The first difference is selected.
    QCOMPARE(tree->currentIndex().data(SchemaDiffModel::KeyRole).toString(), QStringLiteral("schema audit"));

    // What the model holds is the comparison of the two databases.
    QString error;
    const SchemaSnapshot from = readSnapshot(m_cluster.params(QStringLiteral("shop_from")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SchemaSnapshot to = readSnapshot(m_cluster.params(QStringLiteral("shop_to")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SchemaDiff diff = SchemaDiff::compare(from, to);
    QCOMPARE(m_view->model()->objectCount(), int(diff.objects.size()));
    for (const auto state : {ObjectDiff::State::Identical, ObjectDiff::State::Changed, ObjectDiff::State::OnlyInFrom,
                             ObjectDiff::State::OnlyInTo})
        QCOMPARE(m_view->model()->stateCount(state), diff.count(state));
}

void TestSchemaDiffView::filterButtonsShowAndHideStates()
{
    compareShop();
    SchemaDiffModel *model = m_view->model();
    // Each button says how many objects are in its state.
    QCOMPARE(m_view->filterButton(ObjectDiff::State::Changed)->text(), QStringLiteral("Different 3"));
    QCOMPARE(m_view->filterButton(ObjectDiff::State::OnlyInFrom)->text(), QStringLiteral("Only in FROM 5"));
    QCOMPARE(m_view->filterButton(ObjectDiff::State::OnlyInTo)->text(), QStringLiteral("Only in TO 6"));
    QCOMPARE(m_view->filterButton(ObjectDiff::State::Identical)->text(),
             QStringLiteral("Identical %1").arg(model->stateCount(ObjectDiff::State::Identical)));
    QVERIFY(model->stateCount(ObjectDiff::State::Identical) >= 5); // app, public, twice(), orders.id, orders_pkey

    SchemaDiffFilterModel *filter = m_view->filterModel();
    // Only what the migration creates.
    QTest::mouseClick(m_view->filterButton(ObjectDiff::State::Changed), Qt::LeftButton);
    QTest::mouseClick(m_view->filterButton(ObjectDiff::State::OnlyInFrom), Qt::LeftButton);
    QCOMPARE(dump(*filter),
             QStringLiteral("Tables (2)[app.invoices+[column id+,column order_id+,constraint invoices_order_id_fkey+,"
                            "constraint invoices_pkey+],app.orders=[column note+]]"));
    // Identical objects on: the unchanged function shows.
    QTest::mouseClick(m_view->filterButton(ObjectDiff::State::Identical), Qt::LeftButton);
    QVERIFY(filter->isStateShown(ObjectDiff::State::Identical));
    QVERIFY(m_view->filterModel()->mapFromSource(model->indexOfKey(QStringLiteral("function app.twice(x integer)"))).isValid());
    QVERIFY(!m_view->filterModel()->mapFromSource(model->indexOfKey(QStringLiteral("table app.customers"))).isValid());
    // Everything on: every object shows.
    QTest::mouseClick(m_view->filterButton(ObjectDiff::State::Changed), Qt::LeftButton);
    QTest::mouseClick(m_view->filterButton(ObjectDiff::State::OnlyInFrom), Qt::LeftButton);
    QCOMPARE(filter->shownObjectCount(), model->objectCount());
    QCOMPARE(dump(*filter), dump(*model));
    // Nothing on: nothing shows.
    for (const auto state : {ObjectDiff::State::Identical, ObjectDiff::State::Changed, ObjectDiff::State::OnlyInFrom,
                             ObjectDiff::State::OnlyInTo})
        m_view->filterButton(state)->setChecked(false);
    QCOMPARE(filter->rowCount(), 0);

    // Selecting a hidden object shows its state again.
    QVERIFY(m_view->selectObject(QStringLiteral("table app.invoices")));
    QVERIFY(m_view->filterButton(ObjectDiff::State::OnlyInTo)->isChecked());
    QCOMPARE(m_view->tree()->currentIndex().data(SchemaDiffModel::KeyRole).toString(), QStringLiteral("table app.invoices"));
    QVERIFY(!m_view->selectObject(QStringLiteral("table app.nowhere")));
}

void TestSchemaDiffView::ddlPanesShowBothSidesWithTheDifferencesMarked()
{
    compareShop();
    QVERIFY(m_view->selectObject(QStringLiteral("table app.orders")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isDdlPending(), 10000);
    const QString from = m_view->ddlText(SchemaDiffView::Side::From);
    const QString to = m_view->ddlText(SchemaDiffView::Side::To);
    QVERIFY2(from.startsWith(QStringLiteral("CREATE TABLE app.orders (\n    id bigint NOT NULL,\n    total integer,\n    status text\n);")),
             qPrintable(from));
    QVERIFY2(to.startsWith(QStringLiteral("CREATE TABLE app.orders (\n    id bigint NOT NULL,\n    total numeric(12,2),\n    note text\n);")),
             qPrintable(to));
    QCOMPARE(from, m_view->result()->ddl(QStringLiteral("table app.orders"), SchemaDiffView::Side::From));
    QCOMPARE(to, m_view->result()->ddl(QStringLiteral("table app.orders"), SchemaDiffView::Side::To));
    // The lines that differ, and only those, are marked on each side.
    QCOMPARE(m_view->ddlViewer(SchemaDiffView::Side::From)->markedLines(), QList<int>({2, 3}));
    QCOMPARE(m_view->ddlViewer(SchemaDiffView::Side::To)->markedLines(), QList<int>({2, 3}));
    QCOMPARE(m_view->ddlViewer(SchemaDiffView::Side::From)->text(2), QStringLiteral("    total integer,\n"));
    QCOMPARE(m_view->ddlViewer(SchemaDiffView::Side::To)->text(3), QStringLiteral("    note text\n"));
    QVERIFY(m_view->ddlViewer(SchemaDiffView::Side::From)->isReadOnly());

    // An object of one side: the other pane says so, every line of this one is new.
    QVERIFY(m_view->selectObject(QStringLiteral("table app.invoices")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isDdlPending(), 10000);
    QVERIFY2(m_view->ddlText(SchemaDiffView::Side::From).startsWith(QStringLiteral("-- not in FROM")),
             qPrintable(m_view->ddlText(SchemaDiffView::Side::From)));
    QVERIFY(m_view->ddlViewer(SchemaDiffView::Side::From)->markedLines().isEmpty());
    QVERIFY(m_view->ddlText(SchemaDiffView::Side::To).startsWith(QStringLiteral("CREATE TABLE app.invoices (")));
    SqlViewer *to2 = m_view->ddlViewer(SchemaDiffView::Side::To);
    QCOMPARE(to2->markedLines().size(), to2->lines());

    // A column as its ADD COLUMN.
    QVERIFY(m_view->selectObject(QStringLiteral("column app.orders.total")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isDdlPending(), 10000);
    QCOMPARE(m_view->ddlText(SchemaDiffView::Side::From), QStringLiteral("ALTER TABLE app.orders ADD COLUMN total integer;"));
    QCOMPARE(m_view->ddlText(SchemaDiffView::Side::To), QStringLiteral("ALTER TABLE app.orders ADD COLUMN total numeric(12,2);"));

    // A kind row shows no DDL.
    m_view->tree()->setCurrentIndex(m_view->filterModel()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isDdlPending(), 10000);
    QVERIFY(m_view->ddlText(SchemaDiffView::Side::From).isEmpty());
    QVERIFY(m_view->ddlText(SchemaDiffView::Side::To).isEmpty());
}

void TestSchemaDiffView::attributeChangesOfTheSelectedObject()
{
    compareShop();
    QTreeWidget *changes = m_view->changesList();
    QVERIFY(m_view->selectObject(QStringLiteral("column app.orders.total")));
    QCOMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("type"));
    QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("integer"));
    QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("numeric(12,2)"));

    QVERIFY(m_view->selectObject(QStringLiteral("schema audit")));
    QCOMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("owner"));
    QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("diff_owner"));

    QVERIFY(m_view->selectObject(QStringLiteral("table app.customers")));
    QCOMPARE(changes->topLevelItemCount(), 1);
    QVERIFY(changes->topLevelItem(0)->text(0).contains(QStringLiteral("drops it")));
}

void TestSchemaDiffView::scriptIsThePlannersScript()
{
    compareShop();
    QString error;
    const SchemaSnapshot from = readSnapshot(m_cluster.params(QStringLiteral("shop_from")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SchemaSnapshot to = readSnapshot(m_cluster.params(QStringLiteral("shop_to")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Migration migration = MigrationPlanner::plan(from, to, SchemaDiff::compare(from, to));
    QVERIFY(migration.error.isEmpty());
    const QString expected = migration.script(m_cluster.params(QStringLiteral("shop_from")).displayName(),
                                              m_cluster.params(QStringLiteral("shop_to")).displayName());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_view->scriptText(), expected);
    QVERIFY(m_view->scriptViewer()->isReadOnly());
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("openScript"))->isEnabled());

    // Comparing a database with itself: nothing to migrate.
    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);
    m_view->setSides(fromUri(), fromUri());
    m_view->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QVERIFY(m_view->scriptText().isEmpty());
    QCOMPARE(m_view->model()->stateCount(ObjectDiff::State::Identical), m_view->model()->objectCount());
    QVERIFY_NO_ERROR(dump(*m_view->filterModel()));
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("copyScript"))->isEnabled());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("openScript"))->isEnabled());
}

void TestSchemaDiffView::optionsApplyToTheSchemasRead()
{
    compareShop();
    QVERIFY(m_view->selectObject(QStringLiteral("column app.orders.total")));
    const quint64 generation = m_view->result()->generation;
    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);

    // Owners ignored: the audit schema is the same now, without reading again.
    m_view->findChild<QCheckBox *>(QStringLiteral("ignoreOwners"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, CompareTimeoutMs);
    QVERIFY(m_view->result()->options.ignoreOwners);
    QCOMPARE(m_view->result()->readMillis, 0);
    QVERIFY(m_view->result()->generation > generation);
    QCOMPARE(m_view->model()->indexOfKey(QStringLiteral("schema audit")).data(SchemaDiffModel::StateRole).toInt(),
             int(ObjectDiff::State::Identical));
    QVERIFY(!m_view->scriptText().contains(QStringLiteral("SCHEMA audit OWNER")));
    // The object shown stays shown.
    QCOMPARE(m_view->tree()->currentIndex().data(SchemaDiffModel::KeyRole).toString(), QStringLiteral("column app.orders.total"));

    // Only the audit schema: app is left out.
    DiffOptions options = m_view->options();
    options.schemas = {QStringLiteral("audit")};
    m_view->setOptions(options);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, CompareTimeoutMs);
    QCOMPARE(m_view->result()->options.schemas, QStringList{QStringLiteral("audit")});
    QVERIFY(!m_view->model()->indexOfKey(QStringLiteral("table app.orders")).isValid());
    QVERIFY(m_view->model()->indexOfKey(QStringLiteral("schema audit")).isValid());
    QVERIFY(m_view->scriptText().isEmpty());
}

void TestSchemaDiffView::copiesAndSavesTheScript()
{
    compareShop();
    const QString script = m_view->scriptText();
    QVERIFY(!script.isEmpty());
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("copyScript")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), script);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("migration.sql"));
    QString error;
    QVERIFY2(m_view->saveScript(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), script);
    QVERIFY(!m_view->saveScript(dir.filePath(QStringLiteral("no/such/folder/m.sql")), &error));
    QVERIFY(!error.isEmpty());
}

void TestSchemaDiffView::cancelDropsTheResult()
{
    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);
    QSignalSpy busy(m_view.get(), &SchemaDiffView::busyChanged);
    m_view->setSides(fromUri(), toUri());
    m_view->compare();
    QVERIFY(m_view->isBusy());
    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);
    QVERIFY(!m_view->isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(!m_view->result());

    // The other way round: only this comparison's result arrives, the cancelled one never.
    m_view->setSides(toUri(), fromUri());
    m_view->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->result()->fromLabel, m_cluster.params(QStringLiteral("shop_to")).displayName());
    QCOMPARE(m_view->model()->indexOfKey(QStringLiteral("table app.customers")).data(SchemaDiffModel::StateRole).toInt(),
             int(ObjectDiff::State::OnlyInTo));

    // A comparison started while another runs replaces it.
    shown.clear();
    m_view->setSides(fromUri(), toUri());
    m_view->compare();
    m_view->setSides(toUri(), fromUri());
    m_view->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->result()->fromLabel, m_cluster.params(QStringLiteral("shop_to")).displayName());
}

void TestSchemaDiffView::staysResponsiveWhileAServerDoesNotAnswer()
{
    // A server that takes the connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    m_view->setSides(fromUri(), QStringLiteral("postgresql://nobody@127.0.0.1:%1/x?connect_timeout=60").arg(silent.serverPort()));
    QElapsedTimer clock;
    clock.start();
    m_view->compare();
    QVERIFY2(clock.elapsed() < 1000, "compare() waited");
    QVERIFY(m_view->isBusy());
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());

    // The event loop keeps running while the read waits.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() && ticks >= 10, 10000);
    QVERIFY(m_view->isBusy());

    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);
    QVERIFY(!m_view->isBusy());
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());
    QVERIFY(m_view->bannerText().isEmpty());
    QVERIFY(!m_view->result());
}

void TestSchemaDiffView::serverThatIsNotThereShowsInTheBanner()
{
    const int port = unusedPort();
    QVERIFY(port > 0);
    QSignalSpy failed(m_view.get(), &SchemaDiffView::comparisonFailed);
    m_view->setSides(fromUri(), QStringLiteral("postgresql://nobody@127.0.0.1:%1/nothing?connect_timeout=5").arg(port));
    m_view->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), CompareTimeoutMs);
    QVERIFY(!m_view->isBusy());
    QVERIFY(m_view->bannerIsError());
    const QString banner = m_view->bannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("TO (nobody@127.0.0.1:%1/nothing): Could not connect").arg(port)), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Check that both servers run")), qPrintable(banner));
    QVERIFY(!banner.contains(QStringLiteral("FROM (")));
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("schemaDiffBanner"))->isVisible());
    QVERIFY(!m_view->result());

    // The next comparison clears it.
    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);
    m_view->setSides(fromUri(), toUri());
    m_view->compare();
    QVERIFY(m_view->bannerText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("schemaDiffBanner"))->isVisible());
}

void TestSchemaDiffView::unknownBranchWithoutFabricShowsInTheBanner()
{
    QSignalSpy failed(m_view.get(), &SchemaDiffView::comparisonFailed);
    m_view->setSides(QStringLiteral("main"), QString());
    m_view->compare();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m_view->isBusy());
    QVERIFY(m_view->bannerIsError());
    QVERIFY2(m_view->bannerText().contains(QStringLiteral("no fabric is open")), qPrintable(m_view->bannerText()));
    QVERIFY2(m_view->bannerText().contains(QStringLiteral("Choose what to compare as TO")), qPrintable(m_view->bannerText()));

    m_view->setSides(QStringLiteral("host=127.0.0.1 nosuchoption=1"), toUri());
    m_view->compare();
    QCOMPARE(failed.count(), 2);
    QVERIFY2(m_view->bannerText().startsWith(QStringLiteral("FROM is not a connection string")), qPrintable(m_view->bannerText()));
}

void TestSchemaDiffView::openInEditorFromTheMainWindow()
{
    m_view.reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *results = window.findChild<QDockWidget *>(QStringLiteral("resultsDock"));
    QVERIFY(results);
    QVERIFY(results->isVisible());
    QAction *action = window.findChild<QAction *>(QStringLiteral("compareSchemasAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(window.tabs()->count(), 1);
    auto *empty = qobject_cast<SchemaDiffView *>(window.tabs()->widget(0));
    QVERIFY(empty);
    QVERIFY(!window.currentTab()); // no SQL tab: the SQL actions are off
    // The results of SQL tabs step aside for the diff.
    QVERIFY(!results->isVisible());

    SchemaDiffView *view = window.openSchemaDiff(fromUri(), toUri(), true);
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.tabs()->currentWidget(), view);
    QSignalSpy shown(view, &SchemaDiffView::resultShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), CompareTimeoutMs);
    QCOMPARE(window.tabs()->tabText(1), view->title());

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("openScript")), Qt::LeftButton);
    QCOMPARE(window.tabs()->count(), 3);
    EditorTab *tab = window.currentTab();
    QVERIFY(tab);
    QCOMPARE(tab->editor()->text(), view->scriptText());
    QVERIFY(results->isVisible()); // back with an SQL tab
    QCOMPARE(tab->params().value(QStringLiteral("dbname")), QStringLiteral("shop_from"));
    QVERIFY(tab->title().startsWith(QStringLiteral("Migration ")));

    // Diff tabs close without asking and are not kept with the SQL tabs.
    window.tabs()->setCurrentIndex(0);
    QMetaObject::invokeMethod(window.tabs(), "tabCloseRequested", Q_ARG(int, 0));
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(qobject_cast<SchemaDiffView *>(window.tabs()->widget(0)), view);
    QDir(MainWindow::scratchDirectory()).removeRecursively();
}

void TestSchemaDiffView::startsSuspendedBranchesOfTheFabric()
{
    // Declared first, destroyed last: stops every compute of the folder and removes it.
    TestFabric folder;
    QVERIFY(folder.isValid());
    LocalFabric fabric(LocalFabric::Options{.directory = folder.path(), .initializeIfEmpty = true, .pollIntervalMs = 200});
    const auto branch = [&fabric](const QString &name) {
        bool found = false;
        const BranchInfo b = fabric.branch(name, &found);
        return found ? b : BranchInfo();
    };
    QTRY_VERIFY_WITH_TIMEOUT(branch(QStringLiteral("main")).state == BranchState::Ready, SeedTimeoutMs);
    fabric.createBranch(QStringLiteral("feature"), QStringLiteral("main"));
    QTRY_VERIFY_WITH_TIMEOUT(branch(QStringLiteral("feature")).state == BranchState::Ready, ActionTimeoutMs);

    // The feature branch gets a table of its own.
    fabric.startCompute(QStringLiteral("feature"));
    QTRY_VERIFY_WITH_TIMEOUT(branch(QStringLiteral("feature")).compute == ComputeState::Running, ActionTimeoutMs);
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(m_cluster.binDirectory() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                fabric.connectionInfo(QStringLiteral("feature")).uri(), QStringLiteral("-c"),
                QStringLiteral("CREATE TABLE public.diff_probe (id integer PRIMARY KEY, seen timestamptz)")});
    QVERIFY(psql.waitForFinished(ActionTimeoutMs));
    QVERIFY2(psql.exitCode() == 0, psql.readAll().constData());

    for (const QString &name : {QStringLiteral("main"), QStringLiteral("feature")}) {
        if (branch(name).compute != ComputeState::Suspended)
            fabric.suspendCompute(name);
    }
    QTRY_VERIFY_WITH_TIMEOUT(branch(QStringLiteral("main")).compute == ComputeState::Suspended
                                 && branch(QStringLiteral("feature")).compute == ComputeState::Suspended,
                             ActionTimeoutMs);

    // The pickers list the branches: FROM the default branch, TO the newest other one.
    m_view->setFabric(&fabric);
    auto *fromPicker = m_view->findChild<QComboBox *>(QStringLiteral("fromPicker"));
    QVERIFY(fromPicker);
    QCOMPARE(fromPicker->count(), 2);
    QCOMPARE(m_view->sideText(SchemaDiffView::Side::From), QStringLiteral("main"));
    QCOMPARE(m_view->sideText(SchemaDiffView::Side::To), QStringLiteral("feature"));

    QSignalSpy shown(m_view.get(), &SchemaDiffView::resultShown);
    m_view->compare();
    QVERIFY(m_view->isBusy());
    QVERIFY2(m_view->bannerText().startsWith(QStringLiteral("Starting the compute of")), qPrintable(m_view->bannerText()));
    QVERIFY(!m_view->bannerIsError());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), ActionTimeoutMs + CompareTimeoutMs);
    QVERIFY2(m_view->bannerText().isEmpty(), qPrintable(m_view->bannerText()));
    QVERIFY(branch(QStringLiteral("main")).compute == ComputeState::Running);
    QCOMPARE(m_view->result()->fromLabel, QStringLiteral("main"));
    QCOMPARE(m_view->result()->toLabel, QStringLiteral("feature"));
    QCOMPARE(m_view->model()->indexOfKey(QStringLiteral("table public.diff_probe")).data(SchemaDiffModel::StateRole).toInt(),
             int(ObjectDiff::State::OnlyInTo));
    // The branches differ in that table only (its columns and key are parts of it).
    QCOMPARE(m_view->model()->stateCount(ObjectDiff::State::OnlyInTo), 4);
    QCOMPARE(m_view->model()->stateCount(ObjectDiff::State::Changed), 0);
    QCOMPARE(m_view->model()->stateCount(ObjectDiff::State::OnlyInFrom), 0);
    QVERIFY(m_view->scriptText().contains(QStringLiteral("CREATE TABLE public.diff_probe")));
    QCOMPARE(m_view->title(), QStringLiteral("Schema diff: main → feature"));

    // Unknown branch names say so.
    m_view->setSides(QStringLiteral("main"), QStringLiteral("no-such-branch"));
    m_view->compare();
    QVERIFY(m_view->bannerIsError());
    QVERIFY2(m_view->bannerText().startsWith(QStringLiteral("TO: there is no branch “no-such-branch”")), qPrintable(m_view->bannerText()));
    m_view->setFabric(nullptr);
}

QTEST_MAIN(TestSchemaDiffView)
#include "tst_schemadiffview.moc"
