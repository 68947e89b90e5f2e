#include "fabricregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Pixetric;

class TestFabricRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndReopens();
    void refusesANewerRegistryAndLeavesItAlone();
    void refusesSomethingElse();
    void branchNames_data();
    void branchNames();
    void duplicateNamesPortsAndFolders();
    void settings();

private:
    BranchRecord branch(const QString &name, int port) const
    {
        BranchRecord b;
        b.name = name;
        b.port = port;
        b.dataDirectory = QStringLiteral("/fabric/branches/%1").arg(port);
        b.state = QStringLiteral("ready");
        return b;
    }
};

void TestFabricRegistry::createsAndReopens()
{
    QTemporaryDir dir;
    const QString fabric = dir.filePath("fabric ä");
    qint64 mainId = 0;
    {
        FabricRegistry registry;
        QCOMPARE(registry.open(fabric), QString());
        QVERIFY(QFile::exists(QDir(fabric).filePath(FabricRegistry::fileName())));
        BranchRecord main = branch("main", 54001);
        main.isDefault = true;
        main.isProtected = true;
        main.cloneMethod = "initdb";
        QCOMPARE(registry.addBranch(main, &mainId), QString());
        BranchRecord child = branch("feature-1.x", 54002);
        child.parentId = mainId;
        child.branchLsn = "0/3000060";
        child.branchTime = QDateTime::fromMSecsSinceEpoch(1763700000123, QTimeZone::utc());
        QCOMPARE(registry.addBranch(child), QString());
    }
    FabricRegistry again;
    QCOMPARE(again.open(fabric), QString());
    const QList<BranchRecord> all = again.branches();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("main"));
    QVERIFY(all.at(0).isDefault && all.at(0).isProtected);
    QCOMPARE(all.at(0).parentId, 0);
    QCOMPARE(all.at(1).parentId, mainId);
    QCOMPARE(all.at(1).branchLsn, QStringLiteral("0/3000060"));
    QCOMPARE(all.at(1).branchTime.toMSecsSinceEpoch(), 1763700000123);
    QCOMPARE(all.at(1).port, 54002);
    QCOMPARE(all.at(1).autoSuspendSeconds, 300);

    QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw-wal");
    raw.setDatabaseName(again.path());
    QVERIFY(raw.open());
    QSqlQuery q(raw);
    QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase("raw-wal");
}

void TestFabricRegistry::refusesANewerRegistryAndLeavesItAlone()
{
    QTemporaryDir dir;
    {
        FabricRegistry registry;
        QCOMPARE(registry.open(dir.path()), QString());
        QCOMPARE(registry.addBranch(branch("main", 54001)), QString());
    }
    const QString path = dir.filePath(FabricRegistry::fileName());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw-newer");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec("PRAGMA journal_mode = DELETE"));
        QVERIFY(q.exec("PRAGMA user_version = 7"));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw-newer");
    const auto digest = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    FabricRegistry registry;
    const QString error = registry.open(dir.path());
    QVERIFY2(error.contains("newer Pixetric Studio") && error.contains("version 7") && error.contains("Update"),
             qPrintable(error));
    QCOMPARE(digest(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestFabricRegistry::refusesSomethingElse()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(FabricRegistry::fileName()));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    FabricRegistry registry;
    const QString error = registry.open(dir.path());
    QVERIFY2(error.contains("not a fabric registry") && error.contains("another folder"), qPrintable(error));
}

void TestFabricRegistry::branchNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addRow("plain") << "main" << true;
    QTest::addRow("dots, dashes, underscores") << "release-2.1_rc" << true;
    QTest::addRow("63 characters") << QString(63, 'a') << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("200 characters") << QString(200, 'b') << false;
    QTest::addRow("slash") << "feature/x" << false;
    QTest::addRow("space") << "my branch" << false;
    QTest::addRow("single quote") << "it's" << false;
    QTest::addRow("double quote") << "say\"hi\"" << false;
    QTest::addRow("leading dot") << ".hidden" << false;
    QTest::addRow("non-Latin letters") << "ветка" << false;
}

void TestFabricRegistry::branchNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const QString problem = FabricRegistry::checkBranchName(name);
    QCOMPARE(problem.isEmpty(), ok);
    QTemporaryDir dir;
    FabricRegistry registry;
    QCOMPARE(registry.open(dir.path()), QString());
    QCOMPARE(registry.addBranch(branch(name, 54010)).isEmpty(), ok);
    QCOMPARE(registry.branches().size(), ok ? 1 : 0);
}

void TestFabricRegistry::duplicateNamesPortsAndFolders()
{
    QTemporaryDir dir;
    FabricRegistry registry;
    QCOMPARE(registry.open(dir.path()), QString());
    QCOMPARE(registry.addBranch(branch("main", 54001)), QString());
    QString error = registry.addBranch(branch("MAIN", 54002));
    QVERIFY2(error.contains("exists already"), qPrintable(error));
    error = registry.addBranch(branch("other", 54001));
    QVERIFY2(error.contains("54001"), qPrintable(error));
    QCOMPARE(registry.branches().size(), 1);
}

void TestFabricRegistry::settings()
{
    QTemporaryDir dir;
    FabricRegistry registry;
    QCOMPARE(registry.open(dir.path()), QString());
    QCOMPARE(registry.setting("pg.bindir", "none"), QStringLiteral("none"));
    QCOMPARE(registry.setSetting("pg.bindir", "/usr/lib/postgresql/15/bin"), QString());
    QCOMPARE(registry.setSetting("pg.bindir", "/usr/lib/postgresql/17/bin"), QString());
    QCOMPARE(registry.setting("pg.bindir"), QStringLiteral("/usr/lib/postgresql/17/bin"));
}

QTEST_GUILESS_MAIN(TestFabricRegistry)
#include "tst_fabricregistry.moc"
