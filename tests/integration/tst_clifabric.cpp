#include "cliprogram.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "pgbinaries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <unistd.h>

using namespace Pixetric;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

} // namespace

// Runs the built `pixetric` program's fabric and branch commands the way a shell would, against
// a local fabric of real PostgreSQL clusters in a temporary folder. The test functions build on
// one another (init first); every compute is stopped and the folder removed at the end, also
// when a check fails (and by a watchdog when the test program dies).
class TestCliFabric : public QObject
{
    Q_OBJECT
public:
    ~TestCliFabric() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void branchCommandsNeedAFabric();
    void initCreatesMain();
    void initRefusedWhenInitialized();
    void listJsonHasEveryField();
    void createChildren();
    void computeStartAndSuspend();
    void connstrWorksWithPsql();
    void resetRestoresParentsData();
    void invalidNamesRefused_data();
    void invalidNamesRefused();
    void protectedBranchNotDeleted();
    void parentWithChildrenNotDeleted();
    void runningBranchDeletedWithoutAsking();
    void deleteAsksOnATerminal_data();
    void deleteAsksOnATerminal();
    void renameKeepsEndpoint();
    void setDefault();
    void fabricStatusJson();

private:
    QProcessEnvironment environment() const;
    Outcome run(const QStringList &args, int timeoutMs = 120000) const;
    // run() with --fabric pointing at the test's fabric.
    Outcome fabric(const QStringList &args, int timeoutMs = 120000) const;
    QJsonArray branchList(bool *ok);
    QJsonObject branchJson(const QString &name);
    QStringList branchNames();
    Outcome psql(const QString &uri, const QString &sql) const;
    void stopEverything();

    QString m_program;
    QString m_psql;
    PgInstallation m_installation;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_fabric;
};

TestCliFabric::~TestCliFabric()
{
    stopEverything();
}

void TestCliFabric::initTestCase()
{
    m_program = Pixetric::Test::cliProgram();
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Pixetric::Test::cliProgramMissing(m_program)));
    QString error;
    m_installation = PgBinaries::find({}, &error);
    QVERIFY2(m_installation.isValid(), qPrintable(error));
    m_psql = m_installation.program("psql");
    QVERIFY2(QFileInfo(m_psql).isExecutable(), qPrintable(m_psql));

    // Short, under /tmp: the fabric's Unix sockets live below it.
    m_dir = std::make_unique<QTemporaryDir>("/tmp/pxclifab-XXXXXX");
    QVERIFY(m_dir->isValid());
    // As root the servers run as the postgres account, which must reach the fabric's folder.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                     | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                     | QFile::ExeOther));
    m_fabric = m_dir->filePath("fabric");

    // Should this program die before its destructor runs, a detached shell stops the fabric's
    // servers and removes the folder once the program is gone.
    QString pgCtl = quoted(m_installation.program("pg_ctl"));
    if (::geteuid() == 0)
        pgCtl = "runuser -u postgres -- " + pgCtl;
    const QString script = QString("while kill -0 %1 2>/dev/null; do sleep 1; done; cd /; "
                                   "for d in %2/fabric/branches/*/; do [ -f \"$d/postmaster.pid\" ] && "
                                   "%3 -D \"$d\" -m immediate stop >/dev/null 2>&1; done; rm -rf %2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(quoted(m_dir->path()), pgCtl);
    QVERIFY(QProcess::startDetached("sh", {"-c", script}));
}

void TestCliFabric::cleanupTestCase()
{
    stopEverything();
}

void TestCliFabric::stopEverything()
{
    if (!m_dir)
        return;
    if (QFileInfo::exists(QDir(m_fabric).filePath("registry.sqlite"))) {
        LocalFabricEngine engine;
        if (engine.open(m_fabric, false).isEmpty()) {
            const QString error = engine.stopAll(QStringLiteral("immediate"));
            if (!error.isEmpty())
                qWarning("stopping the fabric's computes: %s", qPrintable(error));
        }
    }
    m_dir.reset(); // removes the folder
}

QProcessEnvironment TestCliFabric::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Messages are compared in English; the fabric comes from --fabric only; no supervisor
    // outlives the test.
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("LANGUAGE", "en");
    env.insert("PIXETRIC_NO_SUPERVISOR", "1");
    env.remove("PIXETRIC_FABRIC");
    for (const QString &key : env.keys()) {
        if (key.startsWith("PG"))
            env.remove(key);
    }
    return env;
}

Outcome TestCliFabric::run(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, args);
    process.closeWriteChannel();
    Outcome o;
    o.finished = process.waitForFinished(timeoutMs);
    if (!o.finished) {
        process.kill();
        process.waitForFinished();
    }
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

Outcome TestCliFabric::fabric(const QStringList &args, int timeoutMs) const
{
    return run(args + QStringList{"--fabric", m_fabric}, timeoutMs);
}

Outcome TestCliFabric::psql(const QString &uri, const QString &sql) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_psql, {uri, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql});
    Outcome o;
    o.finished = process.waitForFinished(60000);
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

QJsonArray TestCliFabric::branchList(bool *ok)
{
    const Outcome o = fabric({"branch", "list", "--json"});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(o.out.toUtf8(), &error);
    *ok = o.finished && o.exitCode == 0 && error.error == QJsonParseError::NoError && document.isArray();
    if (!*ok)
        qWarning("branch list --json: exit %d, %s\n%s", o.exitCode, qPrintable(o.err), qPrintable(o.out));
    return document.array();
}

QJsonObject TestCliFabric::branchJson(const QString &name)
{
    bool ok = false;
    const QJsonArray list = branchList(&ok);
    for (const QJsonValue &value : list) {
        if (value.toObject().value("name").toString() == name)
            return value.toObject();
    }
    return {};
}

QStringList TestCliFabric::branchNames()
{
    bool ok = false;
    const QJsonArray list = branchList(&ok);
    QStringList names;
    for (const QJsonValue &value : list)
        names << value.toObject().value("name").toString();
    return names;
}

// Usage errors end with exit status 2 and the usage text, before the fabric is touched.
void TestCliFabric::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedInStderr");
    QTest::addRow("fabric without a command") << QStringList{"fabric"} << "Usage: pixetric fabric";
    QTest::addRow("branch without a command") << QStringList{"branch"} << "Usage: pixetric branch";
    QTest::addRow("unknown branch command") << QStringList{"branch", "frobnicate"} << "unknown command 'frobnicate'";
    QTest::addRow("unknown fabric command") << QStringList{"fabric", "explode"} << "unknown command 'explode'";
    QTest::addRow("create without a name") << QStringList{"branch", "create"} << "Usage: pixetric branch create";
    QTest::addRow("rename with one argument") << QStringList{"branch", "rename", "main"}
                                              << "Usage: pixetric branch rename";
    QTest::addRow("list with an argument") << QStringList{"branch", "list", "main"} << "too many arguments";
    QTest::addRow("unknown option") << QStringList{"branch", "list", "--bogus"} << "unknown option '--bogus'";
    QTest::addRow("flag of another command") << QStringList{"branch", "start", "main", "--recursive"}
                                             << "unknown option '--recursive'";
    QTest::addRow("option without a value") << QStringList{"branch", "create", "x", "--parent"}
                                            << "--parent needs a value";
    QTest::addRow("auto-suspend with a word") << QStringList{"branch", "auto-suspend", "main", "soon"}
                                              << "SECONDS is a whole number";
    QTest::addRow("init with zero jobs") << QStringList{"fabric", "init", "--import", "dbname=x", "--jobs", "0"}
                                         << "--jobs takes a number";
    QTest::addRow("init with sample and import") << QStringList{"fabric", "init", "--sample", "--import", "dbname=x"}
                                                 << "not both";
    QTest::addRow("supervise with a bad interval") << QStringList{"fabric", "supervise", "--interval-ms", "x"}
                                                   << "--interval-ms takes a number";
}

void TestCliFabric::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedInStderr);
    const QString untouched = m_dir->filePath("untouched");
    const Outcome o = run(args + QStringList{"--fabric", untouched});
    QVERIFY(o.finished);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(expectedInStderr), qPrintable(o.err));
    QVERIFY2(o.err.contains("Usage:"), qPrintable(o.err));
    QVERIFY_NO_ERROR(o.out);
    QVERIFY(!QFileInfo::exists(untouched));
}

void TestCliFabric::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("pixetric --help lists every command")
        << QStringList{"--help"}
        << QStringList{"fabric init", "fabric status", "branch list", "branch create", "branch delete", "branch reset",
                       "branch rename", "branch protect", "branch unprotect", "branch set-default", "branch start",
                       "branch suspend", "branch auto-suspend", "branch status", "branch connstr"};
    QTest::addRow("fabric --help") << QStringList{"fabric", "--help"} << QStringList{"init", "--sample", "Exit status"};
    QTest::addRow("branch --help") << QStringList{"branch", "--help"} << QStringList{"create NAME", "--fabric DIR"};
    QTest::addRow("branch delete --help") << QStringList{"branch", "delete", "--help"}
                                          << QStringList{"--recursive", "--force", "unprotect", "default"};
    QTest::addRow("fabric init --help") << QStringList{"fabric", "init", "--help"} << QStringList{"--import CONNINFO"};
}

void TestCliFabric::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(o.out.contains(text), qPrintable(text + " missing in:\n" + o.out));
    // Not for people: the supervisor stays out of the lists.
    QVERIFY(!o.out.contains("supervise") || args.contains("supervise"));
}

void TestCliFabric::branchCommandsNeedAFabric()
{
    const QString nowhere = m_dir->filePath("nowhere");
    Outcome o = run({"branch", "list", "--fabric", nowhere});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith("pixetric: ") && o.err.contains("pixetric fabric init"), qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(nowhere));

    o = run({"fabric", "status", "--json", "--fabric", nowhere});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(status.value("initialized").toBool(true), false);
    QCOMPARE(status.value("branch_count").toInt(-1), 0);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCliFabric::initCreatesMain()
{
    const Outcome o = fabric({"fabric", "init", "--sample"}, 300000);
    QVERIFY(o.finished);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains("main"), qPrintable(o.out));
    // Standard error is no terminal here: plain progress lines, no carriage returns.
    QVERIFY2(!o.err.contains('\r'), qPrintable(o.err));
    QCOMPARE(branchNames(), QStringList{"main"});
}

void TestCliFabric::initRefusedWhenInitialized()
{
    const Outcome o = fabric({"fabric", "init"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith("pixetric: "), qPrintable(o.err));
    QCOMPARE(branchNames(), QStringList{"main"});
}

void TestCliFabric::listJsonHasEveryField()
{
    bool ok = false;
    const QJsonArray list = branchList(&ok);
    QVERIFY(ok);
    QCOMPARE(list.size(), 1);
    const QJsonObject main = list.first().toObject();
    QStringList keys = main.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"auto_suspend_seconds", "branch_lsn", "branch_time", "clone_method", "compute",
                                "compute_message", "created_at", "is_default", "is_protected", "name", "parent", "port",
                                "server_version", "size_bytes", "socket_directory", "state"}));
    QCOMPARE(main.value("name").toString(), "main");
    QVERIFY(main.value("parent").isNull());
    QCOMPARE(main.value("state").toString(), "ready");
    QCOMPARE(main.value("is_default").toBool(), true);
    QVERIFY(main.value("port").toInt() > 0);
    QVERIFY2(main.value("size_bytes").toDouble() > 0, "list sizes the branches");
    const QString created = main.value("created_at").toString();
    QVERIFY2(created.endsWith('Z'), qPrintable(created));
    const QDateTime createdAt = QDateTime::fromString(created, Qt::ISODate);
    QVERIFY(createdAt.isValid());
    QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(QStringList({"running", "suspended"}).contains(main.value("compute").toString()));
}

void TestCliFabric::createChildren()
{
    Outcome o = fabric({"branch", "create", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = fabric({"branch", "create", "feature", "--parent", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(branchNames(), (QStringList{"main", "dev", "feature"}));
    QCOMPARE(branchJson("dev").value("parent").toString(), "main");
    QCOMPARE(branchJson("feature").value("parent").toString(), "dev");

    // The table shows the tree.
    o = fabric({"branch", "list"});
    QCOMPARE(o.exitCode, 0);
    const QStringList lines = o.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("NAME") && lines.at(1).startsWith("main "), qPrintable(o.out));
    QVERIFY2(lines.at(2).startsWith("└── dev ") && lines.at(3).startsWith("    └── feature "), qPrintable(o.out));
}

void TestCliFabric::computeStartAndSuspend()
{
    Outcome o = fabric({"branch", "suspend", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = fabric({"branch", "status", "dev"});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, "suspended\n");

    o = fabric({"branch", "start", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = fabric({"branch", "status", "dev"});
    QCOMPARE(o.out, "running\n");
    o = fabric({"branch", "status", "dev", "--json"});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject dev = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(dev.value("compute").toString(), "running");
    QCOMPARE(dev.value("name").toString(), "dev");

    o = fabric({"branch", "auto-suspend", "dev", "0"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(branchJson("dev").value("auto_suspend_seconds").toInt(-1), 0);

    o = fabric({"branch", "suspend", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(fabric({"branch", "status", "dev"}).out, "suspended\n");

    o = fabric({"branch", "status", "no-such-branch"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith("pixetric: "), qPrintable(o.err));
}

void TestCliFabric::connstrWorksWithPsql()
{
    for (const QString &branch : QStringList{"main", "dev"}) {
        const Outcome o = fabric({"branch", "start", branch});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    }
    const Outcome main = fabric({"branch", "connstr", "main"});
    QCOMPARE(main.exitCode, 0);
    const QString uri = main.out.trimmed();
    QVERIFY2(uri.startsWith("postgresql://"), qPrintable(uri));
    Outcome o = psql(uri, "select 1");
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(o.out, "1");

    // The sample shop is there, with its partitions, view and trigger.
    o = psql(uri, "select (select count(*) from customers) || ',' || (select count(*) from products) || ',' || "
                  "(select count(*) from orders) || ',' || (select count(*) from pg_inherits "
                  "where inhparent = 'events'::regclass) || ',' || (select count(*) from customer_revenue)");
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(o.out, "2000,300,8000,4,2000");
    o = psql(uri, "select count(*) from orders where total <> (select coalesce(sum(quantity * unit_price), 0) "
                  "from order_items where order_id = orders.id)");
    QCOMPARE(o.out, "0");

    // A branch holds its parent's data: same checksum.
    const QString checksum = "select md5(string_agg(o::text, ',' order by id)) from orders o";
    const Outcome onMain = psql(uri, checksum);
    const Outcome onDev = psql(fabric({"branch", "connstr", "dev"}).out.trimmed(), checksum);
    QVERIFY2(onMain.exitCode == 0 && onDev.exitCode == 0, qPrintable(onMain.err + onDev.err));
    QCOMPARE(onDev.out, onMain.out);

    // Without the password: the same address, no secret.
    const QString password = QUrl(uri).password();
    QVERIFY(!password.isEmpty());
    o = fabric({"branch", "connstr", "main", "--no-password"});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(!o.out.contains(password) && o.out.contains(QString(":%1/").arg(QUrl(uri).port())), qPrintable(o.out));

    for (const QString &branch : QStringList{"main", "dev"})
        QCOMPARE(fabric({"branch", "suspend", branch}).exitCode, 0);
}

void TestCliFabric::resetRestoresParentsData()
{
    QCOMPARE(fabric({"branch", "start", "main"}).exitCode, 0);
    QCOMPARE(fabric({"branch", "start", "dev"}).exitCode, 0);
    const QString mainUri = fabric({"branch", "connstr", "main"}).out.trimmed();
    const QString devUri = fabric({"branch", "connstr", "dev"}).out.trimmed();
    const QString checksum = "select md5(string_agg(i::text, ',' order by id)) from order_items i";
    const QString original = psql(mainUri, checksum).out;
    QVERIFY(!original.isEmpty());

    // Changes on the branch, none on its parent; the trigger keeps the totals in step.
    Outcome o = psql(devUri, "delete from order_items where order_id <= 100");
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(psql(devUri, "select count(*) from orders where id <= 100 and total <> 0").out, "0");
    QVERIFY(psql(devUri, checksum).out != original);
    QCOMPARE(psql(mainUri, checksum).out, original);

    o = fabric({"branch", "reset", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // Same connection string, the parent's data, and the compute running as before.
    QCOMPARE(fabric({"branch", "connstr", "dev"}).out.trimmed(), devUri);
    QCOMPARE(psql(devUri, checksum).out, original);

    // The root has no parent to reset to.
    o = fabric({"branch", "reset", "main"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith("pixetric: "), qPrintable(o.err));

    QCOMPARE(fabric({"branch", "suspend", "dev"}).exitCode, 0);
    QCOMPARE(fabric({"branch", "suspend", "main"}).exitCode, 0);
}

void TestCliFabric::invalidNamesRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("single quote") << QStringList{"branch", "create", "it's"};
    QTest::addRow("double quote") << QStringList{"branch", "create", "say\"hi"};
    QTest::addRow("slash") << QStringList{"branch", "create", "feature/login"};
    QTest::addRow("space") << QStringList{"branch", "create", "my branch"};
    QTest::addRow("200 characters") << QStringList{"branch", "create", QString(200, 'a')};
    QTest::addRow("empty") << QStringList{"branch", "create", ""};
    QTest::addRow("duplicate in other case") << QStringList{"branch", "create", "DEV"};
    QTest::addRow("duplicate") << QStringList{"branch", "create", "main"};
    QTest::addRow("unknown parent") << QStringList{"branch", "create", "x", "--parent", "nope"};
    QTest::addRow("rename to a slash") << QStringList{"branch", "rename", "dev", "a/b"};
    QTest::addRow("rename onto another branch") << QStringList{"branch", "rename", "dev", "Main"};
    QTest::addRow("rename a branch that is not there") << QStringList{"branch", "rename", "nope", "fine"};
}

void TestCliFabric::invalidNamesRefused()
{
    QFETCH(QStringList, args);
    const QStringList before = branchNames();
    QVERIFY(!before.isEmpty());
    const Outcome o = fabric(args);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith("pixetric: ") && o.err.size() > 20, qPrintable(o.err));
    QCOMPARE(branchNames(), before);
}

void TestCliFabric::protectedBranchNotDeleted()
{
    QCOMPARE(fabric({"branch", "create", "keep"}).exitCode, 0);
    Outcome o = fabric({"branch", "protect", "keep"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(branchJson("keep").value("is_protected").toBool(), true);

    for (const QStringList &extra : {QStringList{}, QStringList{"--force"}, QStringList{"--recursive", "--force"}}) {
        o = fabric(QStringList{"branch", "delete", "keep"} + extra);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains("unprotect"), qPrintable(o.err));
        QVERIFY(branchNames().contains("keep"));
    }
    QCOMPARE(fabric({"branch", "unprotect", "keep"}).exitCode, 0);
    o = fabric({"branch", "delete", "keep"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(!branchNames().contains("keep"));
}

void TestCliFabric::parentWithChildrenNotDeleted()
{
    QCOMPARE(fabric({"branch", "create", "tmp-parent"}).exitCode, 0);
    QCOMPARE(fabric({"branch", "create", "tmp-child", "--parent", "tmp-parent"}).exitCode, 0);
    Outcome o = fabric({"branch", "delete", "tmp-parent"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("--recursive") && o.err.contains("tmp-child"), qPrintable(o.err));
    QVERIFY(branchNames().contains("tmp-parent") && branchNames().contains("tmp-child"));

    o = fabric({"branch", "delete", "tmp-parent", "--recursive"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(branchNames(), (QStringList{"main", "dev", "feature"}));
}

void TestCliFabric::runningBranchDeletedWithoutAsking()
{
    QCOMPARE(fabric({"branch", "create", "busy"}).exitCode, 0);
    QCOMPARE(fabric({"branch", "start", "busy"}).exitCode, 0);
    const QString uri = fabric({"branch", "connstr", "busy"}).out.trimmed();
    QCOMPARE(psql(uri, "select 1").out, "1");

    // No terminal: a script is not asked; the compute is stopped with the branch.
    const Outcome o = fabric({"branch", "delete", "busy"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(!o.err.contains("[y/N]"), qPrintable(o.err));
    QVERIFY(!branchNames().contains("busy"));
    QVERIFY(psql(uri, "select 1").exitCode != 0);
}

void TestCliFabric::deleteAsksOnATerminal_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("deleted");
    QTest::addRow("no") << QStringList{} << QByteArray("n\n") << false;
    QTest::addRow("just enter") << QStringList{} << QByteArray("\n") << false;
    QTest::addRow("yes") << QStringList{} << QByteArray("y\n") << true;
    QTest::addRow("--force does not ask") << QStringList{"--force"} << QByteArray() << true;
}

void TestCliFabric::deleteAsksOnATerminal()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, answer);
    QFETCH(bool, deleted);
    const QString script = QStandardPaths::findExecutable("script");
    if (script.isEmpty())
        QSKIP("util-linux 'script' (a terminal for the command) is not installed");
    if (!branchNames().contains("asked"))
        QCOMPARE(fabric({"branch", "create", "asked"}).exitCode, 0);

    QStringList command{quoted(m_program), "branch", "delete", "asked", "--fabric", quoted(m_fabric)};
    command << options;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(script, {"-q", "-e", "-c", command.join(' '), "/dev/null"});
    QVERIFY(process.waitForStarted());
    process.write(answer);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAll());
    QCOMPARE(out.contains("[y/N]"), !options.contains("--force"));
    QVERIFY2(process.exitCode() == (deleted ? 0 : 1), qPrintable(out));
    QCOMPARE(branchNames().contains("asked"), !deleted);
}

void TestCliFabric::renameKeepsEndpoint()
{
    QCOMPARE(fabric({"branch", "create", "old-name", "--parent", "dev"}).exitCode, 0);
    const int port = branchJson("old-name").value("port").toInt();
    QVERIFY(port > 0);
    const Outcome o = fabric({"branch", "rename", "old-name", "new-name"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QStringList names = branchNames();
    QVERIFY(!names.contains("old-name"));
    QVERIFY(names.contains("new-name"));
    const QJsonObject renamed = branchJson("new-name");
    QCOMPARE(renamed.value("port").toInt(), port);
    QCOMPARE(renamed.value("parent").toString(), "dev");
}

void TestCliFabric::setDefault()
{
    Outcome o = fabric({"branch", "set-default", "dev"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    bool ok = false;
    const QJsonArray list = branchList(&ok);
    QVERIFY(ok);
    QStringList defaults;
    for (const QJsonValue &value : list) {
        if (value.toObject().value("is_default").toBool())
            defaults << value.toObject().value("name").toString();
    }
    QCOMPARE(defaults, QStringList{"dev"});
    o = fabric({"branch", "delete", "dev", "--recursive"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("set-default"), qPrintable(o.err));
    QVERIFY(branchNames().contains("dev"));

    // Without --parent a branch starts from the default branch.
    o = fabric({"branch", "create", "from-default"});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(branchJson("from-default").value("parent").toString(), "dev");

    QCOMPARE(fabric({"branch", "set-default", "main"}).exitCode, 0);
    QCOMPARE(branchJson("main").value("is_default").toBool(), true);
    QCOMPARE(branchJson("dev").value("is_default").toBool(), false);
}

void TestCliFabric::fabricStatusJson()
{
    QCOMPARE(fabric({"branch", "start", "feature"}).exitCode, 0);
    const Outcome o = fabric({"fabric", "status", "--json"});
    QCOMPARE(o.exitCode, 0);
    QJsonParseError error;
    const QJsonObject status = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(o.out));
    QCOMPARE(status.value("directory").toString(), m_fabric);
    QCOMPARE(status.value("initialized").toBool(), true);
    QCOMPARE(status.value("postgresql_version").toString(), m_installation.version.toString());
    QCOMPARE(status.value("branch_count").toInt(), int(branchNames().size()));
    QCOMPARE(status.value("default_branch").toString(), "main");
    // New branches start running; the list and the status agree on which run.
    bool ok = false;
    const QJsonArray list = branchList(&ok);
    QVERIFY(ok);
    QJsonArray running;
    for (const QJsonValue &value : list) {
        if (value.toObject().value("compute").toString() == "running")
            running << value.toObject().value("name");
    }
    QVERIFY(running.contains(QJsonValue("feature")));
    QCOMPARE(status.value("running_computes").toArray(), running);
    QCOMPARE(status.value("running_compute_count").toInt(), int(running.size()));

    const Outcome text = fabric({"fabric", "status"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(m_fabric) && text.out.contains("feature"), qPrintable(text.out));
    QCOMPARE(fabric({"branch", "suspend", "feature"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliFabric)
#include "tst_clifabric.moc"
