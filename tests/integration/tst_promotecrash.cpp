// Crash safety of promote: `pixetric migrate promote` is killed with SIGKILL at random moments,
// as a fast-forward and applying the migrations by turns. After each kill the target is wholly
// as before or wholly migrated (schema and history together), never a mix, and the fabric
// opens with every branch ready.
#include "branchfixtures.h"
#include "cliprogram.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "rehearsal.h"
#include "testfabric.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

class TestPromoteCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedPromotes();

private:
    // "old", "new" or what the mix is.
    QString targetState(LocalFabricEngine &engine, const QString &target);

    std::unique_ptr<TestFabric> m_fabric;
    QTemporaryDir m_dirs;
    QString m_program;
};

void TestPromoteCrash::initTestCase()
{
    m_program = Test::cliProgram();
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Test::cliProgramMissing(m_program)));
    m_fabric = std::make_unique<TestFabric>();
    QVERIFY(m_fabric->isValid());
    QVERIFY(m_dirs.isValid());
    LocalFabricEngine engine;
    QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
    QVERIFY_NO_ERROR(engine.init({}));
    QCOMPARE(Test::branchValue(engine, QStringLiteral("main"),
                               QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                                              "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g; SELECT count(*) FROM t")),
             QStringLiteral("20000"));
}

void TestPromoteCrash::cleanupTestCase()
{
    m_fabric.reset();
}

QString TestPromoteCrash::targetState(LocalFabricEngine &engine, const QString &target)
{
    // A kill while the swap stopped the servers can leave the target suspended; like every
    // client, the check starts it.
    BranchInfo branch;
    if (engine.branch(target, &branch) && branch.compute != ComputeState::Running) {
        if (const QString error = engine.startCompute(target); !error.isEmpty())
            return QStringLiteral("a compute that does not start: ") + error;
    }
    const QString parts = Test::branchValue(
        engine, target,
        QStringLiteral("SELECT concat_ws(',', to_regclass('public.audit') IS NOT NULL, "
                       "EXISTS (SELECT FROM information_schema.columns WHERE table_name = 't' AND column_name = 'note'), "
                       "to_regclass('public.t_note') IS NOT NULL, "
                       "CASE WHEN to_regclass('pixetric.schema_migrations') IS NULL THEN 0 "
                       "ELSE (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM pixetric.schema_migrations WHERE success', false, true, '')))[1]::text::int END)"));
    if (parts == QLatin1String("f,f,f,0"))
        return QStringLiteral("old");
    if (parts == QLatin1String("t,t,t,3"))
        return QStringLiteral("new");
    return QStringLiteral("a mix: ") + parts;
}

void TestPromoteCrash::killedPromotes()
{
    const QDir dir = Test::writeFolder(m_dirs.path(), QStringLiteral("m"),
                                       {{QStringLiteral("0001_audit.sql"), "CREATE TABLE audit (at timestamptz DEFAULT now());\n"},
                                        {QStringLiteral("0002_note.sql"), "ALTER TABLE t ADD COLUMN note text;\nSELECT pg_sleep(0.2);\n"},
                                        {QStringLiteral("0003_index.sql"), "CREATE INDEX t_note ON t (note);\n"}});
    const MigrationSet set = MigrationSet::read(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIXETRIC_FABRIC"), m_fabric->path());
    env.insert(QStringLiteral("PIXETRIC_NO_SUPERVISOR"), QStringLiteral("1"));
    QRandomGenerator random(20261203);
    int oldCount = 0, newCount = 0, kills = 0;
    int window = 0; // how long an uncut promote takes, ms
    for (int run = 0; run < 21; ++run) {
        const QString target = QStringLiteral("target-%1").arg(run);
        const QString preview = QStringLiteral("preview-%1").arg(run);
        {
            LocalFabricEngine engine;
            QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
            QVERIFY_NO_ERROR(engine.createBranch(target, QStringLiteral("main")));
            RehearsalOptions options;
            options.preview = preview;
            const RehearsalReport report = Rehearsal::rehearse(engine, target, set, options);
            QVERIFY2(report.made && report.go, qPrintable(report.error + report.noGo.join(QLatin1Char('\n'))));
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        // Nothing writes to the target: every other run is a fast-forward (data swapped behind
        // the endpoint), the rest apply the migrations to it.
        QStringList promote{QStringLiteral("migrate"), QStringLiteral("promote"), preview};
        if (run % 2 == 1)
            promote << QStringLiteral("--no-fast-forward");
        process.start(m_program, promote);
        QVERIFY(process.waitForStarted());
        // The first run measures the whole promote; the others are cut anywhere inside it.
        const int delay = run == 0 ? 120000 : int(random.bounded(std::max(window, 50)));
        if (!process.waitForFinished(delay)) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++kills;
        }
        process.waitForFinished(60000);
        if (run == 0) {
            QVERIFY2(process.exitCode() == 0, process.readAll().constData());
            window = int(timer.elapsed());
        }

        LocalFabricEngine engine;
        QVERIFY_NO_ERROR(engine.open(m_fabric->path()));
        QString error;
        for (const BranchInfo &b : engine.branches(&error))
            QVERIFY2(b.state == BranchState::Ready, qPrintable(b.name + QStringLiteral(" is ") + toString(b.state)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString state = targetState(engine, target);
        QVERIFY2(state == QLatin1String("old") || state == QLatin1String("new"), qPrintable(QStringLiteral("run %1, cut after %2 ms: %3").arg(run).arg(delay).arg(state)));
        (state == QLatin1String("old") ? oldCount : newCount) += 1;
        // A target left as it was can still be promoted.
        if (state == QLatin1String("old")) {
            ForkPoint fork;
            QVERIFY(Rehearsal::forkPoint(engine, preview, &fork));
            QCOMPARE(fork.state, QStringLiteral("rehearsed"));
        }
        QVERIFY_NO_ERROR(Rehearsal::discard(engine, preview));
        QVERIFY_NO_ERROR(engine.deleteBranch(target, true)); // with the backup of a fast-forward
    }
    qInfo().noquote() << QStringLiteral("promote killed %1 times in 20 runs (window %2 ms): %3 targets left as they were, %4 migrated")
                             .arg(kills)
                             .arg(window)
                             .arg(oldCount)
                             .arg(newCount - 1);
    QVERIFY(kills >= 15);
}

QTEST_GUILESS_MAIN(TestPromoteCrash)
#include "tst_promotecrash.moc"
