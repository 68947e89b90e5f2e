#include "pgtestcluster.h"

#include "pgbinaries.h"
#include "serviceaccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>


namespace Pixetric::Test {

namespace {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

PgTestCluster::PgTestCluster() = default;

PgTestCluster::~PgTestCluster()
{
    if (m_running)
        stop(QStringLiteral("immediate"));
}

QString PgTestCluster::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgTestCluster::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgTestCluster::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    // As the service account when root, and never outliving this process.
    const QString error = ServiceAccount::run(m_binDir + QLatin1Char('/') + program, arguments, {}, output, timeoutMs);
    if (!error.isEmpty())
        m_error = error;
    return error.isEmpty();
}

bool PgTestCluster::start(const QStringList &extraSettings)
{
    QString error;
    const PgInstallation installation = PgBinaries::find({}, &error);
    if (!installation.isValid()) {
        m_error = error;
        return false;
    }
    m_binDir = installation.binDirectory;
    m_major = installation.major();

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pixetric-test-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = f.errorString();
            return false;
        }
        f.write(password().toUtf8() + '\n');
    }
    if (const QString error = ServiceAccount::handOver(m_dir->path()); !error.isEmpty()) {
        m_error = error;
        return false;
    }

    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), superuser(),
              QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")}))
        return false;

    m_port = freePort();
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append)) {
        m_error = conf.errorString();
        return false;
    }
    QStringList settings = {
        QStringLiteral("port = %1").arg(m_port),
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("unix_socket_directories = '%1'").arg(socketDirectory()),
        QStringLiteral("fsync = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("max_connections = 40"),
        QStringLiteral("shared_buffers = '32MB'"),
        // No POSIX shared memory needed: works in minimal chroots without /dev/shm.
        QStringLiteral("dynamic_shared_memory_type = mmap"),
        QStringLiteral("logging_collector = off"),
    };
    if (m_tls) {
        const QString dir = dataDirectory();
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"),
                       QStringLiteral("-out"), dir + QStringLiteral("/server.crt")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl could not make a certificate: ") + QString::fromLocal8Bit(openssl.readAll());
            return false;
        }
        QFile::setPermissions(dir + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
        ServiceAccount::handOver(dir + QStringLiteral("/server.key"), false);
        ServiceAccount::handOver(dir + QStringLiteral("/server.crt"), false);
        settings << QStringLiteral("ssl = on");
    }
    settings += extraSettings;
    conf.write(settings.join(QLatin1Char('\n')).toUtf8() + '\n');
    conf.close();
    return restart();
}

bool PgTestCluster::restart()
{
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("start")}))
        return false;
    m_running = true;
    startWatchdog();
    return true;
}

void PgTestCluster::startWatchdog()
{
    if (m_watchdog)
        return;
    const auto quote = [](QString s) -> QString { return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\''); };
    QString pgCtl = quote(m_binDir + QStringLiteral("/pg_ctl"));
    if (ServiceAccount::isUsed())
        pgCtl = QStringLiteral("runuser -u postgres -- ") + pgCtl;
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "cd /; %2 -D %3 -m immediate stop >/dev/null 2>&1; rm -rf %4")
                               .arg(QCoreApplication::applicationPid())
                               .arg(pgCtl, quote(dataDirectory()), quote(m_dir->path()));
    m_watchdog = QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

bool PgTestCluster::stop(const QString &mode)
{
    if (!m_running)
        return true;
    const bool ok = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"),
                                                   QStringLiteral("-m"), mode, QStringLiteral("stop")});
    if (ok)
        m_running = false;
    return ok;
}

QString PgTestCluster::tlsCertificate() const
{
    return dataDirectory() + QStringLiteral("/server.crt");
}

ConnectionParams PgTestCluster::params(const QString &database) const
{
    ConnectionParams p;
    p.set(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    p.set(QStringLiteral("port"), QString::number(m_port));
    p.set(QStringLiteral("user"), superuser());
    p.set(QStringLiteral("password"), password());
    p.set(QStringLiteral("dbname"), database);
    p.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
    return p;
}

QString PgTestCluster::uri(const QString &database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=disable")
        .arg(superuser(), password()).arg(m_port).arg(database);
}

bool PgTestCluster::psql(const QString &sql, QString *output, const QString &database)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password());
    process.setProcessEnvironment(env);
    QString psqlPath = m_binDir + QStringLiteral("/psql");
    if (!QFile::exists(psqlPath))
        psqlPath = QStringLiteral("psql");
    process.start(psqlPath, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                             QString::number(m_port), QStringLiteral("-U"), superuser(),
                             QStringLiteral("-d"), database, QStringLiteral("-f"), QStringLiteral("-")});
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        m_error = QStringLiteral("psql did not finish");
        return false;
    }
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text.trimmed();
    if (process.exitCode() != 0) {
        m_error = text;
        return false;
    }
    return true;
}

} // namespace Pixetric::Test
