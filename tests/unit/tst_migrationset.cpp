// Reading migration folders: the layouts, ordering, down parts, checksums and bad files.
#include "migrationhistory.h"
#include "migrationscript.h"
#include "migrationset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Pixetric;

class TestMigrationSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
    void versionsSortNumerically();
    void duplicateVersionsAreProblems();
    void badFilesAreProblemsAndTheRestIsRead();
    void bomAndCrlfDoNotChangeTheChecksum();
    void missingFolder();
    void statementsOutsideTransactions_data();
    void statementsOutsideTransactions();
    void statementLines();
    void statusAgainstHistory();
    void editDescribed();

private:
    static void write(const QDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

void TestMigrationSet::layouts_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("downFile"); // a second file holding the down part, or empty
    QTest::addColumn<QByteArray>("downContent");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::addColumn<bool>("transactional");

    QTest::addRow("own layout with a down section")
        << "0001_create_users.sql" << QByteArray("CREATE TABLE users (id int);\n-- down\nDROP TABLE users;\n") << QString()
        << QByteArray() << int(MigrationFile::Layout::Pixetric) << "0001" << "create users" << "CREATE TABLE users (id int);\n"
        << "DROP TABLE users;" << true;
    QTest::addRow("own layout, timestamped, no down")
        << "20260101120000_add_index.sql" << QByteArray("CREATE INDEX i ON t (a);\n") << QString() << QByteArray()
        << int(MigrationFile::Layout::Pixetric) << "20260101120000" << "add index" << "CREATE INDEX i ON t (a);\n" << QString() << true;
    QTest::addRow("own layout, \"-- DOWN:\" marker")
        << "0002_x.sql" << QByteArray("SELECT 1;\n--DOWN:\nSELECT 2;") << QString() << QByteArray() << int(MigrationFile::Layout::Pixetric)
        << "0002" << "x" << "SELECT 1;\n" << "SELECT 2;" << true;
    QTest::addRow("flyway with an undo file")
        << "V1_2__Add_orders.sql" << QByteArray("CREATE TABLE orders ();\n-- down\n") << "U1_2__Add_orders.sql"
        << QByteArray("DROP TABLE orders;\n") << int(MigrationFile::Layout::Flyway) << "1_2" << "Add orders"
        << "CREATE TABLE orders ();\n-- down\n" << "DROP TABLE orders;" << true;
    QTest::addRow("dbmate")
        << "20250102030405_create_t.sql" << QByteArray("-- a comment\n-- migrate:up\nCREATE TABLE t ();\n\n-- migrate:down\nDROP TABLE t;\n")
        << QString() << QByteArray() << int(MigrationFile::Layout::Dbmate) << "20250102030405" << "create t" << "\nCREATE TABLE t ();\n\n"
        << "DROP TABLE t;" << true;
    QTest::addRow("dbmate outside a transaction")
        << "20250102030406_index.sql" << QByteArray("-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n") << QString()
        << QByteArray() << int(MigrationFile::Layout::Dbmate) << "20250102030406" << "index" << "\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
        << QString() << false;
    QTest::addRow("golang-migrate up and down files")
        << "000003_add_col.up.sql" << QByteArray("ALTER TABLE t ADD c int;") << "000003_add_col.down.sql"
        << QByteArray("ALTER TABLE t DROP c;") << int(MigrationFile::Layout::GolangMigrate) << "000003" << "add col"
        << "ALTER TABLE t ADD c int;" << "ALTER TABLE t DROP c;" << true;
}

void TestMigrationSet::layouts()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, downFile);
    QFETCH(QByteArray, downContent);
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    write(dir, fileName, content);
    if (!downFile.isEmpty())
        write(dir, downFile, downContent);
    write(dir, QStringLiteral("README.md"), "not SQL, not read");

    const MigrationSet set = MigrationSet::read(tmp.path());
    QVERIFY2(set.isUsable(), qPrintable(set.problems.join(QLatin1Char('\n'))));
    QCOMPARE(set.files.size(), 1);
    const MigrationFile &f = set.files.first();
    QTEST(int(f.layout), "layout");
    QTEST(f.version, "version");
    QTEST(f.name, "name");
    QTEST(f.up, "up");
    QTEST(f.down, "down");
    QFETCH(QString, down);
    QCOMPARE(f.hasDown, !down.isEmpty());
    QTEST(f.transactional, "transactional");
    QCOMPARE(f.fileName, fileName);
    QCOMPARE(f.checksum, MigrationSet::checksumOf(f.up));
    QCOMPARE(f.checksum.size(), 64);
}

void TestMigrationSet::versionsSortNumerically()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    for (const char *name : {"V1.10__ten.sql", "V1.9__nine.sql", "V2__two.sql", "V1__one.sql", "V1.9.1__nine_one.sql"})
        write(dir, QLatin1String(name), "SELECT 1;");
    const MigrationSet set = MigrationSet::read(tmp.path());
    QVERIFY2(set.isUsable(), qPrintable(set.problems.join(QLatin1Char('\n'))));
    QStringList versions;
    for (const MigrationFile &f : set.files)
        versions << f.version;
    QCOMPARE(versions, QStringList({"1", "1.9", "1.9.1", "1.10", "2"}));
    QVERIFY(MigrationSet::compareVersions(QStringLiteral("0001"), QStringLiteral("1")) == 0);
    QVERIFY(MigrationSet::compareVersions(QStringLiteral("1_1"), QStringLiteral("1.1")) == 0);
    QVERIFY(MigrationSet::compareVersions(QStringLiteral("20260101000000"), QStringLiteral("20251231235959")) > 0);
    QVERIFY(set.find(QStringLiteral("1.09")));
    QVERIFY(!set.find(QStringLiteral("3")));
}

void TestMigrationSet::duplicateVersionsAreProblems()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    write(dir, QStringLiteral("0001_a.sql"), "SELECT 1;");
    write(dir, QStringLiteral("1_b.sql"), "SELECT 2;");
    write(dir, QStringLiteral("0002_c.sql"), "SELECT 3;");
    const MigrationSet set = MigrationSet::read(tmp.path());
    QVERIFY(!set.isUsable());
    QCOMPARE(set.problems.size(), 1);
    QVERIFY2(set.problems.first().contains(QLatin1String("0001_a.sql")) && set.problems.first().contains(QLatin1String("1_b.sql")),
             qPrintable(set.problems.first()));
    QCOMPARE(set.files.size(), 3);
}

void TestMigrationSet::badFilesAreProblemsAndTheRestIsRead()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    write(dir, QStringLiteral("0001_good.sql"), "SELECT 1;");
    write(dir, QStringLiteral("notes.sql"), "SELECT 2;");
    write(dir, QStringLiteral("0002_latin1.sql"), "SELECT 'caf\xe9';");
    write(dir, QStringLiteral("R__views.sql"), "CREATE VIEW v AS SELECT 1;");
    write(dir, QStringLiteral("0003_dbmate_without_up.sql"), "-- migrate:down\nDROP TABLE t;");
    write(dir, QStringLiteral("U7__orphan.sql"), "DROP TABLE x;");
    const MigrationSet set = MigrationSet::read(tmp.path());
    QCOMPARE(set.files.size(), 1);
    QCOMPARE(set.files.first().fileName, QStringLiteral("0001_good.sql"));
    const QString all = set.problems.join(QLatin1Char('\n'));
    QCOMPARE(set.problems.size(), 5);
    for (const char *named : {"notes.sql", "0002_latin1.sql", "R__views.sql", "0003_dbmate_without_up.sql", "version 7"})
        QVERIFY2(all.contains(QLatin1String(named)), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("UTF-8")), qPrintable(all));
}

void TestMigrationSet::bomAndCrlfDoNotChangeTheChecksum()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    write(dir, QStringLiteral("0001_unix.sql"), "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n");
    write(dir, QStringLiteral("0002_windows.sql"), "\xEF\xBB\xBF" "CREATE TABLE t (a int);\r\nINSERT INTO t VALUES (1);\r\n");
    const MigrationSet set = MigrationSet::read(tmp.path());
    QVERIFY(set.isUsable());
    QCOMPARE(set.files.size(), 2);
    QCOMPARE(set.files.at(1).up, set.files.at(0).up);
    QCOMPARE(set.files.at(1).checksum, set.files.at(0).checksum);
    QVERIFY(!set.files.at(1).up.contains(QLatin1Char('\r')));
}

void TestMigrationSet::missingFolder()
{
    const MigrationSet set = MigrationSet::read(QStringLiteral("/nonexistent/migrations"));
    QVERIFY(!set.isUsable());
    QVERIFY(set.problems.first().contains(QLatin1String("/nonexistent/migrations")));
}

void TestMigrationSet::statementsOutsideTransactions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("outside");
    QTest::addColumn<bool>("control");
    QTest::addRow("create index") << "CREATE INDEX i ON t (a)" << false << false;
    QTest::addRow("create index concurrently") << "CREATE INDEX CONCURRENTLY i ON t (a)" << true << false;
    QTest::addRow("drop index concurrently") << "DROP INDEX CONCURRENTLY i" << true << false;
    QTest::addRow("reindex concurrently") << "REINDEX INDEX CONCURRENTLY i" << true << false;
    QTest::addRow("reindex") << "REINDEX TABLE t" << false << false;
    QTest::addRow("vacuum") << "VACUUM (ANALYZE) t" << true << false;
    QTest::addRow("analyze") << "ANALYZE t" << false << false;
    QTest::addRow("detach concurrently") << "ALTER TABLE p DETACH PARTITION c CONCURRENTLY" << true << false;
    QTest::addRow("detach") << "ALTER TABLE p DETACH PARTITION c" << false << false;
    QTest::addRow("alter system") << "ALTER SYSTEM SET work_mem = '8MB'" << true << false;
    QTest::addRow("create database") << "CREATE DATABASE x" << true << false;
    QTest::addRow("begin") << "BEGIN" << false << true;
    QTest::addRow("commit") << "COMMIT" << false << true;
    QTest::addRow("enum value") << "ALTER TYPE mood ADD VALUE 'meh'" << false << false;
}

void TestMigrationSet::statementsOutsideTransactions()
{
    QFETCH(QString, sql);
    const MigrationScript script = MigrationScript::analyze(sql + QStringLiteral(";\nSELECT 1;"));
    QCOMPARE(script.statements.size(), 2);
    QTEST(script.statements.first().outsideTransaction, "outside");
    QTEST(script.statements.first().transactionControl, "control");
    QFETCH(bool, outside);
    QFETCH(bool, control);
    QCOMPARE(script.fitsOneTransaction(), !outside && !control);
}

void TestMigrationSet::statementLines()
{
    const MigrationScript script =
        MigrationScript::analyze(QStringLiteral("-- first\nCREATE TABLE a ();\n\nCREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql;\nSELECT 2;"), 3);
    QVERIFY(script.parsed);
    QCOMPARE(script.statements.size(), 3);
    QCOMPARE(script.statements.at(0).line, 4);
    QCOMPARE(script.statements.at(1).line, 6);
    QCOMPARE(script.statements.at(2).line, 9);
    const MigrationScript broken = MigrationScript::analyze(QStringLiteral("CREATE TABLE x (a int,);\nSELECT 1;"));
    QVERIFY(!broken.parsed);
    QVERIFY(!broken.syntaxError.isEmpty());
    QCOMPARE(broken.statements.size(), 2);
}

void TestMigrationSet::statusAgainstHistory()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    write(dir, QStringLiteral("0001_a.sql"), "SELECT 1;");
    write(dir, QStringLiteral("0002_b.sql"), "SELECT 2;");
    write(dir, QStringLiteral("0003_c.sql"), "SELECT 3;");
    write(dir, QStringLiteral("0005_e.sql"), "SELECT 5;");
    write(dir, QStringLiteral("0006_f.sql"), "SELECT 6;");
    const MigrationSet set = MigrationSet::read(tmp.path());
    QVERIFY(set.isUsable());
    auto applied = [&](const QString &version, const QString &up, bool success) {
        AppliedMigration a;
        a.version = version;
        a.name = QStringLiteral("n");
        a.fileName = version + QStringLiteral("_n.sql");
        a.upSql = up;
        a.checksum = MigrationSet::checksumOf(up);
        a.success = success;
        a.error = success ? QString() : QStringLiteral("boom");
        a.appliedAt = QStringLiteral("2026-12-01T00:00:00Z");
        return a;
    };
    const QList<AppliedMigration> history = {applied(QStringLiteral("0001"), QStringLiteral("SELECT 1;"), true),
                                             applied(QStringLiteral("0003"), QStringLiteral("SELECT 33;"), true),
                                             applied(QStringLiteral("0004"), QStringLiteral("SELECT 4;"), true),
                                             applied(QStringLiteral("0005"), QStringLiteral("SELECT 5;"), false)};
    const QList<MigrationStatus> status = MigrationHistory::compare(set, history);
    QStringList states;
    for (const MigrationStatus &s : status)
        states << s.version + QLatin1Char('=') + MigrationStatus::stateName(s.state);
    QCOMPARE(states, QStringList({"0001=applied", "0002=out-of-order", "0003=drifted", "0004=missing", "0005=failed", "0006=pending"}));
    QVERIFY2(status.at(2).explanation.contains(QLatin1String("0003_c.sql")), qPrintable(status.at(2).explanation));
    QVERIFY2(status.at(2).explanation.contains(QLatin1String("SELECT 33;")), qPrintable(status.at(2).explanation));
    QVERIFY2(status.at(3).explanation.contains(QLatin1String("0004_n.sql")), qPrintable(status.at(3).explanation));
    QVERIFY2(status.at(1).explanation.contains(QLatin1String("0004")), qPrintable(status.at(1).explanation));
    QStringList pending;
    for (const MigrationFile &f : MigrationHistory::pending(status))
        pending << f.version;
    QCOMPARE(pending, QStringList({"0002", "0005", "0006"}));
}

void TestMigrationSet::editDescribed()
{
    const QString d = MigrationHistory::describeEdit(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc"));
    QVERIFY2(d.contains(QLatin1String("line 2")) && d.contains(QLatin1String("\"b\"")) && d.contains(QLatin1String("\"B\"")), qPrintable(d));
    QVERIFY(MigrationHistory::describeEdit(QStringLiteral("a"), QStringLiteral("a\nnew")).contains(QLatin1String("line 2")));
}

QTEST_GUILESS_MAIN(TestMigrationSet)
#include "tst_migrationset.moc"
