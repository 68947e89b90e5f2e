#pragma once

#include "connectionparams.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Pixetric::Test {

// A throwaway PostgreSQL cluster for one test program: initdb into a temporary directory,
// started on a free port (TCP on 127.0.0.1 and a Unix socket in the directory), stopped and
// removed by the destructor. When the program runs as root the server runs as the 'postgres'
// account, because PostgreSQL refuses to run as root.
//
// Thread affinity: any thread, but one at a time. Blocking: start() and stop() wait for
// initdb and pg_ctl, which is what a test's initTestCase() wants.
class PgTestCluster
{
public:
    PgTestCluster();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    // Creates and starts the cluster; extra settings go to postgresql.conf (e.g.
    // "shared_preload_libraries = 'pg_stat_statements'"). Returns false and fills error().
    bool start(const QStringList &extraSettings = {});
    // Before start(): serve TLS with a self-signed certificate made with openssl (the
    // certificate's path is tlsCertificate(), usable as sslrootcert).
    void setTlsEnabled(bool on) { m_tls = on; }
    QString tlsCertificate() const;
    // Starts it again after stop() or a crash, same port and data.
    bool restart();
    // pg_ctl stop with the given mode ("fast", "immediate").
    bool stop(const QString &mode = QStringLiteral("fast"));

    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString socketDirectory() const;
    QString dataDirectory() const;
    QString binDirectory() const { return m_binDir; }
    int majorVersion() const { return m_major; }
    static QString superuser() { return QStringLiteral("pixetric_test"); }
    static QString password() { return QStringLiteral("s3cret-pw"); }

    // TCP with the superuser's password, database "postgres" unless given.
    ConnectionParams params(const QString &database = QStringLiteral("postgres")) const;
    QString uri(const QString &database = QStringLiteral("postgres")) const;

    // Runs SQL through psql (blocking), for setting up fixtures. Returns psql's output.
    bool psql(const QString &sql, QString *output = nullptr, const QString &database = QStringLiteral("postgres"));


private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr,
             int timeoutMs = 120000);

    // A detached shell that stops the server and removes the folder once this process is gone,
    // also when a test crashes or is killed and the destructor never runs.
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_error;
    int m_port = 0;
    int m_major = 0;
    bool m_running = false;
    bool m_tls = false;
    bool m_watchdog = false;
};

} // namespace Pixetric::Test
