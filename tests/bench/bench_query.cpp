// `pixetric query` against psql on the same million-row query, in the same run: wall time and
// peak memory of each child process, several runs each, alternating so that both see the same
// machine (the machine is shared; medians keep one noisy run from deciding).
//
// Usage: bench_query [--rows N] [--runs N]   (defaults: 1000000 rows, 5 runs each)

#include "childrun.h"
#include "pgtestcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
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


qint64 countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.read(1 << 20).count('\n');
    return lines;
}

int fail(const QString &message)
{
    return Pixetric::Test::fail("bench_query", message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 1000000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (rows <= 0 || runs <= 0)
        return fail(QStringLiteral("usage: bench_query [--rows N] [--runs N]"));

    // The bench sits in <build>/tests/bench, the command line in <build>/app/cli.
    const QString pixetric = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/cli/pixetric"));
    if (!QFileInfo(pixetric).isExecutable())
        return fail(pixetric + QStringLiteral(" is missing: build the 'pixetric' target (tests/bench/run.sh does)"));

    PgTestCluster cluster;
    if (!cluster.start())
        return fail(cluster.error());
    QString psql = cluster.binDirectory() + QStringLiteral("/psql");
    if (!QFileInfo(psql).isExecutable())
        psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        return fail(QStringLiteral("psql not found"));

    const QString query = QStringLiteral("select g, md5(g::text), now(), g*1.5, repeat('x',40) "
                                         "from generate_series(1,%1) g").arg(rows);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("PGPASSWORD"), PgTestCluster::password());
    const QStringList psqlArgs{QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("-p"), QString::number(cluster.port()), QStringLiteral("-U"),
                               PgTestCluster::superuser(), QStringLiteral("-d"), QStringLiteral("postgres"),
                               QStringLiteral("-c"), query};
    const QStringList pixetricArgs{QStringLiteral("query"), cluster.uri(), query, QStringLiteral("--format"), QStringLiteral("csv")};

    // Warm-up, into files: both must have produced every row for the figures to mean anything.
    QTemporaryFile psqlOut, pixetricOut;
    if (!psqlOut.open() || !pixetricOut.open())
        return fail(QStringLiteral("cannot create temporary files"));
    const ChildRun psqlWarm = runChild(psql, psqlArgs, env, psqlOut.fileName());
    if (!psqlWarm.ok)
        return fail(psqlWarm.error);
    const ChildRun pixetricWarm = runChild(pixetric, pixetricArgs, env, pixetricOut.fileName());
    if (!pixetricWarm.ok)
        return fail(pixetricWarm.error);
    if (countLines(psqlOut.fileName()) != rows || countLines(pixetricOut.fileName()) != rows + 1)
        return fail(QStringLiteral("row counts differ: psql %1 lines, pixetric %2 lines (header included)")
                        .arg(countLines(psqlOut.fileName()))
                        .arg(countLines(pixetricOut.fileName())));

    std::vector<double> wall[2], cpu[2], rss[2];
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so that neither always follows the other's cache state.
        for (int k = 0; k < 2; ++k) {
            const bool isPixetric = (i + k) % 2 == 0;
            const ChildRun r = isPixetric ? runChild(pixetric, pixetricArgs, env) : runChild(psql, psqlArgs, env);
            if (!r.ok)
                return fail(r.error);
            const int slot = isPixetric ? 0 : 1;
            wall[slot].push_back(r.wallSeconds);
            cpu[slot].push_back(r.cpuSeconds);
            rss[slot].push_back(r.peakRssMb);
        }
    }

    const double pw = median(wall[0]), qw = median(wall[1]);
    const double pc = median(cpu[0]), qc = median(cpu[1]);
    const double pr = *std::max_element(rss[0].begin(), rss[0].end());
    const double qr = *std::max_element(rss[1].begin(), rss[1].end());
    const auto minOf = [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); };
    const auto maxOf = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("# bench_query: %d rows, median of %d runs each, alternating; PostgreSQL %d; psql %s; "
                "load average %s\n",
                rows, runs, cluster.majorVersion(), qPrintable(psql), loadAverage().constData());
    std::printf("query.wall  pixetric %.2f s | psql %.2f s | ratio %.2f | goal <= 1.20\n", pw, qw, pw / qw);
    std::printf("query.wall_range  pixetric %.2f-%.2f s | psql %.2f-%.2f s\n", minOf(wall[0]), maxOf(wall[0]),
                minOf(wall[1]), maxOf(wall[1]));
    std::printf("query.cpu  pixetric %.2f s | psql %.2f s | ratio %.2f | client CPU (user+sys), server excluded\n",
                pc, qc, pc / qc);
    std::printf("query.peak_rss  pixetric %.1f MB | psql %.0f MB | goal pixetric <= 64 MB\n", pr, qr);
    std::fflush(stdout);
    return 0;
}
