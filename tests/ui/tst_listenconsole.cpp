#include "listenconsole.h"
#include "pgconnection.h"
#include "pgtestcluster.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

namespace {

// Quotes, spaces, capitals and non-Latin letters: everything identifier quoting must keep.
const QString OddChannel = QStringLiteral("Größe \"名前\" chan");

QString cell(const QStandardItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestListenConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quoting_data();
    void quoting();
    void channelProblems();
    void receivesFromAnotherSession();
    void sendsFromItsOwnField();
    void unlistenStopsDelivery();
    void serverErrorIsShown();
    void reconnectListensAgain();

private:
    bool openSession(PgConnection *connection);
    // Waits until every queued LISTEN/UNLISTEN/NOTIFY of the console has run.
    bool settled();
    bool notifyFrom(PgConnection *sender, const QString &channel, const QString &payload);

    PgTestCluster m_cluster;
    std::unique_ptr<ListenConsole> m_console;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestListenConsole::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

void TestListenConsole::init()
{
    m_console = std::make_unique<ListenConsole>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_console->notifications(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_console->resize(900, 500);
    m_console->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
    QVERIFY(m_console->statusText().contains(QStringLiteral("Not connected")));
    m_console->open(m_cluster.params());
    QTRY_COMPARE_WITH_TIMEOUT(m_console->connection()->state(), PgConnection::State::Ready, 20000);
    QVERIFY2(m_console->statusText().contains(QStringLiteral("Connected as")), qPrintable(m_console->statusText()));
}

void TestListenConsole::cleanup()
{
    m_tester.reset();
    m_console.reset();
}

bool TestListenConsole::openSession(PgConnection *connection)
{
    QSignalSpy opened(connection, &PgConnection::opened);
    connection->open(m_cluster.params());
    return QTest::qWaitFor([&] { return !opened.isEmpty() || connection->state() == PgConnection::State::Failed; }, 20000)
        && opened.size() == 1;
}

bool TestListenConsole::settled()
{
    return QTest::qWaitFor([&] { return m_console->connection()->state() == PgConnection::State::Ready; }, 10000);
}

bool TestListenConsole::notifyFrom(PgConnection *sender, const QString &channel, const QString &payload)
{
    QSignalSpy finished(sender, &PgConnection::runFinished);
    sender->execute(QStringLiteral("select pg_notify($1, $2)"), {channel.toUtf8(), payload.toUtf8()});
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000) && finished.at(0).at(1).toBool();
}

void TestListenConsole::quoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << "jobs" << "\"jobs\"";
    QTest::addRow("capitals kept") << "Jobs" << "\"Jobs\"";
    QTest::addRow("space") << "new jobs" << "\"new jobs\"";
    QTest::addRow("embedded quotes doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::addRow("only a quote") << "\"" << "\"\"\"\"";
    QTest::addRow("non-Latin") << "名前" << "\"名前\"";
}

void TestListenConsole::quoting()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(ListenConsole::quoteIdentifier(name), quoted);
}

void TestListenConsole::channelProblems()
{
    QVERIFY(m_console->addChannel(QString()).contains(QStringLiteral("Enter a channel name")));
    // 63 bytes is the limit, counted in UTF-8: 21 three-byte characters fit, 22 do not.
    QVERIFY(ListenConsole::channelProblem(QString(21, QChar(0x540D))).isEmpty());
    QVERIFY(ListenConsole::channelProblem(QString(22, QChar(0x540D))).contains(QStringLiteral("66 bytes")));
    QVERIFY(m_console->addChannel(QString(64, QLatin1Char('x'))).contains(QStringLiteral("shorter name")));
    QVERIFY(m_console->addChannel(QStringLiteral("once")).isEmpty());
    QVERIFY(m_console->addChannel(QStringLiteral("once")).contains(QStringLiteral("Already listening")));
    QCOMPARE(m_console->channels(), QStringList{"once"});
    QVERIFY(m_console->sendNotification(QString(), QStringLiteral("x")).contains(QStringLiteral("Enter a channel name")));

    // Through the fields: the problem shows under the state line.
    auto *edit = m_console->findChild<QLineEdit *>(QStringLiteral("channelEdit"));
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_console->messageText().contains(QStringLiteral("Enter a channel name")));
}

void TestListenConsole::receivesFromAnotherSession()
{
    QSignalSpy channels(m_console.get(), &ListenConsole::channelsChanged);
    // Typed into the field and added with the Listen button, as a user would.
    auto *edit = m_console->findChild<QLineEdit *>(QStringLiteral("channelEdit"));
    auto *listen = m_console->findChild<QPushButton *>(QStringLiteral("listenButton"));
    QVERIFY(edit && listen);
    edit->setText(OddChannel);
    QTest::mouseClick(listen, Qt::LeftButton);
    QVERIFY2(m_console->messageText().isEmpty(), qPrintable(m_console->messageText()));
    QCOMPARE(m_console->channels(), QStringList{OddChannel});
    QCOMPARE(channels.size(), 1);
    QCOMPARE(m_console->findChild<QListWidget *>(QStringLiteral("channelList"))->item(0)->text(), OddChannel);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(settled());
    QVERIFY2(m_console->statusText().contains(QStringLiteral("Listening on 1 channel")), qPrintable(m_console->statusText()));

    PgConnection other;
    QVERIFY(openSession(&other));
    QSignalSpy received(m_console.get(), &ListenConsole::notificationReceived);
    // Channel names are exact: the same name in other case is another channel.
    QVERIFY(notifyFrom(&other, OddChannel.toLower(), QStringLiteral("wrong channel")));
    QVERIFY(notifyFrom(&other, OddChannel, QStringLiteral("payload ✓ with 'quotes'")));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);

    const QStandardItemModel *model = m_console->notifications();
    QCOMPARE(model->rowCount(), 1); // notifications of one sender arrive in order: the lower-case one is not coming
    QCOMPARE(cell(model, 0, ListenConsole::ChannelColumn), OddChannel);
    QCOMPARE(cell(model, 0, ListenConsole::PayloadColumn), QStringLiteral("payload ✓ with 'quotes'"));
    QCOMPARE(cell(model, 0, ListenConsole::SenderColumn), QString::number(other.serverInfo().backendPid));
    QVERIFY(!cell(model, 0, ListenConsole::TimeColumn).isEmpty());
    QCOMPARE(received.at(0).at(0).value<PgNotification>().senderPid, other.serverInfo().backendPid);

    auto *clear = m_console->findChild<QPushButton *>(QStringLiteral("clearButton"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
}

void TestListenConsole::sendsFromItsOwnField()
{
    QVERIFY(m_console->addChannel(OddChannel).isEmpty());
    QVERIFY(settled());
    // Picking the channel in the list fills the send field.
    auto *list = m_console->findChild<QListWidget *>(QStringLiteral("channelList"));
    list->setCurrentRow(0);
    auto *channel = m_console->findChild<QLineEdit *>(QStringLiteral("notifyChannel"));
    auto *payload = m_console->findChild<QLineEdit *>(QStringLiteral("notifyPayload"));
    auto *send = m_console->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(channel && payload && send);
    QCOMPARE(channel->text(), OddChannel);
    QVERIFY(send->isEnabled());
    QTest::keyClicks(payload, QStringLiteral("from the console "));
    payload->insert(QStringLiteral("名前")); // QTest types ASCII only
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(m_console->messageText().isEmpty(), qPrintable(m_console->messageText()));

    const QStandardItemModel *model = m_console->notifications();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(cell(model, 0, ListenConsole::ChannelColumn), OddChannel);
    QCOMPARE(cell(model, 0, ListenConsole::PayloadColumn), QStringLiteral("from the console 名前"));
    QCOMPARE(cell(model, 0, ListenConsole::SenderColumn), QString::number(m_console->connection()->serverInfo().backendPid));

    // Return in the payload field sends too.
    QTest::keyClick(payload, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
}

void TestListenConsole::unlistenStopsDelivery()
{
    QVERIFY(m_console->addChannel(QStringLiteral("kept")).isEmpty());
    QVERIFY(m_console->addChannel(OddChannel).isEmpty());
    QVERIFY(settled());
    auto *list = m_console->findChild<QListWidget *>(QStringLiteral("channelList"));
    auto *unlisten = m_console->findChild<QPushButton *>(QStringLiteral("unlistenButton"));
    list->item(1)->setSelected(true);
    QVERIFY(unlisten->isEnabled());
    QTest::mouseClick(unlisten, Qt::LeftButton);
    QCOMPARE(m_console->channels(), QStringList{"kept"});
    QCOMPARE(list->count(), 1);
    QVERIFY(settled());

    PgConnection other;
    QVERIFY(openSession(&other));
    QVERIFY(notifyFrom(&other, OddChannel, QStringLiteral("not any more")));
    QVERIFY(notifyFrom(&other, QStringLiteral("kept"), QStringLiteral("still here")));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->notifications()->rowCount(), 1, 10000);
    QCOMPARE(cell(m_console->notifications(), 0, ListenConsole::PayloadColumn), QStringLiteral("still here"));
}

void TestListenConsole::serverErrorIsShown()
{
    // NOTIFY payloads are limited to 8000 bytes; the server's refusal is shown, not swallowed.
    QVERIFY(m_console->sendNotification(QStringLiteral("big"), QString(9000, QLatin1Char('p'))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->messageText().isEmpty(), 10000);
    QVERIFY2(m_console->messageText().contains(QStringLiteral("payload string too long")), qPrintable(m_console->messageText()));
    QVERIFY(m_console->messageText().contains(QStringLiteral("was not sent")));
    // The session is still there for the next one.
    QVERIFY(settled());
    QVERIFY(m_console->connection()->isOpen());
}

void TestListenConsole::reconnectListensAgain()
{
    QVERIFY(m_console->addChannel(OddChannel).isEmpty());
    QVERIFY(settled());
    auto *reconnect = m_console->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QVERIFY(reconnect);
    QVERIFY(reconnect->isHidden());

    QVERIFY2(m_cluster.stop(QStringLiteral("immediate")), qPrintable(m_cluster.error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->connection()->state(), PgConnection::State::Failed, 20000);
    QVERIFY(!reconnect->isHidden());
    QVERIFY2(m_console->statusText().contains(QStringLiteral("was lost")), qPrintable(m_console->statusText()));
    QVERIFY(m_console->statusText().contains(QStringLiteral("Reconnect")));
    QVERIFY(!m_console->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QCOMPARE(m_console->channels(), QStringList{OddChannel}); // kept for after the reconnect

    QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->connection()->isOpen(), 20000);
    QVERIFY(settled());
    QVERIFY(reconnect->isHidden());
    QVERIFY2(m_console->statusText().contains(QStringLiteral("Listening on 1 channel")), qPrintable(m_console->statusText()));

    PgConnection other;
    QVERIFY(openSession(&other));
    QVERIFY(notifyFrom(&other, OddChannel, QStringLiteral("after reconnect")));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->notifications()->rowCount(), 1, 10000);
    QCOMPARE(cell(m_console->notifications(), 0, ListenConsole::PayloadColumn), QStringLiteral("after reconnect"));
}

QTEST_MAIN(TestListenConsole)
#include "tst_listenconsole.moc"
