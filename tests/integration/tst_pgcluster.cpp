#include "noerror.h"
#include "pgbinaries.h"
#include "pgcluster.h"
#include "serviceaccount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Pixetric;

// PgCluster against the machine's real server programs: one cluster made with initdb and run
// through its life (start, refusals, stop, a kill -9 and recovery), and a base backup of it
// started as a second cluster. When the test runs as root the servers run as the postgres
// account, as the fabric's do.
class TestPgCluster : public QObject
{
    Q_OBJECT
public:
    ~TestPgCluster() override { stopAll(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void initializesWithPasswordAuthentication();
    void refusesAFolderWithFiles();
    void baseSettingsAreWrittenOnce();
    void startsOnTheEndpoint();
    void passwordsAreRequired_data();
    void passwordsAreRequired();
    void startIsIdempotentOnTheSameEndpoint();
    void stopsAndSaysStopped();
    void refusesATakenPortAndTouchesNothing();
    void recoversFromAKill();
    void baseBackupMakesAStartableCopy();
    void failedBaseBackupLeavesNothing();
    void checkpointLsnWhetherRunningOrNot();
    void cleansACopiedFolder();

private:
    struct PsqlResult
    {
        int exitCode = -1;
        QString output;
    };
    // psql over TCP (socketDirectory empty) or the Unix socket, with a password.
    PsqlResult psql(int port, const QString &sql, const QString &password, const QString &socketDirectory = {});
    static int freePort();
    void stopAll();

    static QString superuser() { return QStringLiteral("pixetric_admin"); }
    static QString password() { return QStringLiteral("N0t-on-any 'command' line"); }

    PgInstallation m_installation;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgCluster> m_primary;
    std::unique_ptr<PgCluster> m_copy;
    ClusterEndpoint m_endpoint;
    QString m_log;
};

int TestPgCluster::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

TestPgCluster::PsqlResult TestPgCluster::psql(int port, const QString &sql, const QString &pw,
                                              const QString &socketDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PGPASSWORD", pw);
    env.insert("PGCONNECT_TIMEOUT", "10");
    env.insert("LC_ALL", "C");
    process.setProcessEnvironment(env);
    process.start(m_installation.program("psql"),
                  {"-X", "-w", "-At", "-v", "ON_ERROR_STOP=1", "-h",
                   socketDirectory.isEmpty() ? QStringLiteral("127.0.0.1") : socketDirectory, "-p",
                   QString::number(port), "-U", superuser(), "-d", "postgres", "-c", sql});
    PsqlResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.output = "psql did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll()).trimmed();
    return result;
}

void TestPgCluster::stopAll()
{
    for (PgCluster *cluster : {m_copy.get(), m_primary.get()}) {
        if (cluster && cluster->process().status == ClusterProcess::Status::Running)
            cluster->stop(QStringLiteral("immediate"));
    }
}

void TestPgCluster::initTestCase()
{
    QString error;
    m_installation = PgBinaries::find({}, &error);
    QVERIFY2(m_installation.isValid(), qPrintable(error));
    QVERIFY2(QFileInfo(m_installation.program("psql")).isExecutable(), "psql is needed to talk to the clusters");

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/pixetric-pgcluster-XXXXXX");
    QVERIFY(m_dir->isValid());
    // As root the servers run as postgres, which must enter this folder.
    const QString handed = ServiceAccount::handOver(m_dir->path(), false);
    QVERIFY2(handed.isEmpty(), qPrintable(handed));
    QVERIFY(ServiceAccount::canReach(m_dir->path()));

    m_primary = std::make_unique<PgCluster>(m_installation, m_dir->filePath("primary/data"));
    m_endpoint.port = freePort();
    m_endpoint.socketDirectory = m_dir->filePath("sockets with a space"); // made by start()
    m_log = m_dir->filePath("logs/primary.log");
    QVERIFY(m_endpoint.port > 0);
}

void TestPgCluster::cleanupTestCase()
{
    stopAll();
    if (m_primary)
        QCOMPARE(m_primary->process().status, ClusterProcess::Status::Stopped);
}

void TestPgCluster::initializesWithPasswordAuthentication()
{
    // The password file goes to the temporary folder: one of this test's own, so that the
    // files of tests running beside it do not count.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    QVERIFY(ServiceAccount::canReach(tmp.path()));
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString error = m_primary->initialize(superuser(), password());
    oldTmp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", oldTmp);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QDir data(m_primary->dataDirectory());
    QVERIFY(QFileInfo::exists(data.filePath("PG_VERSION")));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(data.path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
    if (ServiceAccount::isUsed())
        QCOMPARE(QFileInfo(data.path()).owner(), ServiceAccount::name());

    // The password file is gone.
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    QFile hba(data.filePath("pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QString hbaText = QString::fromUtf8(hba.readAll());
    // Everything by password, also replication from this computer (a branch's base backup).
    const QStringList lines = {
        "^local\\s+all\\s+all\\s+scram-sha-256\\s*$",
        "^host\\s+all\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256\\s*$",
        "^host\\s+replication\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256\\s*$",
    };
    for (const QString &pattern : lines) {
        QVERIFY2(QRegularExpression(pattern, QRegularExpression::MultilineOption).match(hbaText).hasMatch(),
                 qPrintable(pattern));
    }
    QVERIFY(!QRegularExpression("^[^#]*\\btrust\\b", QRegularExpression::MultilineOption).match(hbaText).hasMatch());
}

void TestPgCluster::refusesAFolderWithFiles()
{
    PgCluster again(m_installation, m_primary->dataDirectory());
    const QString error = again.initialize(superuser(), password());
    QVERIFY(error.contains("already holds files"));
    QVERIFY(QFileInfo::exists(m_primary->dataDirectory() + "/PG_VERSION"));
}

void TestPgCluster::baseSettingsAreWrittenOnce()
{
    QString error = m_primary->writeBaseSettings();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_primary->writeBaseSettings();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QDir data(m_primary->dataDirectory());
    QFile conf(data.filePath("postgresql.conf"));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QString confText = QString::fromUtf8(conf.readAll());
    QCOMPARE(confText.count("include_if_exists = 'pixetric.conf'"), 1);
    QVERIFY(confText.trimmed().endsWith("include_if_exists = 'pixetric.conf'"));

    QFile settings(data.filePath("pixetric.conf"));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(settings.readAll());
    QVERIFY(text.contains("wal_level = replica\n"));
    QVERIFY(text.contains("listen_addresses = '127.0.0.1'\n"));
    // The endpoint is given at start, so a copied folder does not carry it.
    QVERIFY(!QRegularExpression("^\\s*(port|unix_socket_directories)\\s*=", QRegularExpression::MultilineOption)
                 .match(text)
                 .hasMatch());
    if (ServiceAccount::isUsed())
        QCOMPARE(QFileInfo(settings).owner(), ServiceAccount::name());
}

void TestPgCluster::startsOnTheEndpoint()
{
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Stopped);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const QString error = m_primary->start(m_endpoint, m_log);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const ClusterProcess running = m_primary->process();
    QCOMPARE(running.status, ClusterProcess::Status::Running);
    QCOMPARE(running.port, m_endpoint.port);
    QVERIFY(running.pid > 0);
    QVERIFY(running.startedAt >= before);
    QVERIFY(running.startedAt <= QDateTime::currentDateTimeUtc().addSecs(2));
    QVERIFY(QFileInfo::exists(m_endpoint.socketDirectory + QStringLiteral("/.s.PGSQL.%1").arg(m_endpoint.port)));
    QVERIFY(QFileInfo(m_log).size() > 0);

    // The settings of pixetric.conf and initdb's options are in force.
    const PsqlResult settings = psql(m_endpoint.port,
                                     "SELECT concat_ws(',', current_setting('listen_addresses'), "
                                     "current_setting('wal_level'), current_setting('data_checksums'), "
                                     "current_setting('server_encoding'), (SELECT datcollate FROM pg_database WHERE datname = current_database()), "
                                     "current_setting('fsync'), current_setting('dynamic_shared_memory_type'), "
                                     "current_setting('max_connections'), current_setting('port'))",
                                     password());
    QVERIFY2(settings.exitCode == 0, qPrintable(settings.output));
    QCOMPARE(settings.output,
             QStringLiteral("127.0.0.1,replica,on,UTF8,C,on,mmap,50,%1").arg(m_endpoint.port));
}

void TestPgCluster::passwordsAreRequired_data()
{
    QTest::addColumn<bool>("overSocket");
    QTest::addColumn<bool>("rightPassword");
    QTest::addRow("tcp, right password") << false << true;
    QTest::addRow("tcp, wrong password") << false << false;
    QTest::addRow("socket, right password") << true << true;
    QTest::addRow("socket, wrong password") << true << false;
}

void TestPgCluster::passwordsAreRequired()
{
    QFETCH(bool, overSocket);
    QFETCH(bool, rightPassword);
    const PsqlResult result = psql(m_endpoint.port, "SELECT 40 + 2", rightPassword ? password() : "wrong",
                                   overSocket ? m_endpoint.socketDirectory : QString());
    if (rightPassword) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.output, QStringLiteral("42"));
    } else {
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.output.contains("password authentication failed"), qPrintable(result.output));
    }
}

void TestPgCluster::startIsIdempotentOnTheSameEndpoint()
{
    const qint64 pid = m_primary->process().pid;
    QVERIFY_NO_ERROR(m_primary->start(m_endpoint, m_log));
    QCOMPARE(m_primary->process().pid, pid);

    ClusterEndpoint elsewhere = m_endpoint;
    elsewhere.port = freePort();
    const QString error = m_primary->start(elsewhere, m_log);
    QVERIFY(error.contains(QString::number(m_endpoint.port)));
    QCOMPARE(m_primary->process().port, m_endpoint.port);
}

void TestPgCluster::stopsAndSaysStopped()
{
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Running);
    QVERIFY(m_primary->stop("gently").contains("smart, fast or immediate"));
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Running);
    QVERIFY_NO_ERROR(m_primary->stop());
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Stopped);
    QVERIFY(!QFileInfo::exists(m_primary->dataDirectory() + "/postmaster.pid"));
    QVERIFY_NO_ERROR(m_primary->stop()); // already stopped
    const PsqlResult result = psql(m_endpoint.port, "SELECT 1", password());
    QVERIFY(result.exitCode != 0);
}

void TestPgCluster::refusesATakenPortAndTouchesNothing()
{
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Stopped);
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    ClusterEndpoint taken = m_endpoint;
    taken.port = squatter.serverPort();
    taken.socketDirectory = m_dir->filePath("never-made");
    const QString otherLog = m_dir->filePath("never-made.log");
    const qint64 logSize = QFileInfo(m_log).size();

    const QString error = m_primary->start(taken, otherLog);
    QVERIFY2(error.contains(QStringLiteral("Port %1 is in use").arg(taken.port)), qPrintable(error));
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Stopped);
    QVERIFY(!QFileInfo::exists(taken.socketDirectory));
    QVERIFY(!QFileInfo::exists(otherLog));
    QCOMPARE(QFileInfo(m_log).size(), logSize);
    QVERIFY(squatter.isListening());
}

void TestPgCluster::recoversFromAKill()
{
    QString error = m_primary->start(m_endpoint, m_log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PsqlResult written = psql(m_endpoint.port,
                                    "CREATE TABLE survivors AS SELECT g AS id FROM generate_series(1, 1000) g",
                                    password());
    QVERIFY2(written.exitCode == 0, qPrintable(written.output));

    const ClusterProcess running = m_primary->process();
    QCOMPARE(running.status, ClusterProcess::Status::Running);
    QCOMPARE(::kill(static_cast<pid_t>(running.pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_primary->process().status, ClusterProcess::Status::Crashed, 10000);
    QCOMPARE(m_primary->process().pid, running.pid); // postmaster.pid is still there
    QVERIFY_NO_ERROR(m_primary->stop());          // a crashed server counts as stopped

    error = m_primary->start(m_endpoint, m_log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ClusterProcess recovered = m_primary->process();
    QCOMPARE(recovered.status, ClusterProcess::Status::Running);
    QVERIFY(recovered.pid != running.pid);
    const PsqlResult count = psql(m_endpoint.port, "SELECT count(*) FROM survivors", password());
    QVERIFY2(count.exitCode == 0, qPrintable(count.output));
    QCOMPARE(count.output, QStringLiteral("1000"));

    QFile log(m_log);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("was not properly shut down"));
}

void TestPgCluster::baseBackupMakesAStartableCopy()
{
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Running);
    const QString target = m_dir->filePath("copy/data");
    QList<double> fractions;
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=%2 password='%3' dbname=postgres")
                                 .arg(m_endpoint.port)
                                 .arg(superuser(), QString(password()).replace("'", "\\'"));
    QString error = m_primary->baseBackup(conninfo, target, [&](double f) { fractions << f; });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0);
    for (int i = 0; i < fractions.size(); ++i) {
        QVERIFY(fractions.at(i) >= 0.0 && fractions.at(i) <= 1.0);
        if (i > 0)
            QVERIFY(fractions.at(i) >= fractions.at(i - 1));
    }
    QVERIFY(QFileInfo::exists(target + "/backup_label"));
    QVERIFY(QFileInfo::exists(target + "/pixetric.conf"));
    if (ServiceAccount::isUsed())
        QCOMPARE(QFileInfo(target).owner(), ServiceAccount::name());

    QVERIFY_NO_ERROR(PgCluster::cleanCopiedDirectory(target));
    m_copy = std::make_unique<PgCluster>(m_installation, target);
    QCOMPARE(m_copy->process().status, ClusterProcess::Status::Stopped);
    ClusterEndpoint copyEndpoint;
    copyEndpoint.port = freePort();
    copyEndpoint.socketDirectory = m_endpoint.socketDirectory; // shared folder, own port
    error = m_copy->start(copyEndpoint, m_dir->filePath("logs/copy.log"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_copy->process().port, copyEndpoint.port);

    PsqlResult result = psql(copyEndpoint.port, "SELECT count(*), pg_is_in_recovery() FROM survivors", password(),
                             copyEndpoint.socketDirectory);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QCOMPARE(result.output, QStringLiteral("1000|f"));
    // The copy is a cluster of its own: what it is told, the primary never hears.
    result = psql(copyEndpoint.port, "INSERT INTO survivors VALUES (1001)", password());
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    result = psql(m_endpoint.port, "SELECT count(*) FROM survivors", password());
    QCOMPARE(result.output, QStringLiteral("1000"));

    QVERIFY_NO_ERROR(m_copy->stop());
    QCOMPARE(m_copy->process().status, ClusterProcess::Status::Stopped);
}

void TestPgCluster::failedBaseBackupLeavesNothing()
{
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Running);
    const QString target = m_dir->filePath("failed/data");
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=%2 password=wrong dbname=postgres")
                                 .arg(m_endpoint.port)
                                 .arg(superuser());
    const QString error = m_primary->baseBackup(conninfo, target);
    QVERIFY2(error.contains("password authentication failed"), qPrintable(error));
    QVERIFY(!error.contains("wrong"));
    QVERIFY(!QFileInfo::exists(target));
}

void TestPgCluster::checkpointLsnWhetherRunningOrNot()
{
    static const QRegularExpression lsn("^[0-9A-F]+/[0-9A-F]+$");
    QCOMPARE(m_primary->process().status, ClusterProcess::Status::Running);
    QString error = "not cleared";
    const QString running = m_primary->checkpointLsn(&error);
    QVERIFY2(lsn.match(running).hasMatch(), qPrintable(running + " " + error));
    QVERIFY(error.isEmpty());

    QVERIFY_NO_ERROR(m_primary->stop());
    const QString stopped = m_primary->checkpointLsn(&error);
    QVERIFY2(lsn.match(stopped).hasMatch(), qPrintable(stopped + " " + error));
    // The shutdown checkpoint comes after the last one of the running server.
    const auto value = [](const QString &text) {
        const QStringList parts = text.split('/');
        return (parts.at(0).toULongLong(nullptr, 16) << 32) | parts.at(1).toULongLong(nullptr, 16);
    };
    QVERIFY(value(stopped) > value(running));

    PgCluster missing(m_installation, m_dir->filePath("no-such-cluster"));
    QVERIFY_NO_ERROR(missing.checkpointLsn(&error));
    QVERIFY(!error.isEmpty());
}

void TestPgCluster::cleansACopiedFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList kept = {"PG_VERSION", "backup_label", "postgresql.conf", "log"};
    const QStringList removed = {"postmaster.pid", "postmaster.opts", "log/postgresql-1.log", "log/postgresql-2.csv"};
    QVERIFY(QDir(dir.path()).mkdir("log"));
    for (const QString &name : kept + removed) {
        if (name == "log")
            continue;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }
    QVERIFY_NO_ERROR(PgCluster::cleanCopiedDirectory(dir.path()));
    for (const QString &name : kept)
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    for (const QString &name : removed)
        QVERIFY2(!QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    // Nothing to clean is fine too.
    QVERIFY_NO_ERROR(PgCluster::cleanCopiedDirectory(dir.path()));
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
