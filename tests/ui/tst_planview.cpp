#include "planmodel.h"
#include "planview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Pixetric;

namespace {

// From EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) on PostgreSQL 15, compacted, with the estimate of
// the customers scan lowered to 2 rows so one node has a bad estimate: a hash join whose Hash
// side evaluates an InitPlan; the scan of orders takes most of the time.
const char kAnalyzed[] =
    R"json([{"Plan":{"Node Type":"Hash Join","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":39.01,"Total Cost":5618.65,"Plan Rows":939,"Plan Width":4,"Actual Startup Time":0.904,"Actual Total Time":31.771,"Actual Rows":3000,"Actual Loops":1,"Inner Unique":true,"Hash Cond":"(o.customer_id = c.id)",)json"
    R"json("Shared Hit Blocks":1927,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[)json"
    R"json({"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parent Relationship":"InitPlan","Subplan Name":"InitPlan 1 (returns $0)","Parallel Aware":false,"Async Capable":false,"Startup Cost":36.0,"Total Cost":36.01,"Plan Rows":1,"Plan Width":4,"Actual Startup Time":0.353,"Actual Total Time":0.354,"Actual Rows":1,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[)json"
    R"json({"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"customers","Startup Cost":0.0,"Total Cost":31.0,"Plan Rows":2000,"Plan Width":4,"Actual Startup Time":0.004,"Actual Total Time":0.127,"Actual Rows":2000,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},)json"
    R"json({"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"orders","Alias":"o","Startup Cost":0.0,"Total Cost":5661.0,"Plan Rows":9390,"Plan Width":8,"Actual Startup Time":0.016,"Actual Total Time":30.084,"Actual Rows":9000,"Actual Loops":1,"Filter":"(amount < '3'::numeric)","Rows Removed by Filter":291000,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},)json"
    R"json({"Node Type":"Hash","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Startup Cost":3.0,"Total Cost":3.0,"Plan Rows":200,"Plan Width":4,"Actual Startup Time":0.533,"Actual Total Time":0.533,"Actual Rows":200,"Actual Loops":1,"Hash Buckets":1024,"Original Hash Buckets":1024,"Hash Batches":1,"Original Hash Batches":1,"Peak Memory Usage":16,"Shared Hit Blocks":16,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[)json"
    R"json({"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"c","Startup Cost":0.0,"Total Cost":36.0,"Plan Rows":2,"Plan Width":4,"Actual Startup Time":0.363,"Actual Total Time":0.494,"Actual Rows":200,"Actual Loops":1,"Filter":"(region = $0)","Rows Removed by Filter":1800,"Shared Hit Blocks":16,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]}]},)json"
    R"json("Planning":{"Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.911,"Triggers":[],"Execution Time":31.961}])json";

// Plain EXPLAIN (FORMAT JSON).
const char kEstimated[] =
    R"json([{"Plan":{"Node Type":"Limit","Startup Cost":0.42,"Total Cost":0.72,"Plan Rows":10,"Plan Width":24,"Plans":[)json"
    R"json({"Node Type":"Index Scan","Parent Relationship":"Outer","Scan Direction":"Forward","Index Name":"orders_pkey","Relation Name":"orders","Alias":"orders","Startup Cost":0.42,"Total Cost":9279.42,"Plan Rows":300000,"Plan Width":24}]}}])json";

const PlanNode *findNode(const ExplainPlan &plan, const QString &label)
{
    for (const PlanNode &n : plan.nodes()) {
        if (n.label() == label)
            return &n;
    }
    return nullptr;
}

QString detail(const PlanView &view, const QString &field)
{
    for (const auto &pair : view.details()) {
        if (pair.first == field)
            return pair.second;
    }
    return QStringLiteral("<missing>");
}

} // namespace

class TestPlanView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTreeAndSelectsHottest();
    void clickingANodeFillsDetails();
    void shareBarsArePainted();
    void estimatedPlanShowsCosts();
    void malformedJsonSaysWhy();
};

void TestPlanView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPlanView::showsTreeAndSelectsHottest()
{
    PlanView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1100, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPlanJson(QByteArray(kAnalyzed)));

    QTreeView *tree = view.treeView();
    QCOMPARE(tree->model(), view.model());
    QCOMPARE(view.model()->rowCount(), 1);
    const ExplainPlan &plan = view.plan();
    QCOMPARE(plan.nodeCount(), 6);
    // Everything is expanded: the deepest node is visible.
    const PlanNode *deep = findNode(plan, QStringLiteral("Seq Scan on customers c"));
    QVERIFY(deep);
    QVERIFY(tree->isExpanded(view.model()->indexOfNode(deep->parent)));
    QVERIFY(tree->visualRect(view.model()->indexOfNode(deep->id)).isValid());

    // The hottest node starts selected and fills the details.
    const PlanNode *hot = findNode(plan, QStringLiteral("Seq Scan on orders o"));
    QVERIFY(hot);
    QCOMPARE(plan.hottestNode(), hot->id);
    QCOMPARE(view.selectedNode(), hot->id);
    QCOMPARE(detail(view, QStringLiteral("Node")), QStringLiteral("Seq Scan on orders o"));
    QCOMPARE(detail(view, QStringLiteral("Filter")), QStringLiteral("(amount < '3'::numeric)"));
    QCOMPARE(detail(view, QStringLiteral("Rows Removed by Filter")), QStringLiteral("291000"));

    const QString summary = view.findChild<QLabel *>(QStringLiteral("planSummary"))->text();
    QCOMPARE(summary, view.summaryText());
    QVERIFY2(summary.contains(QStringLiteral("Planning 0.911 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Execution 31.96 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Hottest: Seq Scan on orders o")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 bad row estimate")), qPrintable(summary));
}

void TestPlanView::clickingANodeFillsDetails()
{
    PlanView view;
    view.resize(1100, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPlanJson(QByteArray(kAnalyzed)));
    QSignalSpy selected(&view, &PlanView::nodeSelected);

    const PlanNode *scan = findNode(view.plan(), QStringLiteral("Seq Scan on customers c"));
    QVERIFY(scan);
    QTreeView *tree = view.treeView();
    const QRect rect = tree->visualRect(view.model()->indexOfNode(scan->id, PlanModel::LoopsColumn));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), scan->id);
    QCOMPARE(view.selectedNode(), scan->id);

    // The derived values first, then every field of the node in EXPLAIN's order.
    QCOMPARE(detail(view, QStringLiteral("Node")), QStringLiteral("Seq Scan on customers c"));
    QCOMPARE(detail(view, QStringLiteral("Exclusive time")), QStringLiteral("0.140 ms")); // 0.494 less the InitPlan's 0.354
    QCOMPARE(detail(view, QStringLiteral("Inclusive time")), QStringLiteral("0.494 ms"));
    QCOMPARE(detail(view, QStringLiteral("Rows per loop")), QStringLiteral("200 actual, 2 estimated"));
    QCOMPARE(detail(view, QStringLiteral("Row estimate")), QStringLiteral("100× under — bad estimate"));
    QCOMPARE(detail(view, QStringLiteral("Filter")), QStringLiteral("(region = $0)"));
    QCOMPARE(detail(view, QStringLiteral("Rows Removed by Filter")), QStringLiteral("1800"));
    QCOMPARE(detail(view, QStringLiteral("Shared Hit Blocks")), QStringLiteral("16"));
    QCOMPARE(detail(view, QStringLiteral("Parent Relationship")), QStringLiteral("Outer"));
    const auto details = view.details();
    QStringList fields;
    for (const auto &pair : details)
        fields << pair.first;
    QVERIFY(fields.indexOf(QStringLiteral("Node Type")) < fields.indexOf(QStringLiteral("Total Cost")));
    QVERIFY(fields.indexOf(QStringLiteral("Total Cost")) < fields.indexOf(QStringLiteral("Filter")));
    QCOMPARE(fields.count(QStringLiteral("Filter")), 1);
    // Every JSON field of the node is there.
    QCOMPARE(int(details.size()) - int(fields.indexOf(QStringLiteral("Node Type"))), int(scan->fields.size()));

    // Selecting by id works the same way.
    view.selectNode(scan->parent);
    QCOMPARE(selected.size(), 2);
    QCOMPARE(detail(view, QStringLiteral("Node")), QStringLiteral("Hash"));
    QCOMPARE(detail(view, QStringLiteral("Hash Buckets")), QStringLiteral("1024"));
}

void TestPlanView::shareBarsArePainted()
{
    PlanView view;
    view.resize(1100, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPlanJson(QByteArray(kAnalyzed)));
    QTreeView *tree = view.treeView();
    tree->setColumnWidth(PlanModel::ShareColumn, 200);
    view.selectNode(-1); // no selection colour in the way

    const QImage image = tree->viewport()->grab().toImage();
    const auto sample = [&](const QString &label) {
        const PlanNode *n = findNode(view.plan(), label);
        const QRect cell = tree->visualRect(view.model()->indexOfNode(n->id, PlanModel::ShareColumn));
        return image.pixelColor(cell.left() + 6, cell.center().y());
    };
    // The hottest node (94 %) has its bar in the hot colour at the start of the cell.
    const QColor hot = sample(QStringLiteral("Seq Scan on orders o"));
    QVERIFY2(hot.red() > 200 && hot.green() > 100 && hot.green() < 150 && hot.blue() < 60, qPrintable(hot.name()));
    // A node with a share near zero shows no bar there.
    const QColor none = sample(QStringLiteral("Hash"));
    QVERIFY2(none != hot, qPrintable(none.name()));
    QCOMPARE(none, image.pixelColor(tree->visualRect(view.model()->indexOfNode(0, PlanModel::LoopsColumn)).center()));
}

void TestPlanView::estimatedPlanShowsCosts()
{
    PlanView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPlanJson(QByteArray(kEstimated)));
    QVERIFY(!view.plan().hasActuals());
    QVERIFY2(view.summaryText().contains(QStringLiteral("Estimated plan, total cost 0.72")), qPrintable(view.summaryText()));
    QVERIFY2(view.summaryText().contains(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS)")), qPrintable(view.summaryText()));
    QCOMPARE(view.treeView()->model()->headerData(PlanModel::ExclusiveColumn, Qt::Horizontal).toString(),
             QStringLiteral("Exclusive cost"));
    // The scan's cost (9279) dwarfs the Limit's own (clamped at 0): it is the hottest, by cost.
    QCOMPARE(detail(view, QStringLiteral("Node")), QStringLiteral("Index Scan using orders_pkey on orders"));
    QCOMPARE(detail(view, QStringLiteral("Share of cost")), QStringLiteral("100.0 %"));
    QCOMPARE(detail(view, QStringLiteral("Rows per loop")), QStringLiteral("300000 estimated"));
    QCOMPARE(detail(view, QStringLiteral("Exclusive time")), QStringLiteral("<missing>"));
}

void TestPlanView::malformedJsonSaysWhy()
{
    PlanView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPlanJson(QByteArray(kAnalyzed)));
    QVERIFY(!view.setPlanJson(QByteArrayLiteral("[{\"Plan\": {\"Node Type\": ")));
    QVERIFY2(view.summaryText().contains(QStringLiteral("not valid JSON")), qPrintable(view.summaryText()));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.details().isEmpty());
    QCOMPARE(view.selectedNode(), -1);

    view.clear();
    QVERIFY(view.summaryText().contains(QStringLiteral("No plan")));
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
