#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

namespace Pixetric::Test {

// One run of a child process, as benchmarks measure it.
struct ChildRun
{
    bool ok = false;
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system of the child
    double peakRssMb = 0;  // the child's peak resident set (ru_maxrss)
    QString error;         // why it did not run or exited non-zero, with its standard error
};

// Monotonic clock in seconds.
double monotonicSeconds();

// Runs program with standard input from /dev/null and standard output to stdoutPath; wall time
// from spawn to reaped, and the child's own rusage from wait4. Blocking.
ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  const QString &stdoutPath = QStringLiteral("/dev/null"));

double median(std::vector<double> values);

// The first three fields of /proc/loadavg: benchmarks print it beside their figures, because
// absolute times depend on what else the machine is doing.
QByteArray loadAverage();

// Prints "NAME: message" to standard error and returns the exit status 1.
int fail(const char *name, const QString &message);

} // namespace Pixetric::Test
