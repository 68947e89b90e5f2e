#include "threewaydiff.h"

#include <QTest>

using namespace Pixetric;

namespace {

SchemaObject object(ObjectKind kind, const QString &name, const QVariantMap &attrs = {}, const QStringList &dependsOn = {},
                    const QString &table = {})
{
    SchemaObject o;
    o.kind = kind;
    o.schema = QStringLiteral("app");
    o.name = name;
    o.table = table;
    o.attrs = attrs;
    o.dependsOn = dependsOn;
    return o;
}

SchemaSnapshot snapshot(const QList<SchemaObject> &objects)
{
    SchemaSnapshot s;
    s.serverVersionNum = 150000;
    s.objects = objects;
    s.rebuildIndex();
    return s;
}

const QString orders = QStringLiteral("table app.orders");
const QString total = QStringLiteral("column app.orders.total");

SchemaObject table(const QVariantMap &attrs = {{QStringLiteral("owner"), QStringLiteral("app")}})
{
    return object(ObjectKind::Table, QStringLiteral("orders"), attrs);
}

SchemaObject column(const QString &type, const QVariantMap &more = {})
{
    QVariantMap attrs = more;
    attrs.insert(QStringLiteral("type"), type);
    return object(ObjectKind::Column, QStringLiteral("total"), attrs, {orders}, QStringLiteral("orders"));
}

SchemaObject view(const QString &definition)
{
    return object(ObjectKind::View, QStringLiteral("big_orders"), {{QStringLiteral("definition"), definition}}, {total});
}

} // namespace

Q_DECLARE_METATYPE(Pixetric::ThreeWayObject::Verdict)
Q_DECLARE_METATYPE(Pixetric::SchemaSnapshot)

class TestThreeWayDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void untouchedObjectsAreNotListed();
    void optionsApply();
};

void TestThreeWayDiff::verdicts_data()
{
    QTest::addColumn<SchemaSnapshot>("base");
    QTest::addColumn<SchemaSnapshot>("ours");
    QTest::addColumn<SchemaSnapshot>("theirs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ThreeWayObject::Verdict>("verdict");
    QTest::addColumn<QString>("reason"); // a part of it, for conflicts

    const SchemaSnapshot base = snapshot({table(), column("integer")});
    using V = ThreeWayObject::Verdict;
    QTest::addRow("only ours retypes") << base << snapshot({table(), column("bigint")}) << base << total << V::Ours << "";
    QTest::addRow("only theirs retypes") << base << base << snapshot({table(), column("bigint")}) << total << V::Theirs << "";
    QTest::addRow("both retype the same") << base << snapshot({table(), column("bigint")}) << snapshot({table(), column("bigint")})
                                          << total << V::Same << "";
    QTest::addRow("both retype differently") << base << snapshot({table(), column("bigint")}) << snapshot({table(), column("numeric")})
                                             << total << V::Conflict << "changed on both sides, differently: type";
    QTest::addRow("different attributes merge")
        << base << snapshot({table(), column("bigint")})
        << snapshot({table(), column("integer", {{QStringLiteral("comment"), QStringLiteral("sum")}})}) << total << V::Merged << "";
    QTest::addRow("dropped here, changed there") << base << snapshot({table()}) << snapshot({table(), column("bigint")}) << total
                                                 << V::Conflict << "dropped on one side and changed on the other";
    QTest::addRow("both drop") << base << snapshot({table()}) << snapshot({table()}) << total << V::Same << "";
    QTest::addRow("both add the same view") << base << snapshot({table(), column("integer"), view("select 1")})
                                            << snapshot({table(), column("integer"), view("select 1")})
                                            << "view app.big_orders" << V::Same << "";
    QTest::addRow("both add a view of that name, differently")
        << base << snapshot({table(), column("integer"), view("select 1")}) << snapshot({table(), column("integer"), view("select 2")})
        << "view app.big_orders" << V::Conflict << "added on both sides, differently";
    QTest::addRow("a new view over a column the other side drops")
        << base << snapshot({table(), column("integer"), view("select total")}) << snapshot({table()}) << "view app.big_orders"
        << V::Conflict << "needs column app.orders.total, which the other side dropped";
    QTest::addRow("the same, sides swapped")
        << base << snapshot({table()}) << snapshot({table(), column("integer"), view("select total")}) << "view app.big_orders"
        << V::Conflict << "which the other side dropped";
    QTest::addRow("owner changed on one side only")
        << base << snapshot({table({{QStringLiteral("owner"), QStringLiteral("boss")}}), column("integer")}) << base << orders
        << V::Ours << "";
}

void TestThreeWayDiff::verdicts()
{
    QFETCH(SchemaSnapshot, base);
    QFETCH(SchemaSnapshot, ours);
    QFETCH(SchemaSnapshot, theirs);
    QFETCH(QString, key);
    QFETCH(ThreeWayObject::Verdict, verdict);
    QFETCH(QString, reason);
    const ThreeWayDiff diff = ThreeWayDiff::compare(base, ours, theirs);
    const ThreeWayObject *o = diff.find(key);
    QVERIFY2(o, qPrintable(key));
    QCOMPARE(o->verdict, verdict);
    QVERIFY2(o->reason.contains(reason), qPrintable(o->reason));
    QCOMPARE(diff.isDisjoint(), verdict != ThreeWayObject::Verdict::Conflict);
    QCOMPARE(diff.conflictCount() > 0, verdict == ThreeWayObject::Verdict::Conflict);
}

void TestThreeWayDiff::untouchedObjectsAreNotListed()
{
    const SchemaSnapshot base = snapshot({table(), column("integer")});
    const ThreeWayDiff diff = ThreeWayDiff::compare(base, snapshot({table(), column("bigint")}), base);
    QCOMPARE(diff.find(orders)->verdict, ThreeWayObject::Verdict::Unchanged);
    QCOMPARE(diff.find(total)->verdict, ThreeWayObject::Verdict::Ours);
    QVERIFY(!diff.find("view app.big_orders"));
    QVERIFY(diff.isDisjoint());
}

void TestThreeWayDiff::optionsApply()
{
    const SchemaSnapshot base = snapshot({table(), column("integer")});
    const SchemaSnapshot ours = snapshot({table({{QStringLiteral("owner"), QStringLiteral("boss")}}), column("integer")});
    const SchemaSnapshot theirs = snapshot({table({{QStringLiteral("owner"), QStringLiteral("other")}}), column("integer")});
    QCOMPARE(ThreeWayDiff::compare(base, ours, theirs).conflictCount(), 1);
    DiffOptions options;
    options.ignoreOwners = true;
    QVERIFY(ThreeWayDiff::compare(base, ours, theirs, options).isDisjoint());
}

QTEST_GUILESS_MAIN(TestThreeWayDiff)
#include "tst_threewaydiff.moc"
