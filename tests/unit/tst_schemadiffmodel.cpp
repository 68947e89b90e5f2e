#include "schemacomparisonresult.h"
#include "schemadiff.h"
#include "schemadifffiltermodel.h"
#include "schemadiffmodel.h"
#include "schemadifftreedump.h"
#include "schemasnapshot.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::dump;

namespace {

// Snapshots made by hand: no server needed. Objects carry the attributes the DDL writer reads
// ("type", "local", "position", "definition"), so that their DDL reads like the real thing.
SchemaObject object(ObjectKind kind, const QString &schema, const QString &name, const QVariantMap &attrs = {},
                    const QString &table = {})
{
    SchemaObject o;
    o.kind = kind;
    o.schema = schema;
    o.name = name;
    o.table = table;
    o.attrs = attrs;
    return o;
}

SchemaObject schema(const QString &name)
{
    return object(ObjectKind::Schema, {}, name, {{"owner", "app_owner"}});
}

SchemaObject table(const QString &schemaName, const QString &name)
{
    return object(ObjectKind::Table, schemaName, name, {{"owner", "app_owner"}});
}

SchemaObject column(const QString &schemaName, const QString &tableName, const QString &name, const QString &type,
                    int position, bool notNull = false)
{
    QVariantMap attrs{{"type", type}, {"position", QString::number(position)}, {"local", true}};
    if (notNull)
        attrs.insert("notNull", true);
    return object(ObjectKind::Column, schemaName, name, attrs, tableName);
}

SchemaObject constraint(const QString &schemaName, const QString &tableName, const QString &name, const QString &definition)
{
    return object(ObjectKind::Constraint, schemaName, name, {{"definition", definition}}, tableName);
}

SchemaObject view(const QString &schemaName, const QString &name, const QString &definition)
{
    return object(ObjectKind::View, schemaName, name, {{"definition", definition}, {"owner", "app_owner"}});
}

SchemaSnapshot snapshot(const QList<SchemaObject> &objects)
{
    SchemaSnapshot s;
    s.serverVersionNum = 150000;
    s.objects = objects;
    s.rebuildIndex();
    return s;
}

// FROM: the shop as it is. TO: the shop as it should be.
//   schema app                 identical
//   table app.orders           identical itself; total retyped, note added, status dropped
//   table app.customers        only in FROM (with its column)
//   table app.invoices         only in TO (with its columns and key)
//   view app.order_totals      changed definition
//   schema audit               owner changed
SchemaSnapshot shopFrom()
{
    return snapshot({
        schema("app"),
        object(ObjectKind::Schema, {}, "audit", {{"owner", "postgres"}}),
        table("app", "orders"),
        column("app", "orders", "id", "bigint", 1, true),
        column("app", "orders", "total", "integer", 2),
        column("app", "orders", "status", "text", 3),
        constraint("app", "orders", "orders_pkey", "PRIMARY KEY (id)"),
        table("app", "customers"),
        column("app", "customers", "id", "bigint", 1),
        view("app", "order_totals", " SELECT sum(orders.total) AS sum\n   FROM app.orders;"),
    });
}

SchemaSnapshot shopTo()
{
    return snapshot({
        schema("app"),
        object(ObjectKind::Schema, {}, "audit", {{"owner", "app_owner"}}),
        table("app", "orders"),
        column("app", "orders", "id", "bigint", 1, true),
        column("app", "orders", "total", "numeric(12,2)", 2),
        column("app", "orders", "note", "text", 4),
        constraint("app", "orders", "orders_pkey", "PRIMARY KEY (id)"),
        table("app", "invoices"),
        column("app", "invoices", "id", "bigint", 1, true),
        column("app", "invoices", "order_id", "bigint", 2),
        constraint("app", "invoices", "invoices_pkey", "PRIMARY KEY (id)"),
        view("app", "order_totals", " SELECT sum(orders.total) AS sum,\n    count(*) AS count\n   FROM app.orders;"),
    });
}


} // namespace

class TestSchemaDiffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyModel();
    void treeGroupsByKindAndTable();
    void columnsAndRoles();
    void countsPerState();
    void kindRowSummaries();
    void filterByState_data();
    void filterByState();
    void filterByName();
    void testerSurvivesResetsAndFilters();
    void orphanSubObjectShowsUnderItsKind();
    void ddlOfBothSides();
    void serversOfTwoMajorVersionsAreNoted();
    void largeSchemaInOnePass();
};

void TestSchemaDiffModel::emptyModel()
{
    SchemaDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SchemaDiffModel::ColumnCount));
    QCOMPARE(model.objectCount(), 0);
    QVERIFY(!model.objectDiff(model.index(0, 0)));
    QCOMPARE(model.headerData(SchemaDiffModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
}

void TestSchemaDiffModel::treeGroupsByKindAndTable()
{
    SchemaDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    QCOMPARE(dump(model),
             QStringLiteral("Schemas (2)[app=,audit~],"
                            "Tables (3)[app.customers-[column id-],"
                            "app.invoices+[column id+,column order_id+,constraint invoices_pkey+],"
                            "app.orders=[column id=,column total~,column status-,column note+,constraint orders_pkey=]],"
                            "Views (1)[app.order_totals~]"));
}

void TestSchemaDiffModel::columnsAndRoles()
{
    SchemaDiffModel model;
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));

    const QModelIndex total = model.indexOfKey(QStringLiteral("column app.orders.total"));
    QVERIFY(total.isValid());
    QCOMPARE(total.data().toString(), QStringLiteral("column total"));
    QCOMPARE(total.siblingAtColumn(SchemaDiffModel::ChangeColumn).data().toString(), QStringLiteral("changed"));
    QCOMPARE(total.siblingAtColumn(SchemaDiffModel::AttributesColumn).data().toString(), QStringLiteral("type"));
    QVERIFY(total.siblingAtColumn(SchemaDiffModel::AttributesColumn).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("integer → numeric(12,2)")));
    QCOMPARE(total.data(SchemaDiffModel::StateRole).toInt(), int(ObjectDiff::State::Changed));
    QCOMPARE(total.data(SchemaDiffModel::KindRole).toInt(), int(ObjectKind::Column));
    QCOMPARE(total.data(SchemaDiffModel::KeyRole).toString(), QStringLiteral("column app.orders.total"));
    QCOMPARE(total.parent(), model.indexOfKey(QStringLiteral("table app.orders")));
    QCOMPARE(model.objectDiff(total)->changes.size(), 1);

    // A table that is the same itself but whose parts differ says so.
    const QModelIndex orders = model.indexOfKey(QStringLiteral("table app.orders"));
    QCOMPARE(orders.siblingAtColumn(SchemaDiffModel::ChangeColumn).data().toString(), QStringLiteral("identical"));
    QCOMPARE(orders.siblingAtColumn(SchemaDiffModel::AttributesColumn).data().toString(), QStringLiteral("3 part(s) differ"));
    const int orderStates = orders.data(SchemaDiffModel::SubtreeStatesRole).toInt();
    QCOMPARE(orderStates, SchemaDiffModel::AllStates);

    QCOMPARE(model.indexOfKey(QStringLiteral("column app.orders.status")).siblingAtColumn(SchemaDiffModel::ChangeColumn).data().toString(),
             QStringLiteral("only in FROM"));
    QCOMPARE(model.indexOfKey(QStringLiteral("column app.orders.note")).siblingAtColumn(SchemaDiffModel::ChangeColumn).data().toString(),
             QStringLiteral("only in TO"));
    QCOMPARE(model.indexOfKey(QStringLiteral("schema audit")).siblingAtColumn(SchemaDiffModel::AttributesColumn).data().toString(),
             QStringLiteral("owner"));

    const QModelIndex views = model.indexOfKind(ObjectKind::View);
    QVERIFY(views.data(SchemaDiffModel::KindRowRole).toBool());
    QVERIFY(!views.data(SchemaDiffModel::StateRole).isValid());
    QVERIFY(!model.objectDiff(views));
    QVERIFY(!model.indexOfKey(QStringLiteral("table app.nowhere")).isValid());
}

void TestSchemaDiffModel::countsPerState()
{
    SchemaDiffModel model;
    const SchemaDiff diff = SchemaDiff::compare(shopFrom(), shopTo());
    model.setDiff(diff);
    // app, orders, orders.id, orders_pkey | audit, total, order_totals | customers, customers.id,
    // status | invoices, its two columns and key, note
    QCOMPARE(model.stateCount(ObjectDiff::State::Identical), 4);
    QCOMPARE(model.stateCount(ObjectDiff::State::Changed), 3);
    QCOMPARE(model.stateCount(ObjectDiff::State::OnlyInFrom), 3);
    QCOMPARE(model.stateCount(ObjectDiff::State::OnlyInTo), 5);
    QCOMPARE(model.objectCount(), 15);
    for (const auto state : {ObjectDiff::State::Identical, ObjectDiff::State::Changed, ObjectDiff::State::OnlyInFrom,
                             ObjectDiff::State::OnlyInTo})
        QCOMPARE(model.stateCount(state), diff.count(state));

    // Ignoring owners makes the audit schema the same.
    DiffOptions options;
    options.ignoreOwners = true;
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo(), options));
    QCOMPARE(model.stateCount(ObjectDiff::State::Identical), 5);
    QCOMPARE(model.stateCount(ObjectDiff::State::Changed), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.stateCount(ObjectDiff::State::OnlyInTo), 0);
}

void TestSchemaDiffModel::kindRowSummaries()
{
    SchemaDiffModel model;
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    const auto summary = [&model](ObjectKind kind) {
        return model.indexOfKind(kind, SchemaDiffModel::AttributesColumn).data().toString();
    };
    QCOMPARE(summary(ObjectKind::Schema), QStringLiteral("1 changed"));
    QCOMPARE(summary(ObjectKind::Table), QStringLiteral("1 only in FROM · 1 only in TO · 1 with changed parts"));
    QCOMPARE(summary(ObjectKind::View), QStringLiteral("1 changed"));

    model.setDiff(SchemaDiff::compare(shopFrom(), shopFrom()));
    QCOMPARE(summary(ObjectKind::Table), QStringLiteral("identical"));
    QVERIFY(model.indexOfKind(ObjectKind::Table, SchemaDiffModel::ChangeColumn).data().toString().isEmpty());
    QCOMPARE(model.stateCount(ObjectDiff::State::Identical), model.objectCount());
}

void TestSchemaDiffModel::filterByState_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<QString>("tree");
    const int identical = SchemaDiffModel::stateBit(ObjectDiff::State::Identical);
    const int changed = SchemaDiffModel::stateBit(ObjectDiff::State::Changed);
    const int fromOnly = SchemaDiffModel::stateBit(ObjectDiff::State::OnlyInFrom);
    const int toOnly = SchemaDiffModel::stateBit(ObjectDiff::State::OnlyInTo);
    QTest::addRow("nothing") << 0 << QString();
    QTest::addRow("different: the unchanged table shows for its changed column")
        << changed << QStringLiteral("Schemas (1)[audit~],Tables (1)[app.orders=[column total~]],Views (1)[app.order_totals~]");
    QTest::addRow("only in FROM") << fromOnly
                                  << QStringLiteral("Tables (2)[app.customers-[column id-],app.orders=[column status-]]");
    QTest::addRow("only in TO")
        << toOnly
        << QStringLiteral("Tables (2)[app.invoices+[column id+,column order_id+,constraint invoices_pkey+],app.orders=[column note+]]");
    QTest::addRow("identical") << identical
                               << QStringLiteral("Schemas (1)[app=],Tables (1)[app.orders=[column id=,constraint orders_pkey=]]");
    QTest::addRow("every difference")
        << (changed | fromOnly | toOnly)
        << QStringLiteral("Schemas (1)[audit~],Tables (3)[app.customers-[column id-],"
                          "app.invoices+[column id+,column order_id+,constraint invoices_pkey+],"
                          "app.orders=[column total~,column status-,column note+]],Views (1)[app.order_totals~]");
}

void TestSchemaDiffModel::filterByState()
{
    QFETCH(int, mask);
    QFETCH(QString, tree);
    SchemaDiffModel model;
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    SchemaDiffFilterModel filter;
    filter.setDiffModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&filter, &SchemaDiffFilterModel::filterChanged);
    filter.setStateMask(mask);
    QCOMPARE(dump(filter), tree);
    QCOMPARE(filter.stateMask(), mask);
    QCOMPARE(changed.count(), mask == SchemaDiffModel::AllStates ? 0 : 1);
    // The buttons' counts do not depend on what is shown.
    QCOMPARE(filter.stateCount(ObjectDiff::State::OnlyInTo), 5);

    // Back to everything, one button at a time.
    for (const auto state : {ObjectDiff::State::Identical, ObjectDiff::State::Changed, ObjectDiff::State::OnlyInFrom,
                             ObjectDiff::State::OnlyInTo})
        filter.setStateShown(state, true);
    QCOMPARE(dump(filter), dump(model));
    QCOMPARE(filter.shownObjectCount(), model.objectCount());
}

void TestSchemaDiffModel::filterByName()
{
    SchemaDiffModel model;
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    SchemaDiffFilterModel filter;
    filter.setDiffModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    filter.setNameFilter(QStringLiteral("  INVOICES "));
    QCOMPARE(filter.nameFilter(), QStringLiteral("INVOICES"));
    QCOMPARE(dump(filter),
             QStringLiteral("Tables (1)[app.invoices+[column id+,column order_id+,constraint invoices_pkey+]]"));
    QCOMPARE(filter.shownObjectCount(), 4);

    // A part that matches brings its table along; the table's other parts stay hidden.
    filter.setNameFilter(QStringLiteral("orders.total"));
    QCOMPARE(dump(filter), QStringLiteral("Tables (1)[app.orders=[column total~]]"));

    // Name and state together.
    filter.setNameFilter(QStringLiteral("orders"));
    filter.setStateMask(SchemaDiffModel::stateBit(ObjectDiff::State::OnlyInTo));
    QCOMPARE(dump(filter), QStringLiteral("Tables (1)[app.orders=[column note+]]"));

    filter.setNameFilter(QStringLiteral("no such thing"));
    QCOMPARE(filter.rowCount(), 0);
    const QModelIndex none = filter.index(0, 0);
    QVERIFY(!filter.objectDiff(none));
}

void TestSchemaDiffModel::testerSurvivesResetsAndFilters()
{
    SchemaDiffModel model;
    SchemaDiffFilterModel filter;
    filter.setDiffModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    filter.setStateMask(SchemaDiffModel::stateBit(ObjectDiff::State::Changed));
    model.setDiff(SchemaDiff::compare(shopTo(), shopFrom())); // the other way round
    QCOMPARE(dump(filter), QStringLiteral("Schemas (1)[audit~],Tables (1)[app.orders=[column total~]],Views (1)[app.order_totals~]"));
    filter.setStateMask(SchemaDiffModel::stateBit(ObjectDiff::State::OnlyInFrom));
    // FROM and TO swapped: what was only in TO is now only in FROM.
    QCOMPARE(dump(filter),
             QStringLiteral("Tables (2)[app.invoices-[column id-,column order_id-,constraint invoices_pkey-],app.orders=[column note-]]"));
    filter.setNameFilter(QStringLiteral("note"));
    model.clear();
    QCOMPARE(filter.rowCount(), 0);
    model.setDiff(SchemaDiff::compare(shopFrom(), shopTo()));
    QCOMPARE(dump(filter), QString());
    filter.setNameFilter({});
    filter.setStateMask(SchemaDiffModel::AllStates);
    QCOMPARE(dump(filter), dump(model));
    QCOMPARE(resets.count(), 4);
}

void TestSchemaDiffModel::orphanSubObjectShowsUnderItsKind()
{
    // A trigger whose table is not part of either snapshot (only the trigger was read).
    SchemaObject trigger = object(ObjectKind::Trigger, "app", "touch", {{"definition", "CREATE TRIGGER touch …"}}, "gone");
    {
        SchemaDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(SchemaDiff::compare(snapshot({}), snapshot({trigger})));
        QCOMPARE(dump(model), QStringLiteral("Triggers (1)[touch on app.gone+]"));
    }
}

void TestSchemaDiffModel::serversOfTwoMajorVersionsAreNoted()
{
    SchemaSnapshot from = shopFrom();
    SchemaSnapshot to = shopTo();
    from.serverVersionNum = 150010;
    to.serverVersionNum = 150002; // the same major version, another minor one: nothing to say
    QVERIFY(SchemaComparisonResult::build(from, to, DiffOptions(), QStringLiteral("main"), QStringLiteral("feature")).notes.isEmpty());

    to.serverVersionNum = 170002;
    const SchemaComparisonResult result =
        SchemaComparisonResult::build(from, to, DiffOptions(), QStringLiteral("main"), QStringLiteral("feature"));
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.first().contains(QStringLiteral("main runs PostgreSQL 15 and feature runs PostgreSQL 17")),
             qPrintable(result.notes.first()));
    QVERIFY(result.notes.first().contains(QStringLiteral("written for PostgreSQL 15")));
    // The comparison itself still goes ahead.
    QCOMPARE(result.diff.objects.size(), 15);
    QVERIFY(!result.script.isEmpty());
}

void TestSchemaDiffModel::ddlOfBothSides()
{
    const SchemaComparisonResult result =
        SchemaComparisonResult::build(shopFrom(), shopTo(), DiffOptions(), QStringLiteral("main"), QStringLiteral("feature"));
    QVERIFY(result.isValid());
    QCOMPARE(result.diff.objects.size(), 15);
    QVERIFY(result.notes.isEmpty());

    const QString ordersFrom = result.ddl(QStringLiteral("table app.orders"), SchemaComparisonResult::Side::From);
    const QString ordersTo = result.ddl(QStringLiteral("table app.orders"), SchemaComparisonResult::Side::To);
    QVERIFY2(ordersFrom.startsWith(QStringLiteral("CREATE TABLE app.orders (\n    id bigint NOT NULL,\n    total integer,\n    status text\n);")),
             qPrintable(ordersFrom));
    QVERIFY2(ordersTo.startsWith(QStringLiteral("CREATE TABLE app.orders (\n    id bigint NOT NULL,\n    total numeric(12,2),\n    note text\n);")),
             qPrintable(ordersTo));

    // One side only: the other is empty.
    QVERIFY(result.ddl(QStringLiteral("table app.invoices"), SchemaComparisonResult::Side::From).isEmpty());
    QVERIFY(result.ddl(QStringLiteral("table app.invoices"), SchemaComparisonResult::Side::To).startsWith(QStringLiteral("CREATE TABLE app.invoices")));
    // A column as its ADD COLUMN.
    QCOMPARE(result.ddl(QStringLiteral("column app.orders.total"), SchemaComparisonResult::Side::From),
             QStringLiteral("ALTER TABLE app.orders ADD COLUMN total integer;"));
    QCOMPARE(result.ddl(QStringLiteral("column app.orders.total"), SchemaComparisonResult::Side::To),
             QStringLiteral("ALTER TABLE app.orders ADD COLUMN total numeric(12,2);"));
    QVERIFY(result.ddl(QStringLiteral("no such key"), SchemaComparisonResult::Side::To).isEmpty());

    // The script is the planner's.
    const Migration migration = MigrationPlanner::plan(shopFrom(), shopTo(), SchemaDiff::compare(shopFrom(), shopTo()));
    QCOMPARE(result.script, migration.script(QStringLiteral("main"), QStringLiteral("feature")));
    QVERIFY(result.script.contains(QStringLiteral("CREATE TABLE app.invoices")));
}

void TestSchemaDiffModel::largeSchemaInOnePass()
{
    // 5000 tables of 8 columns and a key each on both sides, every tenth table with a retyped
    // column: 50 001 objects, filled with one reset.
    QList<SchemaObject> a;
    QList<SchemaObject> b;
    a << schema("big");
    b << schema("big");
    for (int t = 0; t < 5000; ++t) {
        const QString name = QStringLiteral("t%1").arg(t, 5, 10, QLatin1Char('0'));
        a << table("big", name);
        b << table("big", name);
        for (int c = 1; c <= 8; ++c) {
            const QString col = QStringLiteral("c%1").arg(c);
            a << column("big", name, col, QStringLiteral("integer"), c);
            b << column("big", name, col, (t % 10 == 0 && c == 3) ? QStringLiteral("bigint") : QStringLiteral("integer"), c);
        }
        a << constraint("big", name, name + QStringLiteral("_pkey"), QStringLiteral("PRIMARY KEY (c1)"));
        b << constraint("big", name, name + QStringLiteral("_pkey"), QStringLiteral("PRIMARY KEY (c1)"));
    }
    const SchemaDiff diff = SchemaDiff::compare(snapshot(a), snapshot(b));
    SchemaDiffModel model;
    SchemaDiffFilterModel filter;
    filter.setDiffModel(&model);
    QElapsedTimer clock;
    clock.start();
    model.setDiff(diff);
    const qint64 fill = clock.restart();
    filter.setStateMask(SchemaDiffModel::stateBit(ObjectDiff::State::Changed));
    const qint64 refilter = clock.elapsed();
    qInfo("50 001 objects: filled in %lld ms, filtered to the differences in %lld ms", fill, refilter);
    QCOMPARE(model.objectCount(), 1 + 5000 * 10);
    QCOMPARE(model.stateCount(ObjectDiff::State::Changed), 500);
    QCOMPARE(model.rowCount(model.indexOfKind(ObjectKind::Table)), 5000);
    const QModelIndex tables = filter.index(0, 0);
    QCOMPARE(filter.rowCount(tables), 500);
    QCOMPARE(tables.data().toString(), QStringLiteral("Tables (500)"));
    QCOMPARE(filter.rowCount(filter.index(0, 0, tables)), 1);
}

int main(int argc, char **argv)
{
    // The model uses QtGui (fonts, colours) but needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestSchemaDiffModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_schemadiffmodel.moc"
