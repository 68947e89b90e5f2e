#include "pgconnection.h"
#include "pgtestcluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

// Collects everything one connection reports, keyed by run.
struct Recorder
{
    explicit Recorder(PgConnection *c)
    {
        QObject::connect(c, &PgConnection::resultStarted, [this](quint64, int, const ResultColumns &cols) { columns = cols; });
        QObject::connect(c, &PgConnection::rowsArrived, [this](quint64, int, const ResultChunk &chunk) {
            chunks.append(chunk);
            for (int r = 0; r < chunk.rowCount(); ++r) {
                QStringList row;
                for (int col = 0; col < chunk.columnCount(); ++col)
                    row << (chunk.isNull(r, col) ? QStringLiteral("<NULL>") : QString::fromUtf8(chunk.value(r, col).toByteArray()));
                rows.append(row);
            }
        });
        QObject::connect(c, &PgConnection::statementFinished, [this](quint64, const StatementOutcome &o) { outcomes.append(o); });
        QObject::connect(c, &PgConnection::runFinished, [this](quint64 id, bool ok) { finished.append({id, ok}); });
        QObject::connect(c, &PgConnection::noticeReceived, [this](const PgNotice &n) { notices.append(n); });
        QObject::connect(c, &PgConnection::notificationReceived, [this](const PgNotification &n) { notifications.append(n); });
    }
    void clear() { columns.clear(); chunks.clear(); rows.clear(); outcomes.clear(); finished.clear(); notices.clear(); }

    ResultColumns columns;
    QList<ResultChunk> chunks;
    QList<QStringList> rows;
    QList<StatementOutcome> outcomes;
    QList<QPair<quint64, bool>> finished;
    QList<PgNotice> notices;
    QList<PgNotification> notifications;
};

class TestPgConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectsAndReportsServer();
    void wrongPasswordSaysWhatToDo();
    void unreachablePortFails();
    void tlsFailuresSayWhatToDo_data();
    void tlsFailuresSayWhatToDo();
    void tlsVerifiedConnection();
    void parametersAndNulls();
    void streamsInChunks();
    void errorFieldsAndStopOnError();
    void noticesAndRaise();
    void transactionStatus();
    void cancelLongQuery();
    void listenNotify();
    void bigValueAndBytea();
    void backPressureBoundsChunksInFlight();
    void serverStoppedMidQuery();

private:
    bool openConnection(PgConnection *c, const ConnectionParams &p);

    PgTestCluster m_cluster;
    PgTestCluster m_tls;      // serves TLS with a self-signed certificate
    PgTestCluster m_otherTls; // its certificate signed nothing of m_tls
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<Recorder> m_rec;
};

bool TestPgConnection::openConnection(PgConnection *c, const ConnectionParams &p)
{
    QSignalSpy opened(c, &PgConnection::opened);
    QSignalSpy failed(c, &PgConnection::openFailed);
    c->open(p);
    return QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 20000) && opened.size() == 1;
}

void TestPgConnection::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    m_tls.setTlsEnabled(true);
    QVERIFY2(m_tls.start(), qPrintable(m_tls.error()));
    m_otherTls.setTlsEnabled(true);
    QVERIFY2(m_otherTls.start(), qPrintable(m_otherTls.error()));
}

void TestPgConnection::init()
{
    m_conn = std::make_unique<PgConnection>();
    m_rec = std::make_unique<Recorder>(m_conn.get());
    QVERIFY(openConnection(m_conn.get(), m_cluster.params()));
}

void TestPgConnection::cleanup()
{
    m_rec.reset();
    m_conn.reset();
}

void TestPgConnection::connectsAndReportsServer()
{
    const ServerInfo &info = m_conn->serverInfo();
    QCOMPARE(info.serverVersion / 10000, m_cluster.majorVersion());
    QCOMPARE(info.user, PgTestCluster::superuser());
    QCOMPARE(info.database, QStringLiteral("postgres"));
    QVERIFY(info.backendPid > 0);
    QVERIFY(!info.tls.inUse);
    QCOMPARE(m_conn->state(), PgConnection::State::Ready);
    QCOMPARE(m_conn->transactionStatus(), TransactionStatus::Idle);
}

void TestPgConnection::wrongPasswordSaysWhatToDo()
{
    PgConnection c;
    QSignalSpy failed(&c, &PgConnection::openFailed);
    ConnectionParams p = m_cluster.params();
    p.set(QStringLiteral("password"), QStringLiteral("wrong"));
    c.open(p);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.at(0).at(0).value<PgError>();
    QCOMPARE(error.kind, PgError::Kind::Connection);
    QVERIFY2(error.message.contains(QStringLiteral("password authentication failed")), qPrintable(error.message));
    QVERIFY(error.hint.contains(QStringLiteral("password")));
    QCOMPARE(c.state(), PgConnection::State::Failed);
}

void TestPgConnection::unreachablePortFails()
{
    PgConnection c;
    QSignalSpy failed(&c, &PgConnection::openFailed);
    ConnectionParams p = m_cluster.params();
    p.set(QStringLiteral("port"), QStringLiteral("1"));
    c.open(p);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.at(0).at(0).value<PgError>();
    QVERIFY2(error.message.contains(QStringLiteral("refused")), qPrintable(error.message));
    QVERIFY(error.hint.contains(QStringLiteral("server is running")));
}

void TestPgConnection::tlsFailuresSayWhatToDo_data()
{
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("rootCert");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("tlsServer");
    QTest::addRow("TLS required, server has none") << "require" << "" << "does not support SSL" << false;
    QTest::addRow("verify-full without a root certificate")
        << "verify-full" << "/nonexistent/root.crt" << "root certificate file" << true;
    QTest::addRow("verify-full with a certificate that is not the issuer")
        << "verify-full" << "SYSTEM-CERT" << "certificate verify failed" << true;
}

void TestPgConnection::tlsFailuresSayWhatToDo()
{
    QFETCH(QString, sslmode);
    QFETCH(QString, rootCert);
    QFETCH(QString, expected);
    QFETCH(bool, tlsServer);
    if (rootCert == QLatin1String("SYSTEM-CERT")) {
        // Any valid certificate that did not sign the server's: the plain cluster's own
        // would do, but it has none, so make one with a second TLS cluster's key.
        rootCert = m_otherTls.tlsCertificate();
    }
    PgConnection c;
    QSignalSpy failed(&c, &PgConnection::openFailed);
    ConnectionParams p = tlsServer ? m_tls.params() : m_cluster.params();
    p.set(QStringLiteral("sslmode"), sslmode);
    if (!rootCert.isEmpty())
        p.set(QStringLiteral("sslrootcert"), rootCert);
    c.open(p);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.at(0).at(0).value<PgError>();
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("TLS")), qPrintable(error.hint));
}

void TestPgConnection::tlsVerifiedConnection()
{
    PgTestCluster &tls = m_tls;
    PgConnection c;
    ConnectionParams p = tls.params();
    p.set(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    p.set(QStringLiteral("sslrootcert"), tls.tlsCertificate());
    QVERIFY(openConnection(&c, p));
    QVERIFY(c.serverInfo().tls.inUse);
    QVERIFY2(c.serverInfo().tls.protocol.startsWith(QStringLiteral("TLSv1")), qPrintable(c.serverInfo().tls.protocol));
    QVERIFY(!c.serverInfo().tls.cipher.isEmpty());
    QVERIFY(c.serverInfo().tls.keyBits >= 128);
}

void TestPgConnection::parametersAndNulls()
{
    m_conn->execute(QStringLiteral("select $1::int + 1 as n, $2::text as t, $3::text as e"),
                    {QByteArray("41"), QByteArray(), QByteArray("")});
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QVERIFY(m_rec->finished.at(0).second);
    QCOMPARE(m_rec->columns.size(), 3);
    QCOMPARE(m_rec->columns.at(0).name, QStringLiteral("n"));
    QVERIFY(m_rec->columns.at(0).isNumeric());
    QCOMPARE(m_rec->rows, (QList<QStringList>{{"42", "<NULL>", ""}}));
    QCOMPARE(m_rec->outcomes.at(0).commandTag, QStringLiteral("SELECT 1"));
}

void TestPgConnection::streamsInChunks()
{
    m_conn->execute(QStringLiteral("select g, md5(g::text) from generate_series(1, 20000) g"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 20000);
    QCOMPARE(m_rec->rows.size(), 20000);
    QVERIFY2(m_rec->chunks.size() > 3, "rows must arrive in several chunks, not all at once");
    QVERIFY(m_rec->chunks.first().rowCount() <= 64);
    QCOMPARE(m_rec->rows.last().at(0), QStringLiteral("20000"));
    QCOMPARE(m_rec->outcomes.at(0).rowsReturned, 20000);
}

void TestPgConnection::errorFieldsAndStopOnError()
{
    m_conn->execute(QStringList{QStringLiteral("create temp table t(id int primary key, v text)"),
                                QStringLiteral("insert into t values (1, 'a'), (1, 'b')"),
                                QStringLiteral("select 'never runs'")});
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QVERIFY(!m_rec->finished.at(0).second);
    QCOMPARE(m_rec->outcomes.size(), 2);
    const PgError e = m_rec->outcomes.at(1).error;
    QCOMPARE(e.kind, PgError::Kind::Server);
    QCOMPARE(e.sqlState, QStringLiteral("23505"));
    QCOMPARE(e.severity, QStringLiteral("ERROR"));
    QVERIFY(e.detail.contains(QStringLiteral("(id)=(1)")));
    QCOMPARE(e.tableName, QStringLiteral("t"));
    QCOMPARE(e.constraintName, QStringLiteral("t_pkey"));

    m_rec->clear();
    m_conn->execute(QStringLiteral("select nosuchcolumn from pg_class"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QCOMPARE(m_rec->outcomes.at(0).error.position, 8);
    QCOMPARE(m_rec->outcomes.at(0).error.sqlState, QStringLiteral("42703"));
}

void TestPgConnection::noticesAndRaise()
{
    m_conn->execute(QStringLiteral("do $$ begin raise notice 'hello %', 42 using detail = 'd', hint = 'h'; "
                                   "raise warning 'careful'; end $$"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->notices.size(), 2, 5000);
    QCOMPARE(m_rec->notices.at(0).severity, QStringLiteral("NOTICE"));
    QCOMPARE(m_rec->notices.at(0).message, QStringLiteral("hello 42"));
    QCOMPARE(m_rec->notices.at(0).detail, QStringLiteral("d"));
    QCOMPARE(m_rec->notices.at(0).hint, QStringLiteral("h"));
    QCOMPARE(m_rec->notices.at(1).severity, QStringLiteral("WARNING"));
}

void TestPgConnection::transactionStatus()
{
    QSignalSpy tx(m_conn.get(), &PgConnection::transactionStatusChanged);
    m_conn->execute(QStringLiteral("begin"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->transactionStatus(), TransactionStatus::InTransaction, 10000);
    m_conn->execute(QStringLiteral("select 1/0"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->transactionStatus(), TransactionStatus::InError, 10000);
    m_conn->execute(QStringLiteral("rollback"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->transactionStatus(), TransactionStatus::Idle, 10000);
    QVERIFY(tx.size() >= 3);
}

void TestPgConnection::cancelLongQuery()
{
    QElapsedTimer timer;
    timer.start();
    m_conn->execute(QStringLiteral("select pg_sleep(60)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), PgConnection::State::Busy, 5000);
    QTest::qWait(200);
    m_conn->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(m_rec->outcomes.at(0).error.kind, PgError::Kind::Cancelled);
    QCOMPARE(m_rec->outcomes.at(0).error.sqlState, QStringLiteral("57014"));
    // The session is still usable.
    m_rec->clear();
    m_conn->execute(QStringLiteral("select 'alive'"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    QCOMPARE(m_rec->rows, (QList<QStringList>{{"alive"}}));
}

void TestPgConnection::listenNotify()
{
    m_conn->execute(QStringLiteral("listen \"chan ü\""));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 10000);
    PgConnection other;
    QVERIFY(openConnection(&other, m_cluster.params()));
    other.execute(QStringLiteral("select pg_notify('chan ü', 'payload ✓')"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->notifications.size(), 1, 10000);
    QCOMPARE(m_rec->notifications.at(0).channel, QStringLiteral("chan ü"));
    QCOMPARE(m_rec->notifications.at(0).payload, QStringLiteral("payload ✓"));
    QCOMPARE(m_rec->notifications.at(0).senderPid, other.serverInfo().backendPid);
}

void TestPgConnection::bigValueAndBytea()
{
    m_conn->execute(QStringLiteral("select repeat('x', 10*1024*1024) as big, '\\x00ff41c3'::bytea as b"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 20000);
    QVERIFY(m_rec->finished.at(0).second);
    QCOMPARE(m_rec->chunks.at(0).value(0, 0).size(), 10 * 1024 * 1024);
    QCOMPARE(m_rec->rows.at(0).at(1), QStringLiteral("\\x00ff41c3"));
}

void TestPgConnection::backPressureBoundsChunksInFlight()
{
    // A consumer that is slow on purpose: the worker must stop reading rather than queue.
    m_conn->setMaxChunksInFlight(2);
    int maxSeen = 0;
    int delivered = 0;
    connect(m_conn.get(), &PgConnection::rowsArrived, this, [&](quint64, int, const ResultChunk &) {
        ++delivered;
        maxSeen = qMax(maxSeen, m_conn->chunksInFlight());
        QThread::msleep(5);
    });
    m_conn->execute(QStringLiteral("select g, repeat('y', 200) from generate_series(1, 200000) g"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 60000);
    QCOMPARE(m_rec->rows.size(), 200000);
    QVERIFY(delivered > 10);
    QVERIFY2(maxSeen <= 2, qPrintable(QStringLiteral("%1 chunks were in flight").arg(maxSeen)));
}

void TestPgConnection::serverStoppedMidQuery()
{
    QSignalSpy lost(m_conn.get(), &PgConnection::connectionLost);
    m_conn->execute(QStringLiteral("select pg_sleep(30)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), PgConnection::State::Busy, 5000);
    QTest::qWait(300);
    QVERIFY2(m_cluster.stop(QStringLiteral("immediate")), qPrintable(m_cluster.error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_rec->finished.size(), 1, 20000);
    QVERIFY(!m_rec->finished.at(0).second);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(!lost.at(0).at(0).value<PgError>().hint.isEmpty());
    QCOMPARE(m_conn->state(), PgConnection::State::Failed);
    QVERIFY(m_rec->outcomes.at(0).error.isError());

    // Back up: the same object reconnects.
    QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
    QSignalSpy opened(m_conn.get(), &PgConnection::opened);
    m_conn->reopen();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
