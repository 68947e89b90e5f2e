#include "explainplan.h"
#include "pgconnection.h"
#include "pgtestcluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

// EXPLAIN output from a real server, read through PgConnection and parsed: the derived times
// must add up on plans PostgreSQL really produces, serial and parallel.
class TestExplainLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void analyzedJoin_data();
    void analyzedJoin();
    void estimateOnly();
    void limitIsNotABadEstimate();

private:
    // Runs settings, then statement, on a fresh session; returns the text of the last result's
    // single value.
    QByteArray explain(const QStringList &settings, const QString &statement);

    PgTestCluster m_cluster;
};

void TestExplainLive::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    // a and b always hold the same value, so "a = 7 and b = 7" keeps 1 % of the rows; the
    // planner multiplies the two selectivities and expects 0.01 %.
    QString output;
    QVERIFY2(m_cluster.psql(QStringLiteral(
                 "create table customers as select g as id, g % 100 as a, g % 100 as b, md5(g::text) as name "
                 "  from generate_series(1, 20000) g;"
                 "alter table customers add primary key (id);"
                 "create table orders as select g as id, ((g::bigint * 7919) % 20000 + 1)::int as customer_id, g % 97 as amount "
                 "  from generate_series(1, 300000) g;"
                 "create index on orders (customer_id);"
                 "analyze customers; analyze orders;"),
                            &output),
             qPrintable(output));
}

QByteArray TestExplainLive::explain(const QStringList &settings, const QString &statement)
{
    PgConnection connection;
    QSignalSpy opened(&connection, &PgConnection::opened);
    connection.open(m_cluster.params());
    if (!QTest::qWaitFor([&] { return opened.size() == 1 || connection.state() == PgConnection::State::Failed; }, 20000)
        || opened.isEmpty())
        return {};
    const QStringList statements = settings + QStringList{statement};
    QByteArray json;
    QString error;
    connect(&connection, &PgConnection::rowsArrived, this, [&](quint64, int index, const ResultChunk &rows) {
        if (index == statements.size() - 1 && rows.rowCount() > 0)
            json += rows.value(0, 0).toByteArray();
    });
    connect(&connection, &PgConnection::statementFinished, this, [&](quint64, const StatementOutcome &outcome) {
        if (outcome.error.isError())
            error = outcome.error.toDisplayString();
    });
    QSignalSpy finished(&connection, &PgConnection::runFinished);
    connection.execute(statements);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
        return {};
    if (!error.isEmpty())
        qWarning("EXPLAIN failed: %s", qPrintable(error));
    return json;
}

void TestExplainLive::analyzedJoin_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<bool>("parallel");

    QTest::addRow("serial hash join") << QStringList{"set max_parallel_workers_per_gather = 0"} << false;
    QTest::addRow("parallel hash join, 2 workers")
        << QStringList{"set max_parallel_workers_per_gather = 2", "set parallel_setup_cost = 0",
                       "set parallel_tuple_cost = 0", "set min_parallel_table_scan_size = 0",
                       "set enable_nestloop = off", "set enable_mergejoin = off"}
        << true;
    QTest::addRow("nested loop over the index")
        << QStringList{"set max_parallel_workers_per_gather = 0", "set enable_hashjoin = off",
                       "set enable_mergejoin = off"}
        << false;
}

void TestExplainLive::analyzedJoin()
{
    QFETCH(QStringList, settings);
    QFETCH(bool, parallel);

    const QByteArray json = explain(settings, QStringLiteral(
        "explain (analyze, buffers, format json) "
        "select c.a, count(*), sum(o.amount) from orders o join customers c on c.id = o.customer_id "
        "where c.a = 7 and c.b = 7 group by c.a"));
    QVERIFY(!json.isEmpty());
    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QVERIFY(plan.hasActuals());
    QVERIFY(plan.hasTiming());
    QVERIFY(plan.hasBuffers());
    QVERIFY(plan.planningMs() > 0);
    QVERIFY(plan.executionMs() > 0);

    bool sawGather = false;
    double shares = 0;
    double attributed = 0;
    for (const PlanNode &n : plan.nodes()) {
        QVERIFY2(n.exclusiveMs >= 0, qPrintable(n.label()));
        QVERIFY2(n.exclusiveMs <= n.inclusiveMs + 1e-9, qPrintable(n.label()));
        QVERIFY(n.share >= 0 && n.share <= 1);
        shares += n.share;
        attributed += n.exclusiveMs;
        if (n.nodeType.startsWith(QLatin1String("Gather"))) {
            sawGather = true;
            QVERIFY(n.workersLaunched >= 0);
            for (int child : n.children)
                QCOMPARE(plan.node(child).processes, n.workersLaunched + 1);
        }
    }
    QCOMPARE(sawGather, parallel);
    // The nodes account for (nearly) all of the execution time, and never more than all of it.
    QVERIFY2(shares > 0.85 && shares <= 1 + 1e-9, qPrintable(QString::number(shares)));
    QVERIFY(qAbs(shares - attributed / plan.shareBase()) < 1e-9);
    const PlanNode &root = plan.node(plan.roots().first());
    QVERIFY(root.inclusiveMs <= plan.executionMs() + 0.01);
    QCOMPARE(root.actualRows, 1.0); // one group

    // The customers filter keeps 200 rows where the planner expected about 2.
    QStringList flagged;
    bool customersFlagged = false;
    for (int id : plan.misestimatedNodes()) {
        const PlanNode &n = plan.node(id);
        flagged << n.label();
        customersFlagged = customersFlagged || (n.relationName == QLatin1String("customers") && n.underestimated());
    }
    QVERIFY2(customersFlagged, qPrintable(flagged.join(QStringLiteral(", "))));
    QVERIFY(plan.hottestNode() >= 0);
}

void TestExplainLive::estimateOnly()
{
    const QByteArray json = explain({}, QStringLiteral(
        "explain (format json) select * from orders o join customers c on c.id = o.customer_id where c.a = 7"));
    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QVERIFY(!plan.hasActuals());
    QCOMPARE(plan.executionMs(), -1.0);
    QVERIFY(plan.misestimatedNodes().isEmpty());
    double shares = 0;
    for (const PlanNode &n : plan.nodes())
        shares += n.share;
    QVERIFY(qAbs(shares - 1.0) < 1e-9);
}

void TestExplainLive::limitIsNotABadEstimate()
{
    const QByteArray json = explain({QStringLiteral("set max_parallel_workers_per_gather = 0")},
                                    QStringLiteral("explain (analyze, format json) select * from orders order by id limit 5"));
    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    // Whatever the plan below the Limit, its nodes stopped early by design.
    for (const PlanNode &n : plan.nodes()) {
        if (n.parent >= 0 && n.actualRows < n.planRows)
            QVERIFY2(n.cutShort, qPrintable(n.label()));
    }
    QVERIFY(plan.misestimatedNodes().isEmpty());
}

QTEST_GUILESS_MAIN(TestExplainLive)
#include "tst_explainlive.moc"
