#include "childrun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

namespace Pixetric::Test {

double monotonicSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Runs program with stdout to stdoutPath; wall time from spawn to reaped, and the child's own
// rusage from wait4 (ru_maxrss is its peak resident set, in kB on Linux).
ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  const QString &stdoutPath)
{
    ChildRun result;
    QTemporaryFile errFile;
    if (!errFile.open()) {
        result.error = QStringLiteral("cannot create a temporary file");
        return result;
    }
    std::vector<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (const QString &e : env.toStringList())
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const QByteArray outPath = stdoutPath.toLocal8Bit();
    const QByteArray errPath = errFile.fileName().toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_TRUNC, 0600);

    const double start = monotonicSeconds();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.error = QStringLiteral("cannot start %1").arg(program);
        return result;
    }
    int status = 0;
    rusage usage = {};
    while (wait4(pid, &status, 0, &usage) < 0) {
    }
    result.wallSeconds = monotonicSeconds() - start;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!result.ok)
        result.error = QStringLiteral("%1 %2 failed (status %3): %4")
                           .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')))
                           .arg(status)
                           .arg(QString::fromLocal8Bit(errFile.readAll()).trimmed());
    return result;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return "unknown";
    return file.readAll().split(' ').mid(0, 3).join(' ');
}

int fail(const char *name, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", name, qPrintable(message));
    return 1;
}

} // namespace Pixetric::Test
