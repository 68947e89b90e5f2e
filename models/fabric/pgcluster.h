#pragma once

#include "pgbinaries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace Pixetric {

// Where and how one branch's compute listens.
struct ClusterEndpoint
{
    int port = 0;
    QString socketDirectory; // Unix socket folder (.s.PGSQL.<port> inside)
};

// What postmaster.pid says about a data folder.
struct ClusterProcess
{
    enum class Status {
        Stopped, // no postmaster.pid
        Running, // postmaster.pid names a live process
        Crashed, // postmaster.pid names a process that is gone
    };
    Status status = Status::Stopped;
    qint64 pid = 0;
    int port = 0;
    QDateTime startedAt; // UTC
    bool acceptingConnections = false; // false while it starts up (crash recovery) or stops
};

// Drives one PostgreSQL cluster (a data folder) with the system's server programs: initdb,
// start, stop, base backups, pg_controldata. When the program runs as root, every server
// program runs as the service account ("postgres") and the files it needs are owned by it,
// as Debian's pg_ctlcluster does; otherwise as the current user.
//
// Blocking: every call waits for the programs it runs. Use it from a worker thread or the CLI,
// never from the GUI thread. Thread-safe for different data folders.
// Errors: functions return an empty string on success, else a message for people.
class PgCluster
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::PgCluster)

public:
    PgCluster(PgInstallation installation, QString dataDirectory);

    const PgInstallation &installation() const { return m_installation; }
    QString dataDirectory() const { return m_dataDirectory; }


    // initdb: UTF8, locale C, data checksums on, scram-sha-256 for local and host (also for
    // replication connections), superuser with password. The data folder must not exist or be
    // empty. The password reaches initdb through a temporary file, never a command line.
    QString initialize(const QString &superuser, const QString &password);

    // Writes the fabric's settings (listen_addresses = '127.0.0.1', wal_level = replica,
    // max_wal_senders, small shared_buffers, logging, fsync on) into pixetric.conf of the data
    // folder, replacing what this class wrote before, and includes that file from
    // postgresql.conf once. Not postgresql.auto.conf: ALTER SYSTEM rewrites that file and would
    // drop the marks telling our lines from the user's; ALTER SYSTEM settings still win, as the
    // server reads postgresql.auto.conf last. Neither port nor socket folder is written: start()
    // passes them, so a cloned folder keeps its own endpoint.
    QString writeBaseSettings();

    // pg_ctl start -w on the endpoint; the log goes to logFile (appended; created and handed to
    // the service account when needed). A stale postmaster.pid from a crash is handled by the
    // server itself (crash recovery). A port in use by another program gives a message naming
    // the port, and nothing is touched. Already running on the same port counts as success.
    QString start(const ClusterEndpoint &endpoint, const QString &logFile, int timeoutSeconds = 60);
    // pg_ctl stop -w; mode "smart", "fast" or "immediate". Stopped already, or crashed (a stale
    // postmaster.pid), counts as success.
    QString stop(const QString &mode = QStringLiteral("fast"), int timeoutSeconds = 60);
    // Reads postmaster.pid and checks the process named there; no program is run, so it is
    // cheap enough to poll for many clusters every second.
    ClusterProcess process() const;

    // pg_basebackup from a running cluster (connection string with a replication-capable
    // superuser) into targetDirectory (missing or empty; whatever this call made of it is
    // removed on failure): --checkpoint=fast, -X stream, synced to disk. A password in the
    // connection string reaches pg_basebackup through its environment, never its command line.
    // progress gets 0…1, called on the calling thread as pg_basebackup reports.
    QString baseBackup(const QString &sourceConninfo, const QString &targetDirectory,
                       const std::function<void(double)> &progress = {});

    // "Latest checkpoint location" from pg_controldata ("0/2000060"); works whether the server
    // runs or not. Empty on failure, with *error saying why.
    QString checkpointLsn(QString *error = nullptr) const;

    // Removes files a copy of a data folder must not carry: postmaster.pid, postmaster.opts,
    // and the server's log files when they live inside the folder.
    static QString cleanCopiedDirectory(const QString &dataDirectory);


private:
    // Watches postmaster.pid (and the log) until the server accepts connections.
    QString waitUntilReady(const QString &log, qint64 logStart, int timeoutSeconds) const;
    QString run(const QString &program, const QStringList &arguments, QString *output = nullptr,
                int timeoutMs = 120000) const;

    PgInstallation m_installation;
    QString m_dataDirectory;
};

} // namespace Pixetric
