// The local fabric against what a PostgreSQL user would otherwise reach for, on the same data in
// the same run:
//  1. a child of a 1 GB main (pgbench -i -s 68) on XFS with reflink, "ready for queries" =
//     createBranch() returned and a first query answered on the child, against pg_basebackup of
//     the running main into the same XFS and CREATE DATABASE … TEMPLATE of main's database;
//  2. the same child on ext4 (a fabric under /var/tmp), where the engine streams a base backup,
//     against pg_basebackup of the same main;
//  3. cold start: a suspended branch's startCompute() and a first query, against a bare
//     pg_ctl start -w and the same first query of the same cluster.
// Runs of the fabric and of its anchors are interleaved so that both see the same machine, and
// each timed action starts after a CHECKPOINT of main, so that none pays for the writes of the
// one before. Each measured child is deleted before the next run, so the runs are alike.
//
// The XFS is a sparse image file under /var/tmp, made with mkfs.xfs and loop-mounted: that takes
// root and xfsprogs; without them that part prints that it was not measured, and why. Everything
// made here goes at the end, also when a step fails: servers first, then the mount, then the
// image and folders; a detached watchdog does the same if this process dies first.
//
// Usage: bench_fabric [--runs N] [--anchor-runs N] [--starts N] [--scale S] [--ext4-scale S]
//        defaults: 5 children, 3 runs of each anchor, 10 cold starts, pgbench scale 68 (1 GB)
//        on both file systems

#include "childrun.h"
#include "localfabricengine.h"
#include "pgbinaries.h"
#include "pgcluster.h"
#include "serviceaccount.h"
#include "pgsession.h"
#include "rehearsal.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/statfs.h>
#include <unistd.h>
#include <vector>

using namespace Pixetric;
using namespace Pixetric::Test;

namespace {

// Sparse: only what is written takes disk space. A run peaks near 3.1 GB (main 1.07 GB, its WAL,
// one anchor copy at a time), so 6 GiB leaves room for WAL growing past max_wal_size.
constexpr qint64 XfsImageBytes = 6LL << 30;
const char *const ScratchBase = "/var/tmp";

struct Options
{
    int runs = 5;
    int anchorRuns = 3;
    int starts = 10;
    int scale = 68;
    int ext4Scale = 68;
};

int fail(const QString &message)
{
    return Pixetric::Test::fail("bench_fabric", message);
}

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString seconds(double s, int decimals = 2)
{
    return QString::number(s, 'f', decimals) + QStringLiteral(" s");
}

double minOf(const std::vector<double> &v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }
double maxOf(const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

QString range(const std::vector<double> &v)
{
    return QString::number(minOf(v), 'f', 2) + QLatin1Char('-') + seconds(maxOf(v));
}

bool isRoot() { return ::geteuid() == 0; }

// System programs live in sbin folders that root's PATH has and other PATHs may lack.
QString systemProgram(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// Runs a program of the set-up to its end: an empty string, or what went wrong with its output.
QString runSetup(const QString &program, const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(30000))
        return QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed (exit code %3): %4")
            .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')))
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()).trimmed().right(2000));
    }
    return {};
}

// The environment of the client programs: no PG* variable of the caller's, the password given.
QProcessEnvironment clientEnvironment(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    return env;
}

// A server program run as the engine runs it: as the service account when this process is root.
ChildRun runServerProgram(const PgInstallation &installation, const QString &name, const QStringList &args,
                          const QProcessEnvironment &env)
{
    if (isRoot()) {
        return runChild(systemProgram(QStringLiteral("runuser")),
                        QStringList{QStringLiteral("-u"), ServiceAccount::name(), QStringLiteral("--"),
                                    installation.program(name)}
                            + args,
                        env);
    }
    return runChild(installation.program(name), args, env);
}

QString statfsType(const QString &folder, bool *isExt4 = nullptr)
{
    struct statfs info = {};
    if (isExt4)
        *isExt4 = false;
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return QStringLiteral("unknown");
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53:
        if (isExt4)
            *isExt4 = true;
        return QStringLiteral("ext2/ext3/ext4");
    case 0x58465342:
        return QStringLiteral("xfs");
    case 0x9123683E:
        return QStringLiteral("btrfs");
    case 0x01021994:
        return QStringLiteral("tmpfs");
    case 0x794C7630:
        return QStringLiteral("overlayfs");
    default:
        return QStringLiteral("0x%1").arg(static_cast<unsigned long>(info.f_type), 0, 16);
    }
}

// If this process dies before its destructors run (a signal, a crash), a detached shell stops
// the servers under folder, unmounts mountPoint when given, and removes what was made.
void startWatchdog(const QString &pgCtl, const QString &folder, const QString &mountPoint = {}, const QString &image = {})
{
    const QString asService = isRoot() ? QStringLiteral("runuser -u postgres -- ") : QString();
    QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; cd /; "
                                    "find %2 -name postmaster.pid 2>/dev/null | while read -r pid; do "
                                    "%3%4 -D \"$(dirname \"$pid\")\" -m immediate stop >/dev/null 2>&1; done; ")
                         .arg(QCoreApplication::applicationPid())
                         .arg(shellQuoted(folder), asService, shellQuoted(pgCtl));
    if (!mountPoint.isEmpty()) {
        script += QStringLiteral("for i in 1 2 3 4 5 6 7 8 9 10; do mountpoint -q %1 || break; umount %1 && break; sleep 1; done; "
                                 "rm -f %2; rmdir %1 2>/dev/null")
                      .arg(shellQuoted(mountPoint), shellQuoted(image));
    } else {
        script += QStringLiteral("rm -rf %1").arg(shellQuoted(folder));
    }
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

// A loop-mounted XFS with reflink on a sparse image under /var/tmp. The destructor unmounts it
// and removes the image and the mount point; stop every server inside before it runs.
class LoopXfs
{
public:
    LoopXfs() = default;
    LoopXfs(const LoopXfs &) = delete;
    LoopXfs &operator=(const LoopXfs &) = delete;
    ~LoopXfs() { tearDown(); }

    QString mountPoint() const { return m_mountPoint; }

    QString setUp(const QString &pgCtl)
    {
        const QString mkfs = systemProgram(QStringLiteral("mkfs.xfs"));
        const QString mount = systemProgram(QStringLiteral("mount"));
        if (mkfs.isEmpty())
            return QStringLiteral("mkfs.xfs not found (install xfsprogs)");
        if (mount.isEmpty() || systemProgram(QStringLiteral("umount")).isEmpty())
            return QStringLiteral("mount or umount not found");
        QTemporaryDir folder(QString::fromLatin1(ScratchBase) + QStringLiteral("/pixetric-bench-xfs-XXXXXX"));
        if (!folder.isValid())
            return QStringLiteral("cannot create a folder under %1").arg(QString::fromLatin1(ScratchBase));
        folder.setAutoRemove(false); // removed once unmounted, never while mounted
        m_mountPoint = folder.path();
        m_image = m_mountPoint + QStringLiteral(".img");
        startWatchdog(pgCtl, m_mountPoint, m_mountPoint, m_image);

        QFile image(m_image);
        if (!image.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !image.resize(XfsImageBytes))
            return QStringLiteral("cannot create the sparse image %1: %2").arg(m_image, image.errorString());
        image.close();
        if (const QString error = runSetup(mkfs, {QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("reflink=1"), m_image});
            !error.isEmpty())
            return error;
        if (const QString error = runSetup(mount, {QStringLiteral("-o"), QStringLiteral("loop"), m_image, m_mountPoint});
            !error.isEmpty())
            return error;
        m_mounted = true;
        // mkfs leaves the new root at 0755 on most versions; set it all the same, because the
        // service account must walk through it to the fabric.
        QFile::setPermissions(m_mountPoint, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        return {};
    }

private:
    void tearDown()
    {
        if (m_mounted) {
            const QString umount = systemProgram(QStringLiteral("umount"));
            // A server that has just stopped may hold the file system for a moment.
            for (int attempt = 0; attempt < 10 && m_mounted; ++attempt) {
                const QString error = runSetup(umount, {m_mountPoint});
                if (error.isEmpty())
                    m_mounted = false;
                else if (attempt == 9)
                    std::fprintf(stderr, "bench_fabric: %s\n", qPrintable(error));
                else
                    QThread::sleep(1);
            }
        }
        if (!m_image.isEmpty())
            QFile::remove(m_image);
        if (!m_mountPoint.isEmpty() && !m_mounted)
            QDir().rmdir(m_mountPoint);
    }

    QString m_mountPoint;
    QString m_image;
    bool m_mounted = false;
};

// A fabric folder and its engine. The destructor stops every server in the folder (also those
// of anchors the engine does not know of) and only then lets the folder go.
class FabricUnderTest
{
public:
    FabricUnderTest(QString folder, PgInstallation installation)
        : m_folder(std::move(folder))
        , m_installation(std::move(installation))
    {
    }
    FabricUnderTest(const FabricUnderTest &) = delete;
    FabricUnderTest &operator=(const FabricUnderTest &) = delete;
    ~FabricUnderTest() { stopServers(); }

    QString open()
    {
        if (!QDir().mkpath(m_folder))
            return QStringLiteral("cannot create %1").arg(m_folder);
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        m_engine = std::make_unique<LocalFabricEngine>();
        return m_engine->open(m_folder);
    }

    LocalFabricEngine &engine() { return *m_engine; }
    QString folder() const { return m_folder; }

    void stopServers()
    {
        if (m_engine) {
            m_engine->stopAll(QStringLiteral("immediate"));
            m_engine.reset();
        }
        QDirIterator it(m_folder, {QStringLiteral("postmaster.pid")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString dataDir = QFileInfo(it.next()).absolutePath();
            runServerProgram(m_installation, QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")},
                             QProcessEnvironment::systemEnvironment());
        }
    }

private:
    QString m_folder;
    PgInstallation m_installation;
    std::unique_ptr<LocalFabricEngine> m_engine;
};

// A short statement on a branch's database (or another database of its server).
QString queryValue(const ConnectionInfo &info, const QString &sql, QString *error)
{
    PgSession session;
    if (!session.open(info.params(QStringLiteral("bench_fabric")))) {
        *error = session.errorText();
        return {};
    }
    const QString value = session.value(sql);
    *error = session.error().isError() ? session.errorText() : QString();
    return value;
}

// The server's own start, as its log tells it: from "starting PostgreSQL" to "database system is
// ready to accept connections" of the last start in the log (the default log_line_prefix stamps
// milliseconds). What pg_ctl start -w and the engine add lies outside it. -1 when not found.
double serverStartFromLog(const QString &logFile)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const auto stamp = [](const QByteArray &line) {
        return QDateTime::fromString(QString::fromLatin1(line.left(23)), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    };
    QDateTime started, ready;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains("starting PostgreSQL")) {
            started = stamp(line);
            ready = QDateTime();
        } else if (line.contains("ready to accept connections")) {
            ready = stamp(line);
        }
    }
    if (!started.isValid() || !ready.isValid())
        return -1;
    return double(started.msecsTo(ready)) / 1000.0;
}

// The newest server log of the fabric that tells of listening on port.
QString logOfPort(const QString &fabricFolder, int port)
{
    const QByteArray listening = ", port " + QByteArray::number(port) + '\n';
    QString newest;
    QDateTime newestTime;
    const QFileInfoList logs = QDir(QDir(fabricFolder).filePath(QStringLiteral("logs"))).entryInfoList({QStringLiteral("*.log")}, QDir::Files);
    for (const QFileInfo &log : logs) {
        QFile file(log.filePath());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(listening)
            && (newest.isEmpty() || log.lastModified() > newestTime)) {
            newest = log.filePath();
            newestTime = log.lastModified();
        }
    }
    return newest;
}

QString checkpoint(LocalFabricEngine &engine)
{
    QString error;
    queryValue(engine.connectionInfo(QStringLiteral("main")), QStringLiteral("CHECKPOINT"), &error);
    return error;
}

struct MainData
{
    double fillSeconds = 0;
    double sizeGb = 0;
};

// Creates main and fills its database with pgbench data.
QString prepareMain(LocalFabricEngine &engine, const PgInstallation &installation, int scale, MainData *out)
{
    if (const QString error = engine.init({}); !error.isEmpty())
        return QStringLiteral("init: ") + error;
    const ConnectionInfo info = engine.connectionInfo(QStringLiteral("main"));
    const double start = monotonicSeconds();
    if (const QString error = runSetup(installation.program(QStringLiteral("pgbench")),
                                       {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale), info.uri()},
                                       clientEnvironment({}));
        !error.isEmpty())
        return error;
    out->fillSeconds = monotonicSeconds() - start;
    if (const QString error = checkpoint(engine); !error.isEmpty())
        return error;
    QString error;
    out->sizeGb = queryValue(info, QStringLiteral("SELECT pg_database_size(current_database())"), &error).toDouble() / 1e9;
    return error;
}

// Durations of the steps an action reports through its progress callback, in order.
class StepClock
{
public:
    void start() { m_marks.clear(); m_start = monotonicSeconds(); }
    void mark(const QString &step)
    {
        if (m_marks.isEmpty() || m_marks.last().first != step)
            m_marks.append({step, monotonicSeconds()});
    }
    // Adds this run's durations to totals, the time before the first report as "(set-up)".
    void collect(double end, QList<QPair<QString, std::vector<double>>> *totals) const
    {
        QList<QPair<QString, double>> spans;
        double previous = m_start;
        QString name = QStringLiteral("(set-up)");
        for (const auto &m : m_marks) {
            spans.append({name, m.second - previous});
            name = m.first;
            previous = m.second;
        }
        spans.append({name, end - previous});
        for (const auto &span : spans) {
            auto it = std::find_if(totals->begin(), totals->end(), [&](const auto &t) { return t.first == span.first; });
            if (it == totals->end())
                totals->append({span.first, {span.second}});
            else
                it->second.push_back(span.second);
        }
    }

private:
    double m_start = 0;
    QList<QPair<QString, double>> m_marks;
};

struct ChildFigures
{
    std::vector<double> total, create, query;
    std::vector<double> serverStart; // the child's server, per its log
    QString method;
    QList<QPair<QString, std::vector<double>>> steps;
};

// One child of main, from createBranch() to the first query answered on it, then deleted.
QString measureChild(LocalFabricEngine &engine, const QString &fabricFolder, const QString &name, int scale,
                     ChildFigures *figures)
{
    StepClock clock;
    clock.start();
    const double start = monotonicSeconds();
    if (const QString error = engine.createBranch(name, QStringLiteral("main"),
                                                  [&](double, const QString &step) { clock.mark(step); });
        !error.isEmpty())
        return QStringLiteral("createBranch: ") + error;
    const double created = monotonicSeconds();
    QString error;
    const QString count = queryValue(engine.connectionInfo(name), QStringLiteral("SELECT count(*) FROM pgbench_branches"), &error);
    const double answered = monotonicSeconds();
    if (!error.isEmpty())
        return QStringLiteral("first query on %1: %2").arg(name, error);
    if (count != QString::number(scale))
        return QStringLiteral("%1 has %2 rows in pgbench_branches, not %3").arg(name, count).arg(scale);
    if (figures) {
        figures->total.push_back(answered - start);
        figures->create.push_back(created - start);
        figures->query.push_back(answered - created);
        clock.collect(created, &figures->steps);
        BranchInfo info;
        engine.branch(name, &info);
        figures->method = info.cloneMethod;
        const double server = serverStartFromLog(logOfPort(fabricFolder, info.port));
        if (server >= 0)
            figures->serverStart.push_back(server);
    }
    if (const QString deleteError = engine.deleteBranch(name, false); !deleteError.isEmpty())
        return QStringLiteral("deleteBranch: ") + deleteError;
    return {};
}

QString stepsText(const ChildFigures &figures, const QString &lastStep)
{
    QStringList parts;
    for (const auto &step : figures.steps)
        parts << step.first + QLatin1Char(' ') + seconds(median(step.second), 3);
    parts << lastStep + QLatin1Char(' ') + seconds(median(figures.query), 3);
    QString text = parts.join(QStringLiteral(", "));
    if (!figures.serverStart.empty())
        text += QStringLiteral(" | the server's own start per its log %1").arg(seconds(median(figures.serverStart), 3));
    return text;
}

// pg_basebackup of main into folder/bb-<run>, as the engine takes it (fast checkpoint, WAL
// streamed), then removed untimed.
QString measureBaseBackup(LocalFabricEngine &engine, const PgInstallation &installation, const QString &folder, int run,
                          std::vector<double> *times)
{
    const ConnectionInfo info = engine.connectionInfo(QStringLiteral("main"));
    const QString target = QDir(folder).filePath(QStringLiteral("bb-%1").arg(run));
    const ChildRun r = runServerProgram(installation, QStringLiteral("pg_basebackup"),
                                        {QStringLiteral("-h"), info.host, QStringLiteral("-p"), QString::number(info.port),
                                         QStringLiteral("-U"), info.user, QStringLiteral("-D"), target,
                                         QStringLiteral("--checkpoint=fast"), QStringLiteral("-X"), QStringLiteral("stream"),
                                         QStringLiteral("--no-password")},
                                        clientEnvironment(info.password));
    if (!r.ok)
        return r.error;
    if (!QFileInfo::exists(QDir(target).filePath(QStringLiteral("PG_VERSION"))))
        return QStringLiteral("pg_basebackup left no data folder in %1").arg(target);
    times->push_back(r.wallSeconds);
    QDir(target).removeRecursively();
    return {};
}

// CREATE DATABASE … TEMPLATE of main's database on main (connected beforehand), then dropped untimed.
QString measureTemplate(LocalFabricEngine &engine, int run, std::vector<double> *times)
{
    ConnectionInfo info = engine.connectionInfo(QStringLiteral("main"));
    const QString source = info.database;
    info.database = QStringLiteral("postgres");
    PgSession session;
    if (!session.open(info.params(QStringLiteral("bench_fabric"))))
        return session.errorText();
    const QString copy = QStringLiteral("bench_template_%1").arg(run);
    const double start = monotonicSeconds();
    if (!session.query(QStringLiteral("CREATE DATABASE %1 TEMPLATE \"%2\"").arg(copy, source), nullptr, 600000))
        return QStringLiteral("CREATE DATABASE … TEMPLATE: ") + session.errorText();
    times->push_back(monotonicSeconds() - start);
    if (!session.query(QStringLiteral("DROP DATABASE %1").arg(copy), nullptr, 600000))
        return QStringLiteral("DROP DATABASE: ") + session.errorText();
    return {};
}

// A folder under the fabric the service account may write into (base backups land there).
QString anchorFolder(const QString &fabricFolder, QString *error)
{
    const QString folder = QDir(fabricFolder).filePath(QStringLiteral("anchors"));
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return {};
    }
    *error = ServiceAccount::handOver(folder, false);
    return folder;
}

// ---- 1. XFS with reflink ----------------------------------------------------------------------

// Rehearsing three migrations on a preview of the 1 GB main: the wall time beyond the
// migrations' own run time (making the preview, reading the fork point, sampling locks,
// comparing the schemas), against that run time.
int benchRehearsal(LocalFabricEngine &engine, const QString &fabricFolder, const Options &options)
{
    QTemporaryDir folder(QDir(fabricFolder).filePath(QStringLiteral("../migrations-XXXXXX")));
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("0001_customers.sql"), "CREATE TABLE bench_customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n"},
        {QStringLiteral("0002_region.sql"), "ALTER TABLE pgbench_branches ADD COLUMN region text DEFAULT 'eu';\n"},
        {QStringLiteral("0003_tellers_bid.sql"), "CREATE INDEX CONCURRENTLY tellers_bid ON pgbench_tellers (bid);\n"}};
    for (const auto &[name, text] : files) {
        QFile f(QDir(folder.path()).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0)
            return fail(QStringLiteral("rehearsal: cannot write %1").arg(f.fileName()));
    }
    const MigrationSet set = MigrationSet::read(folder.path());
    std::vector<double> total, migrations, beyond;
    for (int i = 0; i < options.runs; ++i) {
        RehearsalOptions rehearsal;
        rehearsal.preview = QStringLiteral("rehearsal-%1").arg(i);
        const RehearsalReport report = Rehearsal::rehearse(engine, QStringLiteral("main"), set, rehearsal);
        if (!report.made || !report.run.ok)
            return fail(QStringLiteral("rehearsal: %1%2").arg(report.error, report.run.error));
        total.push_back(report.totalMs / 1000.0);
        migrations.push_back(report.migrationMs / 1000.0);
        beyond.push_back((report.totalMs - report.migrationMs) / 1000.0);
        if (const QString error = Rehearsal::discard(engine, rehearsal.preview); !error.isEmpty())
            return fail(QStringLiteral("rehearsal: ") + error);
    }
    const double b = median(beyond), m = median(migrations);
    line(QStringLiteral("fabric.xfs.rehearsal  3 migrations on a preview of main: beyond their own run time %1 | the migrations' own "
                        "run time %2 | total %3 | ratio %4x | goal <= 1 s beyond (median of %5)")
             .arg(seconds(b, 3), seconds(m, 3), seconds(median(total), 3))
             .arg(b / m, 0, 'f', 1)
             .arg(options.runs));
    line(QStringLiteral("fabric.xfs.rehearsal_range  beyond %1 | own %2").arg(range(beyond), range(migrations)));
    return 0;
}

int benchXfs(const Options &options, const PgInstallation &installation)
{
    if (!isRoot()) {
        line(QStringLiteral("fabric.xfs  not measured: not running as root (a loop-mounted XFS needs root)"));
        return 0;
    }
    if (systemProgram(QStringLiteral("mkfs.xfs")).isEmpty()) {
        line(QStringLiteral("fabric.xfs  not measured: mkfs.xfs not found (install xfsprogs)"));
        return 0;
    }
    // Declared first, so destroyed last: the servers inside stop before the unmount.
    LoopXfs xfs;
    if (const QString error = xfs.setUp(installation.program(QStringLiteral("pg_ctl"))); !error.isEmpty()) {
        line(QStringLiteral("fabric.xfs  not measured: the XFS could not be made: ") + error);
        return 0;
    }
    FabricUnderTest fabric(QDir(xfs.mountPoint()).filePath(QStringLiteral("fabric")), installation);
    if (const QString error = fabric.open(); !error.isEmpty())
        return fail(QStringLiteral("xfs: ") + error);
    LocalFabricEngine &engine = fabric.engine();
    MainData main;
    if (const QString error = prepareMain(engine, installation, options.scale, &main); !error.isEmpty())
        return fail(QStringLiteral("xfs: ") + error);
    QString error;
    const QString anchors = anchorFolder(fabric.folder(), &error);
    if (!error.isEmpty())
        return fail(error);

    // One child first, unmeasured: the engine's first clone also finds out whether reflink works.
    if (!(error = measureChild(engine, fabric.folder(), QStringLiteral("warm-up"), options.scale, nullptr)).isEmpty())
        return fail(QStringLiteral("xfs: ") + error);
    ChildFigures child;
    std::vector<double> backup, templ;
    for (int i = 0; i < std::max(options.runs, options.anchorRuns); ++i) {
        if (i < options.runs) {
            if ((error = checkpoint(engine)).isEmpty())
                error = measureChild(engine, fabric.folder(), QStringLiteral("child-%1").arg(i), options.scale, &child);
            if (!error.isEmpty())
                return fail(QStringLiteral("xfs: ") + error);
        }
        if (i < options.anchorRuns) {
            if ((error = checkpoint(engine)).isEmpty())
                error = measureBaseBackup(engine, installation, anchors, i, &backup);
            if (error.isEmpty() && (error = checkpoint(engine)).isEmpty())
                error = measureTemplate(engine, i, &templ);
            if (!error.isEmpty())
                return fail(QStringLiteral("xfs: ") + error);
        }
    }
    const double c = median(child.total), b = median(backup), t = median(templ);
    line(QStringLiteral("# fabric.xfs: loop-mounted XFS (mkfs.xfs -m reflink=1, %1 GiB sparse image under %2); main: pgbench -i "
                        "-s %3, database %4 GB, filled in %5; child median of %6 runs, anchors median of %7, interleaved, each "
                        "after a CHECKPOINT of main; load average %8")
             .arg(XfsImageBytes >> 30)
             .arg(QString::fromLatin1(ScratchBase))
             .arg(options.scale)
             .arg(main.sizeGb, 0, 'f', 2)
             .arg(seconds(main.fillSeconds, 0))
             .arg(options.runs)
             .arg(options.anchorRuns)
             .arg(QString::fromLatin1(loadAverage())));
    line(QStringLiteral("fabric.xfs.child  createBranch + first query %1 (%2) | pg_basebackup %3 | CREATE DATABASE TEMPLATE %4 | "
                        "ratios %5x, %6x | goal <= 0.30 s, ratios >= 10x")
             .arg(seconds(c, 3), child.method, seconds(b), seconds(t))
             .arg(b / c, 0, 'f', 1)
             .arg(t / c, 0, 'f', 1));
    line(QStringLiteral("fabric.xfs.child_range  child %1 | pg_basebackup %2 | template %3")
             .arg(range(child.total), range(backup), range(templ)));
    line(QStringLiteral("fabric.xfs.child_split  createBranch %1 + first query %2 (medians)")
             .arg(seconds(median(child.create), 3), seconds(median(child.query), 3)));
    line(QStringLiteral("fabric.xfs.child_steps  medians per reported step: ") + stepsText(child, QStringLiteral("first query")));
    return benchRehearsal(engine, fabric.folder(), options);
}

// ---- 2. ext4 (base backup) and 3. cold start -----------------------------------------------

// The data folder and socket folder of a running branch, read from its postmaster.pid.
bool runningServer(const QString &fabricFolder, int port, QString *dataDir, QString *socketDir)
{
    QDirIterator it(QDir(fabricFolder).filePath(QStringLiteral("branches")), {QStringLiteral("postmaster.pid")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Lines: pid, data folder, start time, port, socket folder, listen address, …
        const QList<QByteArray> lines = file.readAll().split('\n');
        if (lines.size() > 4 && lines.at(3).trimmed().toInt() == port) {
            *dataDir = QString::fromLocal8Bit(lines.at(1).trimmed());
            *socketDir = QString::fromLocal8Bit(lines.at(4).trimmed());
            return true;
        }
    }
    return false;
}

int benchColdStart(const Options &options, const PgInstallation &installation, FabricUnderTest &fabric)
{
    LocalFabricEngine &engine = fabric.engine();
    const QString name = QStringLiteral("cold");
    engine.setStartNewBranches(false);
    QString error = engine.createBranch(name, QStringLiteral("main"));
    engine.setStartNewBranches(true);
    if (!error.isEmpty())
        return fail(QStringLiteral("cold start: createBranch: ") + error);
    const ConnectionInfo info = engine.connectionInfo(name);
    const QString query = QStringLiteral("SELECT count(*) FROM pgbench_branches");

    // The first start of a copy replays the WAL its backup carries: warm up once, unmeasured,
    // and learn the folders the bare pg_ctl needs.
    if (!(error = engine.startCompute(name)).isEmpty())
        return fail(QStringLiteral("cold start: ") + error);
    QString dataDir, socketDir;
    if (!runningServer(fabric.folder(), info.port, &dataDir, &socketDir))
        return fail(QStringLiteral("cold start: the running server of “cold” was not found"));
    const QString fabricLog = logOfPort(fabric.folder(), info.port);
    if (!(error = engine.suspendCompute(name)).isEmpty())
        return fail(QStringLiteral("cold start: ") + error);
    const QString log = QDir(fabric.folder()).filePath(QStringLiteral("logs/bench-pg_ctl.log"));
    {
        QFile file(log);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(QStringLiteral("cannot create %1").arg(log));
    }
    if (!(error = ServiceAccount::handOver(log, false)).isEmpty())
        return fail(error);
    const QProcessEnvironment env = clientEnvironment({});
    const QStringList bareStart{QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"), dataDir, QStringLiteral("-l"), log,
                                QStringLiteral("-o"),
                                QStringLiteral("-p %1 -k %2").arg(info.port).arg(shellQuoted(socketDir))};
    const QStringList bareStop{QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                               QStringLiteral("-D"), dataDir};

    std::vector<double> fabricTimes, bareTimes, fabricServer, bareServer;
    for (int i = 0; i < options.starts; ++i) {
        // Alternate which goes first, so that neither always follows the other's cache state.
        for (int k = 0; k < 2; ++k) {
            const bool viaFabric = (i + k) % 2 == 0;
            const double start = monotonicSeconds();
            if (viaFabric) {
                if (!(error = engine.startCompute(name)).isEmpty())
                    return fail(QStringLiteral("cold start: ") + error);
            } else {
                const ChildRun r = runServerProgram(installation, QStringLiteral("pg_ctl"), bareStart, env);
                if (!r.ok)
                    return fail(QStringLiteral("cold start: ") + r.error);
            }
            const QString count = queryValue(info, query, &error);
            const double end = monotonicSeconds();
            if (!error.isEmpty() || count.toInt() != options.ext4Scale)
                return fail(QStringLiteral("cold start: first query: %1 (%2 rows)").arg(error, count));
            (viaFabric ? fabricTimes : bareTimes).push_back(end - start);
            if (const double server = serverStartFromLog(viaFabric ? fabricLog : log); server >= 0)
                (viaFabric ? fabricServer : bareServer).push_back(server);
            if (viaFabric) {
                error = engine.suspendCompute(name);
            } else {
                const ChildRun r = runServerProgram(installation, QStringLiteral("pg_ctl"), bareStop, env);
                error = r.ok ? QString() : r.error;
            }
            if (!error.isEmpty())
                return fail(QStringLiteral("cold start: ") + error);
        }
    }
    const double f = median(fabricTimes), b = median(bareTimes);
    line(QStringLiteral("# fabric.cold_start: a suspended branch of the ext4 main, median of %1 starts each, alternating; "
                        "warm page cache; load average %2")
             .arg(options.starts)
             .arg(QString::fromLatin1(loadAverage())));
    line(QStringLiteral("fabric.cold_start  startCompute + first query %1 | pg_ctl start -w + first query %2 | ratio %3 | goal <= 0.25 s")
             .arg(seconds(f, 3), seconds(b, 3))
             .arg(f / b, 0, 'f', 2));
    line(QStringLiteral("fabric.cold_start_range  startCompute %1 | pg_ctl %2").arg(range(fabricTimes), range(bareTimes)));
    if (!fabricServer.empty() && !bareServer.empty()) {
        line(QStringLiteral("fabric.cold_start_server  the server's own start per its log: via startCompute %1 | via pg_ctl %2 (medians)")
                 .arg(seconds(median(fabricServer), 3), seconds(median(bareServer), 3)));
    }
    return 0;
}

int benchExt4(const Options &options, const PgInstallation &installation)
{
    QTemporaryDir base(QString::fromLatin1(ScratchBase) + QStringLiteral("/pixetric-bench-fabric-XXXXXX"));
    if (!base.isValid())
        return fail(QStringLiteral("cannot create a folder under %1").arg(QString::fromLatin1(ScratchBase)));
    startWatchdog(installation.program(QStringLiteral("pg_ctl")), base.path());
    bool isExt4 = false;
    const QString type = statfsType(base.path(), &isExt4);
    // Declared after the folder, so destroyed before it: servers stop, then the folder goes.
    FabricUnderTest fabric(base.path(), installation);
    if (const QString error = fabric.open(); !error.isEmpty())
        return fail(QStringLiteral("ext4: ") + error);
    LocalFabricEngine &engine = fabric.engine();
    MainData main;
    if (const QString error = prepareMain(engine, installation, options.ext4Scale, &main); !error.isEmpty())
        return fail(QStringLiteral("ext4: ") + error);
    QString error;
    const QString anchors = anchorFolder(fabric.folder(), &error);
    if (!error.isEmpty())
        return fail(error);

    if (!(error = measureChild(engine, fabric.folder(), QStringLiteral("warm-up"), options.ext4Scale, nullptr)).isEmpty())
        return fail(QStringLiteral("ext4: ") + error);
    ChildFigures child;
    std::vector<double> backup;
    for (int i = 0; i < std::max(options.runs, options.anchorRuns); ++i) {
        if (i < options.runs) {
            if ((error = checkpoint(engine)).isEmpty())
                error = measureChild(engine, fabric.folder(), QStringLiteral("child-%1").arg(i), options.ext4Scale, &child);
            if (!error.isEmpty())
                return fail(QStringLiteral("ext4: ") + error);
        }
        if (i < options.anchorRuns) {
            if ((error = checkpoint(engine)).isEmpty())
                error = measureBaseBackup(engine, installation, anchors, i, &backup);
            if (!error.isEmpty())
                return fail(QStringLiteral("ext4: ") + error);
        }
    }
    const double c = median(child.total), b = median(backup);
    line(QStringLiteral("# fabric.ext4: fabric under %1 (%2%3); main: pgbench -i -s %4%5, database %6 GB, filled in %7; child median "
                        "of %8 runs, pg_basebackup median of %9, interleaved, each after a CHECKPOINT of main; load average %10")
             .arg(QString::fromLatin1(ScratchBase), type,
                  isExt4 ? QString() : QStringLiteral(", NOT ext4: the figures below are for that file system"))
             .arg(options.ext4Scale)
             .arg(options.ext4Scale == options.scale ? QString() : QStringLiteral(" (smaller than the XFS main's %1, for time)").arg(options.scale))
             .arg(main.sizeGb, 0, 'f', 2)
             .arg(seconds(main.fillSeconds, 0))
             .arg(options.runs)
             .arg(options.anchorRuns)
             .arg(QString::fromLatin1(loadAverage())));
    line(QStringLiteral("fabric.ext4.child  createBranch + first query %1 (%2) | pg_basebackup %3 | ratio %4 | goal <= 1.10")
             .arg(seconds(c), child.method, seconds(b))
             .arg(c / b, 0, 'f', 2));
    line(QStringLiteral("fabric.ext4.child_range  child %1 | pg_basebackup %2").arg(range(child.total), range(backup)));
    line(QStringLiteral("fabric.ext4.child_split  createBranch %1 + first query %2 (medians)")
             .arg(seconds(median(child.create), 3), seconds(median(child.query), 3)));
    line(QStringLiteral("fabric.ext4.child_steps  medians per reported step: ") + stepsText(child, QStringLiteral("first query")));

    return benchColdStart(options, installation, fabric);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    bool ext4ScaleGiven = false;
    const QStringList args = app.arguments();
    bool usage = args.size() % 2 == 0;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const int value = args.at(i + 1).toInt();
        if (key == QLatin1String("--runs"))
            options.runs = value;
        else if (key == QLatin1String("--anchor-runs"))
            options.anchorRuns = value;
        else if (key == QLatin1String("--starts"))
            options.starts = value;
        else if (key == QLatin1String("--scale"))
            options.scale = value;
        else if (key == QLatin1String("--ext4-scale")) {
            options.ext4Scale = value;
            ext4ScaleGiven = true;
        } else
            usage = true;
    }
    if (!ext4ScaleGiven)
        options.ext4Scale = options.scale;
    if (usage || options.runs <= 0 || options.anchorRuns <= 0 || options.starts <= 0 || options.scale <= 0 || options.ext4Scale <= 0)
        return fail(QStringLiteral("usage: bench_fabric [--runs N] [--anchor-runs N] [--starts N] [--scale S] [--ext4-scale S]"));

    QString error;
    const PgInstallation installation = PgBinaries::find({}, &error);
    if (!installation.isValid())
        return fail(error);
    if (!QFileInfo(installation.program(QStringLiteral("pgbench"))).isExecutable())
        return fail(QStringLiteral("pgbench is missing from %1").arg(installation.binDirectory));

    const double start = monotonicSeconds();
    line(QStringLiteral("# bench_fabric: PostgreSQL %1 (%2); load average %3")
             .arg(installation.version.toString(), installation.binDirectory, QString::fromLatin1(loadAverage())));
    // The parts do not depend on each other: one failing does not keep the other from running.
    int status = benchXfs(options, installation);
    status |= benchExt4(options, installation);
    line(QStringLiteral("# bench_fabric: %1 in all").arg(seconds(monotonicSeconds() - start, 0)));
    return status;
}
