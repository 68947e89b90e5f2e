// "pixetric migrate" as a shell runs it, against a throwaway cluster by URI and against the
// default branch of a local fabric.
#include "cliprogram.h"
#include "migrationrunner.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "testfabric.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

using Outcome = Pixetric::Test::CliOutcome;

class TestCliMigrate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void statusFollowsTheHistory();
    void folderProblemsFail();
    void unreachableTarget();
    void defaultBranchOfTheFabric();
    void rehearseAndDiscard();
    void malformedFileIsANoGoAndTouchesNothing();
    void lintNamesDangersByFileAndLine();
    void promoteThenUndo();

private:
    Outcome run(const QStringList &args) const { return pixetric(QStringList{QStringLiteral("migrate")} + args); }
    Outcome pixetric(const QStringList &args) const;
    void write(const QString &name, const QByteArray &bytes);
    // The shared folder's migrations copied into dir, with one more file.
    void copyFolderWith(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

    PgTestCluster m_cluster;
    Test::TestFabric m_fabric;
    QTemporaryDir m_dir;
    QString m_program;
};

Outcome TestCliMigrate::pixetric(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIXETRIC_FABRIC"), m_fabric.path());
    env.insert(QStringLiteral("PIXETRIC_NO_SUPERVISOR"), QStringLiteral("1"));
    return Test::runCli(args, env);
}

void TestCliMigrate::write(const QString &name, const QByteArray &bytes)
{
    QFile f(QDir(m_dir.path()).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestCliMigrate::copyFolderWith(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QVERIFY(dir.isValid());
    for (const QString &existing : QDir(m_dir.path()).entryList({QStringLiteral("*.sql")}, QDir::Files))
        QVERIFY(QFile::copy(QDir(m_dir.path()).filePath(existing), QDir(dir.path()).filePath(existing)));
    QFile f(QDir(dir.path()).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestCliMigrate::initTestCase()
{
    m_program = Test::cliProgram();
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Test::cliProgramMissing(m_program)));
    QVERIFY(m_fabric.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE DATABASE app")));
}

void TestCliMigrate::cleanupTestCase()
{
    m_fabric.stopServers();
}

void TestCliMigrate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no subcommand") << QStringList{} << "which subcommand";
    QTest::addRow("unknown subcommand") << QStringList{"sideways"} << "unknown subcommand 'sideways'";
    QTest::addRow("status without a folder") << QStringList{"status"} << "--dir DIR names the migration folder";
    QTest::addRow("unknown option") << QStringList{"status", "--dir", "x", "--colour"} << "unknown option '--colour'";
    QTest::addRow("lint without a folder") << QStringList{"lint"} << "--dir DIR names the migration folder";
    QTest::addRow("lint, odd server version") << QStringList{"lint", "--dir", "x", "--server-version", "eleven"}
                                              << "--server-version takes a PostgreSQL version such as 15 or 9.6, not 'eleven'";
    QTest::addRow("lint, target and version") << QStringList{"lint", "--dir", "x", "--target", "main", "--server-version", "15"}
                                              << "give one of them";
}

void TestCliMigrate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("Usage: pixetric migrate")), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

void TestCliMigrate::statusFollowsTheHistory()
{
    write(QStringLiteral("0001_create_items.sql"), "CREATE TABLE items (id bigint PRIMARY KEY);\n-- down\nDROP TABLE items;\n");
    write(QStringLiteral("0002_add_name.sql"), "ALTER TABLE items ADD COLUMN name text;\n");
    const QString uri = m_cluster.uri(QStringLiteral("app"));
    const QStringList args = {QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--target"), uri};

    Outcome o = run(args);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QRegularExpression(QStringLiteral("\\n +0001 +create items +pending\\n"))), qPrintable(o.out));
    QVERIFY2(!o.out.contains(PgTestCluster::password()), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("2 pending")), qPrintable(o.out));

    // One applied by the runner, the other left pending.
    {
        MigrationSet set = MigrationSet::read(m_dir.path());
        set.files.removeLast();
        PgSession session;
        QVERIFY(session.open(m_cluster.params(QStringLiteral("app"))));
        MigrationRunner runner(session);
        const MigrationRunReport report = runner.run(set);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    o = run(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(o.out.toUtf8()).object();
    const QJsonArray migrations = document.value(QLatin1String("migrations")).toArray();
    QCOMPARE(migrations.size(), 2);
    QCOMPARE(migrations.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(migrations.at(0).toObject().value(QLatin1String("hasDown")).toBool(), true);
    QVERIFY(!migrations.at(0).toObject().value(QLatin1String("appliedAt")).toString().isEmpty());
    QCOMPARE(migrations.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    QVERIFY2(document.value(QLatin1String("target")).toString().contains(QLatin1String("127.0.0.1")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(PgTestCluster::password()), qPrintable(o.out));

    // An applied file edited afterwards: drift, named, with what changed; exit status 1.
    write(QStringLiteral("0001_create_items.sql"), "CREATE TABLE items (id int PRIMARY KEY);\n-- down\nDROP TABLE items;\n");
    o = run(args);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("drifted")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("0001_create_items.sql was edited after it was applied")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("CREATE TABLE items (id int PRIMARY KEY);")), qPrintable(o.out));
    write(QStringLiteral("0001_create_items.sql"), "CREATE TABLE items (id bigint PRIMARY KEY);\n-- down\nDROP TABLE items;\n");
}

void TestCliMigrate::folderProblemsFail()
{
    QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(QStringLiteral("schema.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SELECT 1;");
    f.close();
    const Outcome o = run({QStringLiteral("status"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--target"),
                           m_cluster.uri(QStringLiteral("app"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("schema.sql: not a migration file name")), qPrintable(o.err));
}

void TestCliMigrate::unreachableTarget()
{
    const Outcome o = run({QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--target"),
                           QStringLiteral("postgresql://nobody@127.0.0.1:1/x?connect_timeout=3")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("Cannot connect to nobody@127.0.0.1:1/x: ")) && o.err.contains(QLatin1String("refused")), qPrintable(o.err));
}

void TestCliMigrate::defaultBranchOfTheFabric()
{
    const QStringList status = {QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path()};
    Outcome o = run(status);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("pixetric fabric init")), qPrintable(o.err));

    const Outcome init = pixetric({QStringLiteral("fabric"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    o = run(status);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String(" on main:")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("2 pending")), qPrintable(o.out));
}

void TestCliMigrate::rehearseAndDiscard()
{
    // The fabric's main from defaultBranchOfTheFabric.
    Outcome o = run({QStringLiteral("rehearse"), QStringLiteral("--dir"), m_dir.path()});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString preview = o.out.trimmed();
    QVERIFY2(preview.startsWith(QLatin1String("main-preview-")) && !preview.contains(QLatin1Char('\n')), qPrintable(o.out));
    QVERIFY2(o.err.contains(QLatin1String("GO: the preview ")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("added table public.items")), qPrintable(o.err));

    o = run({QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--target"), preview});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("2 applied")), qPrintable(o.out));
    o = run({QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path()});
    QVERIFY2(o.out.contains(QLatin1String("2 pending")), qPrintable(o.out));

    o = run({QStringLiteral("rehearse"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--preview"), QStringLiteral("named"),
             QStringLiteral("--lock-timeout"), QStringLiteral("2000"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QJsonObject report = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("preview")).toString(), QStringLiteral("named"));
    QCOMPARE(report.value(QLatin1String("go")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("files")).toArray().size(), 2);

    // Promote: a protected target wants its name confirmed; then it gets the migrations; a
    // second promote of the other preview finds them there: a conflict, exit status 4.
    QCOMPARE(pixetric({QStringLiteral("branch"), QStringLiteral("protect"), QStringLiteral("main")}).exitCode, 0);
    o = run({QStringLiteral("promote"), preview});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("main is protected")), qPrintable(o.err));
    o = run({QStringLiteral("promote"), preview, QStringLiteral("--confirm"), QStringLiteral("main"), QStringLiteral("--no-fast-forward")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QLatin1String("Promoted ") + preview + QLatin1String(" into main: 2 migration(s) applied")), qPrintable(o.out));
    o = run({QStringLiteral("status"), QStringLiteral("--dir"), m_dir.path()});
    QVERIFY2(o.out.contains(QLatin1String("2 applied")), qPrintable(o.out));
    o = run({QStringLiteral("promote"), QStringLiteral("named"), QStringLiteral("--confirm"), QStringLiteral("main"), QStringLiteral("--json")});
    QCOMPARE(o.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QLatin1String("outcome")).toString(), QStringLiteral("conflict"));

    for (const QString &name : {preview, QStringLiteral("named")}) {
        o = run({QStringLiteral("discard"), name});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    }
    o = run({QStringLiteral("discard"), QStringLiteral("named")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("named is not a preview branch")), qPrintable(o.err));
    o = run({QStringLiteral("rehearse"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--lock-timeout"), QStringLiteral("soon")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--lock-timeout takes milliseconds")), qPrintable(o.err));
}

void TestCliMigrate::malformedFileIsANoGoAndTouchesNothing()
{
    // main has the folder's two migrations (rehearseAndDiscard); a third file does not parse.
    QTemporaryDir dir;
    copyFolderWith(dir, QStringLiteral("0900_broken.sql"), "CREATE TABL broken (id int;\nINSERT INTO items VALUES ('unterminated);\n");

    Outcome o = run({QStringLiteral("rehearse"), QStringLiteral("--dir"), dir.path()});
    QCOMPARE(o.exitCode, 1);
    const QString preview = o.out.trimmed();
    QVERIFY2(preview.startsWith(QLatin1String("main-preview-")), qPrintable(o.out));
    QVERIFY2(o.err.contains(QLatin1String("NO-GO:")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("0900_broken.sql, line 1: syntax error at or near \"TABL\"")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("Nothing of this file was applied.")), qPrintable(o.err));

    // The target is as it was: its two migrations applied, the broken one pending.
    o = run({QStringLiteral("status"), QStringLiteral("--dir"), dir.path()});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("2 applied")) && o.out.contains(QLatin1String("1 pending")), qPrintable(o.out));
    o = run({QStringLiteral("discard"), preview});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
}

void TestCliMigrate::lintNamesDangersByFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto put = [&](const QString &name, const QByteArray &bytes) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    put(QStringLiteral("0001_orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n"
                                           "CREATE INDEX orders_total_idx ON orders (total);\n");
    put(QStringLiteral("0002_flag.sql"), "-- a flag for every order\n"
                                         "ALTER TABLE orders ADD COLUMN flag boolean NOT NULL DEFAULT false;\n"
                                         "CREATE INDEX orders_flag_idx ON orders (flag);\n");

    // The whole folder, no database, the runner setting both timeouts: orders is made by the
    // folder itself, so locking it hurts nobody.
    Outcome o = run({QStringLiteral("lint"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--lock-timeout"), QStringLiteral("2000"),
                     QStringLiteral("--statement-timeout"), QStringLiteral("60000")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("for PostgreSQL 17.0")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("Checked: files 2, statements 4. Findings: danger 0, advice 0, silenced 0.")), qPrintable(o.out));

    // Against a database where 0001 is applied: 0002 is pending and orders has rows to lock.
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE DATABASE linted")));
    {
        MigrationSet set = MigrationSet::read(dir.path());
        set.files.removeLast();
        PgSession session;
        QVERIFY(session.open(m_cluster.params(QStringLiteral("linted"))));
        const MigrationRunReport report = MigrationRunner(session).run(set);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    PgSession session;
    QVERIFY(session.open(m_cluster.params(QStringLiteral("linted"))));
    const int serverVersion = session.value(QStringLiteral("SHOW server_version_num")).toInt();
    QVERIFY(serverVersion >= 120000);
    const QString uri = m_cluster.uri(QStringLiteral("linted"));
    o = run({QStringLiteral("lint"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--target"), uri});
    QCOMPARE(o.exitCode, 3);
    QVERIFY2(o.out.contains(QStringLiteral("Lint of the migrations pending on ")) && o.out.contains(QStringLiteral(", for PostgreSQL %1.").arg(serverVersion / 10000)),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("0002_flag.sql:2: danger [missing-lock-timeout]")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("0002_flag.sql:3: danger [creating-index-blocking-writes]")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("lock: SHARE on orders")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(QLatin1String("0001_orders.sql")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(QLatin1String("adding-column-with-rewrite")), qPrintable(o.out));
    QVERIFY2(!o.out.contains(PgTestCluster::password()), qPrintable(o.out));

    // 0002 alone, for a server before 11, which writes the constant default into every row.
    QTemporaryDir alone;
    QVERIFY(QFile::copy(QDir(dir.path()).filePath(QStringLiteral("0002_flag.sql")), QDir(alone.path()).filePath(QStringLiteral("0002_flag.sql"))));
    o = run({QStringLiteral("lint"), QStringLiteral("--dir"), alone.path(), QStringLiteral("--server-version"), QStringLiteral("10"),
             QStringLiteral("--json")});
    QCOMPARE(o.exitCode, 3);
    const QJsonObject document = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(document.value(QLatin1String("serverVersion")).toInt(), 100000);
    QStringList rules;
    for (const QJsonValue &f : document.value(QLatin1String("findings")).toArray())
        rules << f.toObject().value(QLatin1String("file")).toString() + QLatin1Char(':') + f.toObject().value(QLatin1String("rule")).toString();
    QCOMPARE(rules, (QStringList{"0002_flag.sql:missing-lock-timeout", "0002_flag.sql:missing-statement-timeout",
                                 "0002_flag.sql:adding-column-with-rewrite", "0002_flag.sql:creating-index-blocking-writes"}));

    // Silenced where the author accepts it.
    put(QStringLiteral("0002_flag.sql"), "SET lock_timeout = '2s';\n"
                                         "ALTER TABLE orders ADD COLUMN flag boolean NOT NULL DEFAULT false;\n"
                                         "-- pixetric-lint: ignore creating-index-blocking-writes, missing-statement-timeout\n"
                                         "CREATE INDEX orders_flag_idx ON orders (flag);\n");
    o = run({QStringLiteral("lint"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--target"), uri});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("danger 0, advice 0, silenced 2")), qPrintable(o.out));

    o = run({QStringLiteral("lint"), QStringLiteral("--rules")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.count(QLatin1Char('\n')) >= 15, qPrintable(o.out));
    QVERIFY2(o.out.contains(QRegularExpression(QStringLiteral("\\nsetting-not-null +danger +SET NOT NULL"))), qPrintable(o.out));
}

void TestCliMigrate::promoteThenUndo()
{
    // main has the folder's two migrations; a third, with a down part, is promoted and undone.
    QTemporaryDir dir;
    copyFolderWith(dir, QStringLiteral("0003_extra.sql"), "CREATE TABLE extra (id bigint PRIMARY KEY);\n-- down\nDROP TABLE extra;\n");

    Outcome o = run({QStringLiteral("rehearse"), QStringLiteral("--dir"), dir.path()});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString preview = o.out.trimmed();
    o = run({QStringLiteral("promote"), preview, QStringLiteral("--no-fast-forward"), QStringLiteral("--confirm"), QStringLiteral("main")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("1 migration(s) applied")), qPrintable(o.out));

    // main is protected (rehearseAndDiscard): the undo wants its name too.
    o = run({QStringLiteral("undo")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("main is protected: confirm the undo")), qPrintable(o.err));
    // The down part drops a table: refused until the loss is accepted.
    o = run({QStringLiteral("undo"), QStringLiteral("--target"), QStringLiteral("main"), QStringLiteral("--confirm"), QStringLiteral("main")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("0003_extra.sql (down part), line 1: loses every row of extra")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("--accept-data-loss")), qPrintable(o.err));
    o = run({QStringLiteral("status"), QStringLiteral("--dir"), dir.path()});
    QVERIFY2(o.out.contains(QLatin1String("3 applied")), qPrintable(o.out));
    o = run({QStringLiteral("undo"), QStringLiteral("--accept-data-loss"), QStringLiteral("--confirm"), QStringLiteral("main"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    const QJsonObject report = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("outcome")).toString(), QStringLiteral("undone"));
    QCOMPARE(report.value(QLatin1String("promotion")).toObject().value(QLatin1String("mode")).toString(), QStringLiteral("applied"));
    o = run({QStringLiteral("status"), QStringLiteral("--dir"), dir.path()});
    QVERIFY2(o.out.contains(QLatin1String("2 applied")) && o.out.contains(QLatin1String("1 pending")), qPrintable(o.out));
    o = run({QStringLiteral("undo"), QStringLiteral("--window-hours"), QStringLiteral("soon")});
    QCOMPARE(o.exitCode, 2);
    o = run({QStringLiteral("discard"), preview});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
