#include "pgcluster.h"

#include "connectionparams.h"
#include "filecloner.h"
#include "logging.h"
#include "serviceaccount.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/ipc.h>
#include <sys/shm.h>
#endif

#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

namespace Pixetric {

namespace {

// The file holding the fabric's settings inside a data folder, and the line that includes it.
const QLatin1String SettingsFile("pixetric.conf");
const QLatin1String IncludeLine("include_if_exists = 'pixetric.conf'");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QDir::current().absoluteFilePath(path));
}





// A copy of our environment with messages in English, for programs whose output is parsed.
QProcessEnvironment untranslatedEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

// Quotes for a POSIX shell: pg_ctl passes its -o options to the server through /bin/sh.
QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// Whether a program already listens on 127.0.0.1:port. QTcpServer binds the way the server
// does (SO_REUSEADDR on Unix), so a port left in TIME_WAIT by an earlier server counts as free.
bool portInUse(int port)
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port)))
        return false;
    return probe.serverError() == QAbstractSocket::AddressInUseError;
}


// Writes text to a new file or replaces one; keeps the service account as owner.
QString writeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        return QCoreApplication::translate("Pixetric::PgCluster",
                                           "Could not write %1: %2. Check the folder's permissions and "
                                           "free space.")
            .arg(native(path), file.errorString());
    }
    // The server insists on owning the files of its data folder.
    return ServiceAccount::handOver(path, false);
}

// Whether pg_hba.conf has an uncommented line for replication from 127.0.0.1 with a password
// method (what pg_basebackup from a sibling branch uses).
bool hbaAllowsLocalReplication(const QString &hbaText)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*host\\s+replication\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256\\s*$"),
        QRegularExpression::MultilineOption);
    return line.match(hbaText).hasMatch();
}

#ifdef Q_OS_LINUX
// After a crash, orphaned server processes hold the old shared memory for a moment, and a new
// server refuses to start while they do. Waits (ten seconds at most) until they are gone.
void waitForOrphans(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 7)
        return;
    const QList<QByteArray> ids = lines.at(6).simplified().split(' '); // "key id"
    bool ok = false;
    const int shmId = ids.size() == 2 ? ids.at(1).toInt(&ok) : 0;
    if (!ok)
        return;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        shmid_ds state{};
        if (::shmctl(shmId, IPC_STAT, &state) != 0 || state.shm_nattch == 0)
            return;
        QThread::msleep(50);
    }
}
#endif

} // namespace

PgCluster::PgCluster(PgInstallation installation, QString dataDirectory)
    : m_installation(std::move(installation))
    , m_dataDirectory(absolute(dataDirectory))
{
}




QString PgCluster::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs) const
{
    return ServiceAccount::run(m_installation.program(program), arguments, {}, output, timeoutMs);
}

QString PgCluster::initialize(const QString &superuser, const QString &password)
{
    if (m_dataDirectory.isEmpty())
        return tr("No data folder was given for the new cluster.");
    const QDir dataDir(m_dataDirectory);
    if (dataDir.exists() && !dataDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("%1 already holds files. Choose an empty folder for the new cluster.").arg(native(m_dataDirectory));
    if (password.isEmpty())
        return tr("The new cluster needs a password for its superuser.");
    if (password.contains(QLatin1Char('\n')) || password.contains(QLatin1Char('\r')))
        return tr("The superuser's password cannot span lines. Choose one without line breaks.");

    // Whatever this call makes is removed again when it fails.
    const bool created = !dataDir.exists();
    if (created && !QDir().mkpath(m_dataDirectory))
        return tr("Could not create the folder %1. Check the permissions of the folder above it.")
            .arg(native(m_dataDirectory));
    const auto fail = [&](const QString &message) {
        if (created)
            FileCloner::removeTree(m_dataDirectory);
        return message;
    };
    // initdb wants 0700 and, as root, the server's account must own the folder.
    QFile::setPermissions(m_dataDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (const QString error = ServiceAccount::handOver(m_dataDirectory, false); !error.isEmpty())
        return fail(error);
    const QString parent = QFileInfo(m_dataDirectory).absolutePath();
    if (!ServiceAccount::canReach(parent)) {
        return fail(tr("The account %1 cannot enter %2, so its server could not use the cluster there. Choose a "
                       "folder that account can reach, or allow it in (chmod o+x on the folders above).")
                        .arg(ServiceAccount::name(), native(parent)));
    }

    // The password goes through a file only initdb's account can read, removed when done.
    QString pwDirectory = QDir::tempPath();
    if (!ServiceAccount::canReach(pwDirectory))
        pwDirectory = parent;
    QTemporaryFile pwFile(pwDirectory + QStringLiteral("/pixetric-pw-XXXXXX"));
    if (!pwFile.open() || pwFile.write(password.toUtf8() + '\n') < 0 || !pwFile.flush()) {
        return fail(tr("Could not write a temporary file in %1: %2. Check the free space there.")
                        .arg(native(pwDirectory), pwFile.errorString()));
    }
    pwFile.close();
    if (const QString error = ServiceAccount::handOver(pwFile.fileName(), false); !error.isEmpty())
        return fail(error);

    const QString error = run(QStringLiteral("initdb"),
                              {QStringLiteral("-D"), m_dataDirectory, QStringLiteral("-U"), superuser,
                               QStringLiteral("--pwfile=") + pwFile.fileName(), QStringLiteral("-A"),
                               QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                               QStringLiteral("--locale=C"), QStringLiteral("--data-checksums")},
                              nullptr, 300000);
    if (!error.isEmpty())
        return fail(tr("Could not create the cluster in %1. %2").arg(native(m_dataDirectory), error));

    // initdb's pg_hba.conf has this line with -A; a branch's base backup depends on it, so make
    // sure rather than trust a packager's template.
    const QString hbaPath = dataDir.filePath(QStringLiteral("pg_hba.conf"));
    QFile hba(hbaPath);
    if (!hba.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2.").arg(native(hbaPath), hba.errorString()));
    const QString hbaText = QString::fromUtf8(hba.readAll());
    hba.close();
    if (!hbaAllowsLocalReplication(hbaText)) {
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Append)
            || hba.write("\n# Base backups of branches on this computer.\n"
                         "host    replication     all             127.0.0.1/32            scram-sha-256\n")
                < 0) {
            return fail(tr("Could not write %1: %2.").arg(native(hbaPath), hba.errorString()));
        }
    }
    return {};
}

QString PgCluster::writeBaseSettings()
{
    const QDir dataDir(m_dataDirectory);
    if (!QFileInfo::exists(dataDir.filePath(QStringLiteral("PG_VERSION"))))
        return tr("%1 is not a PostgreSQL data folder.").arg(native(m_dataDirectory));

    QByteArray settings =
        "# Settings of the Pixetric fabric for this branch's compute. This file is rewritten by\n"
        "# Pixetric; change settings with ALTER SYSTEM (postgresql.auto.conf wins over this file).\n"
        "# The port and the socket folder are given when the server starts.\n"
        "listen_addresses = '127.0.0.1'\n"
        "wal_level = replica\n"
        "max_wal_senders = 5\n"
        "shared_buffers = '32MB'\n"
        "max_connections = 50\n"
        "# No POSIX shared memory needed: works in containers and chroots without /dev/shm.\n"
        "dynamic_shared_memory_type = mmap\n"
        "logging_collector = off\n"
        "# Branches hold real data.\n"
        "fsync = on\n"
        "synchronous_commit = on\n";
#ifdef Q_OS_LINUX
    if (m_installation.major() >= 14) {
        // A branch cloned from a running parent starts as an interrupted cluster, and the server
        // first syncs every file of it; one syncfs() of the file system does that in a fraction
        // of the time.
        settings += "# One syncfs() instead of an fsync() per file when a cloned branch first starts.\n"
                    "recovery_init_sync_method = syncfs\n";
    }
#endif
    if (const QString error = writeFile(dataDir.filePath(SettingsFile), settings); !error.isEmpty())
        return error;

    const QString confPath = dataDir.filePath(QStringLiteral("postgresql.conf"));
    QFile conf(confPath);
    if (!conf.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2.").arg(native(confPath), conf.errorString());
    const QString confText = QString::fromUtf8(conf.readAll());
    conf.close();
    static const QRegularExpression included(QStringLiteral("^\\s*include_if_exists\\s*=\\s*'pixetric\\.conf'"),
                                             QRegularExpression::MultilineOption);
    if (included.match(confText).hasMatch())
        return {};
    // Appended, so the fabric's settings win over initdb's above them.
    QByteArray addition = confText.endsWith(QLatin1Char('\n')) || confText.isEmpty() ? QByteArray() : QByteArray("\n");
    addition += "\n# The Pixetric fabric's settings.\n" + QByteArray(IncludeLine.data(), IncludeLine.size()) + '\n';
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Append) || conf.write(addition) != addition.size())
        return tr("Could not write %1: %2.").arg(native(confPath), conf.errorString());
    return {};
}

QString PgCluster::start(const ClusterEndpoint &endpoint, const QString &logFile, int timeoutSeconds)
{
    const QDir dataDir(m_dataDirectory);
    if (!QFileInfo::exists(dataDir.filePath(QStringLiteral("PG_VERSION"))))
        return tr("%1 is not a PostgreSQL data folder.").arg(native(m_dataDirectory));
    if (endpoint.port <= 0 || endpoint.port > 65535)
        return tr("%1 is not a port a server can listen on.").arg(endpoint.port);

    const ClusterProcess before = process();
    if (before.status == ClusterProcess::Status::Running) {
        if (before.port == endpoint.port)
            return {};
        return tr("The server of %1 already runs on port %2. Stop it before starting it on port %3.")
            .arg(native(m_dataDirectory))
            .arg(before.port)
            .arg(endpoint.port);
    }
    if (portInUse(endpoint.port)) {
        return tr("Port %1 is in use by another program, so the branch's compute cannot start. Stop that "
                  "program, or move the branch to another port.")
            .arg(endpoint.port);
    }

    const QString socketDirectory = absolute(endpoint.socketDirectory);
    if (!socketDirectory.isEmpty() && !QFileInfo::exists(socketDirectory)) {
        if (!QDir().mkpath(socketDirectory))
            return tr("Could not create the socket folder %1.").arg(native(socketDirectory));
        if (const QString error = ServiceAccount::handOver(socketDirectory, false); !error.isEmpty())
            return error;
    }

    // The server appends to its log as the service account: make the file and hand it over.
    const QString log = absolute(logFile);
    const QString logFolder = QFileInfo(log).absolutePath();
    if (!QDir().mkpath(logFolder))
        return tr("Could not create the folder %1 for the server's log.").arg(native(logFolder));
    QFile logHandle(log);
    if (!logHandle.open(QIODevice::WriteOnly | QIODevice::Append))
        return tr("Could not open the server's log %1: %2.").arg(native(log), logHandle.errorString());
    const qint64 logStart = logHandle.size();
    logHandle.close();
    if (const QString error = ServiceAccount::handOver(log, false); !error.isEmpty())
        return error;

#ifdef Q_OS_LINUX
    if (before.status == ClusterProcess::Status::Crashed) {
        const QString pidFile = dataDir.filePath(QStringLiteral("postmaster.pid"));
        waitForOrphans(pidFile);
        // postmaster.pid is empty (a crash while it was written) or names a zombie or another
        // program now: the server would take it for a live or starting server and refuse to
        // start, so the stale file goes. A number nobody has the server checks by itself.
        const bool numberInUse = before.pid > 0 && (::kill(static_cast<pid_t>(before.pid), 0) == 0 || errno == EPERM);
        if (before.pid <= 0 || numberInUse)
            QFile::remove(pidFile);
        // The same goes for the lock of its socket, when it names that process.
        if (numberInUse && !socketDirectory.isEmpty()) {
            QFile socketLock(socketDirectory + QStringLiteral("/.s.PGSQL.%1.lock").arg(endpoint.port));
            if (socketLock.open(QIODevice::ReadOnly) && socketLock.readLine().trimmed().toLongLong() == before.pid) {
                socketLock.close();
                socketLock.remove();
            }
        }
    }
#endif

    // pg_ctl hands -o to the server through /bin/sh; the server reads -k as a list of folders,
    // double quotes keeping commas and spaces in one name.
    QString options = QStringLiteral("-p %1").arg(endpoint.port);
    if (!socketDirectory.isEmpty()) {
        QString listed = socketDirectory;
        listed.replace(QLatin1Char('"'), QLatin1String("\"\""));
        options += QStringLiteral(" -k ") + shellQuoted(QLatin1Char('"') + listed + QLatin1Char('"'));
    }
    const int seconds = qMax(1, timeoutSeconds);
    // pg_ctl only forks the server (-W); readiness is watched here, every few milliseconds,
    // where pg_ctl -w would look ten times a second and add up to 0.1 s to every start.
    QString error = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("start"), QStringLiteral("-W"), QStringLiteral("-D"), m_dataDirectory,
                         QStringLiteral("-l"), log, QStringLiteral("-o"), options},
                        nullptr, 60000);
    if (error.isEmpty())
        error = waitUntilReady(log, logStart, seconds);
    if (error.isEmpty())
        return {};

    QString logTail;
    if (logHandle.open(QIODevice::ReadOnly) && logHandle.seek(logStart))
        logTail = lastLines(QString::fromLocal8Bit(logHandle.readAll()), 15);
    if (logTail.isEmpty())
        return tr("The server of %1 did not start. %2").arg(native(m_dataDirectory), error);
    return tr("The server of %1 did not start. %2\nThe server's log (%3) ends with:\n%4")
        .arg(native(m_dataDirectory), error, native(log), logTail);
}

QString PgCluster::waitUntilReady(const QString &log, qint64 logStart, int timeoutSeconds) const
{
    QElapsedTimer timer;
    timer.start();
    QFile logFile(log);
    int pause = 2;
    while (timer.elapsed() < qint64(timeoutSeconds) * 1000) {
        const ClusterProcess now = process();
        if (now.status == ClusterProcess::Status::Running && now.acceptingConnections)
            return {};
        if (now.status == ClusterProcess::Status::Crashed)
            return tr("The server stopped while it started.");
        // A server that gives up early (a bad setting, a damaged folder) says why in its log
        // and may never write postmaster.pid.
        if (now.status == ClusterProcess::Status::Stopped && timer.elapsed() > 200 && logFile.open(QIODevice::ReadOnly)) {
            logFile.seek(logStart);
            const QByteArray added = logFile.readAll();
            logFile.close();
            if (added.contains("FATAL:") || added.contains("PANIC:"))
                return tr("The server gave up while it started.");
        }
        QThread::msleep(pause);
        pause = qMin(pause * 2, 20);
    }
    return tr("The server did not become ready within %1 seconds.").arg(timeoutSeconds);
}

QString PgCluster::stop(const QString &mode, int timeoutSeconds)
{
    if (mode != QLatin1String("smart") && mode != QLatin1String("fast") && mode != QLatin1String("immediate"))
        return tr("\"%1\" is not a way to stop a server; use smart, fast or immediate.").arg(mode);
    if (process().status != ClusterProcess::Status::Running)
        return {};
    const int seconds = qMax(1, timeoutSeconds);
    // As for start: pg_ctl signals the server (-W), the end is watched here more often.
    QString error = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("stop"), QStringLiteral("-W"), QStringLiteral("-D"), m_dataDirectory,
                         QStringLiteral("-m"), mode},
                        nullptr, 60000);
    if (error.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        int pause = 2;
        while (process().status == ClusterProcess::Status::Running && timer.elapsed() < qint64(seconds) * 1000) {
            QThread::msleep(pause);
            pause = qMin(pause * 2, 20);
        }
        if (process().status == ClusterProcess::Status::Running)
            error = tr("The server did not stop within %1 seconds.").arg(seconds);
    }
    // Stopped meanwhile, by someone else or by a crash: that is what was asked for.
    if (!error.isEmpty() && process().status == ClusterProcess::Status::Running)
        return tr("The server of %1 did not stop. %2").arg(native(m_dataDirectory), error);
    return {};
}

ClusterProcess PgCluster::process() const
{
    ClusterProcess result;
    QFile file(m_dataDirectory + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return result; // Stopped
    const QList<QByteArray> lines = file.read(4096).split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0) {
        // The server writes the file right after creating it; an empty one that stays so is
        // what a crash at the worst moment leaves.
        const bool fresh = QFileInfo(file).lastModified().secsTo(QDateTime::currentDateTimeUtc()) < 5;
        result.status = fresh ? ClusterProcess::Status::Running : ClusterProcess::Status::Crashed;
        return result;
    }
    result.pid = pid;
    const qint64 started = lines.value(2).trimmed().toLongLong(&ok);
    if (ok)
        result.startedAt = QDateTime::fromSecsSinceEpoch(started).toUTC();
    result.port = lines.value(3).trimmed().toInt();
    // Line 8 (PostgreSQL 10 and later): "starting", "ready", "stopping" or "standby".
    const QByteArray status = lines.value(7).trimmed();
    // The file is written in steps: no status line yet means not ready yet (servers before 10
    // never write one).
    result.acceptingConnections = status == "ready" || status == "standby" || (status.isEmpty() && m_installation.major() < 10);

#ifdef Q_OS_UNIX
    // EPERM: alive, owned by another account (the service account, when we are not root).
    const bool alive = ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
    result.status = alive ? ClusterProcess::Status::Running : ClusterProcess::Status::Crashed;
#ifdef Q_OS_LINUX
    // After a reboot or in a fresh container the number may belong to another program now; and
    // a killed server nobody has reaped yet is a zombie, which kill() still finds.
    if (alive) {
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char stat[128] = {}; // "1234 (postgres) S 1 …"
            const ssize_t n = ::read(fd, stat, sizeof stat - 1);
            ::close(fd);
            const char *open = n > 0 ? std::strchr(stat, '(') : nullptr;
            const char *close = n > 0 ? std::strrchr(stat, ')') : nullptr;
            if (open && close && close > open && close[1] == ' ') {
                const std::string_view name(open + 1, close - open - 1);
                const char state = close[2];
                const bool server = name.substr(0, 8) == "postgres" || name.substr(0, 10) == "postmaster";
                if (!server || state == 'Z' || state == 'X')
                    result.status = ClusterProcess::Status::Crashed;
            }
        }
    }
#endif
#else
    result.status = ClusterProcess::Status::Running;
#endif
    return result;
}

QString PgCluster::baseBackup(const QString &sourceConninfo, const QString &targetDirectory,
                              const std::function<void(double)> &progress)
{
    ConnectionParams params;
    QString parseError;
    if (!ConnectionParams::parse(sourceConninfo, &params, &parseError))
        return tr("The connection to copy from is not valid: %1").arg(parseError);
    const QString password = params.value(QStringLiteral("password"));
    params.remove(QStringLiteral("password"));

    const QString target = absolute(targetDirectory);
    if (target.isEmpty())
        return tr("No folder was given for the copy.");
    const QDir targetDir(target);
    const bool existed = targetDir.exists();
    if (existed && !targetDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("%1 already holds files. Choose an empty folder for the copy.").arg(native(target));
    if (!existed && !QDir().mkpath(target))
        return tr("Could not create the folder %1. Check the permissions of the folder above it.").arg(native(target));
    const auto fail = [&](const QString &message) {
        if (existed) {
            // Leave the folder as it was given: empty.
            const QDir::Filters all = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
            const QStringList entries = targetDir.entryList(all);
            for (const QString &entry : entries)
                FileCloner::removeTree(targetDir.filePath(entry));
        } else {
            FileCloner::removeTree(target);
        }
        return message;
    };
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (const QString error = ServiceAccount::handOver(target, false); !error.isEmpty())
        return fail(error);
    const QString parent = QFileInfo(target).absolutePath();
    if (!ServiceAccount::canReach(parent)) {
        return fail(tr("The account %1 cannot enter %2, so the copy cannot be made there. Choose a folder that "
                       "account can reach.")
                        .arg(ServiceAccount::name(), native(parent)));
    }

    QProcessEnvironment environment = untranslatedEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    const QString exe = m_installation.program(QStringLiteral("pg_basebackup"));
    ServiceAccount::start(process, exe,
                 {QStringLiteral("-d"), params.toConninfo(false), QStringLiteral("-D"), target,
                  QStringLiteral("--checkpoint=fast"), QStringLiteral("-X"), QStringLiteral("stream"),
                  QStringLiteral("--no-password"), QStringLiteral("--progress"), QStringLiteral("--verbose")});
    if (!process.waitForStarted(30000)) {
        return fail(tr("Could not start %1: %2. Check that PostgreSQL's server programs are installed.")
                        .arg(native(exe), process.errorString()));
    }
    process.closeWriteChannel();

    // Without a terminal, pg_basebackup prints one progress line a second:
    // "12345/67890 kB (18%), 0/1 tablespace (…)".
    static const QRegularExpression progressLine(QStringLiteral("(\\d+)/(\\d+) kB \\(\\d+%\\)"));
    QString messages; // everything but progress lines, for the error message
    QByteArray pending;
    QElapsedTimer quiet;
    quiet.start();
    const auto consume = [&](bool flush) {
        pending += process.readAll();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0 || (flush && !pending.isEmpty())) {
            const QString line = QString::fromLocal8Bit(end >= 0 ? pending.left(end) : pending).trimmed();
            pending.remove(0, end >= 0 ? end + 1 : pending.size());
            const QRegularExpressionMatch match = progressLine.match(line);
            if (match.hasMatch()) {
                const double done = match.captured(1).toDouble();
                const double total = match.captured(2).toDouble();
                if (progress && total > 0)
                    progress(qBound(0.0, done / total, 1.0));
            } else if (!line.isEmpty()) {
                messages += line + QLatin1Char('\n');
            }
        }
    };
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForReadyRead(1000)) {
            quiet.restart();
            consume(false);
        } else if (quiet.elapsed() > 600000) {
            // Ten minutes without a word, not even a progress line: the source hangs.
            timedOut = true;
            ServiceAccount::stop(process);
        }
    }
    consume(true);
    if (timedOut) {
        return fail(tr("The copy from %1 made no progress for ten minutes and was stopped.")
                        .arg(params.displayName()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(tr("Could not copy the cluster at %1 (pg_basebackup exit code %2): %3")
                        .arg(params.displayName())
                        .arg(process.exitCode())
                        .arg(lastLines(messages, 15)));
    }
    if (progress)
        progress(1.0);
    return {};
}

QString PgCluster::checkpointLsn(QString *error) const
{
    QString output;
    const QString failure = ServiceAccount::run(m_installation.program(QStringLiteral("pg_controldata")),
                                       {QStringLiteral("-D"), m_dataDirectory}, untranslatedEnvironment(), &output,
                                       60000);
    if (!failure.isEmpty()) {
        if (error)
            *error = tr("Could not read the control file of %1. %2").arg(native(m_dataDirectory), failure);
        return {};
    }
    static const QRegularExpression lsnLine(
        QStringLiteral("^Latest checkpoint location:\\s*([0-9A-F]+/[0-9A-F]+)\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = lsnLine.match(output);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("pg_controldata did not report the latest checkpoint of %1.").arg(native(m_dataDirectory));
        return {};
    }
    if (error)
        error->clear();
    return match.captured(1);
}

QString PgCluster::cleanCopiedDirectory(const QString &dataDirectory)
{
    // backup_label stays: without it a copy taken from a running server would skip the
    // recovery that makes it consistent.
    const QDir dir(dataDirectory);
    QStringList doomed;
    for (const QString &name : {QStringLiteral("postmaster.pid"), QStringLiteral("postmaster.opts")}) {
        if (QFileInfo(dir.filePath(name)).isFile() || QFileInfo(dir.filePath(name)).isSymLink())
            doomed << dir.filePath(name);
    }
    const QDir logDir(dir.filePath(QStringLiteral("log")));
    if (QFileInfo(logDir.path()).isDir() && !QFileInfo(logDir.path()).isSymLink()) {
        const QStringList logs = logDir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : logs)
            doomed << logDir.filePath(name);
    }
    for (const QString &path : std::as_const(doomed)) {
        QFile file(path);
        if (!file.remove())
            return tr("Could not remove %1 from the copied data folder: %2.").arg(native(path), file.errorString());
    }
    return {};
}


} // namespace Pixetric
