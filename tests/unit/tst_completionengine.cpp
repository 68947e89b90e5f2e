#include "completionengine.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>

using namespace Pixetric;
using Context = CompletionResult::Context;

namespace {

// Rows in the shape of resources/sql/completion_catalog.sql:
// kind, id, parent, position, schema, name, subkind, detail, result.
class CatalogRows
{
public:
    CatalogRows() : m_chunk(9) {}

    void row(std::initializer_list<const char *> cells)
    {
        Q_ASSERT(cells.size() == 9);
        for (const char *cell : cells) {
            if (cell)
                m_chunk.appendValue(cell, qsizetype(std::strlen(cell)));
            else
                m_chunk.appendNull();
        }
    }
    void path(const char *position, const char *schema) { row({"p", nullptr, nullptr, position, nullptr, schema, nullptr, nullptr, nullptr}); }
    void schema(const char *oid, const char *name) { row({"n", oid, nullptr, nullptr, name, name, nullptr, nullptr, nullptr}); }
    void relation(const char *oid, const char *schema, const char *name, const char *relkind = "r")
    {
        row({"r", oid, nullptr, nullptr, schema, name, relkind, nullptr, nullptr});
    }
    void column(const char *relation, const char *attnum, const char *name, const char *type)
    {
        row({"a", nullptr, relation, attnum, nullptr, name, nullptr, type, nullptr});
    }
    void function(const char *schema, const char *name, const char *args, const char *result, const char *kind = "f")
    {
        row({"f", "1", nullptr, nullptr, schema, name, kind, args, result});
    }
    void type(const char *schema, const char *name, const char *spelling)
    {
        row({"t", "1", nullptr, nullptr, schema, name, "b", spelling, nullptr});
    }

    CatalogSnapshotPtr snapshot() const { return CatalogSnapshot::fromRows({m_chunk}); }

private:
    ResultChunk m_chunk;
};

CatalogSnapshotPtr sampleCatalog()
{
    CatalogRows c;
    c.path("2", "public"); // out of order on purpose: position decides
    c.path("1", "pg_catalog");
    c.schema("11", "pg_catalog");
    c.schema("2200", "public");
    c.schema("16384", "sales");
    c.schema("16385", "Verkäufe");
    // Columns before their relation: union rows come in no promised order.
    c.column("100", "2", "customer_id", "integer");
    c.relation("100", "public", "orders");
    c.column("100", "1", "id", "integer");
    c.column("100", "3", "total", "numeric(12,2)");
    c.column("100", "4", "Größe", "text");
    c.relation("101", "public", "customers");
    c.column("101", "1", "id", "integer");
    c.column("101", "2", "name", "text");
    c.column("101", "3", "we\"ird", "text");
    c.relation("102", "sales", "orders");
    c.column("102", "1", "id", "bigint");
    c.column("102", "2", "region", "text");
    c.relation("103", "sales", "invoices", "v");
    c.column("103", "1", "invoice_no", "text");
    c.relation("104", "public", "Order Items");
    c.column("104", "1", "order_id", "integer");
    c.column("104", "2", "Qty", "integer");
    c.relation("105", "public", "größe");
    c.column("105", "1", "wert", "integer");
    c.relation("106", "public", "user");
    c.column("106", "1", "login", "text");
    c.relation("107", "public", "名前");
    c.column("107", "1", "値", "text");
    c.relation("108", "Verkäufe", "Umsatz");
    c.column("108", "1", "betrag", "numeric");
    c.function("pg_catalog", "count", "\"any\"", "bigint", "a");
    c.function("pg_catalog", "count", "", "bigint", "a");
    c.function("pg_catalog", "now", "", "timestamp with time zone");
    c.function("public", "order_total", "integer", "numeric");
    c.function("sales", "region_of", "integer", "text");
    c.type("pg_catalog", "int4", "integer");
    c.type("pg_catalog", "int8", "bigint");
    c.type("pg_catalog", "text", "text");
    c.type("public", "mood", "mood");
    return c.snapshot();
}

// "|" marks the cursor.
QPair<QString, int> withCursor(const QString &marked)
{
    QString text = marked;
    const int cursor = int(text.indexOf(QLatin1Char('|')));
    Q_ASSERT(cursor >= 0);
    text.remove(cursor, 1);
    return {text, cursor};
}

QStringList texts(const CompletionResult &r)
{
    QStringList list;
    for (const CompletionItem &item : r.items)
        list << item.text;
    return list;
}

} // namespace

class TestCompletionEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void accept_data();
    void accept();
    void quoteIdentifier_data();
    void quoteIdentifier();
    void keywordsComeFromTheServerList();
    void withoutSnapshotOnlyKeywords();
    void rankingPutsColumnsFirst();
    void thousandsOfTablesStayFast();

private:
    CatalogSnapshotPtr m_catalog;
};

void TestCompletionEngine::initTestCase()
{
    m_catalog = sampleCatalog();
    QCOMPARE(m_catalog->relations().size(), 9);
    QCOMPARE(m_catalog->searchPath(), (QStringList{"pg_catalog", "public"}));
    const CatalogSnapshot::Relation *orders = m_catalog->findRelation(QString(), "orders");
    QVERIFY(orders);
    QCOMPARE(orders->schema, QString("public"));
    QCOMPARE(orders->columns.size(), 4);
    QCOMPARE(orders->columns.at(1).name, QString("customer_id")); // attnum order
}

void TestCompletionEngine::complete_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("context");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const int column = int(Context::Column), relation = int(Context::Relation), keyword = int(Context::Keyword),
              statement = int(Context::Statement), none = int(Context::None), type = int(Context::Type),
              insert = int(Context::InsertColumns);

    // Aliases
    QTest::addRow("alias from FROM, schema-qualified table")
        << "select o.| from public.orders o join customers as c on c.id = o.customer_id" << column
        << QStringList{"id", "customer_id", "total", "\"Größe\""} << QStringList{"name", "select", "orders"};
    QTest::addRow("alias from JOIN with AS")
        << "select c.| from public.orders o join customers as c on true" << column
        << QStringList{"id", "name", "\"we\"\"ird\""} << QStringList{"total"};
    QTest::addRow("alias in WHERE with a prefix") << "select * from orders o where o.cu|" << column
                                                  << QStringList{"customer_id"} << QStringList{"id", "total"};
    QTest::addRow("alias in ON") << "select * from orders o join customers c on c.|" << column
                                 << QStringList{"id", "name"} << QStringList{"total"};
    QTest::addRow("alias of a quoted table") << "select oi.| from \"Order Items\" oi" << column
                                             << QStringList{"order_id", "\"Qty\""} << QStringList{};
    QTest::addRow("table name as qualifier") << "select orders.| from orders" << column
                                             << QStringList{"id", "total"} << QStringList{"name"};
    QTest::addRow("schema.table as qualifier") << "select sales.orders.| from sales.orders" << column
                                               << QStringList{"id", "region"} << QStringList{"total"};
    QTest::addRow("column alias list renames") << "select x.| from orders as x(a, b)" << column
                                               << QStringList{"a", "b", "total"} << QStringList{"id"};
    QTest::addRow("CTE columns") << "with recent as (select id, total as amount from orders) select r.| from recent r"
                                 << column << QStringList{"id", "amount"} << QStringList{"total"};
    QTest::addRow("subquery in FROM") << "select s.| from (select id, count(*) n from orders group by id) s"
                                      << column << QStringList{"id", "n"} << QStringList{"total"};
    QTest::addRow("UPDATE target") << "update customers c set name = 'x' where c.|" << column
                                   << QStringList{"id", "name"} << QStringList{"total"};
    QTest::addRow("EXPLAIN UPDATE target") << "explain update customers c set name = 'x' where c.|" << column
                                           << QStringList{"id", "name"} << QStringList{"total"};
    QTest::addRow("second statement of a script") << "select 1;\nselect c.| from customers c; select 2" << column
                                                  << QStringList{"name"} << QStringList{"total"};
    QTest::addRow("first statement of a script") << "select o.| from orders o;\nselect 1 from customers o" << column
                                                 << QStringList{"total"} << QStringList{"name"};

    // Unqualified columns in scope
    QTest::addRow("SELECT list sees FROM and JOIN") << "select | from orders o join customers c on true" << column
                                                    << QStringList{"total", "name", "o", "c", "count", "distinct"}
                                                    << QStringList{"region", "sales"};
    QTest::addRow("WHERE with a prefix") << "select * from orders where to|" << column << QStringList{"total"}
                                         << QStringList{"id"};
    QTest::addRow("UPDATE SET") << "update customers set |" << column << QStringList{"name", "id"}
                                << QStringList{"total"};
    QTest::addRow("function arguments") << "select count(| from orders" << column << QStringList{"total", "id"}
                                        << QStringList{};
    QTest::addRow("INSERT column list") << "insert into customers (id, |" << insert
                                        << QStringList{"name", "\"we\"\"ird\""} << QStringList{"total", "select"};

    // Tables
    QTest::addRow("FROM offers tables and hidden ones qualified") << "select * from ord|" << relation
                                                                  << QStringList{"orders", "sales.orders", "\"Order Items\""}
                                                                  << QStringList{"customers", "order_total"};
    QTest::addRow("JOIN") << "select * from orders o join |" << relation << QStringList{"customers", "sales"}
                          << QStringList{"total"};
    QTest::addRow("FROM list after a comma") << "select * from orders o, cu|" << relation
                                             << QStringList{"customers"} << QStringList{};
    QTest::addRow("INSERT INTO") << "insert into cus|" << relation << QStringList{"customers"} << QStringList{};
    QTest::addRow("UPDATE") << "update |" << relation << QStringList{"customers", "orders"} << QStringList{};
    QTest::addRow("schema prefix offers the schema") << "select * from sal|" << relation << QStringList{"sales"}
                                                     << QStringList{};
    QTest::addRow("schema-qualified") << "select * from sales.|" << relation << QStringList{"orders", "invoices"}
                                      << QStringList{"customers", "sales.orders", "select"};
    QTest::addRow("schema-qualified with a prefix") << "select * from sales.in|" << relation
                                                    << QStringList{"invoices"} << QStringList{"orders"};
    QTest::addRow("quoted schema") << "select * from \"Verkäufe\".|" << relation << QStringList{"\"Umsatz\""}
                                   << QStringList{"orders"};
    QTest::addRow("CTE name in FROM") << "with recent as (select 1) select * from rec|" << relation
                                      << QStringList{"recent"} << QStringList{};

    // Quoting
    QTest::addRow("mixed case offered quoted") << "select gr| from orders" << column << QStringList{"\"Größe\""}
                                               << QStringList{"Größe"};
    QTest::addRow("embedded quote doubled") << "select we| from customers" << column << QStringList{"\"we\"\"ird\""}
                                            << QStringList{};
    QTest::addRow("reserved word quoted") << "select * from us|" << relation << QStringList{"\"user\""}
                                          << QStringList{"user"};
    QTest::addRow("lower-case non-Latin unquoted") << "select * from grö|" << relation << QStringList{"größe"}
                                                   << QStringList{"\"größe\""};
    QTest::addRow("CJK unquoted") << "select * from 名|" << relation << QStringList{"名前"} << QStringList{};
    QTest::addRow("CJK column") << "select n.| from 名前 n" << column << QStringList{"値"} << QStringList{};
    QTest::addRow("opening quote typed") << "select \"Gr|\nfrom orders" << column << QStringList{"\"Größe\""}
                                         << QStringList{"select"};
    QTest::addRow("opening quote, lower-case name gets quoted too") << "select \"to|\nfrom orders" << column
                                                                    << QStringList{"\"total\""} << QStringList{"total"};
    QTest::addRow("quoted table with a space") << "select * from \"Order|" << relation
                                               << QStringList{"\"Order Items\""} << QStringList{};

    // Keywords and the rest
    QTest::addRow("statement start") << "sel|" << statement << QStringList{"select"} << QStringList{"orders"};
    QTest::addRow("upper-case prefix keeps upper case") << "SEL|" << statement << QStringList{"SELECT"}
                                                        << QStringList{"select"};
    QTest::addRow("after a table reference: clause keywords") << "select * from orders o wh|" << keyword
                                                              << QStringList{"where"} << QStringList{"orders"};
    QTest::addRow("after CREATE") << "create ta|" << keyword << QStringList{"table"} << QStringList{};
    QTest::addRow("functions on the search path") << "select order_t|" << column << QStringList{"order_total"}
                                                  << QStringList{};
    QTest::addRow("functions of a schema") << "select sales.re|" << column << QStringList{"region_of"}
                                           << QStringList{};
    QTest::addRow("overloads once") << "select cou|" << column << QStringList{"count"} << QStringList{};
    QTest::addRow("type after ::") << "select 1::in|" << type << QStringList{"int4", "int8", "integer"}
                                   << QStringList{"insert"};
    QTest::addRow("type in CAST") << "select cast(x as mo|" << type << QStringList{"mood"} << QStringList{};
    QTest::addRow("inside a string") << "select 'fro|m'" << none << QStringList{} << QStringList{"from"};
    QTest::addRow("inside an unterminated string") << "select * from orders where name = 'fro|" << none
                                                   << QStringList{} << QStringList{"from"};
    QTest::addRow("inside a line comment") << "-- sel|\nselect 1" << none << QStringList{} << QStringList{"select"};
    QTest::addRow("inside a block comment") << "select /* fro| */ 1" << none << QStringList{} << QStringList{"from"};
    QTest::addRow("inside a dollar quote") << "do $$ begin sel| end $$" << none << QStringList{}
                                           << QStringList{"select"};
    QTest::addRow("after a comment") << "select * /* x */ fro|" << column << QStringList{"from"}
                                     << QStringList{};
    QTest::addRow("naming an alias offers nothing") << "select * from orders as o|" << none << QStringList{}
                                                    << QStringList{"orders"};
}

void TestCompletionEngine::complete()
{
    QFETCH(QString, sql);
    QFETCH(int, context);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const auto [text, cursor] = withCursor(sql);
    const CompletionResult r = CompletionEngine(m_catalog).complete(text, cursor);
    const QStringList got = texts(r);
    QCOMPARE(int(r.context), context);
    for (const QString &item : present)
        QVERIFY2(got.contains(item), qPrintable(QStringLiteral("missing %1 in [%2]").arg(item, got.mid(0, 40).join(", "))));
    for (const QString &item : absent)
        QVERIFY2(!got.contains(item), qPrintable(QStringLiteral("unexpected %1").arg(item)));
    if (context == int(Context::None))
        QVERIFY(r.isEmpty());
}

void TestCompletionEngine::accept_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("after");

    QTest::addRow("end of a word") << "select * from orders o where o.cu|" << "cu" << "customer_id"
                                   << "select * from orders o where o.customer_id|";
    QTest::addRow("cursor in the middle of a keyword") << "sel|ect 1" << "sel" << "select" << "select| 1";
    QTest::addRow("cursor in the middle of a column") << "select o.cust|omer from orders o" << "cust"
                                                      << "customer_id" << "select o.customer_id| from orders o";
    QTest::addRow("quoted name replaces the unquoted prefix") << "select gr| from orders" << "gr" << "\"Größe\""
                                                              << "select \"Größe\"| from orders";
    QTest::addRow("opening quote is replaced too") << "select \"Gr|\nfrom orders" << "Gr" << "\"Größe\""
                                                   << "select \"Größe\"|\nfrom orders";
    QTest::addRow("closed quoted word, cursor inside") << "select \"Gr|ö\" from orders" << "Gr" << "\"Größe\""
                                                       << "select \"Größe\"| from orders";
    QTest::addRow("after an emoji") << "select '😀', o.to| from orders o" << "to" << "total"
                                    << "select '😀', o.total| from orders o";
    QTest::addRow("empty prefix after a dot") << "select o.| from orders o" << "" << "total"
                                              << "select o.total| from orders o";
}

void TestCompletionEngine::accept()
{
    QFETCH(QString, sql);
    QFETCH(QString, prefix);
    QFETCH(QString, choice);
    QFETCH(QString, after);

    const auto [text, cursor] = withCursor(sql);
    const CompletionResult r = CompletionEngine(m_catalog).complete(text, cursor);
    QCOMPARE(r.prefix, prefix);
    QVERIFY2(texts(r).contains(choice), qPrintable(texts(r).mid(0, 20).join(", ")));
    const QString applied = text.left(r.replaceStart) + choice + text.mid(r.replaceEnd);
    QCOMPARE(applied.left(r.replaceStart + int(choice.size())) + QLatin1Char('|') + applied.mid(r.replaceStart + int(choice.size())),
             after);
}

void TestCompletionEngine::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("written");

    QTest::addRow("plain") << "orders" << "orders";
    QTest::addRow("underscore and digits") << "_t2$x" << "_t2$x";
    QTest::addRow("upper case") << "Orders" << "\"Orders\"";
    QTest::addRow("space") << "order items" << "\"order items\"";
    QTest::addRow("leading digit") << "1st" << "\"1st\"";
    QTest::addRow("embedded quote") << "we\"ird" << "\"we\"\"ird\"";
    QTest::addRow("reserved keyword") << "user" << "\"user\"";
    QTest::addRow("type or function keyword") << "left" << "\"left\"";
    QTest::addRow("column-name keyword") << "values" << "\"values\"";
    QTest::addRow("unreserved keyword") << "name" << "name";
    QTest::addRow("lower-case umlauts") << "größe" << "größe";
    QTest::addRow("upper-case umlaut") << "Größe" << "\"Größe\"";
    QTest::addRow("Cyrillic capital") << "Заказы" << "\"Заказы\"";
    QTest::addRow("Cyrillic lower case") << "заказы" << "заказы";
    QTest::addRow("CJK") << "名前" << "名前";
    QTest::addRow("emoji") << "😀" << "\"😀\"";
    QTest::addRow("no-break space") << QString("a\u00a0b") << QString("\"a\u00a0b\"");
    QTest::addRow("empty") << "" << "\"\"";
}

void TestCompletionEngine::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, written);
    QCOMPARE(CompletionEngine::quoteIdentifier(name), written);
}

void TestCompletionEngine::keywordsComeFromTheServerList()
{
    const QList<SqlKeyword> &keywords = CompletionEngine::keywords();
    QVERIFY2(keywords.size() > 400, "resources/sql/keywords.txt must be embedded under :/sql/");
    QCOMPARE(CompletionEngine::keywordCategory("SELECT"), 'R');
    QCOMPARE(CompletionEngine::keywordCategory("left"), 'T');
    QCOMPARE(CompletionEngine::keywordCategory("values"), 'C');
    QCOMPARE(CompletionEngine::keywordCategory("abort"), 'U');
    QCOMPARE(CompletionEngine::keywordCategory("orders"), char(0));
}

void TestCompletionEngine::withoutSnapshotOnlyKeywords()
{
    const auto [text, cursor] = withCursor("select * from orders o wh|");
    const CompletionResult r = CompletionEngine().complete(text, cursor);
    QCOMPARE(r.context, Context::Keyword);
    QCOMPARE(texts(r), (QStringList{"when", "where", "whitespace"}));
    const auto [text2, cursor2] = withCursor("select * from ord|");
    QCOMPARE(CompletionEngine().complete(text2, cursor2).items.size(), 0);
}

void TestCompletionEngine::rankingPutsColumnsFirst()
{
    // "name" is a column of customers and an unreserved keyword: the column comes first.
    const auto [text, cursor] = withCursor("select na| from customers");
    const CompletionResult r = CompletionEngine(m_catalog).complete(text, cursor);
    QVERIFY(r.items.size() >= 2);
    QCOMPARE(r.items.first().kind, CompletionItem::Kind::Column);
    QCOMPARE(r.items.first().text, QString("name"));
    QCOMPARE(r.items.at(1).kind, CompletionItem::Kind::Keyword);
    QVERIFY(r.items.first().detail.contains("text"));
}

void TestCompletionEngine::thousandsOfTablesStayFast()
{
    CatalogRows c;
    c.path("1", "public");
    c.schema("2200", "public");
    QList<QByteArray> names;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray oid = QByteArray::number(100000 + i);
        const QByteArray name = "table_" + QByteArray::number(i).rightJustified(5, '0');
        c.relation(oid.constData(), "public", name.constData());
        c.column(oid.constData(), "1", "id", "integer");
        c.column(oid.constData(), "2", "payload", "jsonb");
    }
    QElapsedTimer built;
    built.start();
    const CatalogSnapshotPtr snapshot = c.snapshot();
    const qint64 buildMs = built.elapsed();
    QCOMPARE(snapshot->relations().size(), 20000);

    CompletionEngine engine(snapshot);
    engine.setMaxItems(500);
    QString script;
    for (int i = 0; i < 2000; ++i)
        script += QStringLiteral("select id, payload from table_%1 t where t.id = %2;\n").arg(i, 5, 10, QLatin1Char('0')).arg(i);
    const QString text = script + QStringLiteral("select * from table_1");
    QElapsedTimer timer;
    timer.start();
    const CompletionResult r = engine.complete(text, int(text.size()));
    const qint64 completeMs = timer.elapsed();
    qInfo("20000 tables: snapshot built in %lld ms; completion after a %lld-character script in %lld ms",
          buildMs, qint64(text.size()), completeMs);
    QCOMPARE(r.context, Context::Relation);
    QCOMPARE(r.items.size(), 500); // capped
    QCOMPARE(r.items.first().text, QString("table_10000"));
    QVERIFY2(completeMs < 250, "completion must keep up with typing");
}

QTEST_GUILESS_MAIN(TestCompletionEngine)
#include "tst_completionengine.moc"
