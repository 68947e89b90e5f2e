// Start-up of the desktop program to its first shown window, offscreen, against the same
// binary's --version (QApplication and the libraries loaded, no window): the floor that
// process start and dynamic linking set on this machine. Caches are warm: dropping the page
// cache would take root and disturb everyone else on a shared machine, so "cold" here means a
// new process, not a cold disk.
//
// Usage: bench_startup [--runs N]   (default 9)

#include "childrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace Pixetric::Test;

namespace {

int fail(const QString &message)
{
    return Pixetric::Test::fail("bench_startup", message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--runs"))
        runs = args.at(2).toInt();
    if (runs <= 0)
        return fail(QStringLiteral("usage: bench_startup [--runs N]"));

    // The bench sits in <build>/tests/bench, the program in <build>/app/studio.
    const QString studio = QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral("../../app/studio/pixetric-studio"));
    if (!QFileInfo(studio).isExecutable())
        return fail(studio + QStringLiteral(" is missing: build the 'pixetric-studio' target (tests/bench/run.sh does)"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A private settings and cache home: no saved state of a real user changes what starts.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    // The window opens on an empty fabric of its own (opened on the fabric's thread, not waited for).
    const QStringList showArgs{QStringLiteral("--quit-after-show"), QStringLiteral("--fabric"), home.filePath(QStringLiteral("fabric"))};
    const QStringList versionArgs{QStringLiteral("--version")};
    // One of each first: loads the binaries and Qt's plugins into the page cache.
    for (const QStringList &a : {showArgs, versionArgs}) {
        const ChildRun r = runChild(studio, a, env);
        if (!r.ok)
            return fail(r.error);
    }
    std::vector<double> show, version, showRss;
    for (int i = 0; i < runs; ++i) {
        const ChildRun s = runChild(studio, showArgs, env);
        const ChildRun v = runChild(studio, versionArgs, env);
        if (!s.ok)
            return fail(s.error);
        if (!v.ok)
            return fail(v.error);
        show.push_back(s.wallSeconds);
        version.push_back(v.wallSeconds);
        showRss.push_back(s.peakRssMb);
    }
    const double s = median(show), v = median(version);
    std::printf("# bench_startup: median of %d runs, QT_QPA_PLATFORM=offscreen, warm page cache; load average %s\n",
                runs, loadAverage().constData());
    std::printf("startup.show  pixetric-studio --quit-after-show %.3f s | --version %.3f s | ratio %.1f | goal <= 0.5 s\n",
                s, v, s / v);
    std::printf("startup.peak_rss  pixetric-studio --quit-after-show %.0f MB\n", median(showRss));
    std::fflush(stdout);
    return 0;
}
