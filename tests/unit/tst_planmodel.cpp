#include "planmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Pixetric;

namespace {

// A nested loop whose inner index scan runs 10 times, both badly estimated, with a SubPlan
// that never ran. Times: loop 5.0 ms inclusive, outer scan 1.0, inner 0.3 × 10 = 3.0, so the
// loop itself took 1.0 and the inner scan is the hottest node (3.0 of 5.5 ms execution).
const char kAnalyzed[] = R"json([{"Plan": {
  "Node Type": "Nested Loop", "Join Type": "Inner", "Startup Cost": 0.5, "Total Cost": 100.25,
  "Plan Rows": 10, "Plan Width": 8, "Actual Startup Time": 0.01, "Actual Total Time": 5.0,
  "Actual Rows": 1000, "Actual Loops": 1,
  "Shared Hit Blocks": 1234, "Shared Read Blocks": 56, "Shared Dirtied Blocks": 0, "Shared Written Blocks": 0,
  "Local Hit Blocks": 0, "Local Read Blocks": 0, "Local Dirtied Blocks": 0, "Local Written Blocks": 0,
  "Temp Read Blocks": 0, "Temp Written Blocks": 0,
  "Plans": [
    {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "a", "Alias": "a",
     "Startup Cost": 0, "Total Cost": 20, "Plan Rows": 10, "Plan Width": 4,
     "Actual Startup Time": 0.005, "Actual Total Time": 1.0, "Actual Rows": 10, "Actual Loops": 1,
     "Filter": "(x > 1)", "Rows Removed by Filter": 5,
     "Shared Hit Blocks": 7, "Shared Read Blocks": 3, "Shared Dirtied Blocks": 2, "Shared Written Blocks": 0,
     "Local Hit Blocks": 0, "Local Read Blocks": 0, "Local Dirtied Blocks": 0, "Local Written Blocks": 0,
     "Temp Read Blocks": 0, "Temp Written Blocks": 0},
    {"Node Type": "Index Scan", "Parent Relationship": "Inner", "Index Name": "b_pkey", "Relation Name": "b",
     "Alias": "b", "Startup Cost": 0.3, "Total Cost": 8, "Plan Rows": 1, "Plan Width": 4,
     "Actual Startup Time": 0.01, "Actual Total Time": 0.3, "Actual Rows": 100, "Actual Loops": 10,
     "Index Cond": "(id = a.id)",
     "Shared Hit Blocks": 1200, "Shared Read Blocks": 50, "Shared Dirtied Blocks": 0, "Shared Written Blocks": 0,
     "Local Hit Blocks": 0, "Local Read Blocks": 0, "Local Dirtied Blocks": 0, "Local Written Blocks": 0,
     "Temp Read Blocks": 0, "Temp Written Blocks": 0},
    {"Node Type": "Seq Scan", "Parent Relationship": "SubPlan", "Subplan Name": "SubPlan 1",
     "Relation Name": "c", "Alias": "c", "Startup Cost": 0, "Total Cost": 3, "Plan Rows": 5, "Plan Width": 4,
     "Actual Startup Time": 0, "Actual Total Time": 0, "Actual Rows": 0, "Actual Loops": 0}
  ]},
  "Planning Time": 0.5, "Triggers": [], "Execution Time": 5.5}])json";

// The same shape without ANALYZE.
const char kEstimated[] = R"json([{"Plan": {
  "Node Type": "Hash Join", "Join Type": "Left", "Startup Cost": 10, "Total Cost": 60, "Plan Rows": 100, "Plan Width": 8,
  "Hash Cond": "(a.id = b.id)",
  "Plans": [
    {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "a", "Alias": "a",
     "Startup Cost": 0, "Total Cost": 40, "Plan Rows": 100, "Plan Width": 4},
    {"Node Type": "Hash", "Parent Relationship": "Inner", "Startup Cost": 8, "Total Cost": 10, "Plan Rows": 20, "Plan Width": 4,
     "Plans": [
       {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "b", "Alias": "b",
        "Startup Cost": 0, "Total Cost": 8, "Plan Rows": 20, "Plan Width": 4}]}
  ]}}])json";

ExplainPlan parsed(const char *json)
{
    return ExplainPlan::fromJson(QByteArray(json));
}

} // namespace

class TestPlanModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTesterThroughChanges();
    void treeShape();
    void display_data();
    void display();
    void roles();
    void estimatedPlanHeaders();
    void invalidPlanIsEmpty();
    void formatMs_data();
    void formatMs();
};

void TestPlanModel::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // display texts below use '.' and no digit grouping
}

void TestPlanModel::modelTesterThroughChanges()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPlan(parsed(kAnalyzed));
    QVERIFY(!QTest::currentTestFailed());
    model.setPlan(parsed(kEstimated));
    model.clear();
    model.setPlan(parsed(kAnalyzed));
    QCOMPARE(reset.size(), 4);
    QCOMPARE(model.rowCount(), 1);
}

void TestPlanModel::treeShape()
{
    PlanModel model;
    model.setPlan(parsed(kAnalyzed));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(PlanModel::ColumnCount));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 3);
    QCOMPARE(model.rowCount(model.index(0, PlanModel::ShareColumn)), 0); // children hang off column 0 only
    for (int row = 0; row < 3; ++row) {
        const QModelIndex child = model.index(row, PlanModel::LoopsColumn, root);
        QCOMPARE(model.parent(child), root);
        const PlanNode *n = model.node(child);
        QVERIFY(n);
        QCOMPARE(n->parent, model.node(root)->id);
        QCOMPARE(model.indexOfNode(n->id, PlanModel::LoopsColumn), child);
        QVERIFY(model.flags(child) & Qt::ItemNeverHasChildren);
    }
    QVERIFY(!(model.flags(root) & Qt::ItemNeverHasChildren));
    QVERIFY(!model.indexOfNode(99).isValid());
    QVERIFY(!model.indexOfNode(-1).isValid());
    QVERIFY(!model.node(QModelIndex()));
}

void TestPlanModel::display_data()
{
    QTest::addColumn<int>("node");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::addRow("nested loop name") << 0 << int(PlanModel::NodeColumn) << "Nested Loop";
    QTest::addRow("loop's own time") << 0 << int(PlanModel::ExclusiveColumn) << "1.00 ms";
    QTest::addRow("loop's share of 5.5 ms") << 0 << int(PlanModel::ShareColumn) << "18.2 %";
    QTest::addRow("loop rows") << 0 << int(PlanModel::RowsColumn) << "1000 / 10";
    QTest::addRow("loop under-estimated") << 0 << int(PlanModel::EstimateColumn) << "100× under";
    QTest::addRow("loop buffers") << 0 << int(PlanModel::BuffersColumn) << "1234 hit, 56 read";
    QTest::addRow("outer scan exact") << 1 << int(PlanModel::EstimateColumn) << "exact";
    QTest::addRow("outer scan dirtied") << 1 << int(PlanModel::BuffersColumn) << "7 hit, 3 read, 2 dirtied";
    QTest::addRow("inner scan name") << 2 << int(PlanModel::NodeColumn) << "Index Scan using b_pkey on b";
    QTest::addRow("inner scan all loops") << 2 << int(PlanModel::ExclusiveColumn) << "3.00 ms";
    QTest::addRow("inner scan share") << 2 << int(PlanModel::ShareColumn) << "54.5 %";
    QTest::addRow("inner rows per loop") << 2 << int(PlanModel::RowsColumn) << "100 / 1";
    QTest::addRow("inner loops") << 2 << int(PlanModel::LoopsColumn) << "10";
    QTest::addRow("subplan named") << 3 << int(PlanModel::NodeColumn) << "SubPlan 1: Seq Scan on c";
    QTest::addRow("subplan never ran") << 3 << int(PlanModel::ExclusiveColumn) << "never executed";
    QTest::addRow("subplan rows") << 3 << int(PlanModel::RowsColumn) << "— / 5";
    QTest::addRow("subplan no estimate error") << 3 << int(PlanModel::EstimateColumn) << "";
}

void TestPlanModel::display()
{
    QFETCH(int, node);
    QFETCH(int, column);
    QFETCH(QString, text);
    PlanModel model;
    model.setPlan(parsed(kAnalyzed));
    QCOMPARE(model.indexOfNode(node, column).data().toString(), text);
}

void TestPlanModel::roles()
{
    PlanModel model;
    model.setPlan(parsed(kAnalyzed));
    int hottest = 0;
    double shares = 0;
    QList<int> flagged;
    for (int id = 0; id < model.plan().nodeCount(); ++id) {
        const QModelIndex index = model.indexOfNode(id, PlanModel::ShareColumn);
        QCOMPARE(index.data(PlanModel::NodeIdRole).toInt(), id);
        shares += index.data(PlanModel::ShareRole).toDouble();
        hottest += index.data(PlanModel::HottestRole).toBool() ? 1 : 0;
        if (index.data(PlanModel::MisestimatedRole).toBool())
            flagged << id;
    }
    QCOMPARE(hottest, 1);
    QVERIFY(model.indexOfNode(2).data(PlanModel::HottestRole).toBool());
    QCOMPARE(flagged, (QList<int>{0, 2}));
    QVERIFY(qAbs(shares - 5.0 / 5.5) < 1e-9); // 0.5 ms of execution is in no node
    QCOMPARE(model.indexOfNode(2).data(PlanModel::ExclusiveRole).toDouble(), 3.0);
    QCOMPARE(model.indexOfNode(2).data(PlanModel::EstimateFactorRole).toDouble(), 100.0);
    QCOMPARE(model.indexOfNode(3).data(PlanModel::EstimateFactorRole).toDouble(), 0.0);
    QVERIFY(model.indexOfNode(1, PlanModel::NodeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Filter: (x > 1)")));
    QVERIFY(model.indexOfNode(2, PlanModel::EstimateColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ANALYZE")));
    QCOMPARE(model.indexOfNode(2, PlanModel::ShareColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.headerData(PlanModel::ExclusiveColumn, Qt::Horizontal).toString(), QStringLiteral("Exclusive"));
}

void TestPlanModel::estimatedPlanHeaders()
{
    PlanModel model;
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setPlan(parsed(kEstimated));
    QCOMPARE(header.size(), 1);
    QCOMPARE(model.headerData(PlanModel::ExclusiveColumn, Qt::Horizontal).toString(), QStringLiteral("Exclusive cost"));
    QCOMPARE(model.headerData(PlanModel::RowsColumn, Qt::Horizontal).toString(), QStringLiteral("Rows (est.)"));
    const QModelIndex join = model.index(0, 0);
    QCOMPARE(join.data().toString(), QStringLiteral("Hash Left Join"));
    QCOMPARE(model.indexOfNode(0, PlanModel::ExclusiveColumn).data().toString(), QStringLiteral("10.00")); // 60 - 40 - 10
    QCOMPARE(model.indexOfNode(0, PlanModel::RowsColumn).data().toString(), QStringLiteral("100"));
    QCOMPARE(model.indexOfNode(0, PlanModel::LoopsColumn).data().toString(), QString());
    QCOMPARE(model.indexOfNode(0, PlanModel::EstimateColumn).data().toString(), QString());
    QCOMPARE(model.indexOfNode(0, PlanModel::BuffersColumn).data().toString(), QString());
    // Shares by cost: the outer scan (40 of 60) is the hottest.
    QVERIFY(model.indexOfNode(1).data(PlanModel::HottestRole).toBool());
    QCOMPARE(model.indexOfNode(1, PlanModel::ShareColumn).data().toString(), QStringLiteral("66.7 %"));
}

void TestPlanModel::invalidPlanIsEmpty()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(parsed(kAnalyzed));
    model.setPlan(ExplainPlan::fromJson("{not json"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestPlanModel::formatMs_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<QString>("text");
    QTest::addRow("tiny") << 0.0421 << "0.042 ms";
    QTest::addRow("tens") << 12.345 << "12.35 ms";
    QTest::addRow("hundreds") << 456.78 << "456.8 ms";
    QTest::addRow("seconds") << 4567.0 << "4.57 s";
    QTest::addRow("minutes") << 125500.0 << "2 min 5.5 s";
    QTest::addRow("unknown") << -1.0 << "";
}

void TestPlanModel::formatMs()
{
    QFETCH(double, ms);
    QFETCH(QString, text);
    QCOMPARE(PlanModel::formatMs(ms), text);
}

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
