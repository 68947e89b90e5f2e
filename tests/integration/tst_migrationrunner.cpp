// The migration runner against a real cluster: history, transactions, statements that must run
// outside one, failures, drift, the advisory lock, timeouts and a connection that dies.
#include "migrationhistory.h"
#include "migrationrunner.h"
#include "pgsession.h"
#include "pgtestcluster.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void appliesInOrderAndRecordsHistory();
    void failingFileLeavesNothingOfItself();
    void oneTransactionKeepsNothingOfTheRun();
    void concurrentIndexRunsOutsideATransaction();
    void failedConcurrentIndexIsReported();
    void fileWithItsOwnTransaction();
    void driftStopsTheRun();
    void outOfOrderFileRuns();
    void folderWithProblemsIsNotRun();
    void heldLockIsReportedWithItsHolder();
    void twoRunnersApplyEachFileOnce();
    void lockTimeoutFailsCleanly();
    void deadlockFailsCleanly();
    void connectionDyingMidFile();
    void bomAndCrlfFileRuns();
    void historySchemaDoesNotCatchNewTables();

private:
    QString database() const { return QStringLiteral("m%1").arg(m_round); }
    QDir freshFolder();
    // Runs the folder's migrations, all but the last leaveOut, on a session of its own.
    MigrationRunReport apply(const QDir &dir, const MigrationRunOptions &options = {}, int leaveOut = 0);
    void write(const QDir &dir, const QString &name, const QByteArray &bytes);
    bool open(PgSession &session);
    QList<QStringList> rows(const QString &sql);
    QString value(const QString &sql);

    PgTestCluster m_cluster;
    QTemporaryDir m_work;
    int m_round = 0;
};

void TestMigrationRunner::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_work.isValid());
}

void TestMigrationRunner::init()
{
    ++m_round;
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(database())));
}

QDir TestMigrationRunner::freshFolder()
{
    QDir dir(m_work.path());
    dir.mkpath(database());
    dir.cd(database());
    return dir;
}

MigrationRunReport TestMigrationRunner::apply(const QDir &dir, const MigrationRunOptions &options, int leaveOut)
{
    MigrationSet set = MigrationSet::read(dir.path());
    set.files.resize(std::max<qsizetype>(0, set.files.size() - leaveOut));
    PgSession session;
    if (!open(session)) {
        MigrationRunReport failed;
        failed.error = session.errorText();
        return failed;
    }
    MigrationRunner runner(session);
    return runner.run(set, options);
}

void TestMigrationRunner::write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

bool TestMigrationRunner::open(PgSession &session)
{
    return session.open(m_cluster.params(database()));
}

QList<QStringList> TestMigrationRunner::rows(const QString &sql)
{
    PgSession s;
    QList<QStringList> result;
    if (!open(s) || !s.query(sql, &result))
        qWarning() << "query failed:" << s.errorText();
    return result;
}

QString TestMigrationRunner::value(const QString &sql)
{
    return rows(sql).value(0).value(0);
}

void TestMigrationRunner::appliesInOrderAndRecordsHistory()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0002_add_email.sql"), "ALTER TABLE users ADD COLUMN email text;\n-- down\nALTER TABLE users DROP COLUMN email;\n");
    write(dir, QStringLiteral("0001_create_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\nINSERT INTO users VALUES (1), (2);\n");
    write(dir, QStringLiteral("0003_index.sql"), "CREATE INDEX users_email ON users (email);\n");
    const MigrationSet set = MigrationSet::read(dir.path());
    PgSession session;
    QVERIFY(open(session));
    MigrationRunner runner(session);
    int progressCalls = 0;
    runner.setProgress([&](const FileRun &, const StatementRun &) { ++progressCalls; });
    const MigrationRunReport report = runner.run(set);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.appliedCount(), 3);
    QCOMPARE(progressCalls, 4);
    QCOMPARE(report.files.at(0).statements.size(), 2);
    QCOMPARE(report.files.at(0).statements.at(1).line, 2);
    QCOMPARE(report.files.at(0).statements.at(1).commandTag, QStringLiteral("INSERT 0 2"));
    QVERIFY(report.files.at(0).inTransaction);

    const QList<QStringList> history =
        rows(QStringLiteral("SELECT version, file_name, checksum, success, duration_ms >= 0, applied_by, down_sql IS NOT NULL "
                            "FROM pixetric.schema_migrations ORDER BY applied_order"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).value(0), QStringLiteral("0001"));
    QCOMPARE(history.at(1).value(1), QStringLiteral("0002_add_email.sql"));
    QCOMPARE(history.at(1).value(2), set.files.at(1).checksum);
    QCOMPARE(history.at(2).value(3), QStringLiteral("t"));
    QCOMPARE(history.at(2).value(4), QStringLiteral("t"));
    QCOMPARE(history.at(2).value(5), PgTestCluster::superuser());
    QCOMPARE(history.at(1).value(6), QStringLiteral("t"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM users WHERE email IS NULL")), QStringLiteral("2"));

    // Nothing is pending any more: a second run applies nothing.
    const MigrationRunReport again = runner.run(set);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.files.size(), 0);
    QList<AppliedMigration> applied;
    QString error;
    QVERIFY(MigrationHistory::read(session, &applied, &error));
    for (const MigrationStatus &s : MigrationHistory::compare(set, applied))
        QCOMPARE(s.state, MigrationStatus::State::Applied);
}

void TestMigrationRunner::failingFileLeavesNothingOfItself()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_ok.sql"), "CREATE TABLE a (id int);\n");
    write(dir, QStringLiteral("0002_breaks.sql"), "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n\nALTER TABLE nope ADD c int;\n");
    write(dir, QStringLiteral("0003_never.sql"), "CREATE TABLE c (id int);\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY(!report.ok);
    QCOMPARE(report.files.size(), 2);
    QVERIFY(report.files.at(0).ok);
    const FileRun &failed = report.files.at(1);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.failedLine, 4);
    QCOMPARE(failed.failingStatement, QStringLiteral("ALTER TABLE nope ADD c int"));
    QVERIFY2(report.error.contains(QLatin1String("0002_breaks.sql, line 4")) && report.error.contains(QLatin1String("\"nope\"")),
             qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('b') IS NULL AND to_regclass('c') IS NULL AND to_regclass('a') IS NOT NULL")),
             QStringLiteral("t"));
    const QList<QStringList> history =
        rows(QStringLiteral("SELECT version, success, error, failing_statement FROM pixetric.schema_migrations ORDER BY 1"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).value(1), QStringLiteral("f"));
    QVERIFY(history.at(1).value(2).contains(QLatin1String("nope")));
    QCOMPARE(history.at(1).value(3), QStringLiteral("ALTER TABLE nope ADD c int"));

    // Mended, the failed file and the one after it run.
    write(dir, QStringLiteral("0002_breaks.sql"), "CREATE TABLE b (id int);\n");
    const MigrationRunReport mended = apply(dir);
    QVERIFY2(mended.ok, qPrintable(mended.error));
    QCOMPARE(mended.appliedCount(), 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations WHERE success")), QStringLiteral("3"));
}

void TestMigrationRunner::oneTransactionKeepsNothingOfTheRun()
{
    MigrationRunOptions together;
    together.oneTransaction = true;

    // A file that fails takes the files before it with it, and the history names it.
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_ok.sql"), "CREATE TABLE a (id int);\n");
    write(dir, QStringLiteral("0002_breaks.sql"), "CREATE TABLE b (id int);\nALTER TABLE nope ADD c int;\n");
    const MigrationRunReport report = apply(dir, together);
    QVERIFY(!report.ok);
    QCOMPARE(report.files.size(), 2);
    QVERIFY(!report.files.at(0).ok);
    QVERIFY2(report.error.contains(QLatin1String("none of them was applied")), qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('a') IS NULL AND to_regclass('b') IS NULL")), QStringLiteral("t"));
    QCOMPARE(rows(QStringLiteral("SELECT version, success, failing_statement FROM pixetric.schema_migrations")),
             (QList<QStringList>{{QStringLiteral("0002"), QStringLiteral("f"), QStringLiteral("ALTER TABLE nope ADD c int")}}));

    // A deferred constraint fails only at COMMIT: nothing stays, and the last file carries it.
    write(dir, QStringLiteral("0002_breaks.sql"),
          "CREATE TABLE p (id int PRIMARY KEY);\n"
          "CREATE TABLE r (p int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
          "INSERT INTO r VALUES (7);\n");
    const MigrationRunReport atCommit = apply(dir, together);
    QVERIFY(!atCommit.ok);
    QVERIFY2(atCommit.error.contains(QLatin1String("could not be committed")) && atCommit.error.contains(QLatin1String("foreign key")),
             qPrintable(atCommit.error));
    QVERIFY(std::none_of(atCommit.files.cbegin(), atCommit.files.cend(), [](const FileRun &f) { return f.ok; }));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('a') IS NULL AND to_regclass('p') IS NULL")), QStringLiteral("t"));
    const QList<QStringList> history = rows(QStringLiteral("SELECT version, success, error FROM pixetric.schema_migrations"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).value(0), QStringLiteral("0002"));
    QCOMPARE(history.at(0).value(1), QStringLiteral("f"));
    QVERIFY2(history.at(0).value(2).contains(QLatin1String("foreign key")), qPrintable(history.at(0).value(2)));
}

void TestMigrationRunner::concurrentIndexRunsOutsideATransaction()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a int);\nINSERT INTO t SELECT generate_series(1, 1000);\n");
    write(dir, QStringLiteral("0002_index.sql"), "CREATE INDEX CONCURRENTLY t_a ON t (a);\nANALYZE t;\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.files.at(0).inTransaction);
    QVERIFY(!report.files.at(1).inTransaction);
    QCOMPARE(value(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a'::regclass")), QStringLiteral("t"));
    QCOMPARE(value(QStringLiteral("SELECT success FROM pixetric.schema_migrations WHERE version = '0002'")), QStringLiteral("t"));
}

void TestMigrationRunner::failedConcurrentIndexIsReported()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1), (1);\n");
    write(dir, QStringLiteral("0002_unique.sql"), "CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a);\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY(!report.ok);
    QCOMPARE(report.files.size(), 2);
    QCOMPARE(report.files.at(1).invalidIndexes, QStringList({QStringLiteral("t_a_key on t")}));
    QCOMPARE(value(QStringLiteral("SELECT success FROM pixetric.schema_migrations WHERE version = '0002'")), QStringLiteral("f"));
}

void TestMigrationRunner::fileWithItsOwnTransaction()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_own.sql"), "BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;\nBEGIN;\nCREATE TABLE u (a int);\nCOMMIT;\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!report.files.first().inTransaction);
    QCOMPARE(report.files.first().statements.size(), 6);
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('u') IS NOT NULL")), QStringLiteral("t"));
}

void TestMigrationRunner::driftStopsTheRun()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a int);\n");
    PgSession session;
    QVERIFY(open(session));
    MigrationRunner runner(session);
    QVERIFY(runner.run(MigrationSet::read(dir.path())).ok);
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a bigint);\n");
    write(dir, QStringLiteral("0002_u.sql"), "CREATE TABLE u (a int);\n");
    const MigrationSet edited = MigrationSet::read(dir.path());
    const MigrationRunReport report = runner.run(edited);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("0001_t.sql")) && report.error.contains(QLatin1String("CREATE TABLE t (a bigint);")),
             qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('u') IS NULL")), QStringLiteral("t"));
    QList<AppliedMigration> history;
    QString error;
    QVERIFY(MigrationHistory::read(session, &history, &error));
    QCOMPARE(MigrationHistory::compare(edited, history).first().state, MigrationStatus::State::Drifted);
}

void TestMigrationRunner::outOfOrderFileRuns()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_a.sql"), "CREATE TABLE a ();\n");
    write(dir, QStringLiteral("0003_c.sql"), "CREATE TABLE c ();\n");
    PgSession session;
    QVERIFY(open(session));
    MigrationRunner runner(session);
    QVERIFY(runner.run(MigrationSet::read(dir.path())).ok);
    write(dir, QStringLiteral("0002_b.sql"), "CREATE TABLE b ();\n");
    const MigrationSet set = MigrationSet::read(dir.path());
    QList<AppliedMigration> history;
    QString error;
    QVERIFY(MigrationHistory::read(session, &history, &error));
    QCOMPARE(MigrationHistory::compare(set, history).at(1).state, MigrationStatus::State::OutOfOrder);
    const MigrationRunReport report = runner.run(set);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().version, QStringLiteral("0002"));
}

void TestMigrationRunner::folderWithProblemsIsNotRun()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_a.sql"), "CREATE TABLE a ();\n");
    write(dir, QStringLiteral("1_again.sql"), "CREATE TABLE b ();\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("same version")), qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('a') IS NULL AND to_regclass('pixetric.schema_migrations') IS NULL")),
             QStringLiteral("t"));
}

void TestMigrationRunner::heldLockIsReportedWithItsHolder()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_a.sql"), "CREATE TABLE a ();\n");
    PgSession holder;
    QVERIFY(open(holder));
    QVERIFY(holder.query(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationHistory::LockKey)));
    const QString pid = holder.value(QStringLiteral("SELECT pg_backend_pid()"));
    PgSession session;
    QVERIFY(open(session));
    MigrationRunner runner(session);
    MigrationRunOptions options;
    options.lockWaitMs = 600;
    const MigrationRunReport report = runner.run(MigrationSet::read(dir.path()), options);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("server process ") + pid), qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('a') IS NULL")), QStringLiteral("t"));
    // Once the holder lets go, the runner gets through.
    holder.close();
    options.lockWaitMs = 10000;
    const MigrationRunReport after = runner.run(MigrationSet::read(dir.path()), options);
    QVERIFY2(after.ok, qPrintable(after.error));
}

void TestMigrationRunner::twoRunnersApplyEachFileOnce()
{
    const QDir dir = freshFolder();
    // pg_sleep keeps the first runner inside its lock long enough for the second to wait.
    write(dir, QStringLiteral("0001_slow.sql"), "CREATE TABLE counter (n int);\nSELECT pg_sleep(0.5);\n");
    write(dir, QStringLiteral("0002_count.sql"), "INSERT INTO counter VALUES (1);\n");
    const MigrationSet set = MigrationSet::read(dir.path());
    auto runOnce = [this, &set] {
        PgSession session;
        if (!open(session))
            return MigrationRunReport();
        MigrationRunner runner(session);
        return runner.run(set);
    };
    QFuture<MigrationRunReport> first = QtConcurrent::run(runOnce);
    QFuture<MigrationRunReport> second = QtConcurrent::run(runOnce);
    const MigrationRunReport a = first.result();
    const MigrationRunReport b = second.result();
    QVERIFY2(a.ok, qPrintable(a.error));
    QVERIFY2(b.ok, qPrintable(b.error));
    QCOMPARE(a.appliedCount() + b.appliedCount(), 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM counter")), QStringLiteral("1"));
}

void TestMigrationRunner::lockTimeoutFailsCleanly()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a int);\n");
    write(dir, QStringLiteral("0002_alter.sql"), "CREATE TABLE side (a int);\nALTER TABLE t ADD COLUMN b int;\n");
    QVERIFY(apply(dir, {}, 1).ok);
    PgSession blocker;
    QVERIFY(open(blocker));
    QVERIFY(blocker.query(QStringLiteral("BEGIN")));
    QVERIFY(blocker.query(QStringLiteral("LOCK TABLE t IN ACCESS SHARE MODE")));
    MigrationRunOptions options;
    options.lockTimeoutMs = 300;
    PgSession session;
    QVERIFY(open(session));
    MigrationRunner runner(session);
    const MigrationRunReport report = runner.run(MigrationSet::read(dir.path()), options);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("lock timeout")), qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('side') IS NULL")), QStringLiteral("t"));
    QCOMPARE(value(QStringLiteral("SELECT success FROM pixetric.schema_migrations WHERE version = '0002'")), QStringLiteral("f"));
    // The run's settings do not outlive it.
    QCOMPARE(session.value(QStringLiteral("SHOW lock_timeout")), QStringLiteral("0"));
    QVERIFY(blocker.query(QStringLiteral("ROLLBACK")));
    QVERIFY(runner.run(MigrationSet::read(dir.path()), options).ok);
}

void TestMigrationRunner::deadlockFailsCleanly()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE a (x int);\nCREATE TABLE b (x int);\n");
    write(dir, QStringLiteral("0002_both.sql"), "CREATE TABLE side (x int);\nLOCK TABLE a IN ACCESS EXCLUSIVE MODE;\n"
                                                "LOCK TABLE b IN ACCESS EXCLUSIVE MODE;\n");
    QVERIFY(apply(dir, {}, 1).ok);
    // Another session holds b; the migration takes a and waits for b; then the other session
    // asks for a. The migration waited first, so its deadlock check runs first: it is the victim.
    PgSession other;
    QVERIFY(open(other));
    QVERIFY(other.query(QStringLiteral("BEGIN")));
    QVERIFY(other.query(QStringLiteral("LOCK TABLE b IN ACCESS EXCLUSIVE MODE")));
    QFuture<MigrationRunReport> run = QtConcurrent::run([this, &dir] { return apply(dir); });
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                   "AND query LIKE 'LOCK TABLE b%'")),
                              QStringLiteral("1"), 10000);
    QVERIFY2(other.query(QStringLiteral("LOCK TABLE a IN ACCESS EXCLUSIVE MODE"), nullptr, 10000), qPrintable(other.errorText()));
    QVERIFY(other.query(QStringLiteral("ROLLBACK")));
    const MigrationRunReport report = run.result();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("deadlock")), qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('side') IS NULL")), QStringLiteral("t"));
    QCOMPARE(value(QStringLiteral("SELECT success FROM pixetric.schema_migrations WHERE version = '0002'")), QStringLiteral("f"));
}

void TestMigrationRunner::connectionDyingMidFile()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_dies.sql"), "CREATE TABLE t (a int);\nSELECT pg_terminate_backend(pg_backend_pid());\n");
    write(dir, QStringLiteral("0002_dies_outside.sql"),
          "CREATE INDEX CONCURRENTLY t_a ON t (a);\nSELECT pg_terminate_backend(pg_backend_pid());\n");
    const MigrationRunReport report = apply(dir, {}, 1);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("history could not record")), qPrintable(report.error));
    // The transaction went with the connection: nothing of the file, no history row.
    QCOMPARE(value(QStringLiteral("SELECT to_regclass('t') IS NULL")), QStringLiteral("t"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations")), QStringLiteral("0"));

    // Statement by statement, the row written beforehand says the run was cut short.
    write(dir, QStringLiteral("0001_dies.sql"), "CREATE TABLE t (a int);\n");
    const MigrationSet mended = MigrationSet::read(dir.path());
    const MigrationRunReport cut = apply(dir);
    QVERIFY(!cut.ok);
    QCOMPARE(cut.appliedCount(), 1);
    PgSession reader;
    QVERIFY(open(reader));
    QList<AppliedMigration> history;
    QString error;
    QVERIFY(MigrationHistory::read(reader, &history, &error));
    const QList<MigrationStatus> status = MigrationHistory::compare(mended, history);
    QCOMPARE(status.at(1).state, MigrationStatus::State::Failed);
    QVERIFY2(status.at(1).explanation.contains(QLatin1String("cut short")), qPrintable(status.at(1).explanation));
}

void TestMigrationRunner::bomAndCrlfFileRuns()
{
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_windows.sql"), "\xEF\xBB\xBF" "CREATE TABLE w (a text);\r\nINSERT INTO w VALUES ('line\r\nbreak');\r\n");
    const MigrationRunReport report = apply(dir);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(value(QStringLiteral("SELECT length(a) FROM w")), QStringLiteral("10"));
}

void TestMigrationRunner::historySchemaDoesNotCatchNewTables()
{
    // A role called pixetric finds the schema pixetric through "$user" in the default search path.
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE ROLE pixetric LOGIN SUPERUSER PASSWORD 'pw'")));
    const QDir dir = freshFolder();
    write(dir, QStringLiteral("0001_t.sql"), "CREATE TABLE t (a int);\n");
    write(dir, QStringLiteral("0002_u.sql"), "CREATE TABLE u (a int);\n");
    ConnectionParams params = m_cluster.params(database());
    params.set(QStringLiteral("user"), QStringLiteral("pixetric"));
    params.set(QStringLiteral("password"), QStringLiteral("pw"));
    for (int i = 0; i < 2; ++i) {
        MigrationSet set = MigrationSet::read(dir.path());
        set.files.resize(i + 1);
        PgSession session;
        QVERIFY2(session.open(params), qPrintable(session.errorText()));
        MigrationRunner runner(session);
        const MigrationRunReport report = runner.run(set);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(session.value(QStringLiteral("SHOW search_path")), QStringLiteral("\"$user\", public"));
    }
    QCOMPARE(value(QStringLiteral("SELECT string_agg(relnamespace::regnamespace::text || '.' || relname, ',' ORDER BY relname) "
                                  "FROM pg_class WHERE relname IN ('t', 'u')")),
             QStringLiteral("public.t,public.u"));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
