// Crash safety of the local fabric: the `pixetric` command is killed with SIGKILL at random
// moments of create, reset and delete. After each kill the fabric must open consistent: every
// branch it lists is ready and answers, no folder or server belongs to no branch, and the
// parent's data is exactly what it was.

#include "cliprogram.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "pgsession.h"
#include "testfabric.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <csignal>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

namespace {

const QString Checksum = QStringLiteral("SELECT md5(string_agg(id::text || ':' || v, ',' ORDER BY id)) FROM t");

} // namespace

class TestFabricCrash : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFabric> m_fabric;
    QString m_program;
    QString m_mainChecksum;
    int m_kills = 0;

    QString sql(LocalFabricEngine &engine, const QString &branch, const QString &statement)
    {
        PgSession session;
        if (!session.open(engine.connectionInfo(branch).params(QStringLiteral("tst_fabriccrash"))))
            return QStringLiteral("<no connection: %1>").arg(session.errorText());
        const QString value = session.value(statement);
        return session.error().isError() ? QStringLiteral("<error: %1>").arg(session.errorText()) : value;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PIXETRIC_FABRIC"), m_fabric->path());
        env.insert(QStringLiteral("PIXETRIC_NO_SUPERVISOR"), QStringLiteral("1"));
        return env;
    }

    // Runs the command to its end; its exit code.
    int pixetric(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_program, arguments);
        process.waitForFinished(300000);
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Starts the command and kills it with SIGKILL after delayMs (or lets it finish if sooner).
    void killAfter(const QStringList &arguments, int delayMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_program, arguments);
        QVERIFY(process.waitForStarted());
        if (!process.waitForFinished(delayMs)) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++m_kills;
        }
        process.waitForFinished(60000);
    }

    // Opens the fabric (which recovers) and checks it is consistent.
    void verifyConsistent(const QString &context)
    {
        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
        QString error;
        const QList<BranchInfo> branches = engine.branches(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!branches.isEmpty());
        QSet<QString> folders;
        BranchInfo current;
        for (const BranchInfo &b : branches) {
            QVERIFY2(b.state == BranchState::Ready, qPrintable(context + QStringLiteral(": ") + b.name + QStringLiteral(" is ") + toString(b.state)));
            // A compute whose start was interrupted finishes starting on its own.
            if (b.compute == ComputeState::Starting) {
                QTRY_VERIFY_WITH_TIMEOUT(engine.branch(b.name, &current) && current.compute != ComputeState::Starting, 30000);
            }
            if (b.compute != ComputeState::Running)
                QVERIFY_NO_ERROR(engine.startCompute(b.name));
            QCOMPARE(sql(engine, b.name, QStringLiteral("SELECT count(*) > 0 FROM t")), QStringLiteral("t"));
        }
        // Every folder under branches/ belongs to a branch, and every server to a folder.
        const QStringList entries = QDir(m_fabric->path() + QStringLiteral("/branches")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(entries.size() == branches.size(), qPrintable(context + QStringLiteral(": folders ") + entries.join(QLatin1Char(' '))));
        for (const QString &entry : entries)
            QVERIFY2(!entry.contains(QLatin1Char('.')), qPrintable(context + QStringLiteral(": leftover ") + entry));
        int servers = 0;
        QDirIterator proc(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (proc.hasNext()) {
            QFile cmdline(proc.next() + QStringLiteral("/cmdline"));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = cmdline.readAll();
            if (text.startsWith(QFile::encodeName(QFileInfo(engine.installation().program(QStringLiteral("postgres"))).filePath()))
                && text.contains(QFile::encodeName(m_fabric->path())))
                ++servers;
        }
        QCOMPARE(servers, branches.size());
        QCOMPARE(sql(engine, QStringLiteral("main"), Checksum), m_mainChecksum);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An open that finds the lock busy leaves recovery for later and says who holds it:
        // shown here, so that a failure names the holder.
        QLoggingCategory::setFilterRules(QStringLiteral("pixetric.fabric.info=true"));
        m_program = Pixetric::Test::cliProgram();
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Pixetric::Test::cliProgramMissing(m_program)));
        m_fabric = std::make_unique<TestFabric>();
        QVERIFY(m_fabric->isValid());
        QString output;
        QCOMPARE(pixetric({QStringLiteral("fabric"), QStringLiteral("init")}, &output), 0);
        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
        QCOMPARE(sql(engine, QStringLiteral("main"),
                     QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                                    "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g; SELECT count(*) FROM t")),
                 QStringLiteral("20000"));
        m_mainChecksum = sql(engine, QStringLiteral("main"), Checksum);
        QCOMPARE(m_mainChecksum.size(), 32);
        QCOMPARE(pixetric({QStringLiteral("branch"), QStringLiteral("create"), QStringLiteral("keep"), QStringLiteral("--parent"), QStringLiteral("main")}, &output), 0);
    }

    void cleanupTestCase()
    {
        qInfo("%d of the runs were killed before they finished", m_kills);
        m_fabric.reset();
    }

    void killed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("delayMs");
        // Delays spread over the whole of each action (about a second here); fixed seeds per row
        // would hide nothing: the spread matters, not the exact values.
        for (int i = 0; i < 12; ++i) {
            const int delay = 20 + int(QRandomGenerator::global()->bounded(1500));
            QTest::addRow("create %d", i) << QStringLiteral("create") << delay;
            QTest::addRow("reset %d", i) << QStringLiteral("reset") << delay / 2 + 10;
            QTest::addRow("delete %d", i) << QStringLiteral("delete") << delay / 3 + 5;
        }
    }

    void killed()
    {
        QFETCH(QString, action);
        QFETCH(int, delayMs);
        const QString tag = QStringLiteral("%1, killed after %2 ms").arg(QString::fromLatin1(QTest::currentDataTag())).arg(delayMs);
        static int counter = 0;
        const QString name = QStringLiteral("b%1").arg(++counter);
        if (action == QLatin1String("create")) {
            killAfter({QStringLiteral("branch"), QStringLiteral("create"), name, QStringLiteral("--parent"), QStringLiteral("main")}, delayMs);
        } else if (action == QLatin1String("reset")) {
            killAfter({QStringLiteral("branch"), QStringLiteral("reset"), QStringLiteral("keep")}, delayMs);
        } else {
            QString output;
            const int created = pixetric({QStringLiteral("branch"), QStringLiteral("create"), name, QStringLiteral("--parent"), QStringLiteral("keep")}, &output);
            QVERIFY2(created == 0, qPrintable(QStringLiteral("%1: exit %2: %3").arg(tag).arg(created).arg(output)));
            killAfter({QStringLiteral("branch"), QStringLiteral("delete"), name}, delayMs);
        }
        verifyConsistent(tag);
        if (QTest::currentTestFailed())
            return;
        // Keep the fabric small: branches made here go again (not killed this time).
        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
        BranchInfo made;
        if (engine.branch(name, &made, nullptr))
            QVERIFY_NO_ERROR(engine.deleteBranch(name, true));
    }
};

QTEST_GUILESS_MAIN(TestFabricCrash)
#include "tst_fabriccrash.moc"
