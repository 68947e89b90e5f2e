// The migration linter: which rule each dangerous statement sets off, what its findings say,
// server versions, tables made in the same set, and silencing comments.
#include "migrationlinter.h"
#include "migrationset.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Pixetric;

namespace {

MigrationFile migration(const QString &fileName, const QString &sql)
{
    MigrationFile file;
    QString problem;
    if (!MigrationSet::parseText(fileName, sql.toUtf8(), &file, &problem))
        qFatal("the test's migration %s does not read: %s", qPrintable(fileName), qPrintable(problem));
    return file;
}

// Both timeouts set, so that a row sees only the rule it is about.
const QString timeouts = QStringLiteral("SET lock_timeout = '2s';\nSET statement_timeout = '5min';\n");

QStringList rulesOf(const LintReport &report)
{
    QStringList rules;
    for (const LintFinding &f : report.findings)
        rules << f.rule;
    rules.removeDuplicates();
    rules.sort();
    return rules;
}

} // namespace

class TestMigrationLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeastFifteenRulesEachNamedOnce();
    void rules_data();
    void rules();
    void findingSaysLockRewriteLossAndAlternative();
    void serverVersionChangesTheVerdict();
    void tablesMadeInTheSetAreNew();
    void timeoutsSetByFileOrRunner();
    void silencingComments();
    void unknownRuleInACommentIsAProblem();
    void textTheGrammarRejects();
    void reportForms();
};

void TestMigrationLinter::atLeastFifteenRulesEachNamedOnce()
{
    const QList<LintRule> all = MigrationLinter::rules();
    QVERIFY2(all.size() >= 15, qPrintable(QString::number(all.size())));
    QSet<QString> names;
    for (const LintRule &r : all) {
        QVERIFY2(!names.contains(r.name), qPrintable(r.name));
        names.insert(r.name);
        QVERIFY(!r.summary.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(r.name).hasMatch(), qPrintable(r.name));
    }
}

void TestMigrationLinter::rules_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected"); // the rules set off, sorted

    const auto row = [](const char *name, const QString &sql, QStringList expected) {
        expected.sort();
        QTest::newRow(name) << QString(timeouts + sql) << expected;
    };
    row("not null column without default", "ALTER TABLE orders ADD COLUMN note text NOT NULL;", {"adding-not-null-column"});
    row("not null column with constant default", "ALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT '';", {});
    row("default now() is stable, no rewrite", "ALTER TABLE orders ADD COLUMN at timestamptz DEFAULT now();", {});
    row("volatile default", "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();", {"adding-column-with-rewrite"});
    row("volatile call deep in the default", "ALTER TABLE orders ADD COLUMN r int DEFAULT (1 + floor(random() * 10))::int;",
        {"adding-column-with-rewrite"});
    row("serial column", "ALTER TABLE orders ADD COLUMN n bigserial;", {"adding-column-with-rewrite"});
    row("stored generated column", "ALTER TABLE orders ADD COLUMN total2 numeric GENERATED ALWAYS AS (total * 2) STORED;",
        {"adding-column-with-rewrite"});
    row("set not null", "ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;", {"setting-not-null"});
    row("foreign key validated", "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);",
        {"adding-foreign-key-validated"});
    row("foreign key not valid", "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;", {});
    row("validate constraint", "ALTER TABLE orders VALIDATE CONSTRAINT fk;", {});
    row("check validated", "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0);", {"adding-check-validated"});
    row("check not valid", "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0) NOT VALID;", {});
    row("primary key without index", "ALTER TABLE orders ADD PRIMARY KEY (id);", {"adding-unique-without-index"});
    row("unique using index", "ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_idx;", {});
    row("create index", "CREATE INDEX orders_customer_idx ON orders (customer_id);", {"creating-index-blocking-writes"});
    row("create index concurrently", "CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);", {});
    row("concurrently if not exists", "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id);",
        {"concurrent-index-if-not-exists"});
    row("drop index", "DROP INDEX orders_customer_idx;", {"dropping-index-blocking"});
    row("drop index concurrently", "DROP INDEX CONCURRENTLY orders_customer_idx;", {});
    row("reindex", "REINDEX TABLE orders;", {"reindexing-blocking"});
    row("reindex concurrently", "REINDEX TABLE CONCURRENTLY orders;", {});
    row("column type", "ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2);", {"changing-column-type"});
    row("drop column", "ALTER TABLE orders DROP COLUMN note;", {"dropping-column"});
    row("drop table", "DROP TABLE IF EXISTS audit_old;", {"dropping-table"});
    row("drop schema cascade", "DROP SCHEMA archive CASCADE;", {"dropping-table"});
    row("drop schema, no cascade", "DROP SCHEMA archive;", {});
    row("rename column", "ALTER TABLE orders RENAME COLUMN total TO amount;", {"renaming"});
    row("rename table", "ALTER TABLE orders RENAME TO purchases;", {"renaming"});
    row("rename index is harmless", "ALTER INDEX orders_customer_idx RENAME TO orders_by_customer;", {});
    row("truncate cascade", "TRUNCATE orders CASCADE;", {"truncating"});
    row("vacuum full", "VACUUM FULL orders;", {"rewriting-table"});
    row("plain vacuum", "VACUUM orders;", {});
    row("cluster", "CLUSTER orders USING orders_pkey;", {"rewriting-table"});
    row("set logged", "ALTER TABLE orders SET LOGGED;", {"rewriting-table"});
    row("refresh materialized view", "REFRESH MATERIALIZED VIEW order_totals;", {"refreshing-view-blocking"});
    row("refresh concurrently", "REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;", {});
    row("detach partition", "ALTER TABLE events DETACH PARTITION events_2025;", {"detaching-partition-blocking"});
    row("detach concurrently", "ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY;", {});
    row("delete without where", "DELETE FROM orders;", {"unfiltered-write"});
    row("update without where", "UPDATE orders SET total = 0;", {"unfiltered-write"});
    row("update with where", "UPDATE orders SET total = 0 WHERE total IS NULL;", {});
    row("char column", "CREATE TABLE codes (code char(3) PRIMARY KEY);", {"char-column"});
    row("timestamp without time zone", "CREATE TABLE log (at timestamp, at2 timestamptz);", {"timestamp-without-time-zone"});
    row("serial key", "CREATE TABLE items (id serial PRIMARY KEY, name text);", {"integer-key"});
    row("int key declared apart", "CREATE TABLE items (id int, name text, PRIMARY KEY (id));", {"integer-key"});
    row("bigint identity key", "CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);", {});
    row("add value to enum on 17", "ALTER TYPE mood ADD VALUE 'meh';", {});
    row("plain statements", "CREATE VIEW v AS SELECT 1 AS one;\nCOMMENT ON TABLE orders IS 'x';\nINSERT INTO orders VALUES (1);", {});
}

void TestMigrationLinter::rules()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    const LintReport report = MigrationLinter::lint({migration(QStringLiteral("0001_change.sql"), sql)});
    QCOMPARE(rulesOf(report), expected);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    for (const LintFinding &f : report.findings) {
        QVERIFY2(!f.problem.isEmpty() && !f.safer.isEmpty(), qPrintable(f.rule));
        QVERIFY2(!f.object.isEmpty(), qPrintable(f.rule));
    }
}

void TestMigrationLinter::findingSaysLockRewriteLossAndAlternative()
{
    const QString sql = timeouts
                        + QStringLiteral("-- widen the amounts\n"
                                         "ALTER TABLE shop.orders\n"
                                         "    ALTER COLUMN total TYPE numeric(14,2);\n"
                                         "ALTER TABLE shop.orders DROP COLUMN legacy_code;\n");
    const LintReport report = MigrationLinter::lint({migration(QStringLiteral("0007_orders.sql"), sql)});
    QCOMPARE(report.findings.size(), 2);
    const LintFinding &type = report.findings.at(0);
    QCOMPARE(type.rule, QStringLiteral("changing-column-type"));
    QCOMPARE(type.severity, LintFinding::Severity::Danger);
    QCOMPARE(type.fileName, QStringLiteral("0007_orders.sql"));
    QCOMPARE(type.version, QStringLiteral("0007"));
    QCOMPARE(type.line, 4);
    QCOMPARE(type.statement, QStringLiteral("ALTER TABLE shop.orders …"));
    QCOMPARE(type.object, QStringLiteral("shop.orders.total"));
    QCOMPARE(type.lock, QStringLiteral("ACCESS EXCLUSIVE on shop.orders"));
    QVERIFY(type.rewrite);
    QVERIFY(type.dataLoss.isEmpty());
    QVERIFY2(type.safer.contains(QLatin1String("in batches")), qPrintable(type.safer));

    const LintFinding &drop = report.findings.at(1);
    QCOMPARE(drop.rule, QStringLiteral("dropping-column"));
    QCOMPARE(drop.line, 6);
    QVERIFY(!drop.rewrite);
    QCOMPARE(drop.dataLoss, QStringLiteral("every value of shop.orders.legacy_code"));

    const QString text = type.toText();
    QVERIFY2(text.startsWith(QLatin1String("0007_orders.sql:4: danger [changing-column-type]")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("lock: ACCESS EXCLUSIVE on shop.orders; rewrites the table")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Safer: ")), qPrintable(text));
    const QJsonObject json = drop.toJson();
    QCOMPARE(json.value(QLatin1String("line")).toInt(), 6);
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("danger"));
    QCOMPARE(json.value(QLatin1String("dataLoss")).toString(), drop.dataLoss);
}

void TestMigrationLinter::serverVersionChangesTheVerdict()
{
    const auto lintOn = [](int version, const QString &sql) {
        LintOptions options;
        options.serverVersion = version;
        return MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), timeouts + sql)}, options);
    };
    // A constant default rewrites the table before 11 only.
    const QString constantDefault = QStringLiteral("ALTER TABLE orders ADD COLUMN flag boolean NOT NULL DEFAULT false;");
    QCOMPARE(rulesOf(lintOn(100000, constantDefault)), QStringList{QStringLiteral("adding-column-with-rewrite")});
    QCOMPARE(rulesOf(lintOn(110000, constantDefault)), QStringList());
    // ADD VALUE inside a transaction fails before 12.
    const QString addValue = QStringLiteral("ALTER TYPE mood ADD VALUE 'meh';");
    QCOMPARE(rulesOf(lintOn(110005, addValue)), QStringList{QStringLiteral("enum-value-in-transaction")});
    QCOMPARE(rulesOf(lintOn(120000, addValue)), QStringList());
    // The safe alternative of SET NOT NULL and REINDEX depends on 12, DETACH's on 14.
    const QString setNotNull = QStringLiteral("ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;");
    QVERIFY(lintOn(150000, setNotNull).findings.value(0).safer.contains(QLatin1String("NOT VALID, then VALIDATE")));
    QVERIFY(lintOn(110000, setNotNull).findings.value(0).safer.contains(QLatin1String("Before PostgreSQL 12")));
    QVERIFY(lintOn(150000, QStringLiteral("REINDEX INDEX i;")).findings.value(0).safer.startsWith(QStringLiteral("REINDEX … CONCURRENTLY")));
    QVERIFY(lintOn(110000, QStringLiteral("REINDEX INDEX i;")).findings.value(0).safer.contains(QLatin1String("no REINDEX CONCURRENTLY")));
    const QString detach = QStringLiteral("ALTER TABLE events DETACH PARTITION events_2025;");
    QVERIFY(lintOn(140000, detach).findings.value(0).safer.contains(QLatin1String("CONCURRENTLY (outside")));
    QVERIFY(lintOn(130000, detach).findings.value(0).safer.contains(QLatin1String("Before PostgreSQL 14")));
    QCOMPARE(MigrationLinter::versionName(150004), QStringLiteral("15.4"));
    QCOMPARE(MigrationLinter::versionName(90624), QStringLiteral("9.6"));
}

void TestMigrationLinter::tablesMadeInTheSetAreNew()
{
    // Made by an earlier file of the set: locking it hurts nobody, dropping it loses nothing.
    const QList<MigrationFile> files = {
        migration(QStringLiteral("0001_make.sql"), QStringLiteral("CREATE TABLE public.invoices (id bigint PRIMARY KEY, total numeric);\n"
                                                                  "CREATE TABLE drafts AS SELECT 1 AS n;\n")),
        migration(QStringLiteral("0002_index.sql"),
                  QStringLiteral("CREATE INDEX invoices_total_idx ON invoices (total);\n"
                                 "ALTER TABLE invoices ADD COLUMN due date NOT NULL, ALTER COLUMN total SET NOT NULL;\n"
                                 "ALTER TABLE invoices ADD CONSTRAINT positive CHECK (total > 0);\n"
                                 "DROP INDEX invoices_total_idx;\n"
                                 "ALTER TABLE drafts RENAME TO notes;\n"
                                 "DROP TABLE drafts;\n")),
        // An existing table in the same file is still linted.
        migration(QStringLiteral("0003_old.sql"), QStringLiteral("CREATE INDEX orders_total_idx ON orders (total);\n")),
    };
    const LintReport report = MigrationLinter::lint(files);
    QCOMPARE(report.files, 3);
    QCOMPARE(report.statements, 9);
    QStringList where;
    for (const LintFinding &f : report.findings)
        where << f.fileName + QLatin1Char(':') + f.rule;
    QCOMPARE(where, (QStringList{"0003_old.sql:missing-lock-timeout", "0003_old.sql:missing-statement-timeout",
                                 "0003_old.sql:creating-index-blocking-writes"}));
}

void TestMigrationLinter::timeoutsSetByFileOrRunner()
{
    const QString sql = QStringLiteral("CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
                                       "ALTER TABLE orders ADD COLUMN note text;\n");
    QCOMPARE(rulesOf(MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), sql)})),
             (QStringList{"creating-index-blocking-writes", "missing-lock-timeout", "missing-statement-timeout"}));
    // Reported once a file, at the first statement that needs it.
    const LintReport once = MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), sql)});
    QCOMPARE(std::count_if(once.findings.begin(), once.findings.end(), [](const LintFinding &f) { return f.rule == QLatin1String("missing-lock-timeout"); }), 1);
    QCOMPARE(once.findings.first().line, 1);
    // Set after the first statement: too late for it.
    const QString late = QStringLiteral("ALTER TABLE orders ADD COLUMN note text;\nSET lock_timeout TO '1s';\nALTER TABLE orders DROP COLUMN x;\n");
    const LintReport lateReport = MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), late)});
    QCOMPARE(lateReport.findings.value(0).rule, QStringLiteral("missing-lock-timeout"));
    QCOMPARE(lateReport.findings.value(0).line, 1);
    // lock_timeout = 0 is no limit.
    QVERIFY(rulesOf(MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), QStringLiteral("SET lock_timeout = 0;\n") + sql)}))
                .contains(QStringLiteral("missing-lock-timeout")));
    QVERIFY(rulesOf(MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), QStringLiteral("SET lock_timeout = '0';\n") + sql)}))
                .contains(QStringLiteral("missing-lock-timeout")));
    // SET LOCAL in the file counts; so does a runner that sets both.
    QCOMPARE(rulesOf(MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"),
                                                      QStringLiteral("SET LOCAL lock_timeout = 3000;\nSET statement_timeout = '1h';\n") + sql)})),
             QStringList{QStringLiteral("creating-index-blocking-writes")});
    LintOptions runner;
    runner.lockTimeoutMs = 2000;
    runner.statementTimeoutMs = 600000;
    QCOMPARE(rulesOf(MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), sql)}, runner)),
             QStringList{QStringLiteral("creating-index-blocking-writes")});
}

void TestMigrationLinter::silencingComments()
{
    const QString sql = timeouts
                        + QStringLiteral("-- pixetric-lint: ignore creating-index-blocking-writes\n"
                                         "CREATE INDEX a_idx ON orders (a);\n"
                                         "CREATE INDEX b_idx ON orders (b);\n"
                                         "ALTER TABLE orders DROP COLUMN c, -- pixetric-lint: ignore dropping-column\n"
                                         "    DROP COLUMN d;\n"
                                         "DROP TABLE t1; -- pixetric-lint: ignore\n"
                                         "/* pixetric-lint: ignore renaming, dropping-table */ ALTER TABLE x RENAME TO y;\n"
                                         "DROP TABLE t2;\n");
    const LintReport report = MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), sql)});
    QStringList where;
    for (const LintFinding &f : report.findings)
        where << QStringLiteral("%1:%2").arg(f.line).arg(f.rule);
    // The comment before a statement covers that statement only; one after its ';' on the same
    // line covers it too; the one inside the ALTER covers the whole ALTER.
    QCOMPARE(where, (QStringList{"5:creating-index-blocking-writes", "10:dropping-table"}));
    QCOMPARE(report.silenced, 5);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestMigrationLinter::unknownRuleInACommentIsAProblem()
{
    const LintReport report = MigrationLinter::lint(
        {migration(QStringLiteral("0004_x.sql"), timeouts + QStringLiteral("-- pixetric-lint: ignore drop-tabel\nDROP TABLE t;\n"))});
    QCOMPARE(rulesOf(report), QStringList{QStringLiteral("dropping-table")});
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(QLatin1String("0004_x.sql, line 4")) && report.problems.first().contains(QLatin1String("'drop-tabel'")),
             qPrintable(report.problems.first()));
}

void TestMigrationLinter::textTheGrammarRejects()
{
    // The statements that parse on their own are still checked; the report says where the
    // grammar stopped.
    const LintReport report = MigrationLinter::lint({migration(QStringLiteral("0005_bad.sql"),
                                                               timeouts + QStringLiteral("DROP TABLE old_orders;\nALTER TABLE orders ADD COLUMN ;\n"))});
    QCOMPARE(rulesOf(report), QStringList{QStringLiteral("dropping-table")});
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().startsWith(QLatin1String("0005_bad.sql: PostgreSQL's grammar rejects")), qPrintable(report.problems.first()));
}

void TestMigrationLinter::reportForms()
{
    const LintReport report = MigrationLinter::lint(
        {migration(QStringLiteral("0001_x.sql"), timeouts + QStringLiteral("CREATE TABLE t (at timestamp);\nDROP TABLE u;\n"))});
    QCOMPARE(report.dangerCount(), 1);
    const QString text = report.toText();
    QVERIFY2(text.contains(QLatin1String("Checked: files 1, statements 4. Findings: danger 1, advice 1, silenced 0.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("-- pixetric-lint: ignore RULE")), qPrintable(text));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("dangers")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("statements")).toInt(), 4);
    const LintReport clean = MigrationLinter::lint({migration(QStringLiteral("0001_x.sql"), QStringLiteral("SELECT 1;\n"))});
    QVERIFY(clean.findings.isEmpty());
    QVERIFY2(!clean.toText().contains(QLatin1String("Silence")), qPrintable(clean.toText()));
}

QTEST_GUILESS_MAIN(TestMigrationLinter)
#include "tst_migrationlinter.moc"
