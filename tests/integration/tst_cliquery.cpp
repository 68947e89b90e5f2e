#include "cliprogram.h"
#include "pgtestcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>

using Pixetric::Test::PgTestCluster;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

} // namespace

// Runs the built `pixetric` program the way a shell would, against a throwaway cluster.
class TestCliQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void resultSetsFollowEachOther_data();
    void resultSetsFollowEachOther();
    void sqlErrors_data();
    void sqlErrors();
    void rowsBeforeAnErrorStayWritten();
    void connectionErrors_data();
    void connectionErrors();
    void usageErrors_data();
    void usageErrors();
    void helpListsQuery();
    void brokenPipeEndsQuietly();
    void interruptCancelsOnServer();
    void serverGoneMidQuery(); // stops the cluster: keep last

private:
    QProcessEnvironment environment() const;
    Outcome run(const QStringList &args, int timeoutMs = 60000);

    PgTestCluster m_cluster;
    QString m_program;
};

void TestCliQuery::initTestCase()
{
    m_program = Pixetric::Test::cliProgram();
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(Pixetric::Test::cliProgramMissing(m_program)));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

QProcessEnvironment TestCliQuery::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Messages are compared in English; the connection comes from the arguments only.
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("LANGUAGE", "en");
    for (const QString &key : env.keys()) {
        if (key.startsWith("PG"))
            env.remove(key);
    }
    return env;
}

Outcome TestCliQuery::run(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, QStringList{"query"} + args);
    process.closeWriteChannel();
    Outcome o;
    o.finished = process.waitForFinished(timeoutMs);
    if (!o.finished) {
        process.kill();
        process.waitForFinished();
    }
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = process.readAllStandardOutput();
    o.err = process.readAllStandardError();
    return o;
}

// NULL and the empty string, quotes, commas, a newline, a tab, a backslash, non-Latin and
// emoji identifiers and values, bool, numeric (and NaN) and jsonb columns.
static const char *const NastyQuery =
    "select 1 as id, null::text as \"nüll\", '' as empty, 'say \"hi\", ok' as \"Имя\","
    " E'two\\nlines\\ttab\\\\' as \"名前\", true as flag, 2.5::numeric as num,"
    " '{\"k\": [1, null]}'::jsonb as doc"
    " union all select 2, 'x', 'y', 'it''s', '😀', false, 'NaN', 'null' order by 1";

void TestCliQuery::formats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray csv = "id,nüll,empty,Имя,名前,flag,num,doc\n"
                           "1,,\"\",\"say \"\"hi\"\", ok\",\"two\nlines\ttab\\\",t,2.5,\"{\"\"k\"\": [1, null]}\"\n"
                           "2,x,y,it's,😀,f,NaN,null\n";
    QTest::addRow("csv by default") << QStringList{} << csv;
    QTest::addRow("csv asked for") << QStringList{"--format", "csv"} << csv;
    QTest::addRow("tsv") << QStringList{"--format=tsv"}
                         << QByteArray("id\tnüll\tempty\tИмя\t名前\tflag\tnum\tdoc\n"
                                       "1\t\\N\t\tsay \"hi\", ok\ttwo\\nlines\\ttab\\\\\tt\t2.5\t{\"k\": [1, null]}\n"
                                       "2\tx\ty\tit's\t😀\tf\tNaN\tnull\n");
    QTest::addRow("json") << QStringList{"--format", "json"}
                          << QByteArray("[\n"
                                        "{\"id\":1,\"nüll\":null,\"empty\":\"\",\"Имя\":\"say \\\"hi\\\", ok\","
                                        "\"名前\":\"two\\nlines\\ttab\\\\\",\"flag\":true,\"num\":2.5,"
                                        "\"doc\":{\"k\": [1, null]}},\n"
                                        "{\"id\":2,\"nüll\":\"x\",\"empty\":\"y\",\"Имя\":\"it's\",\"名前\":\"😀\","
                                        "\"flag\":false,\"num\":\"NaN\",\"doc\":null}\n"
                                        "]\n");
}

void TestCliQuery::formats()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    // Options may come before the positional arguments too.
    const Outcome o = run(options + QStringList{m_cluster.uri(), NastyQuery});
    QVERIFY2(o.finished, "pixetric did not finish");
    QVERIFY2(o.exitCode == 0, o.err.constData());
    QCOMPARE(o.out, expected);
}

void TestCliQuery::resultSetsFollowEachOther_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("csv: empty line between results") << "csv" << QByteArray("a\n1\n2\n\nb\nx\n\nc\n");
    QTest::addRow("tsv: empty line between results") << "tsv" << QByteArray("a\n1\n2\n\nb\nx\n\nc\n");
    QTest::addRow("json: one array per result")
        << "json" << QByteArray("[\n{\"a\":1},\n{\"a\":2}\n]\n[\n{\"b\":\"x\"}\n]\n[]\n");
}

// Statements without rows write nothing; a result without rows still has its header.
void TestCliQuery::resultSetsFollowEachOther()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    const Outcome o = run({m_cluster.uri(),
                           "create temp table t(a int); insert into t values (2), (1);\n"
                           "select a from t order by a; set search_path = public; select 'x' as b;"
                           "select 1 as c where false",
                           "--format", format});
    QVERIFY2(o.exitCode == 0, o.err.constData());
    QCOMPARE(o.out, expected);
}

void TestCliQuery::sqlErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expectedInStderr");
    QTest::addRow("unknown column, with the line and a caret")
        << "select nosuch from pg_class"
        << QStringList{"column \"nosuch\" does not exist", "42703", "LINE 1: select nosuch from pg_class\n"
                                                                    "               ^"};
    QTest::addRow("position on the second line of the script")
        << "create temp table t(a int);\nselect 1,\n  nosuch from t"
        << QStringList{"42703", "LINE 3:   nosuch from t\n          ^", "Statement 2 of 2 failed"};
    QTest::addRow("syntax error") << "selec 1" << QStringList{"syntax error at or near \"selec\"", "42601"};
    QTest::addRow("detail and the statements that did not run")
        << "create temp table u(id int primary key); insert into u values (1), (1); select 1"
        << QStringList{"duplicate key value violates unique constraint \"u_pkey\"", "23505",
                       "DETAIL:  Key (id)=(1) already exists.", "Statement 2 of 3 failed",
                       "did not run", "run the command again"};
    QTest::addRow("hint from the server")
        << "select lower(1)"
        << QStringList{"function lower(integer) does not exist", "42883", "HINT:  No function matches"};
    QTest::addRow("error raised by PL/pgSQL")
        << "do $$ begin raise exception 'custom failure' using errcode = 'P0042', hint = 'try again'; end $$"
        << QStringList{"custom failure", "P0042", "HINT:  try again"};
}

void TestCliQuery::sqlErrors()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expectedInStderr);
    const Outcome o = run({m_cluster.uri(), sql});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.out, QByteArray());
    const QString err = QString::fromUtf8(o.err);
    for (const QString &part : expectedInStderr)
        QVERIFY2(err.contains(part), qPrintable(QString("'%1' not in:\n%2").arg(part, err)));
}

// Streaming cannot take back what it wrote: the rows sent before a failure stay, and the
// JSON array is left open so that nothing reads the output as complete.
void TestCliQuery::rowsBeforeAnErrorStayWritten()
{
    // Many rows before the failure, so that whole chunks arrive in libpq 17's chunked mode
    // too (it drops the rows of the chunk the error cuts short; single-row mode keeps all).
    const Outcome o = run({m_cluster.uri(), "select 10 / (20000 - g) as q from generate_series(1, 20001) g",
                           "--format", "json"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("division by zero") && o.err.contains("22012"), o.err.constData());
    QVERIFY2(o.out.startsWith("[\n") && !o.out.contains(']'), o.out.left(200).constData());
    QVERIFY2(o.out.count("\"q\":") >= 10000, "the rows sent before the error must stay written");
}

void TestCliQuery::connectionErrors_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QStringList>("expectedInStderr");
    QTest::addRow("not a connection string")
        << "not a conninfo" << QStringList{"missing \"=\" after \"not\"", "postgresql://"};
    QTest::addRow("bad URI") << "postgresql://host:notaport/db" << QStringList{"invalid", "port"};
    QTest::addRow("nothing listens on the port")
        << "host=127.0.0.1 port=1 dbname=postgres connect_timeout=10"
        << QStringList{"could not connect", "Connection refused", "Check that the server is running"};
}

void TestCliQuery::connectionErrors()
{
    QFETCH(QString, conninfo);
    QFETCH(QStringList, expectedInStderr);
    const Outcome o = run({conninfo, "select 1"});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.out, QByteArray());
    const QString err = QString::fromUtf8(o.err);
    for (const QString &part : expectedInStderr)
        QVERIFY2(err.contains(part), qPrintable(QString("'%1' not in:\n%2").arg(part, err)));
}

void TestCliQuery::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedInStderr");
    QTest::addRow("no arguments at all") << QStringList{} << "Usage: pixetric";
    QTest::addRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::addRow("query without arguments") << QStringList{"query"} << "Usage: pixetric query";
    QTest::addRow("query without SQL") << QStringList{"query", "dbname=postgres"} << "give a connection string and the SQL";
    QTest::addRow("too many arguments") << QStringList{"query", "dbname=postgres", "select", "1"} << "too many arguments";
    QTest::addRow("unknown format") << QStringList{"query", "dbname=postgres", "select 1", "--format", "xml"}
                                    << "unknown format 'xml'";
    QTest::addRow("format without a value") << QStringList{"query", "dbname=postgres", "select 1", "--format"}
                                            << "--format needs a value";
    QTest::addRow("unknown option") << QStringList{"query", "--verbose", "dbname=postgres", "select 1"}
                                    << "unknown option '--verbose'";
    QTest::addRow("only comments") << QStringList{"query", "dbname=postgres", "-- nothing\n/* here */"}
                                   << "no statement to run";
}

void TestCliQuery::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedInStderr);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, args);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(expectedInStderr), qPrintable(err));
    QVERIFY2(err.contains("Usage:"), qPrintable(err));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestCliQuery::helpListsQuery()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, {"--help"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("query CONNINFO SQL [--format csv|tsv|json]"));

    process.start(m_program, {"query", "--help"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY2(help.contains("empty line") && help.contains("Exit status"), help.constData());
}

// `pixetric query … | head` must stop when head does: no message, no error status, and no
// streaming of the remaining hundred million rows first.
void TestCliQuery::brokenPipeEndsQuietly()
{
    QProcess shell;
    QProcessEnvironment env = environment();
    env.insert("PIXETRIC", m_program);
    env.insert("URI", m_cluster.uri());
    shell.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    shell.start("bash", {"-o", "pipefail", "-c",
                         "\"$PIXETRIC\" query \"$URI\" 'select g from generate_series(1, 100000000) g' | head -n 3"});
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.readAllStandardOutput(), QByteArray("g\n1\n2\n"));
    QCOMPARE(shell.readAllStandardError(), QByteArray());
    QCOMPARE(shell.exitCode(), 0);
    QVERIFY2(timer.elapsed() < 30000, "pixetric went on reading after its reader was gone");
}

void TestCliQuery::interruptCancelsOnServer()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, {"query", m_cluster.uri() + "&application_name=cli-interrupt", "select pg_sleep(120)"});
    QVERIFY(process.waitForStarted());
    const QString running = "select count(*) from pg_stat_activity "
                            "where application_name = 'cli-interrupt' and query = 'select pg_sleep(120)' "
                            "and state = 'active'";
    const auto count = [&] {
        QString out;
        return m_cluster.psql(running, &out) ? out : QStringLiteral("psql failed: ") + m_cluster.error();
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(), QString("1"), 20000);

    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(timer.elapsed() < 10000, "Ctrl-C must not wait for the statement to end");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("cancelled"), err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(count(), QString("0"), 10000);
}

void TestCliQuery::serverGoneMidQuery()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_program, {"query", m_cluster.uri() + "&application_name=cli-lost", "select pg_sleep(120)"});
    QVERIFY(process.waitForStarted());
    const QString running = "select count(*) from pg_stat_activity where application_name = 'cli-lost' "
                            "and state = 'active'";
    QTRY_COMPARE_WITH_TIMEOUT([&] { QString out; m_cluster.psql(running, &out); return out; }(), QString("1"), 20000);
    QVERIFY2(m_cluster.stop("immediate"), qPrintable(m_cluster.error()));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("lost the connection") || err.contains("terminating connection"), err.constData());
    QVERIFY2(err.contains("Run the command again") || err.contains("run the command again"), err.constData());
    QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
}

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cliquery.moc"
