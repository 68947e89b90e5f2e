// The local fabric engine against real clusters: branching, isolation, reset, delete, the compute
// lifecycle, auto-suspend, recovery of interrupted actions and bad input.

#include "fabricregistry.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "pgcluster.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "testfabric.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

class TestLocalFabric : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFabric> m_fabric;
    std::unique_ptr<LocalFabricEngine> m_engine;

    QString sql(const QString &branch, const QString &statement, QString *error = nullptr)
    {
        PgSession session;
        if (!session.open(m_engine->connectionInfo(branch).params(QStringLiteral("tst_localfabric")))) {
            if (error)
                *error = session.errorText();
            return QStringLiteral("<no connection: %1>").arg(session.errorText());
        }
        const QString value = session.value(statement);
        if (error)
            *error = session.error().isError() ? session.errorText() : QString();
        return value;
    }

    BranchInfo info(const QString &name)
    {
        BranchInfo b;
        m_engine->branch(name, &b);
        return b;
    }

    QStringList names()
    {
        QStringList result;
        for (const BranchInfo &b : m_engine->branches())
            result << b.name;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fabric = std::make_unique<TestFabric>();
        QVERIFY(m_fabric->isValid());
        m_engine = std::make_unique<LocalFabricEngine>();
        QVERIFY_NO_ERROR(m_engine->open(m_fabric->path()));
        QVERIFY(!m_engine->isInitialized());
        QStringList steps;
        QVERIFY_NO_ERROR(m_engine->init({}, [&](double, const QString &step) { steps << step; }));
        QVERIFY(m_engine->isInitialized());
        QVERIFY(!steps.isEmpty());
        QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                                                            "INSERT INTO t SELECT g, 'main' FROM generate_series(1, 1000) g; "
                                                            "SELECT count(*) FROM t")),
                 QStringLiteral("1000"));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_fabric.reset();
    }

    void rootBranch()
    {
        const BranchInfo main = info(QStringLiteral("main"));
        QCOMPARE(toString(main.state), toString(BranchState::Ready));
        QCOMPARE(toString(main.compute), toString(ComputeState::Running));
        QVERIFY(main.isDefault);
        QVERIFY(main.isRoot());
        QCOMPARE(main.cloneMethod, QStringLiteral("initdb"));
        QVERIFY(main.port > 0);
        QVERIFY(main.sizeBytes > 10'000'000);
        // The registry holds the password: the owner alone may read it.
        const QFileDevice::Permissions perms = QFile::permissions(QDir(m_fabric->path()).filePath(QStringLiteral("registry.sqlite")));
        QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        // Unix socket and TCP both answer.
        PgSession viaSocket;
        QVERIFY2(viaSocket.open(m_engine->connectionInfo(QStringLiteral("main")).params({}, true)), qPrintable(viaSocket.errorText()));
        QCOMPARE(viaSocket.value(QStringLiteral("SELECT current_database()")), QStringLiteral("app"));
        QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT current_setting('listen_addresses')")), QStringLiteral("127.0.0.1"));
        // Servers never run as root: as root they run as the postgres account.
        // Read while the session lasts: its backend process ends with it.
        PgSession session;
        QVERIFY(session.open(m_engine->connectionInfo(QStringLiteral("main")).params()));
        const QString pid = session.value(QStringLiteral("SELECT pg_backend_pid()"));
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("\nUid:");
        QVERIFY(at >= 0);
        const uint serverUid = text.mid(at + 5, text.indexOf('\n', at + 1) - at - 5).simplified().split(' ').value(0).toUInt();
        QVERIFY(serverUid != 0);
        QCOMPARE(serverUid, ::geteuid() == 0 ? uint(getpwnam("postgres")->pw_uid) : uint(::geteuid()));
    }

    void childIsIsolated()
    {
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("dev"), QStringLiteral("main")));
        const BranchInfo dev = info(QStringLiteral("dev"));
        QCOMPARE(dev.parent, QStringLiteral("main"));
        QCOMPARE(toString(dev.state), toString(BranchState::Ready));
        QCOMPARE(toString(dev.compute), toString(ComputeState::Running));
        QVERIFY(!dev.branchLsn.isEmpty());
        QVERIFY(QStringList({QStringLiteral("reflink"), QStringLiteral("basebackup"), QStringLiteral("copy")}).contains(dev.cloneMethod));
        QVERIFY(dev.port != info(QStringLiteral("main")).port);
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT count(*) FROM t")), QStringLiteral("1000"));

        // A write to the parent after branching is invisible in the child, and the other way.
        sql(QStringLiteral("main"), QStringLiteral("INSERT INTO t VALUES (5001, 'after')"));
        sql(QStringLiteral("dev"), QStringLiteral("UPDATE t SET v = 'dev' WHERE id = 1"));
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT count(*) FROM t WHERE id = 5001")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("main"));
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("dev"));
    }

    void childOfSuspendedParent()
    {
        QVERIFY_NO_ERROR(m_engine->suspendCompute(QStringLiteral("dev")));
        QCOMPARE(toString(info(QStringLiteral("dev")).compute), toString(ComputeState::Suspended));
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("dev.feature"), QStringLiteral("dev")));
        const BranchInfo feature = info(QStringLiteral("dev.feature"));
        QVERIFY(feature.cloneMethod == QLatin1String("copy") || feature.cloneMethod == QLatin1String("reflink"));
        QCOMPARE(sql(QStringLiteral("dev.feature"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("dev"));
        QCOMPARE(toString(info(QStringLiteral("dev")).compute), toString(ComputeState::Suspended));
        // Starting again answers on the same endpoint.
        const int port = info(QStringLiteral("dev")).port;
        QVERIFY_NO_ERROR(m_engine->startCompute(QStringLiteral("dev")));
        QCOMPARE(info(QStringLiteral("dev")).port, port);
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("dev"));
    }

    void resetTakesParentsHeadOnSameEndpoint()
    {
        const BranchInfo before = info(QStringLiteral("dev"));
        sql(QStringLiteral("main"), QStringLiteral("INSERT INTO t VALUES (5002, 'later')"));
        QVERIFY_NO_ERROR(m_engine->resetBranch(QStringLiteral("dev")));
        const BranchInfo after = info(QStringLiteral("dev"));
        QCOMPARE(after.port, before.port);
        QCOMPARE(toString(after.compute), toString(ComputeState::Running));
        QVERIFY(after.branchTime >= before.branchTime);
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT count(*) FROM t WHERE id IN (5001, 5002)")), QStringLiteral("2"));
        QCOMPARE(sql(QStringLiteral("dev"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("main"));
        // The grandchild keeps its own data.
        QCOMPARE(sql(QStringLiteral("dev.feature"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("dev"));
        QVERIFY(!m_engine->resetBranch(QStringLiteral("main")).isEmpty()); // a root has no parent
    }

    void protectRenameDefault()
    {
        QVERIFY_NO_ERROR(m_engine->setProtected(QStringLiteral("dev"), true));
        QVERIFY(info(QStringLiteral("dev")).isProtected);
        QVERIFY(m_engine->deleteBranch(QStringLiteral("dev"), true).contains(QStringLiteral("protected")));
        QVERIFY(m_engine->resetBranch(QStringLiteral("dev")).contains(QStringLiteral("protected")));
        QVERIFY_NO_ERROR(m_engine->setProtected(QStringLiteral("dev"), false));

        QVERIFY_NO_ERROR(m_engine->renameBranch(QStringLiteral("dev.feature"), QStringLiteral("feature-x")));
        QVERIFY(names().contains(QStringLiteral("feature-x")));
        QCOMPARE(sql(QStringLiteral("feature-x"), QStringLiteral("SELECT 1")), QStringLiteral("1"));
        QVERIFY(!m_engine->renameBranch(QStringLiteral("feature-x"), QStringLiteral("MAIN")).isEmpty());

        QVERIFY_NO_ERROR(m_engine->setDefault(QStringLiteral("dev")));
        QVERIFY(info(QStringLiteral("dev")).isDefault);
        QVERIFY(!info(QStringLiteral("main")).isDefault);
        QVERIFY(m_engine->deleteBranch(QStringLiteral("dev"), true).contains(QStringLiteral("default")));
        QVERIFY_NO_ERROR(m_engine->setDefault(QStringLiteral("main")));
    }

    void deleteRules()
    {
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("tmp"), QStringLiteral("dev")));
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("tmp2"), QStringLiteral("tmp")));
        const QString refused = m_engine->deleteBranch(QStringLiteral("tmp"), false);
        QVERIFY2(refused.contains(QStringLiteral("tmp2")), qPrintable(refused));
        QVERIFY(names().contains(QStringLiteral("tmp")));
        const QStringList foldersBefore = QDir(m_fabric->path() + QStringLiteral("/branches")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY_NO_ERROR(m_engine->deleteBranch(QStringLiteral("tmp"), true));
        QVERIFY(!names().contains(QStringLiteral("tmp")));
        QVERIFY(!names().contains(QStringLiteral("tmp2")));
        const QStringList foldersAfter = QDir(m_fabric->path() + QStringLiteral("/branches")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(foldersAfter.size(), foldersBefore.size() - 2);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("quote") << QStringLiteral("it's");
        QTest::addRow("double quote") << QStringLiteral("a\"b");
        QTest::addRow("slash") << QStringLiteral("feature/x");
        QTest::addRow("space") << QStringLiteral("my branch");
        QTest::addRow("200 characters") << QString(200, QLatin1Char('a'));
        QTest::addRow("empty") << QString();
        QTest::addRow("duplicate in other case") << QStringLiteral("Main");
        QTest::addRow("leading dot") << QStringLiteral(".hidden");
    }

    void badNames()
    {
        QFETCH(QString, name);
        const QStringList before = names();
        const QString error = m_engine->createBranch(name, QStringLiteral("main"));
        QVERIFY(!error.isEmpty());
        QCOMPARE(names(), before);
    }

    void portTakenByAnotherProgram()
    {
        QVERIFY_NO_ERROR(m_engine->suspendCompute(QStringLiteral("feature-x")));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(info(QStringLiteral("feature-x")).port)));
        const QString error = m_engine->startCompute(QStringLiteral("feature-x"));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QCOMPARE(toString(info(QStringLiteral("feature-x")).compute), toString(ComputeState::Failed));
        squatter.close();
        QVERIFY_NO_ERROR(m_engine->startCompute(QStringLiteral("feature-x")));
        QCOMPARE(sql(QStringLiteral("feature-x"), QStringLiteral("SELECT v FROM t WHERE id = 1")), QStringLiteral("dev"));
    }

    void branchFromCrashedParent()
    {
        const BranchInfo feature = info(QStringLiteral("feature-x"));
        QCOMPARE(toString(feature.compute), toString(ComputeState::Running));
        sql(QStringLiteral("feature-x"), QStringLiteral("INSERT INTO t VALUES (7000, 'before crash')"));
        // The postmaster (the checkpointer's parent) of feature-x dies without warning.
        const QString pid = sql(QStringLiteral("feature-x"), QStringLiteral("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'"));
        QVERIFY(!pid.isEmpty());
        QProcess ps;
        ps.start(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("ppid="), QStringLiteral("-p"), pid});
        ps.waitForFinished();
        const qint64 parentPid = QString::fromLatin1(ps.readAll()).trimmed().toLongLong();
        QVERIFY(parentPid > 1);
        QCOMPARE(::kill(pid_t(parentPid), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(toString(info(QStringLiteral("feature-x")).compute), toString(ComputeState::Failed), 10000);
        QVERIFY(!info(QStringLiteral("feature-x")).computeMessage.isEmpty());
        // Branching from it recovers it first; nothing written before the crash is lost.
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("after-crash"), QStringLiteral("feature-x")));
        QCOMPARE(sql(QStringLiteral("after-crash"), QStringLiteral("SELECT v FROM t WHERE id = 7000")), QStringLiteral("before crash"));
        QCOMPARE(sql(QStringLiteral("feature-x"), QStringLiteral("SELECT v FROM t WHERE id = 7000")), QStringLiteral("before crash"));
    }

    void autoSuspendIgnoresMonitors()
    {
        QVERIFY_NO_ERROR(m_engine->setAutoSuspend(QStringLiteral("after-crash"), 1));
        const ConnectionInfo connection = m_engine->connectionInfo(QStringLiteral("after-crash"));
        {
            // A client session keeps it awake.
            PgSession client;
            QVERIFY(client.open(connection.params(QStringLiteral("psql"))));
            QTest::qWait(1500);
            m_engine->suspendIdleComputes();
            QTest::qWait(1200);
            m_engine->suspendIdleComputes();
            QCOMPARE(toString(info(QStringLiteral("after-crash")).compute), toString(ComputeState::Running));
        }
        // Only a monitoring session left: it is suspended.
        PgSession monitor;
        QVERIFY(monitor.open(connection.params(QStringLiteral("pixetric-monitor"))));
        QTRY_VERIFY_WITH_TIMEOUT((m_engine->suspendIdleComputes(), info(QStringLiteral("after-crash")).compute == ComputeState::Suspended), 20000);
        // The other computes, with the default five minutes, keep running.
        QCOMPARE(toString(info(QStringLiteral("main")).compute), toString(ComputeState::Running));
        const QList<OperationInfo> ops = m_engine->operations(5);
        QVERIFY(std::any_of(ops.begin(), ops.end(), [](const OperationInfo &op) {
            return op.kind == QLatin1String("suspend") && op.branch == QLatin1String("after-crash") && op.state == OperationInfo::State::Done;
        }));
    }

    void recoveryRemovesHalfMadeBranch()
    {
        // What a create killed half-way leaves: an operation marked running, a "creating" row, a
        // folder with a running server in it.
        FabricRegistry registry;
        QVERIFY_NO_ERROR(registry.open(m_fabric->path()));
        const BranchInfo main = info(QStringLiteral("main"));
        QVERIFY_NO_ERROR(m_engine->createBranch(QStringLiteral("half"), QStringLiteral("main")));
        QList<BranchRecord> records = registry.branches();
        BranchRecord half = *std::find_if(records.begin(), records.end(), [](const BranchRecord &b) { return b.name == QLatin1String("half"); });
        half.state = QStringLiteral("creating");
        QVERIFY_NO_ERROR(registry.updateBranch(half));
        const qint64 op = registry.addOperation(QStringLiteral("create"), QStringLiteral("half"), {QStringLiteral("main")}, OperationInfo::State::Running);
        registry.journal(op, QStringLiteral("make-folder"), half.dataDirectory);
        QVERIFY(names().contains(QStringLiteral("half")));
        QCOMPARE(toString(info(QStringLiteral("half")).state), toString(BranchState::Creating));
        const QString stray = QDir(m_fabric->path()).filePath(QStringLiteral("branches/stray-folder"));
        QVERIFY(QDir().mkpath(stray));

        LocalFabricEngine reopened;
        QVERIFY_NO_ERROR(reopened.open(m_fabric->path()));
        QStringList after;
        for (const BranchInfo &b : reopened.branches())
            after << b.name;
        QVERIFY(!after.contains(QStringLiteral("half")));
        QVERIFY(!QFileInfo::exists(QDir(m_fabric->path()).filePath(half.dataDirectory)));
        QVERIFY(!QFileInfo::exists(stray));
        OperationInfo recovered;
        QVERIFY(registry.operation(op, &recovered));
        QCOMPARE(toString(recovered.state), toString(OperationInfo::State::RolledBack));
        // The rest is untouched.
        QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT count(*) FROM t")), QStringLiteral("1002"));
        QCOMPARE(info(QStringLiteral("main")).port, main.port);
    }

    void importFromConnectionString()
    {
        // "Seed from a production snapshot": main of a new fabric is a copy of another database.
        Pixetric::Test::PgTestCluster source;
        QVERIFY2(source.start(), qPrintable(source.error()));
        QVERIFY(source.psql(QStringLiteral("CREATE DATABASE shop")));
        QVERIFY(source.psql(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text, tags jsonb);"
                                           "INSERT INTO items SELECT g, 'item ' || g, jsonb_build_object('g', g) FROM generate_series(1, 5000) g;"
                                           "CREATE VIEW expensive AS SELECT * FROM items WHERE id > 4000;"),
                            nullptr, QStringLiteral("shop")));
        TestFabric other;
        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(other.path()));
        LocalFabricEngine::InitOptions options;
        options.importConninfo = source.uri(QStringLiteral("shop"));
        options.jobs = 2;
        QStringList steps;
        QVERIFY_NO_ERROR(engine.init(options, [&](double, const QString &step) { steps << step; }));
        QVERIFY(steps.join(QLatin1Char(' ')).contains(QStringLiteral("dump")));
        BranchInfo main;
        QVERIFY(engine.branch(QStringLiteral("main"), &main));
        QCOMPARE(main.cloneMethod, QStringLiteral("import"));
        const ConnectionInfo connection = engine.connectionInfo(QStringLiteral("main"));
        QCOMPARE(connection.database, QStringLiteral("shop"));
        PgSession session;
        QVERIFY(session.open(connection.params()));
        QCOMPARE(session.value(QStringLiteral("SELECT count(*) FROM expensive")), QStringLiteral("1000"));
        QCOMPARE(session.value(QStringLiteral("SELECT tags->>'g' FROM items WHERE id = 42")), QStringLiteral("42"));
        // A source that cannot be reached fails with a message, and leaves no branch behind.
        TestFabric third;
        LocalFabricEngine failing;
        QVERIFY_NO_ERROR(failing.open(third.path()));
        options.importConninfo = QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
        const QString error = failing.init(options);
        QVERIFY2(error.contains(QStringLiteral("pg_dump")), qPrintable(error));
        QVERIFY(failing.branches().isEmpty());
        QVERIFY(!failing.isInitialized());
    }

    void emptyLockOfAKilledProcess()
    {
        // Killed between creating its lock file and writing it, a process leaves an empty file
        // that names no holder: it must not lock the fabric for ever.
        const QString lockPath = QDir(m_fabric->path()).filePath(QStringLiteral("fabric.lock"));
        {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        QVERIFY_NO_ERROR(m_engine->setProtected(QStringLiteral("main"), false));
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void missingBinaries()
    {
        TestFabric other;
        FabricRegistry registry;
        QVERIFY_NO_ERROR(registry.open(other.path()));
        registry.setSetting(QStringLiteral("bindir"), QStringLiteral("/nonexistent/postgresql/13/bin"));
        registry.setSetting(QStringLiteral("major"), QStringLiteral("13"));
        LocalFabricEngine engine;
        const QString error = engine.open(other.path());
        QVERIFY2(error.contains(QStringLiteral("PostgreSQL 13")), qPrintable(error));
    }

    void fullDisk()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small filesystem needs root; the copy path's full-disk message is tested in tst_filecloner");
        // A fabric on a filesystem with room for main but not for a copy of it.
        TestFabric small;
        QVERIFY(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                           QStringLiteral("size=90m,mode=0755"), QStringLiteral("tmpfs"), small.path()})
                == 0);
        const auto unmount = qScopeGuard([&] {
            small.stopServers();
            QProcess::execute(QStringLiteral("umount"), {small.path()});
        });
        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(small.path()));
        QVERIFY_NO_ERROR(engine.init({}));
        QVERIFY_NO_ERROR(engine.suspendCompute(QStringLiteral("main"))); // a plain copy, not a backup stream
        QString error;
        for (int i = 0; i < 3 && error.isEmpty(); ++i)
            error = engine.createBranch(QStringLiteral("copy%1").arg(i), QStringLiteral("main"));
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        // Nothing half-made stays, and main still works.
        for (const BranchInfo &b : engine.branches())
            QCOMPARE(toString(b.state), toString(BranchState::Ready));
        QCOMPARE(QDir(small.path() + QStringLiteral("/branches")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), engine.branches().size());
        QVERIFY_NO_ERROR(engine.startCompute(QStringLiteral("main")));
    }
};

QTEST_GUILESS_MAIN(TestLocalFabric)
#include "tst_localfabric.moc"
