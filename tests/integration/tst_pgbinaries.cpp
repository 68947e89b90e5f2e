#include "pgbinaries.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Pixetric;

// Discovery of the PostgreSQL server programs the local fabric runs. The machine's real
// installation is checked for real; stand-in folders (shell scripts answering --version) show
// the ordering and the refusals, which the machine alone cannot.
class TestPgBinaries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsThisMachinesServer();
    void discoveryIsNewestFirstWithoutDuplicates();
    void overrideComesFirstEvenWhenOlder();
    void environmentOverride();
    void refusesIncompleteFolders_data();
    void refusesIncompleteFolders();

private:
    // A folder holding the four programs; postgres prints version.
    QString makeInstallation(QTemporaryDir &dir, const QString &name, const QString &version,
                             const QStringList &omit = {});
};

QString TestPgBinaries::makeInstallation(QTemporaryDir &dir, const QString &name, const QString &version,
                                         const QStringList &omit)
{
    const QString bin = dir.filePath(name + "/bin");
    QDir().mkpath(bin);
    for (const QString &program : QStringList{"initdb", "pg_ctl", "postgres", "pg_basebackup"}) {
        if (omit.contains(program))
            continue;
        QFile f(bin + "/" + program);
        f.open(QIODevice::WriteOnly);
        f.write(program == "postgres" ? QByteArray("#!/bin/sh\necho 'postgres (PostgreSQL) ") + version.toUtf8() + "'\n"
                                      : QByteArray("#!/bin/sh\nexit 0\n"));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    }
    return bin;
}

void TestPgBinaries::findsThisMachinesServer()
{
    QString error;
    const PgInstallation found = PgBinaries::find({}, &error);
    QVERIFY2(found.isValid(), qPrintable(error));
    QVERIFY(found.major() >= 12);
    // The version read is the one initdb reports too.
    QProcess initdb;
    initdb.start(found.program("initdb"), {"--version"});
    QVERIFY(initdb.waitForFinished(10000));
    const QString text = QString::fromLocal8Bit(initdb.readAllStandardOutput());
    QVERIFY2(text.contains(found.version.toString()), qPrintable(text + " / " + found.version.toString()));
}

void TestPgBinaries::discoveryIsNewestFirstWithoutDuplicates()
{
    const QList<PgInstallation> all = PgBinaries::discover();
    QVERIFY(!all.isEmpty());
    QStringList dirs;
    for (int i = 0; i < all.size(); ++i) {
        QVERIFY2(!dirs.contains(all.at(i).binDirectory), qPrintable(all.at(i).binDirectory));
        dirs << all.at(i).binDirectory;
        if (i > 0)
            QVERIFY(all.at(i - 1).version >= all.at(i).version);
    }
    QCOMPARE(PgBinaries::find().binDirectory, all.first().binDirectory);
}

void TestPgBinaries::overrideComesFirstEvenWhenOlder()
{
    QTemporaryDir dir;
    const QString old = makeInstallation(dir, "old", "9.6.24");
    const PgInstallation pinned = PgBinaries::find(old);
    QVERIFY(pinned.isValid());
    QCOMPARE(pinned.version, QVersionNumber(9, 6, 24));
    QCOMPARE(pinned.binDirectory, QDir(old).canonicalPath());
    const QList<PgInstallation> all = PgBinaries::discover(old);
    QCOMPARE(all.first().binDirectory, QDir(old).canonicalPath());
    QVERIFY(all.size() >= 2); // the machine's own server follows
}

void TestPgBinaries::environmentOverride()
{
    QTemporaryDir dir;
    const QString future = makeInstallation(dir, "future", "99.1");
    qputenv("PIXETRIC_PG_BINDIR", future.toLocal8Bit());
    const PgInstallation found = PgBinaries::find();
    qunsetenv("PIXETRIC_PG_BINDIR");
    QCOMPARE(found.binDirectory, QDir(future).canonicalPath());
    QCOMPARE(found.major(), 99);
    QCOMPARE(found.versionText, QStringLiteral("postgres (PostgreSQL) 99.1"));
}

void TestPgBinaries::refusesIncompleteFolders_data()
{
    QTest::addColumn<QStringList>("omit");
    QTest::addColumn<QString>("version");
    QTest::addRow("no pg_basebackup") << QStringList{"pg_basebackup"} << "16.2";
    QTest::addRow("no initdb") << QStringList{"initdb"} << "16.2";
    QTest::addRow("postgres answers something else") << QStringList{} << "not-a-version";
}

void TestPgBinaries::refusesIncompleteFolders()
{
    QFETCH(QStringList, omit);
    QFETCH(QString, version);
    QTemporaryDir dir;
    QString bin = makeInstallation(dir, "broken", version, omit);
    if (version == "not-a-version") {
        QFile f(bin + "/postgres");
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("#!/bin/sh\necho 'something else'\n");
    }
    QString error;
    const PgInstallation found = PgBinaries::find(bin, &error);
    QVERIFY(!found.isValid());
    QVERIFY2(error.contains(QDir::toNativeSeparators(bin)) && error.contains("bin folder"), qPrintable(error));
    for (const PgInstallation &i : PgBinaries::discover())
        QVERIFY(i.binDirectory != QDir(bin).canonicalPath());
}

QTEST_GUILESS_MAIN(TestPgBinaries)
#include "tst_pgbinaries.moc"
