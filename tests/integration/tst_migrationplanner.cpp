// Migrations for the cases people worry about most, on a real cluster: each is generated,
// applied with psql and checked to converge (tests/support/schemaroundtrip.h), and what the
// script says about itself (order, notes, transaction) is checked too.
#include "migrationplanner.h"
#include "noerror.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "schemadiff.h"
#include "schemaroundtrip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;
using Pixetric::Test::SchemaRoundTrip;

class TestMigrationPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void converges_data();
    void converges();
    void enumRebuildKeepsValues();
    void viewOverRetypedColumnIsRebuilt();
    void childrenKeepTheirRowsWhenAParentColumnGoes();
    void newEnumValueIsAddedOutsideTheTransaction();
    void notesSayWhatAStatementCosts_data();
    void notesSayWhatAStatementCosts();
    void ignoredOwnersGiveNoStatements();
    void identicalDatabasesGiveAnEmptyScript();

private:
    // Loads both sides into fresh databases; returns their names.
    QPair<QString, QString> prepare(const QString &a, const QString &b);
    QString query(const QString &database, const QString &sql);

    PgTestCluster m_cluster;
    QTemporaryDir m_work;
    std::unique_ptr<SchemaRoundTrip> m_roundTrip;
    PgSession m_admin;
    int m_serial = 0;
};

void TestMigrationPlanner::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_work.isValid());
    QVERIFY2(m_admin.open(m_cluster.params()), qPrintable(m_admin.errorText()));
    QVERIFY2(m_admin.query(QStringLiteral("CREATE ROLE someone_else")), qPrintable(m_admin.errorText()));
    m_roundTrip = std::make_unique<SchemaRoundTrip>(m_cluster, m_work.path());
}

QPair<QString, QString> TestMigrationPlanner::prepare(const QString &a, const QString &b)
{
    const int n = ++m_serial;
    QPair<QString, QString> names{QStringLiteral("from_%1").arg(n), QStringLiteral("to_%1").arg(n)};
    const QString sides[2] = {a, b};
    const QString databases[2] = {names.first, names.second};
    for (int i = 0; i < 2; ++i) {
        const QString file = QDir(m_work.path()).filePath(databases[i] + QStringLiteral(".sql"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(sides[i].toUtf8());
        f.close();
        const QString errors = m_roundTrip->load(m_admin, databases[i], file);
        if (!errors.isEmpty()) {
            qWarning().noquote() << errors;
            return {};
        }
    }
    return names;
}

QString TestMigrationPlanner::query(const QString &database, const QString &sql)
{
    PgSession session;
    if (!session.open(m_cluster.params(database)))
        return session.errorText();
    QList<QStringList> rows;
    if (!session.query(sql, &rows))
        return session.errorText();
    QStringList lines;
    for (const QStringList &row : std::as_const(rows))
        lines << row.join(QLatin1Char('|'));
    return lines.join(QLatin1Char('\n'));
}

void TestMigrationPlanner::converges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::addRow("odd identifiers everywhere") << QString() << QStringLiteral(R"sql(
        create schema "Weird ""Name""";
        create schema "select";
        create type "select"."order" as enum ('a''b', 'c""d', 'Ünï');
        create table "Weird ""Name"""."with.dot" (
            "spaces here" int primary key,
            "Ünïcödé" text default 'x''y',
            "user" "select"."order",
            "UPPER" int check ("UPPER" > 0)
        );
        create index "idx.with dot" on "Weird ""Name"""."with.dot" ("Ünïcödé");
        create view "select"."from" as select "spaces here" as "a b" from "Weird ""Name"""."with.dot";
        comment on table "Weird ""Name"""."with.dot" is 'it''s odd';
        create function "select"."F"("in" int) returns int language sql as $$ select "in" + 1 $$;
    )sql");
    QTest::addRow("400-character check expression") << QStringLiteral("create table t (a int, b text);")
                                                     << QStringLiteral("create table t (a int, b text, constraint long_check check (%1));")
                                                            .arg(QStringList(20, QStringLiteral("b <> 'forbidden-value'")).join(QStringLiteral(" and ")));
    QTest::addRow("a column default and a function over its table depend on each other")
        << QString() << QStringLiteral(R"sql(
        create table t (a int);
        create function f() returns int language sql begin atomic select count(*)::int from public.t; end;
        alter table t add column b int default f();
    )sql");
    QTest::addRow("function result type changes under a view")
        << QStringLiteral("create function price() returns int language sql as 'select 1'; create view v as select price() as p;")
        << QStringLiteral("create function price() returns numeric language sql as 'select 1.5'; create view v as select price() as p;");
    QTest::addRow("two tables refer to each other")
        << QString() << QStringLiteral(R"sql(
        create table departments (id int primary key, manager int);
        create table people (id int primary key, department int references departments);
        alter table departments add foreign key (manager) references people;
    )sql");
    QTest::addRow("partitioned table gains a partition and an index")
        << QStringLiteral("create table events (at date not null, v int) partition by range (at);"
                          "create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');")
        << QStringLiteral("create table events (at date not null, v int) partition by range (at);"
                          "create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');"
                          "create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');"
                          "create index events_v on events (v);");
    QTest::addRow("serial becomes identity") << QStringLiteral("create table t (id serial primary key);")
                                             << QStringLiteral("create table t (id int generated always as identity primary key);");
    QTest::addRow("a view over a column of an enum made anew")
        << QStringLiteral("create type mood as enum ('a', 'b', 'c'); create table t (m mood); create view v as select m::text as m from t;")
        << QStringLiteral("create type mood as enum ('c', 'a'); create table t (m mood); create view v as select m::text as m from t;");
    QTest::addRow("a domain made anew under a column whose default goes")
        << QStringLiteral("create domain d as text; create table t (c d default ('a' || 'b'));")
        << QStringLiteral("create domain d as integer; create table t (c d);");
    QTest::addRow("a composite type's attribute retyped under a column")
        << QStringLiteral("create type pair as (a int, b text); create table t (x pair); insert into t values (row(1, 'x'));")
        << QStringLiteral("create type pair as (a bigint, b text); create table t (x pair);");
    QTest::addRow("a publication of a table whose name holds a space")
        << QStringLiteral("create table \"Line Items\" (a int); create table t (a int); create publication p for table \"Line Items\";")
        << QStringLiteral("create table \"Line Items\" (a int); create table t (a int); create publication p for table t;");
    QTest::addRow("a server loses its version")
        << QStringLiteral("create foreign data wrapper w; create server s version '1' foreign data wrapper w;")
        << QStringLiteral("create foreign data wrapper w; create server s foreign data wrapper w;");
    QTest::addRow("a partition goes while a foreign key refers to its parent")
        << QStringLiteral("create table p (k int primary key) partition by range (k);"
                          "create table p1 partition of p for values from (0) to (10);"
                          "create table p2 partition of p for values from (10) to (20);"
                          "create table r (k int references p);")
        << QStringLiteral("create table p (k int primary key) partition by range (k);"
                          "create table p1 partition of p for values from (0) to (10);"
                          "create table r (k int references p);");
    QTest::addRow("a child's own NOT NULL on an inherited column goes")
        << QStringLiteral("create table p (a int); create table c () inherits (p); alter table c add primary key (a);")
        << QStringLiteral("create table p (a int); create table c () inherits (p);");
    QTest::addRow("grants on a view's column to its old owner")
        << QStringLiteral("create table t (a int); create view v as select a from t;"
                          "grant insert (a) on v to someone_else; alter view v owner to someone_else;")
        << QStringLiteral("create table t (a int); create view v as select a from t; grant insert (a) on v to someone_else;");
    QTest::addRow("a partitioned table's column retyped, its partitions' defaults with it")
        << QStringLiteral("create table zp (k int, c uuid) partition by list (k); create table ap partition of zp for values in (1);")
        << QStringLiteral("create table zp (k int, c text default 'x') partition by list (k); create table ap partition of zp for values in (1);");
    QTest::addRow("a parent's and a child's column of a range type made anew")
        << QStringLiteral("create type r as range (subtype = integer); create table p (a int, c r); create table c () inherits (p);")
        << QStringLiteral("create type r as range (subtype = numeric); create table p (a int, c r); create table c () inherits (p);");
    QTest::addRow("a table stays clustered on an index made anew with its column")
        << QStringLiteral("create type r as range (subtype = integer); create table t (a int, c r);"
                          "create index i on t (a, c); alter table t cluster on i;")
        << QStringLiteral("create type r as range (subtype = numeric); create table t (a int, c r);"
                          "create index i on t (a, c); alter table t cluster on i;");
    QTest::addRow("a partitioned table's index goes, a partition keeps its own")
        << QStringLiteral("create table p (k int, v int) partition by range (k);"
                          "create table p1 partition of p for values from (0) to (10); create index p1v on p1 (v);"
                          "create index pv on p (v);")
        << QStringLiteral("create table p (k int, v int) partition by range (k);"
                          "create table p1 partition of p for values from (0) to (10); create index p1v on p1 (v);");
    QTest::addRow("owner, grants and comments") << QStringLiteral("create table t (a int);")
                                                << QStringLiteral("create table t (a int); alter table t owner to someone_else;"
                                                                  "grant select on t to public; grant update (a) on t to someone_else;"
                                                                  "comment on column t.a is 'the a';");
}

void TestMigrationPlanner::converges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const auto [a, b] = prepare(from, to);
    QVERIFY2(!a.isEmpty(), "the server refused the test's own SQL");
    SchemaSnapshot before;
    SchemaSnapshot target;
    QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // And back again, from fresh copies.
    const auto [a2, b2] = prepare(from, to);
    problem = m_roundTrip->converge(b2, a2, QStringLiteral("backward"), &before, &target);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMigrationPlanner::enumRebuildKeepsValues()
{
    // A label removed and the others reordered: ALTER TYPE cannot, so the type is made anew and
    // the column goes through text meanwhile, keeping its values.
    const auto [a, b] = prepare(QStringLiteral("create type mood as enum ('sad', 'ok', 'happy');"
                                               "create table t (id int, m mood default 'ok');"
                                               "insert into t values (1, 'sad'), (2, 'ok'), (3, null);"),
                                QStringLiteral("create type mood as enum ('ok', 'sad');"
                                               "create table t (id int, m mood default 'ok');"));
    QVERIFY(!a.isEmpty());
    SchemaSnapshot before, target;
    Migration migration;
    const QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target, &migration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(query(a, QStringLiteral("select id, coalesce(m::text, '-') from t order by id")), QStringLiteral("1|sad\n2|ok\n3|-"));
    const QString script = migration.script();
    QVERIFY2(script.contains(QStringLiteral("ALTER COLUMN m TYPE text USING m::text")), qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("rewrites the table twice")), qPrintable(script));
    QCOMPARE(migration.destructiveCount(), 0);
}

void TestMigrationPlanner::viewOverRetypedColumnIsRebuilt()
{
    const auto [a, b] = prepare(QStringLiteral("create table t (id int, amount int); insert into t values (1, 40), (2, 2);"
                                               "create view big as select id, amount from t where amount > 10;"),
                                QStringLiteral("create table t (id int, amount bigint);"
                                               "create view big as select id, amount from t where amount > 10;"));
    QVERIFY(!a.isEmpty());
    SchemaSnapshot before, target;
    Migration migration;
    const QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target, &migration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList statements = migration.statements();
    const auto at = [&](const QString &start) {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (statements.at(i).startsWith(start))
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype dropView = at(QStringLiteral("DROP VIEW public.big"));
    const qsizetype retype = at(QStringLiteral("ALTER TABLE public.t ALTER COLUMN amount TYPE bigint"));
    const qsizetype createView = at(QStringLiteral("CREATE VIEW public.big"));
    QVERIFY2(dropView >= 0 && retype > dropView && createView > retype, qPrintable(statements.join(QLatin1Char('\n'))));
    QVERIFY2(migration.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("view public.big is dropped and created again")),
             qPrintable(migration.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(query(a, QStringLiteral("select id, amount from big")), QStringLiteral("1|40"));
}

void TestMigrationPlanner::childrenKeepTheirRowsWhenAParentColumnGoes()
{
    // PostgreSQL drops a parent's column from its children and partitions: they are not made
    // anew, and a foreign key to the partitioned parent stays.
    const auto [a, b] = prepare(QStringLiteral("create table p (k int primary key, v int) partition by range (k);"
                                               "create table p1 partition of p for values from (0) to (10);"
                                               "create table r (k int references p);"
                                               "create table base (a int, b int); create table child (x int) inherits (base);"
                                               "insert into p values (1, 1); insert into child values (1, 2, 3);"),
                                QStringLiteral("create table p (k int primary key) partition by range (k);"
                                               "create table p1 partition of p for values from (0) to (10);"
                                               "create table r (k int references p);"
                                               "create table base (a int); create table child (x int) inherits (base);"));
    QVERIFY(!a.isEmpty());
    SchemaSnapshot before, target;
    Migration migration;
    const QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target, &migration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString script = migration.script();
    QVERIFY2(!script.contains(QStringLiteral("DROP TABLE")), qPrintable(script));
    QCOMPARE(query(a, QStringLiteral("select k from p1")), QStringLiteral("1"));
    QCOMPARE(query(a, QStringLiteral("select a, x from child")), QStringLiteral("1|3"));
}

void TestMigrationPlanner::newEnumValueIsAddedOutsideTheTransaction()
{
    // The new value is used by a default in the same migration: only works when it was
    // committed first.
    const auto [a, b] = prepare(QStringLiteral("create type state as enum ('new', 'done'); create table job (s state);"),
                                QStringLiteral("create type state as enum ('new', 'running', 'done');"
                                               "create table job (s state default 'running');"));
    QVERIFY(!a.isEmpty());
    SchemaSnapshot before, target;
    Migration migration;
    const QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target, &migration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!migration.steps.isEmpty());
    QVERIFY(migration.steps.first().outsideTransaction);
    QCOMPARE(migration.steps.first().sql, QStringLiteral("ALTER TYPE public.state ADD VALUE 'running' AFTER 'new';"));
    const QString script = migration.script();
    QVERIFY2(script.indexOf(QStringLiteral("ADD VALUE")) < script.indexOf(QStringLiteral("BEGIN;")), qPrintable(script));
    QVERIFY2(script.indexOf(QStringLiteral("SET DEFAULT")) > script.indexOf(QStringLiteral("BEGIN;")), qPrintable(script));
}

void TestMigrationPlanner::notesSayWhatAStatementCosts_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("destructive");
    const QString base = QStringLiteral("create table t (id int primary key, name varchar(20), n int);");
    QTest::addRow("drop table") << base + QStringLiteral("create table old (a int);") << base << "DROP TABLE public.old"
                                << "every row of the table is lost" << true;
    QTest::addRow("drop column") << base << QStringLiteral("create table t (id int primary key, name varchar(20));")
                                 << "ALTER TABLE public.t DROP COLUMN n" << "the column's data is lost" << true;
    QTest::addRow("widening varchar keeps the table") << base
                                                      << QStringLiteral("create table t (id int primary key, name varchar(40), n int);")
                                                      << "ALTER TABLE public.t ALTER COLUMN name TYPE character varying(40)"
                                                      << "no rewrite" << false;
    QTest::addRow("int to text rewrites") << base << QStringLiteral("create table t (id int primary key, name varchar(20), n text);")
                                          << "ALTER TABLE public.t ALTER COLUMN n TYPE text" << "rewrites the table" << false;
    QTest::addRow("NOT NULL column without default")
        << base << QStringLiteral("create table t (id int primary key, name varchar(20), n int, m int not null);")
        << "ALTER TABLE public.t ADD COLUMN m integer NOT NULL" << "fails when the table has rows" << false;
    QTest::addRow("SET NOT NULL scans") << base << QStringLiteral("create table t (id int primary key, name varchar(20), n int not null);")
                                        << "ALTER TABLE public.t ALTER COLUMN n SET NOT NULL" << "while every row is checked" << false;
    QTest::addRow("foreign key validates") << base + QStringLiteral("create table c (t int);")
                                           << base + QStringLiteral("create table c (t int references t);")
                                           << "ALTER TABLE public.c ADD CONSTRAINT c_t_fkey" << "NOT VALID, then VALIDATE CONSTRAINT" << false;
    QTest::addRow("index blocks writes") << base << base + QStringLiteral("create index t_n on t (n);")
                                         << "CREATE INDEX t_n" << "writes wait while the index is built" << false;
}

void TestMigrationPlanner::notesSayWhatAStatementCosts()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, statement);
    QFETCH(QString, note);
    QFETCH(bool, destructive);
    const auto [a, b] = prepare(from, to);
    QVERIFY(!a.isEmpty());
    SchemaSnapshot before, target;
    Migration migration;
    const QString problem = m_roundTrip->converge(a, b, QStringLiteral("forward"), &before, &target, &migration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const MigrationStep *step = nullptr;
    for (const MigrationStep &s : std::as_const(migration.steps)) {
        if (s.sql.startsWith(statement))
            step = &s;
    }
    QVERIFY2(step, qPrintable(migration.script()));
    QVERIFY2(step->notes.join(QLatin1Char('\n')).contains(note), qPrintable(step->notes.join(QLatin1Char('\n'))));
    QCOMPARE(step->destructive, destructive);
    QCOMPARE(migration.script().contains(QStringLiteral("lose data")), destructive);
}

void TestMigrationPlanner::ignoredOwnersGiveNoStatements()
{
    const auto [a, b] = prepare(QStringLiteral("create table t (a int);"),
                                QStringLiteral("create table t (a int); alter table t owner to someone_else;"));
    QVERIFY(!a.isEmpty());
    SchemaSnapshot from, to;
    QVERIFY_NO_ERROR(m_roundTrip->read(a, &from));
    QVERIFY_NO_ERROR(m_roundTrip->read(b, &to));
    QVERIFY(SchemaDiff::compare(from, to).hasDifferences());
    DiffOptions options;
    options.ignoreOwners = true;
    const SchemaDiff diff = SchemaDiff::compare(from, to, options);
    QVERIFY(!diff.hasDifferences());
    QVERIFY(MigrationPlanner::plan(from, to, diff).isEmpty());
}

void TestMigrationPlanner::identicalDatabasesGiveAnEmptyScript()
{
    const QString schema = QStringLiteral("create table t (a int primary key); create view v as select a from t;");
    const auto [a, b] = prepare(schema, schema);
    QVERIFY(!a.isEmpty());
    SchemaSnapshot from, to;
    QVERIFY_NO_ERROR(m_roundTrip->read(a, &from));
    QVERIFY_NO_ERROR(m_roundTrip->read(b, &to));
    const Migration migration = MigrationPlanner::plan(from, to, SchemaDiff::compare(from, to));
    QVERIFY(migration.isEmpty());
    QVERIFY(migration.script().isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationPlanner)
#include "tst_migrationplanner.moc"
