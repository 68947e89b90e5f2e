// A tree of 500 branches: how long the branch tree takes to show (a LocalFabric opened on the
// folder, its first branch list in the Branches dock the app shows), and how long the GUI thread
// is held up at most while the tree is refreshed every second and the sizes are walked.
//
// The 500 branches are real clusters: reflink clones of a suspended main on a loop-mounted XFS
// image, left suspended. That needs root; otherwise the benchmark says so and measures nothing.

#include "branchtreedock.h"
#include "branchtreemodel.h"
#include "childrun.h"
#include "localfabric.h"
#include "localfabricengine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <unistd.h>

using namespace Pixetric;
using namespace Pixetric::Test;

namespace {

constexpr int Branches = 500;
constexpr double OpenGoalSeconds = 0.3;
constexpr double StallGoalMs = 50;

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const char *name = "bench_fabric_tree";
    std::printf("load average: %s\n", loadAverage().constData());
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("mkfs.xfs"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty()) {
        std::printf("fabric.tree500  not measured: making 500 branches cheaply needs a loop-mounted XFS image (root and mkfs.xfs)\n");
        return 0;
    }

    QTemporaryDir work(QStringLiteral("/var/tmp/pixetric-bench-tree-XXXXXX"));
    const QString image = work.filePath(QStringLiteral("fabric.img"));
    const QString mountPoint = work.filePath(QStringLiteral("mnt"));
    QDir().mkpath(mountPoint);
    QString output;
    if (!run(QStringLiteral("truncate"), {QStringLiteral("-s"), QStringLiteral("4G"), image})
        || !run(QStringLiteral("mkfs.xfs"), {QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("reflink=1"), image}, &output)
        || !run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), image, mountPoint}, &output))
        return fail(name, QStringLiteral("cannot make the XFS image: ") + output);
    QFile::setPermissions(work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    QFile::setPermissions(mountPoint, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther);
    const QString fabricDir = mountPoint + QStringLiteral("/fabric");
    const auto cleanup = qScopeGuard([&] {
        {
            // Closed before the unmount: its registry file would keep the file system busy.
            LocalFabricEngine engine;
            if (engine.open(fabricDir, false).isEmpty())
                engine.stopAll(QStringLiteral("immediate"));
        }
        if (!run(QStringLiteral("umount"), {mountPoint}, &output)) {
            std::fprintf(stderr, "%s: umount %s failed (%s); detaching it lazily\n", name, qPrintable(mountPoint), qPrintable(output.trimmed()));
            run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
        }
    });

    // The tree: main, 20 children, 24 grandchildren under each: 501 branches.
    {
        LocalFabricEngine engine;
        QString error = engine.open(fabricDir);
        if (error.isEmpty())
            error = engine.init({});
        if (error.isEmpty())
            error = engine.suspendCompute(QStringLiteral("main"));
        if (!error.isEmpty())
            return fail(name, error);
        engine.setStartNewBranches(false);
        const double start = monotonicSeconds();
        int made = 0;
        for (int i = 0; i < 20 && error.isEmpty(); ++i) {
            const QString child = QStringLiteral("feature-%1").arg(i);
            error = engine.createBranch(child, QStringLiteral("main"));
            ++made;
            for (int j = 0; j < 24 && error.isEmpty(); ++j, ++made)
                error = engine.createBranch(QStringLiteral("%1.preview-%2").arg(child).arg(j), child);
        }
        if (!error.isEmpty())
            return fail(name, error);
        std::printf("fabric.tree500  made %d suspended branches by reflink clone in %.1f s (%.0f ms each)\n", made,
                    monotonicSeconds() - start, (monotonicSeconds() - start) * 1000 / made);
    }

    // Opening: from nothing to the tree on screen, five times.
    std::vector<double> opens;
    for (int round = 0; round < 5; ++round) {
        const double start = monotonicSeconds();
        LocalFabric::Options options;
        options.directory = fabricDir;
        LocalFabric fabric(options);
        BranchTreeDock dock;
        dock.setFabric(&fabric);
        dock.resize(420, 900);
        dock.show();
        const BranchTreeModel &model = *dock.model();
        while (model.branchCount() < Branches + 1 && monotonicSeconds() - start < 30)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        dock.view()->expandAll();
        QCoreApplication::processEvents();
        opens.push_back(monotonicSeconds() - start);
        if (model.branchCount() < Branches + 1)
            return fail(name, QStringLiteral("the tree showed %1 branches, not %2").arg(model.branchCount()).arg(Branches + 1));

        if (round == 0) {
            // Responsiveness: the GUI thread's longest gap between 10 ms ticks over six seconds of
            // refreshes (every second; sizes walked on the worker thread in between).
            double last = monotonicSeconds();
            double worst = 0;
            QTimer tick;
            tick.setInterval(10);
            QObject::connect(&tick, &QTimer::timeout, [&] {
                const double now = monotonicSeconds();
                worst = std::max(worst, now - last);
                last = now;
            });
            tick.start();
            QElapsedTimer window;
            window.start();
            while (window.elapsed() < 6000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
            std::printf("fabric.tree500.stall  longest GUI-thread gap while refreshing %.1f ms | goal <= %.0f ms | ratio %.2f\n",
                        worst * 1000, StallGoalMs, worst * 1000 / StallGoalMs);
        }
    }
    // The floor: reading the same branch list from the registry alone.
    std::vector<double> reads;
    {
        LocalFabricEngine engine;
        engine.open(fabricDir);
        for (int i = 0; i < 5; ++i) {
            const double start = monotonicSeconds();
            engine.branches();
            reads.push_back(monotonicSeconds() - start);
        }
    }
    const double open = median(opens);
    std::printf("fabric.tree500.open  %d branches on screen %.3f s | registry read alone %.3f s | goal <= %.1f s | ratio to goal %.2f\n",
                Branches + 1, open, median(reads), OpenGoalSeconds, open / OpenGoalSeconds);
    return 0;
}
