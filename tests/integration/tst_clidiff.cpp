// "pixetric diff" as a shell runs it: against databases of a throwaway cluster by URI, and
// against branches of a local fabric by name.
#include "cliprogram.h"
#include "noerror.h"
#include "pgtestcluster.h"
#include "testfabric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

using Outcome = Pixetric::Test::CliOutcome;

class TestCliDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void identicalDatabasesPrintNothing();
    void migrationAppliesAndExitCodeFollows();
    void jsonListsTheChanges();
    void schemaFilters();
    void ignoreOwners();
    void unreachableServer();
    void unknownBranch();
    void branchesOfAFabric();

private:
    Outcome run(const QStringList &args, const QString &fabric = {}) const;

    PgTestCluster m_cluster;
    Test::TestFabric m_fabric;
    QString m_program;
};

Outcome TestCliDiff::run(const QStringList &args, const QString &fabric) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIXETRIC_FABRIC"), fabric.isEmpty() ? m_fabric.path() + QStringLiteral("/none") : fabric);
    return Test::runCli(args, env);
}

void TestCliDiff::initTestCase()
{
    m_program = Test::cliProgram();
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Test::cliProgramMissing(m_program)));
    QVERIFY(m_fabric.isValid());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(QStringLiteral("create database a; create database b; create database same1; create database same2;"
                                           "create role other_owner;")),
             qPrintable(m_cluster.error()));
    const QString common = QStringLiteral("create schema app; create table app.items (id int primary key, name text);"
                                          "create schema audit; create table audit.log (at timestamptz);");
    QVERIFY2(m_cluster.psql(common, nullptr, QStringLiteral("a")), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(common + QStringLiteral("alter table app.items add column price numeric(10,2) default 0;"
                                                    "create index items_name on app.items (name);"
                                                    "alter table audit.log add column who text;"
                                                    "alter table app.items owner to other_owner;"),
                            nullptr, QStringLiteral("b")),
             qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(common, nullptr, QStringLiteral("same1")), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(common, nullptr, QStringLiteral("same2")), qPrintable(m_cluster.error()));
}

void TestCliDiff::cleanupTestCase()
{
    m_fabric.stopServers();
}

void TestCliDiff::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("nothing to compare") << QStringList{"diff"} << "arguments are missing";
    QTest::addRow("one side only") << QStringList{"diff", "main"} << "arguments are missing";
    QTest::addRow("three sides") << QStringList{"diff", "a", "b", "c"} << "too many arguments";
    QTest::addRow("unknown format") << QStringList{"diff", "a", "b", "--format", "xml"} << "--format is sql or json";
    QTest::addRow("unknown thing to ignore") << QStringList{"diff", "a", "b", "--ignore", "owners,colours"} << "Unknown item \"colours\"";
    QTest::addRow("unknown option") << QStringList{"diff", "a", "b", "--colour"} << "unknown option '--colour'";
    QTest::addRow("schema without a name") << QStringList{"diff", "a", "b", "--schema"} << "--schema needs a value";
}

void TestCliDiff::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("Usage: pixetric diff")), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

void TestCliDiff::identicalDatabasesPrintNothing()
{
    const Outcome o = run({QStringLiteral("diff"), m_cluster.uri(QStringLiteral("same1")), m_cluster.uri(QStringLiteral("same2")),
                           QStringLiteral("--exit-code")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY_NO_ERROR(o.out);
}

void TestCliDiff::migrationAppliesAndExitCodeFollows()
{
    const QString a = m_cluster.uri(QStringLiteral("a"));
    const QString b = m_cluster.uri(QStringLiteral("b"));
    Outcome o = run({QStringLiteral("diff"), a, b, QStringLiteral("--exit-code")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QStringLiteral("ALTER TABLE app.items ADD COLUMN price numeric(10,2) DEFAULT 0")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("BEGIN;")) && o.out.contains(QStringLiteral("COMMIT;")), qPrintable(o.out));
    // Without --exit-code, differences are success.
    QCOMPARE(run({QStringLiteral("diff"), a, b}).exitCode, 0);
    // Standard output is the script and nothing else: psql runs it as it is.
    QVERIFY2(m_cluster.psql(o.out, nullptr, QStringLiteral("a")), qPrintable(m_cluster.error()));
    o = run({QStringLiteral("diff"), a, b, QStringLiteral("--exit-code")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY_NO_ERROR(o.out);
    // Undo for the tests after this one.
    o = run({QStringLiteral("diff"), a, m_cluster.uri(QStringLiteral("same1"))});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(m_cluster.psql(o.out, nullptr, QStringLiteral("a")), qPrintable(m_cluster.error()));
}

void TestCliDiff::jsonListsTheChanges()
{
    const Outcome o = run({QStringLiteral("diff"), m_cluster.uri(QStringLiteral("a")), m_cluster.uri(QStringLiteral("b")),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(o.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(o.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + o.out));
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &v : document.object().value(QStringLiteral("changes")).toArray())
        byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    QCOMPARE(byKey.value(QStringLiteral("column app.items.price")).value(QStringLiteral("change")).toString(), QStringLiteral("added"));
    QCOMPARE(byKey.value(QStringLiteral("index app.items_name")).value(QStringLiteral("change")).toString(), QStringLiteral("added"));
    const QJsonObject items = byKey.value(QStringLiteral("table app.items"));
    QCOMPARE(items.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    const QJsonObject owner = items.value(QStringLiteral("attributes")).toArray().first().toObject();
    QCOMPARE(owner.value(QStringLiteral("attribute")).toString(), QStringLiteral("owner"));
    QCOMPARE(owner.value(QStringLiteral("from")).toString(), PgTestCluster::superuser());
    QCOMPARE(owner.value(QStringLiteral("to")).toString(), QStringLiteral("other_owner"));
    QVERIFY(document.object().value(QStringLiteral("identical")).toInt() > 0);
}

void TestCliDiff::schemaFilters()
{
    const QString a = m_cluster.uri(QStringLiteral("a"));
    const QString b = m_cluster.uri(QStringLiteral("b"));
    Outcome o = run({QStringLiteral("diff"), a, b, QStringLiteral("--schema"), QStringLiteral("audit")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QStringLiteral("audit.log ADD COLUMN who")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(QStringLiteral("app.items")), qPrintable(o.out));
    o = run({QStringLiteral("diff"), a, b, QStringLiteral("--exclude-schema"), QStringLiteral("audit"), QStringLiteral("--exclude-schema=app"),
             QStringLiteral("--exit-code")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY_NO_ERROR(o.out);
}

void TestCliDiff::ignoreOwners()
{
    const Outcome o = run({QStringLiteral("diff"), m_cluster.uri(QStringLiteral("a")), m_cluster.uri(QStringLiteral("b")),
                           QStringLiteral("--ignore"), QStringLiteral("owners,comments")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(!o.out.contains(QStringLiteral("OWNER TO other_owner")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("ADD COLUMN price")), qPrintable(o.out));
}

void TestCliDiff::unreachableServer()
{
    // A port nothing listens on.
    const Outcome o = run({QStringLiteral("diff"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x?connect_timeout=2"),
                           m_cluster.uri(QStringLiteral("a"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("Could not connect")), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

void TestCliDiff::unknownBranch()
{
    const Outcome o = run({QStringLiteral("diff"), QStringLiteral("no-such-branch"), m_cluster.uri(QStringLiteral("a"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("neither a postgresql:// URI nor a branch")), qPrintable(o.err));
}

void TestCliDiff::branchesOfAFabric()
{
    const QString fabric = m_fabric.path() + QStringLiteral("/fabric");
    Outcome o = run({QStringLiteral("fabric"), QStringLiteral("init")}, fabric);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = run({QStringLiteral("branch"), QStringLiteral("create"), QStringLiteral("dev")}, fabric);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = run({QStringLiteral("branch"), QStringLiteral("connstr"), QStringLiteral("dev")}, fabric);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString dev = o.out.trimmed();
    o = run({QStringLiteral("query"), dev, QStringLiteral("create table feature (id int primary key)")}, fabric);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = run({QStringLiteral("branch"), QStringLiteral("suspend"), QStringLiteral("main")}, fabric);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));

    // main's compute is started for the comparison.
    o = run({QStringLiteral("diff"), QStringLiteral("main"), QStringLiteral("dev"), QStringLiteral("--exit-code")}, fabric);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QStringLiteral("CREATE TABLE public.feature")), qPrintable(o.out + o.err));
    o = run({QStringLiteral("diff"), QStringLiteral("dev"), QStringLiteral("dev"), QStringLiteral("--exit-code")}, fabric);
    QCOMPARE(o.exitCode, 0);
    QVERIFY_NO_ERROR(o.out);
    // A branch and a URI side by side.
    o = run({QStringLiteral("diff"), QStringLiteral("dev"), dev, QStringLiteral("--exit-code")}, fabric);
    QCOMPARE(o.exitCode, 0);
    m_fabric.stopServers();
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
