#include "branchtreemodel.h"
#include "fabric.h"
#include "operationsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Pixetric;

namespace {

// A Fabric fed with hand-made branch lists. The models only read branches() and operations()
// and follow the signals; the fabric's actions are recorded, never run. (The real fabric is
// exercised against real clusters in tests/ui/tst_branchtree.cpp.)
class ListFabric : public Fabric
{
public:
    QString displayName() const override { return QStringLiteral("list fabric"); }
    bool isReady() const override { return true; }
    QList<BranchInfo> branches() const override { return m_branches; }
    QList<OperationInfo> operations() const override { return m_operations; }
    ConnectionInfo connectionInfo(const QString &) const override { return {}; }
    void createBranch(const QString &name, const QString &) override { calls << "create " + name; }
    void resetBranch(const QString &name) override { calls << "reset " + name; }
    void deleteBranch(const QString &name, bool) override { calls << "delete " + name; }
    void renameBranch(const QString &name, const QString &) override { calls << "rename " + name; }
    void setProtected(const QString &name, bool) override { calls << "protect " + name; }
    void setDefault(const QString &name) override { calls << "default " + name; }
    void startCompute(const QString &name) override { calls << "start " + name; }
    void suspendCompute(const QString &name) override { calls << "suspend " + name; }
    void setAutoSuspend(const QString &name, int) override { calls << "auto-suspend " + name; }
    void retryOperation(qint64 id) override { calls << "retry " + QString::number(id); }
    QString checkNewBranchName(const QString &) const override { return {}; }

    void publish(const QList<BranchInfo> &branches)
    {
        m_branches = branches;
        Q_EMIT branchesChanged();
    }
    void publish(const OperationInfo &operation)
    {
        m_operations.prepend(operation);
        Q_EMIT operationChanged(operation);
    }

    QStringList calls;

private:
    QList<BranchInfo> m_branches;
    QList<OperationInfo> m_operations;
};

BranchInfo branch(const QString &name, const QString &parent = {}, int port = 0)
{
    BranchInfo b;
    b.name = name;
    b.parent = parent;
    b.state = BranchState::Ready;
    b.compute = ComputeState::Suspended;
    b.port = port;
    b.createdAt = QDateTime::fromMSecsSinceEpoch(1763700000000 + port, QTimeZone::utc());
    return b;
}

// "a,b>a,c>b" → main list: name>parent pairs, comma separated.
QList<BranchInfo> parseList(const QString &spec)
{
    QList<BranchInfo> out;
    int port = 54000;
    for (const QString &item : spec.split(',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split('>');
        out.append(branch(parts.at(0), parts.value(1), ++port));
    }
    return out;
}

// The tree as "main(a(c),b)".
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList items;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        QString item = index.data().toString();
        if (model.rowCount(index) > 0)
            item += '(' + dump(model, index) + ')';
        items.append(item);
    }
    return items.join(',');
}

} // namespace

class TestBranchTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void treeShape_data();
    void treeShape();
    void updatesInPlace_data();
    void updatesInPlace();
    void keepsPersistentIndexesAcrossRefreshes();
    void reparentsByRemoveAndInsert();
    void renameMovesTheChildren();
    void unchangedRefreshSignalsNothing();
    void fiveHundredBranches();
    void displayAndRoles();
    void followsTheFabric();
    void operationsNewestFirstAndInPlace();

private:
    std::unique_ptr<BranchTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBranchTreeModel::init()
{
    m_model = std::make_unique<BranchTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBranchTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestBranchTreeModel::treeShape_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("tree");
    QTest::addRow("empty") << "" << "";
    QTest::addRow("single root") << "main" << "main";
    QTest::addRow("children keep the fabric's order") << "main,b>main,a>main,c>main" << "main(b,a,c)";
    QTest::addRow("grandchildren") << "main,a>main,c>a,b>main,d>c" << "main(a(c(d)),b)";
    QTest::addRow("two roots") << "main,other,x>other" << "main,other(x)";
    QTest::addRow("missing parent goes to the top") << "main,x>gone" << "main,x";
    QTest::addRow("child listed before its parent") << "main,c>a,a>main" << "main(a(c))";
    QTest::addRow("repeated name keeps the first") << "main,a>main,a" << "main(a)";
    QTest::addRow("own parent") << "main,a>a" << "main,a";
    QTest::addRow("parent cycle is broken") << "main,a>b,b>a" << "main,a(b)";
}

void TestBranchTreeModel::treeShape()
{
    QFETCH(QString, list);
    QFETCH(QString, tree);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setBranches(parseList(list));
    QCOMPARE(dump(*m_model), tree);
    QCOMPARE(resets.count(), 0);
    for (const BranchInfo &b : parseList(list)) {
        const QModelIndex index = m_model->indexOf(b.name);
        QVERIFY2(index.isValid(), qPrintable(b.name));
        QCOMPARE(index.data(BranchTreeModel::NameRole).toString(), b.name);
    }
}

void TestBranchTreeModel::updatesInPlace_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("tree");
    QTest::addRow("leaf added at the end") << "main,a>main" << "main,a>main,b>main" << "main(a,b)";
    QTest::addRow("leaf added in the middle") << "main,a>main,c>main" << "main,a>main,b>main,c>main" << "main(a,b,c)";
    QTest::addRow("subtree added") << "main" << "main,a>main,b>a,c>b" << "main(a(b(c)))";
    QTest::addRow("leaf removed") << "main,a>main,b>main" << "main,b>main" << "main(b)";
    QTest::addRow("subtree removed") << "main,a>main,b>a,c>main" << "main,c>main" << "main(c)";
    QTest::addRow("everything removed") << "main,a>main" << "" << "";
    QTest::addRow("root replaced") << "main,a>main" << "next" << "next";
    QTest::addRow("moved up a level") << "main,a>main,b>a" << "main,a>main,b>main" << "main(a,b)";
    QTest::addRow("moved down a level") << "main,a>main,b>main" << "main,a>main,b>a" << "main(a(b))";
    QTest::addRow("orphan adopted when its parent appears") << "main,x>p" << "main,p>main,x>p" << "main(p(x))";
    QTest::addRow("added, removed and moved at once") << "main,a>main,b>main,c>b" << "main,b>main,c>main,d>c"
                                                      << "main(b,c(d))";
}

void TestBranchTreeModel::updatesInPlace()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, tree);
    m_model->setBranches(parseList(before));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->setBranches(parseList(after));
    QCOMPARE(dump(*m_model), tree);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(m_model->branchCount(), int(parseList(after).size()));
}

void TestBranchTreeModel::keepsPersistentIndexesAcrossRefreshes()
{
    QList<BranchInfo> list = parseList("main,a>main,b>main,c>b,d>main");
    m_model->setBranches(list);
    const QPersistentModelIndex b(m_model->indexOf("b"));
    const QPersistentModelIndex c(m_model->indexOf("c", BranchTreeModel::SizeColumn));
    const QPersistentModelIndex d(m_model->indexOf("d"));
    const QPersistentModelIndex a(m_model->indexOf("a"));

    // c's compute starts and its size becomes known: one dataChanged over c's row, nothing else.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    list[3].compute = ComputeState::Running;
    list[3].sizeBytes = 8 << 20;
    m_model->setBranches(list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->indexOf("c", 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->indexOf("c", BranchTreeModel::ColumnCount - 1));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(c.isValid());
    QCOMPARE(c.data(BranchTreeModel::SortRole).toLongLong(), qint64(8 << 20));
    QCOMPARE(c.data(BranchTreeModel::ComputeStateRole).toInt(), int(ComputeState::Running));

    // a goes, e arrives below b: b, c and d keep their indexes (rows shift, identities stay).
    changed.clear();
    list.removeAt(1);
    list.append(branch("e", "b", 54100));
    m_model->setBranches(list);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), m_model->indexOf("b"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!a.isValid());
    QCOMPARE(b.data().toString(), QString("b"));
    QCOMPARE(b.row(), 0);
    QCOMPARE(c.data(BranchTreeModel::NameRole).toString(), QString("c"));
    QCOMPARE(c.parent(), QModelIndex(b));
    QCOMPARE(d.data().toString(), QString("d"));
    QCOMPARE(d.row(), 1);
    QCOMPARE(dump(*m_model), QString("main(b(c,e),d)"));
}

void TestBranchTreeModel::reparentsByRemoveAndInsert()
{
    m_model->setBranches(parseList("main,a>main,b>main,c>a,d>c"));
    const QPersistentModelIndex a(m_model->indexOf("a"));
    const QPersistentModelIndex b(m_model->indexOf("b"));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // c (with its child d) moves from a to b.
    m_model->setBranches(parseList("main,a>main,b>main,c>b,d>c"));
    QCOMPARE(dump(*m_model), QString("main(a,b(c(d)))"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), QModelIndex(a));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(b));
    QVERIFY(a.isValid() && b.isValid());
    QCOMPARE(m_model->indexOf("d").parent(), m_model->indexOf("c"));
    QCOMPARE(m_model->descendants("b"), QStringList({"c", "d"}));
    QCOMPARE(m_model->descendants("main"), QStringList({"a", "b", "c", "d"}));
}

void TestBranchTreeModel::renameMovesTheChildren()
{
    m_model->setBranches(parseList("main,a>main,c>a"));
    m_model->setBranches(parseList("main,a2>main,c>a2"));
    QCOMPARE(dump(*m_model), QString("main(a2(c))"));
    QVERIFY(!m_model->contains("a"));
    QCOMPARE(m_model->branchCount(), 3);
}

void TestBranchTreeModel::unchangedRefreshSignalsNothing()
{
    const QList<BranchInfo> list = parseList("main,a>main,b>a");
    m_model->setBranches(list);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 3; ++i)
        m_model->setBranches(list);
    QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
}

void TestBranchTreeModel::fiveHundredBranches()
{
    // main, 24 children with 19 children each, and a chain of 19 below the last one: 500.
    QList<BranchInfo> list{branch("main", {}, 50000)};
    int port = 50000;
    for (int i = 0; i < 24; ++i) {
        const QString child = QString("feature-%1").arg(i);
        list.append(branch(child, "main", ++port));
        for (int j = 0; j < 19; ++j)
            list.append(branch(QString("%1-%2").arg(child).arg(j), child, ++port));
    }
    QString parent = list.last().name;
    for (int k = 0; k < 19; ++k) {
        list.append(branch(QString("chain-%1").arg(k), parent, ++port));
        parent = list.last().name;
    }
    QCOMPARE(list.size(), 500);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setBranches(list);
    QCOMPARE(m_model->branchCount(), 500);
    QCOMPARE(inserted.count(), 1); // the whole tree arrives in one insertion
    const QString fullTree = dump(*m_model);
    QCOMPARE(m_model->rowCount(m_model->indexOf("main")), 24);
    QCOMPARE(m_model->rowCount(m_model->indexOf("feature-7")), 19);
    QCOMPARE(m_model->indexOf("chain-18").parent(), m_model->indexOf("chain-17"));
    for (const BranchInfo &b : std::as_const(list)) {
        const QModelIndex index = m_model->indexOf(b.name);
        QCOMPARE(index.data().toString(), b.name);
        QCOMPARE(index.parent(), m_model->indexOf(b.parent));
    }

    // A refresh where every size changed: one dataChanged per parent (not one per branch, which
    // views pay for with a walk each), covering every branch; no structure change.
    QList<BranchInfo> sized = list;
    for (BranchInfo &b : sized)
        b.sizeBytes = b.port * 1024;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setBranches(sized);
    QSet<QString> parents;
    for (const BranchInfo &b : std::as_const(sized))
        parents.insert(b.parent);
    QCOMPARE(changed.count(), parents.size());
    QSet<QString> covered;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        QCOMPARE(from.parent(), to.parent());
        QCOMPARE(to.column(), BranchTreeModel::ColumnCount - 1);
        for (int row = from.row(); row <= to.row(); ++row)
            covered.insert(m_model->index(row, 0, from.parent()).data().toString());
    }
    QCOMPARE(covered.size(), 500);
    for (const BranchInfo &b : std::as_const(sized))
        QCOMPARE(m_model->indexOf(b.name).data(BranchTreeModel::BranchRole).value<BranchInfo>().sizeBytes, b.sizeBytes);
    QCOMPARE(inserted.count(), 1);

    // Every other leaf goes and comes back in its place.
    QList<BranchInfo> fewer;
    for (int i = 0; i < sized.size(); ++i) {
        if (!(sized.at(i).name.count('-') == 2 && i % 2 == 0))
            fewer.append(sized.at(i));
    }
    m_model->setBranches(fewer);
    QCOMPARE(m_model->branchCount(), int(fewer.size()));
    QVERIFY(fewer.size() < 400);
    m_model->setBranches(sized);
    QCOMPARE(m_model->branchCount(), 500);
    QCOMPARE(dump(*m_model), fullTree);

    // Speed, on a model of its own: the tester above walks the whole tree after every change,
    // which would dwarf the figures. A refresh every second must cost next to nothing; a model
    // built with nested scans would take seconds here.
    BranchTreeModel timed;
    QElapsedTimer timer;
    timer.start();
    timed.setBranches(list);
    for (int round = 0; round < 20; ++round) {
        timed.setBranches(round % 2 ? sized : fewer);
        timed.setBranches(list);
    }
    const qint64 ms = timer.elapsed();
    QCOMPARE(timed.branchCount(), 500);
    qInfo("500 branches: built and refreshed 41 times (%d leaves removed and inserted again each other time) in %lld ms",
          int(sized.size() - fewer.size()), ms);
    QVERIFY2(ms < 1500, qPrintable(QString::number(ms)));
}

void TestBranchTreeModel::displayAndRoles()
{
    BranchInfo main = branch("main", {}, 54001);
    main.isDefault = true;
    main.isProtected = true;
    main.compute = ComputeState::Running;
    main.sizeBytes = 3 * 1024 * 1024 + 512 * 1024;
    BranchInfo child = branch("dev", "main", 54002);
    child.branchLsn = "0/3000028";
    child.branchTime = QDateTime::fromMSecsSinceEpoch(1763700000000, QTimeZone::utc());
    child.state = BranchState::Creating;
    m_model->setBranches({main, child});

    const QModelIndex m = m_model->indexOf("main");
    QCOMPARE(m.data(BranchTreeModel::DefaultRole).toBool(), true);
    QCOMPARE(m.data(BranchTreeModel::ProtectedRole).toBool(), true);
    QVERIFY(m.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model->indexOf("dev").data(Qt::FontRole).isValid());
    QCOMPARE(m_model->indexOf("main", BranchTreeModel::ComputeColumn).data().toString(), displayName(ComputeState::Running));
    // A branch being made shows that instead of its compute.
    QCOMPARE(m_model->indexOf("dev", BranchTreeModel::ComputeColumn).data().toString(), displayName(BranchState::Creating));
    const QModelIndex size = m_model->indexOf("main", BranchTreeModel::SizeColumn);
    QCOMPARE(size.data().toString(), QLocale().formattedDataSize(main.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(size.data(BranchTreeModel::SortRole).toLongLong(), main.sizeBytes);
    QCOMPARE(size.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(m_model->indexOf("dev", BranchTreeModel::SizeColumn).data().toString(), QString()); // unknown yet
    QVERIFY(m_model->indexOf("main", BranchTreeModel::BranchPointColumn).data().toString().isEmpty());
    QVERIFY(m_model->indexOf("dev", BranchTreeModel::BranchPointColumn).data().toString().startsWith("0/3000028"));
    QCOMPARE(m_model->indexOf("dev", BranchTreeModel::BranchPointColumn).data(BranchTreeModel::SortRole).toDateTime(),
             child.branchTime);
    QCOMPARE(m_model->indexOf("dev", BranchTreeModel::EndpointColumn).data().toString(), QString("54002"));
    const BranchInfo back = m_model->indexOf("dev", BranchTreeModel::EndpointColumn).data(BranchTreeModel::BranchRole).value<BranchInfo>();
    QVERIFY(BranchTreeModel::sameBranch(back, child));
    QCOMPARE(m_model->branch(m_model->indexOf("dev")).branchLsn, QString("0/3000028"));
    for (int c = 0; c < BranchTreeModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!m_model->indexOf("nope").isValid());
    QCOMPARE(BranchTreeModel::formatSize(-1), QString());
}

void TestBranchTreeModel::followsTheFabric()
{
    auto fabric = std::make_unique<ListFabric>();
    fabric->publish(parseList("main,a>main"));
    m_model->setFabric(fabric.get());
    QCOMPARE(dump(*m_model), QString("main(a)"));
    const QPersistentModelIndex a(m_model->indexOf("a"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    fabric->publish(parseList("main,a>main,b>a"));
    QCOMPARE(dump(*m_model), QString("main(a(b))"));
    QVERIFY(a.isValid());
    QCOMPARE(resets.count(), 0);
    fabric.reset();
    QCOMPARE(m_model->fabric(), nullptr);
    QCOMPARE(dump(*m_model), QString("main(a(b))")); // keeps what it saw
    m_model->setFabric(nullptr);
    QCOMPARE(m_model->branchCount(), 3);
}

// The operations table lives next to the tree in the UI and shares the fabric's signals.
void TestBranchTreeModel::operationsNewestFirstAndInPlace()
{
    ListFabric fabric;
    OperationInfo old;
    old.id = 3;
    old.kind = "create";
    old.branch = "a";
    old.state = OperationInfo::State::Done;
    fabric.publish(old);

    OperationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFabric(&fabric);
    QCOMPARE(model.rowCount(), 1);

    OperationInfo op;
    op.id = 7;
    op.kind = "reset";
    op.branch = "a";
    op.state = OperationInfo::State::Running;
    op.progress = 0.25;
    op.step = "copying";
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fabric.publish(op);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.operation(0).id, qint64(7));
    QCOMPARE(model.index(0, OperationsModel::ProgressColumn).data(OperationsModel::ProgressRole).toDouble(), 0.25);
    QCOMPARE(model.index(0, OperationsModel::StepColumn).data().toString(), QString("copying"));
    QCOMPARE(model.index(0, OperationsModel::KindColumn).data().toString(), OperationsModel::kindDisplayName("reset"));

    // An older id arriving late goes below the newer ones.
    OperationInfo late = old;
    late.id = 5;
    fabric.publish(late);
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.rowOf(3), 2);

    const QPersistentModelIndex row(model.index(0, 0));
    op.state = OperationInfo::State::Failed;
    op.error = "disk full; free space and retry";
    fabric.publish(op);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(row.row(), 0);
    QCOMPARE(model.index(0, OperationsModel::StepColumn).data().toString(), op.error);
    QVERIFY(OperationsModel::canRetry(model.operation(0)));
    QCOMPARE(model.index(0, 0).data(OperationsModel::ActiveRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(OperationsModel::ActiveRole).toBool(), false);

    // Refusals that never got an id: each its own row, on top, and not retryable.
    OperationInfo refused;
    refused.kind = "create";
    refused.branch = "bad name";
    refused.state = OperationInfo::State::Failed;
    refused.error = "use letters and digits";
    fabric.publish(refused);
    refused.branch = "worse name";
    fabric.publish(refused);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.operation(0).branch, QString("worse name"));
    QCOMPARE(model.operation(1).branch, QString("bad name"));
    QCOMPARE(model.rowOf(7), 2);
    QVERIFY(OperationsModel::isFailure(model.operation(0)));
    QVERIFY(!OperationsModel::canRetry(model.operation(0)));
    QVERIFY(OperationsModel::canRetry(model.operation(2)));
    QCOMPARE(model.index(0, OperationsModel::StepColumn).data().toString(), refused.error);
    OperationInfo newer = op;
    newer.id = 8;
    newer.state = OperationInfo::State::Pending;
    fabric.publish(newer);
    QCOMPARE(model.rowOf(8), 0);

    model.setMaxRows(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(3), -1);
    QCOMPARE(model.rowOf(8), 0);
}

int main(int argc, char **argv)
{
    // The model uses QtGui (fonts, palette, icons) but needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestBranchTreeModel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_branchtreemodel.moc"
