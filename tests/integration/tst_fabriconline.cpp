// Branching while the parent works: a child is made from a parent under pgbench write load, on
// the filesystem's own path — a streamed base backup on ext4, a copy-on-write clone in backup
// mode on XFS with reflink (a loop-mounted image, when the test runs as root). pgbench must
// report no errors, and the child must hold a consistent copy.

#include "localfabricengine.h"
#include "noerror.h"
#include "pgsession.h"
#include "testfabric.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

class TestFabricOnline : public QObject
{
    Q_OBJECT

private:
    static QString value(LocalFabricEngine &engine, const QString &branch, const QString &statement)
    {
        PgSession session;
        if (!session.open(engine.connectionInfo(branch).params(QStringLiteral("tst_fabriconline"))))
            return QStringLiteral("<no connection: %1>").arg(session.errorText());
        const QString result = session.value(statement);
        return session.error().isError() ? QStringLiteral("<error: %1>").arg(session.errorText()) : result;
    }

    static int run(const QString &program, const QStringList &arguments, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        process.waitForFinished(600000);
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void branchUnderLoad_data()
    {
        QTest::addColumn<QString>("filesystem");
        QTest::addColumn<QString>("expectedMethod");
        QTest::addRow("ext4: base backup") << QStringLiteral("ext4") << QStringLiteral("basebackup");
        QTest::addRow("xfs with reflink: copy-on-write clone") << QStringLiteral("xfs") << QStringLiteral("reflink");
    }

    void branchUnderLoad()
    {
        QFETCH(QString, filesystem);
        QFETCH(QString, expectedMethod);
        TestFabric fabric;
        QVERIFY(fabric.isValid());
        std::function<void()> unmount = [] {};
        QTemporaryDir imageDir(QStringLiteral("/var/tmp/pixetric-xfs-XXXXXX"));
        if (filesystem == QLatin1String("xfs")) {
            if (::geteuid() != 0)
                QSKIP("a loop-mounted XFS image needs root; the copy-on-write path runs in the root pass");
            if (qEnvironmentVariableIsSet("PIXETRIC_TEST_NO_LOOP_DEVICES"))
                QSKIP("no loop devices here (the Debian 13 chroot); the host pass runs the copy-on-write path");
            if (QStandardPaths::findExecutable(QStringLiteral("mkfs.xfs")).isEmpty()
                && !QFileInfo::exists(QStringLiteral("/sbin/mkfs.xfs")))
                QFAIL("mkfs.xfs is missing: scripts/install-deps.sh installs xfsprogs");
            const QString image = imageDir.filePath(QStringLiteral("fabric.img"));
            QString output;
            QCOMPARE(run(QStringLiteral("truncate"), {QStringLiteral("-s"), QStringLiteral("1G"), image}, &output), 0);
            QVERIFY2(run(QStringLiteral("mkfs.xfs"), {QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("reflink=1"), image}, &output) == 0, qPrintable(output));
            QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), image, fabric.path()}, &output) == 0, qPrintable(output));
            QFile::setPermissions(fabric.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                     | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
            unmount = [&fabric] {
                fabric.stopServers();
                QProcess::execute(QStringLiteral("umount"), {fabric.path()});
            };
        }
        const auto cleanup = qScopeGuard([&] { unmount(); });

        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(fabric.path()));
        QVERIFY_NO_ERROR(engine.init({}));
        const QString uri = engine.connectionInfo(QStringLiteral("main")).uri();
        const QString pgbench = engine.installation().program(QStringLiteral("pgbench"));
        QString output;
        QVERIFY2(run(pgbench, {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("5"), uri}, &output) == 0,
                 qPrintable(output));

        QProcess load;
        load.setProcessChannelMode(QProcess::MergedChannels);
        load.start(pgbench, {QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
                             QStringLiteral("12"), QStringLiteral("-n"), uri});
        QVERIFY(load.waitForStarted());
        // Let the load get going, then branch twice while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(value(engine, QStringLiteral("main"), QStringLiteral("SELECT count(*) FROM pgbench_history")).toInt() > 100, 20000);
        QVERIFY_NO_ERROR(engine.createBranch(QStringLiteral("under-load"), QStringLiteral("main")));
        QVERIFY_NO_ERROR(engine.createBranch(QStringLiteral("under-load-2"), QStringLiteral("main")));
        QVERIFY(load.state() == QProcess::Running); // the branches were made while pgbench worked
        QVERIFY(load.waitForFinished(60000));
        const QString report = QString::fromUtf8(load.readAll());
        QVERIFY2(load.exitCode() == 0, qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("error"), Qt::CaseInsensitive), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("number of failed transactions: 0")) || !report.contains(QStringLiteral("failed transactions")),
                 qPrintable(report));

        BranchInfo child;
        QVERIFY(engine.branch(QStringLiteral("under-load"), &child));
        QCOMPARE(child.cloneMethod, expectedMethod);
        QVERIFY(!child.branchLsn.isEmpty());
        // A consistent copy: pgbench's invariant holds (balances of accounts, tellers and branches
        // agree), and the amount of history is what the child saw at its branch point.
        for (const QString &name : {QStringLiteral("under-load"), QStringLiteral("under-load-2")}) {
            QCOMPARE(value(engine, name, QStringLiteral("SELECT count(*) FROM pgbench_accounts")), QStringLiteral("500000"));
            QCOMPARE(value(engine, name, QStringLiteral("SELECT (SELECT sum(abalance) FROM pgbench_accounts) = (SELECT sum(bbalance) FROM pgbench_branches) "
                                                        "AND (SELECT sum(tbalance) FROM pgbench_tellers) = (SELECT sum(bbalance) FROM pgbench_branches)")),
                     QStringLiteral("t"));
            QCOMPARE(value(engine, name, QStringLiteral("SELECT sum(delta) = (SELECT sum(bbalance) FROM pgbench_branches) FROM pgbench_history")),
                     QStringLiteral("t"));
        }
        // The parent went on after the branch point: the first child has less history.
        QVERIFY(value(engine, QStringLiteral("under-load"), QStringLiteral("SELECT count(*) FROM pgbench_history")).toLongLong()
                < value(engine, QStringLiteral("main"), QStringLiteral("SELECT count(*) FROM pgbench_history")).toLongLong());
        engine.stopAll(QStringLiteral("immediate"));
    }
};

QTEST_GUILESS_MAIN(TestFabricOnline)
#include "tst_fabriconline.moc"
