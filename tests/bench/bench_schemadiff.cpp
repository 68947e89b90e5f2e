// `pixetric diff` between two databases of 2,000 tables each (indexes, foreign keys, views;
// about 10 % of the tables changed), end to end as a shell runs it, against what people do
// today in the same run: pg_dump --schema-only of both, then apgdiff on the two dumps. Then
// the same diff on 10,000 tables, for time and peak memory.
//
// Usage: bench_schemadiff [--tables N] [--large N] [--runs N]
//        (defaults: 2000 tables, 10000 for the large pair, 5 runs)

#include "childrun.h"
#include "pgtestcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Pixetric::Test;

namespace {

int fail(const QString &message)
{
    return Pixetric::Test::fail("bench_schemadiff", message);
}

// pg_dump since 17.6 / 16.10 / 15.14 writes psql's \restrict and \unrestrict lines, which
// apgdiff cannot read: they go before it runs (not timed; it takes a few milliseconds).
bool dropPsqlMetaCommands(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray kept;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
            kept += line;
    }
    file.close();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(kept) == kept.size();
}

// A schema of n tables in one DO block: table k has a primary key, a few columns, an index and
// a foreign key to table k-1; every tenth table has a view over it. changed: every tenth table
// (offset 5) has one more column, a retyped column and another index, and every twentieth
// view reads one more column.
QString schemaSql(int n, bool changed)
{
    return QStringLiteral(R"sql(
DO $$
DECLARE k int;
BEGIN
  FOR k IN 1..%1 LOOP
    EXECUTE format('CREATE TABLE t%s (id bigint PRIMARY KEY, parent bigint, name text NOT NULL, amount %s, created timestamptz DEFAULT now()%s)',
                   k, CASE WHEN %2 AND k % 10 = 5 THEN 'numeric(14,2)' ELSE 'numeric(12,2)' END,
                   CASE WHEN %2 AND k % 10 = 5 THEN ', note text' ELSE '' END);
    EXECUTE format('CREATE INDEX t%s_name ON t%s (name)', k, k);
    IF %2 AND k % 10 = 5 THEN
      EXECUTE format('CREATE INDEX t%s_created ON t%s (created)', k, k);
    END IF;
    IF k > 1 THEN
      EXECUTE format('ALTER TABLE t%s ADD CONSTRAINT t%s_parent FOREIGN KEY (parent) REFERENCES t%s (id)', k, k, k - 1);
    END IF;
    IF k % 10 = 0 THEN
      EXECUTE format('CREATE VIEW v%s AS SELECT id, name%s FROM t%s WHERE amount > 0', k,
                     CASE WHEN %2 AND k % 20 = 0 THEN ', amount' ELSE '' END, k);
    END IF;
  END LOOP;
END $$;
)sql")
        .arg(n)
        .arg(changed ? QStringLiteral("true") : QStringLiteral("false"));
}

struct Figures
{
    double wall = 0;
    double minWall = 0;
    double maxWall = 0;
    double peakRss = 0;
};

Figures measure(const QString &program, const QStringList &args, const QProcessEnvironment &env, int runs, QString *error)
{
    std::vector<double> wall;
    Figures f;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = runChild(program, args, env);
        if (!r.ok) {
            *error = r.error;
            return f;
        }
        wall.push_back(r.wallSeconds);
        f.peakRss = std::max(f.peakRss, r.peakRssMb);
    }
    f.wall = median(wall);
    f.minWall = *std::min_element(wall.begin(), wall.end());
    f.maxWall = *std::max_element(wall.begin(), wall.end());
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int tables = 2000;
    int large = 10000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--tables"))
            tables = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--large"))
            large = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (tables <= 0 || large < 0 || runs <= 0)
        return fail(QStringLiteral("usage: bench_schemadiff [--tables N] [--large N] [--runs N]"));

    const QString pixetric = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/cli/pixetric"));
    if (!QFileInfo(pixetric).isExecutable())
        return fail(pixetric + QStringLiteral(" is missing: build the 'pixetric' target (tests/bench/run.sh does)"));
    const QString apgdiff = QStandardPaths::findExecutable(QStringLiteral("apgdiff"));
    if (apgdiff.isEmpty())
        return fail(QStringLiteral("apgdiff, the anchor, is missing: apt-get install apgdiff (tests/bench/run.sh does as root)"));

    PgTestCluster cluster;
    if (!cluster.start({QStringLiteral("max_locks_per_transaction = 1024")}))
        return fail(cluster.error());
    const QString pgDump = cluster.binDirectory() + QStringLiteral("/pg_dump");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("PGPASSWORD"), PgTestCluster::password());

    const double setupStart = monotonicSeconds();
    if (!cluster.psql(QStringLiteral("create database a; create database b;")))
        return fail(cluster.error());
    if (!cluster.psql(schemaSql(tables, false), nullptr, QStringLiteral("a")) || !cluster.psql(schemaSql(tables, true), nullptr, QStringLiteral("b")))
        return fail(cluster.error());
    std::printf("# bench_schemadiff: %d tables a side (%d indexes, %d foreign keys, %d views), %d of them changed; "
                "PostgreSQL %d; median of %d runs; set-up %.1f s; load average %s\n",
                tables, tables, tables - 1, tables / 10, tables / 10, cluster.majorVersion(), runs,
                monotonicSeconds() - setupStart, loadAverage().constData());

    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    const QString a = cluster.uri(QStringLiteral("a"));
    const QString b = cluster.uri(QStringLiteral("b"));

    // Warm-up, and a check that the migration is what the change set says.
    const QString script = work.filePath(QStringLiteral("migration.sql"));
    const ChildRun warm = runChild(pixetric, {QStringLiteral("diff"), a, b}, env, script);
    if (!warm.ok)
        return fail(warm.error);
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the migration"));
    const QString text = QString::fromUtf8(file.readAll());
    const int added = int(text.count(QStringLiteral(" ADD COLUMN note text;")));
    const int retyped = int(text.count(QStringLiteral(" ALTER COLUMN amount TYPE numeric(14,2)")));
    if (added != tables / 10 || retyped != tables / 10)
        return fail(QStringLiteral("the migration is not the expected one: %1 columns added and %2 retyped, %3 each expected")
                        .arg(added).arg(retyped).arg(tables / 10));

    QString error;
    const Figures ours = measure(pixetric, {QStringLiteral("diff"), a, b}, env, runs, &error);
    if (!error.isEmpty())
        return fail(error);
    // The anchor: both dumps, then apgdiff on them.
    const QString dumpA = work.filePath(QStringLiteral("a.sql"));
    const QString dumpB = work.filePath(QStringLiteral("b.sql"));
    std::vector<double> anchorWall;
    std::vector<double> dumpWall;
    for (int i = 0; i < std::max(1, runs / 2); ++i) {
        const ChildRun da = runChild(pgDump, {QStringLiteral("--schema-only"), QStringLiteral("-d"), a}, env, dumpA);
        const ChildRun db = runChild(pgDump, {QStringLiteral("--schema-only"), QStringLiteral("-d"), b}, env, dumpB);
        if (!da.ok || !db.ok)
            return fail(da.ok ? db.error : da.error);
        if (!dropPsqlMetaCommands(dumpA) || !dropPsqlMetaCommands(dumpB))
            return fail(QStringLiteral("cannot rewrite the dumps"));
        const ChildRun diff = runChild(apgdiff, {dumpA, dumpB}, env);
        if (!diff.ok)
            return fail(diff.error);
        dumpWall.push_back(da.wallSeconds + db.wallSeconds);
        anchorWall.push_back(da.wallSeconds + db.wallSeconds + diff.wallSeconds);
    }
    const double anchor = median(anchorWall);
    std::printf("schemadiff.tables_%d  pixetric diff %.3f s (%.3f-%.3f) | pg_dump -s x2 + apgdiff %.2f s (dumps %.2f s) | "
                "%.1fx faster | goal <= 0.50 s and >= 5x\n",
                tables, ours.wall, ours.minWall, ours.maxWall, anchor, median(dumpWall), anchor / ours.wall);
    std::printf("schemadiff.tables_%d.peak_rss  pixetric diff %.0f MB\n", tables, ours.peakRss);
    std::fflush(stdout);

    if (large > 0) {
        const double largeStart = monotonicSeconds();
        if (!cluster.psql(QStringLiteral("create database c; create database d;")))
            return fail(cluster.error());
        if (!cluster.psql(schemaSql(large, false), nullptr, QStringLiteral("c")) || !cluster.psql(schemaSql(large, true), nullptr, QStringLiteral("d")))
            return fail(cluster.error());
        const QString c = cluster.uri(QStringLiteral("c"));
        const QString d = cluster.uri(QStringLiteral("d"));
        const Figures big = measure(pixetric, {QStringLiteral("diff"), c, d}, env, std::max(1, runs / 2 + 1), &error);
        if (!error.isEmpty())
            return fail(error);
        const ChildRun dc = runChild(pgDump, {QStringLiteral("--schema-only"), QStringLiteral("-d"), c}, env, dumpA);
        const ChildRun dd = runChild(pgDump, {QStringLiteral("--schema-only"), QStringLiteral("-d"), d}, env, dumpB);
        if (!dropPsqlMetaCommands(dumpA) || !dropPsqlMetaCommands(dumpB))
            return fail(QStringLiteral("cannot rewrite the dumps"));
        const ChildRun diff = runChild(apgdiff, {dumpA, dumpB}, env);
        if (!dc.ok || !dd.ok || !diff.ok)
            return fail(!dc.ok ? dc.error : !dd.ok ? dd.error : diff.error);
        const double largeAnchor = dc.wallSeconds + dd.wallSeconds + diff.wallSeconds;
        std::printf("schemadiff.tables_%d  pixetric diff %.2f s (%.2f-%.2f) | pg_dump -s x2 + apgdiff %.2f s (one run) | "
                    "%.1fx faster | goal <= 2.5 s (set-up %.0f s)\n",
                    large, big.wall, big.minWall, big.maxWall, largeAnchor, largeAnchor / big.wall, monotonicSeconds() - largeStart);
        std::printf("schemadiff.tables_%d.peak_rss  pixetric diff %.0f MB | apgdiff %.0f MB | goal <= 400 MB\n", large, big.peakRss,
                    diff.peakRssMb);
    }
    return 0;
}
