#include "catalogreader.h"
#include "completionengine.h"
#include "pgtestcluster.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

class TestCatalogReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsEverythingCompletionNeeds();
    void oddNamesSurviveTheRoundTrip_data();
    void oddNamesSurviveTheRoundTrip();
    void searchPathDecidesVisibility();
    void completesFromARealCatalog();
    void fiveThousandTablesInWellUnderASecond();
    void refreshDuringAReadReadsAgain();
    void failureKeepsThePreviousSnapshot();
    void cancelDropsTheRead();

private:
    CatalogSnapshotPtr read(CatalogReader *reader, int timeoutMs = 20000);

    PgTestCluster m_cluster;
    CatalogSnapshotPtr m_snapshot;
};

namespace {

const CatalogSnapshot::Relation *relation(const CatalogSnapshotPtr &s, const QString &schema, const QString &name)
{
    return s ? s->findRelation(schema, name) : nullptr;
}

QStringList columnNames(const CatalogSnapshot::Relation *r)
{
    QStringList names;
    if (r) {
        for (const CatalogSnapshot::Column &c : r->columns)
            names << c.name;
    }
    return names;
}

} // namespace

CatalogSnapshotPtr TestCatalogReader::read(CatalogReader *reader, int timeoutMs)
{
    QSignalSpy ready(reader, &CatalogReader::snapshotReady);
    QSignalSpy failed(reader, &CatalogReader::readFailed);
    reader->refresh();
    if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, timeoutMs))
        return nullptr;
    if (!failed.isEmpty()) {
        qWarning() << "read failed:" << failed.at(0).at(0).value<PgError>().toDisplayString();
        return nullptr;
    }
    return ready.at(0).at(0).value<CatalogSnapshotPtr>();
}

void TestCatalogReader::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    const bool ok = m_cluster.psql(QStringLiteral(R"sql(
        create schema sales;
        create schema "Größe Schema";
        create table public.orders (id int primary key, customer_id int, total numeric(12,2), "Größe" text);
        alter table public.orders drop column customer_id;
        alter table public.orders add column customer_id bigint;
        create table public."we""ird" (a int, "Größe" varchar(20), "名前" text);
        create table public."Größe" (x int);
        create table "Größe Schema".inner_table (y int);
        create view sales.v_orders as select id, total from public.orders;
        create materialized view sales.mv as select 1 as one;
        create table sales.parted (id int, d date) partition by range (d);
        create table sales.parted_2024 partition of sales.parted for values from ('2024-01-01') to ('2025-01-01');
        create table sales.orders (id bigint, region text);
        create function public.order_total(o int, discount numeric default 0) returns numeric
            language sql as 'select 1::numeric';
        create procedure sales.close_books(year int) language sql as 'select 1';
        create aggregate public.my_sum(int) (sfunc = int4pl, stype = int);
        create type public.mood as enum ('ok', 'meh');
        create domain public.positive as int check (value > 0);
        create function public.trigger_only() returns trigger language plpgsql as 'begin return new; end';
        create database many;
    )sql"));
    QVERIFY2(ok, qPrintable(m_cluster.error()));

    // 5,000 tables in batches: one transaction for all would need more lock slots than a
    // default server has.
    QString batches;
    for (int from = 1; from <= 5000; from += 500) {
        batches += QStringLiteral("do $$ begin for i in %1..%2 loop "
                                  "execute format('create table t_%s (id int primary key, name text, "
                                  "created_at timestamptz, amount numeric)', i); end loop; end $$;\n")
                       .arg(from)
                       .arg(from + 499);
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_cluster.psql(batches, nullptr, QStringLiteral("many")), qPrintable(m_cluster.error()));
    qInfo("created 5000 tables in %lld ms", timer.elapsed());

    CatalogReader reader;
    reader.setConnectionParams(m_cluster.params());
    m_snapshot = read(&reader);
    QVERIFY(m_snapshot);
}

void TestCatalogReader::readsEverythingCompletionNeeds()
{
    const CatalogSnapshotPtr s = m_snapshot;
    QVERIFY(s->hasSchema("public"));
    QVERIFY(s->hasSchema("sales"));
    QVERIFY(s->hasSchema("pg_catalog"));
    QVERIFY(!s->hasSchema("pg_toast"));

    // Columns in attnum order, dropped ones gone, types as format_type() spells them.
    const CatalogSnapshot::Relation *orders = relation(s, "public", "orders");
    QVERIFY(orders);
    QCOMPARE(columnNames(orders), (QStringList{"id", "total", "Größe", "customer_id"}));
    QCOMPARE(orders->columns.at(1).type, QString("numeric(12,2)"));
    QCOMPARE(orders->columns.at(3).type, QString("bigint"));
    QCOMPARE(orders->kind, CatalogSnapshot::RelationKind::Table);

    QCOMPARE(relation(s, "sales", "v_orders")->kind, CatalogSnapshot::RelationKind::View);
    QCOMPARE(columnNames(relation(s, "sales", "v_orders")), (QStringList{"id", "total"}));
    QCOMPARE(relation(s, "sales", "mv")->kind, CatalogSnapshot::RelationKind::MaterializedView);
    QCOMPARE(relation(s, "sales", "parted")->kind, CatalogSnapshot::RelationKind::PartitionedTable);
    QVERIFY(relation(s, "sales", "parted_2024"));
    QVERIFY(relation(s, "pg_catalog", "pg_class"));
    QVERIFY(columnNames(relation(s, "pg_catalog", "pg_class")).contains("relname"));
    QVERIFY(relation(s, "information_schema", "columns"));
    for (const CatalogSnapshot::Relation &r : s->relations())
        QVERIFY2(!r.schema.startsWith("pg_toast"), qPrintable(r.schema + "." + r.name));

    const auto function = [&](const QString &schema, const QString &name) -> const CatalogSnapshot::Function * {
        for (const CatalogSnapshot::Function &f : s->functions()) {
            if (f.schema == schema && f.name == name)
                return &f;
        }
        return nullptr;
    };
    const CatalogSnapshot::Function *total = function("public", "order_total");
    QVERIFY(total);
    QCOMPARE(total->arguments, QString("o integer, discount numeric"));
    QCOMPARE(total->result, QString("numeric"));
    QCOMPARE(total->kind, CatalogSnapshot::FunctionKind::Function);
    QCOMPARE(function("sales", "close_books")->kind, CatalogSnapshot::FunctionKind::Procedure);
    QCOMPARE(function("public", "my_sum")->kind, CatalogSnapshot::FunctionKind::Aggregate);
    QVERIFY(function("pg_catalog", "now"));
    QVERIFY2(!function("public", "trigger_only"), "trigger functions cannot be called from SQL");
    QVERIFY2(!function("pg_catalog", "int4recv"), "functions taking 'internal' cannot be called from SQL");

    QStringList types;
    for (const CatalogSnapshot::Type &t : s->types())
        types << t.schema + "." + t.name + "=" + t.spelling;
    QVERIFY(types.contains("public.mood=mood"));
    QVERIFY(types.contains("public.positive=positive"));
    QVERIFY(types.contains("pg_catalog.int4=integer"));
    QVERIFY2(!types.contains("pg_catalog._int4=integer[]"), "array types are left out");
    QVERIFY2(!types.contains("public.orders=orders"), "row types of tables are left out");
}

void TestCatalogReader::oddNamesSurviveTheRoundTrip_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");

    QTest::addRow("doubled quote in a table name") << "public" << "we\"ird" << QStringList{"a", "Größe", "名前"};
    QTest::addRow("umlaut table name") << "public" << "Größe" << QStringList{"x"};
    QTest::addRow("schema with a space and umlaut") << "Größe Schema" << "inner_table" << QStringList{"y"};
}

void TestCatalogReader::oddNamesSurviveTheRoundTrip()
{
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QVERIFY(m_snapshot->hasSchema(schema));
    const CatalogSnapshot::Relation *r = relation(m_snapshot, schema, table);
    QVERIFY2(r, qPrintable(schema + "." + table));
    QCOMPARE(columnNames(r), columns);
}

void TestCatalogReader::searchPathDecidesVisibility()
{
    QCOMPARE(m_snapshot->searchPath(), (QStringList{"pg_catalog", "public"}));
    const CatalogSnapshot::Relation *unqualified = m_snapshot->findRelation(QString(), "orders");
    QVERIFY(unqualified);
    QCOMPARE(unqualified->schema, QString("public"));
    QVERIFY(m_snapshot->isVisible(*unqualified));
    QVERIFY(!m_snapshot->isVisible(*relation(m_snapshot, "sales", "orders")));
}

void TestCatalogReader::completesFromARealCatalog()
{
    CompletionEngine engine(m_snapshot);
    const QString quoted = "select * from we";
    QStringList texts;
    for (const CompletionItem &item : engine.complete(quoted, int(quoted.size())).items)
        texts << item.text;
    QVERIFY2(texts.contains("\"we\"\"ird\""), qPrintable(texts.join(", ")));

    const QString aliased = "select w. from public.\"we\"\"ird\" as w";
    texts.clear();
    for (const CompletionItem &item : engine.complete(aliased, int(aliased.indexOf('.') + 1)).items)
        texts << item.text;
    QCOMPARE(texts, (QStringList{"a", "\"Größe\"", "名前"}));

    const QString qualified = "select * from sales.";
    texts.clear();
    for (const CompletionItem &item : engine.complete(qualified, int(qualified.size())).items)
        texts << item.text;
    QVERIFY(texts.contains("orders"));
    QVERIFY(texts.contains("v_orders"));
    QVERIFY(!texts.contains("t_1"));
}

void TestCatalogReader::fiveThousandTablesInWellUnderASecond()
{
    CatalogReader reader;
    reader.setConnectionParams(m_cluster.params(QStringLiteral("many")));
    QVERIFY(read(&reader)); // warm the server's catalog caches, as a second read in a session would

    // The GUI thread only collects chunks: a timer on it keeps firing during the read.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGap = qMax(longestGap, sinceTick.elapsed());
        sinceTick.restart();
        ++ticks;
    });
    // A plain event loop, as the GUI runs one: QTest's waiting helpers pause between rounds.
    CatalogSnapshotPtr s;
    QEventLoop loop;
    connect(&reader, &CatalogReader::snapshotReady, &loop, [&](const CatalogSnapshotPtr &snapshot) {
        s = snapshot;
        loop.quit();
    });
    connect(&reader, &CatalogReader::readFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    ticker.start();
    reader.refresh();
    loop.exec();
    ticker.stop();
    QVERIFY(s);

    int tables = 0;
    for (const CatalogSnapshot::Relation &r : s->relations()) {
        if (r.schema == "public" && r.name.startsWith("t_")) {
            ++tables;
            QCOMPARE(r.columns.size(), 4);
        }
    }
    QCOMPARE(tables, 5000);
    QCOMPARE(columnNames(relation(s, "public", "t_4321")), (QStringList{"id", "name", "created_at", "amount"}));
    qInfo("read %d tables (%lld relations, %lld functions) in %lld ms; GUI thread ticked %d times, longest gap %lld ms",
          tables, qint64(s->relations().size()), qint64(s->functions().size()), reader.lastReadMilliseconds(), ticks,
          longestGap);
    QVERIFY2(reader.lastReadMilliseconds() < 1000, "5,000 tables must read in well under a second");
    QVERIFY2(longestGap < 50, "the GUI thread must stay free while the catalog is read");
    QVERIFY(ticks > reader.lastReadMilliseconds() / 20); // it kept ticking all along
}

void TestCatalogReader::refreshDuringAReadReadsAgain()
{
    CatalogReader reader;
    reader.setConnectionParams(m_cluster.params());
    QSignalSpy ready(&reader, &CatalogReader::snapshotReady);
    reader.refresh();
    QVERIFY(reader.isReading());
    QVERIFY(m_cluster.psql(QStringLiteral("create table public.added_later (z int);")));
    reader.refresh(); // the first read may have missed the new table; this one must not
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    QVERIFY(!reader.isReading());
    const CatalogSnapshotPtr last = ready.at(1).at(0).value<CatalogSnapshotPtr>();
    QVERIFY(relation(last, "public", "added_later"));
    QCOMPARE(reader.snapshot(), last);
    QVERIFY(m_cluster.psql(QStringLiteral("drop table public.added_later;")));
}

void TestCatalogReader::failureKeepsThePreviousSnapshot()
{
    CatalogReader reader;
    reader.setConnectionParams(m_cluster.params());
    const CatalogSnapshotPtr first = read(&reader);
    QVERIFY(first);

    ConnectionParams wrong = m_cluster.params();
    wrong.set(QStringLiteral("password"), QStringLiteral("wrong"));
    reader.setConnectionParams(wrong);
    QSignalSpy failed(&reader, &CatalogReader::readFailed);
    QSignalSpy ready(&reader, &CatalogReader::snapshotReady);
    reader.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).value<PgError>().kind, PgError::Kind::Connection);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(reader.snapshot(), first);
    QVERIFY(!reader.isReading());
}

void TestCatalogReader::cancelDropsTheRead()
{
    CatalogReader reader;
    reader.setConnectionParams(m_cluster.params(QStringLiteral("many")));
    QSignalSpy ready(&reader, &CatalogReader::snapshotReady);
    QSignalSpy reading(&reader, &CatalogReader::readingChanged);
    reader.refresh();
    reader.cancel();
    QVERIFY(!reader.isReading());
    QCOMPARE(reading.size(), 2);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!reader.snapshot());
    // The reader is usable again, and the cancelled read never surfaces: it would have
    // finished before this one, which runs the same query after it.
    QVERIFY(read(&reader));
    QCOMPARE(ready.size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
