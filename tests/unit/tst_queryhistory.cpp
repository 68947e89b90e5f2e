#include "queryhistory.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Pixetric;
using Entry = QueryHistory::Entry;

namespace {

Entry entry(const QString &sql, qint64 minutesAgo, const QString &connection = QStringLiteral("app@db1:5432/shop"),
            const QString &error = {})
{
    Entry e;
    e.sql = sql;
    e.connectionName = connection;
    e.database = QStringLiteral("shop");
    e.startedAt = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    e.durationMs = 12 + minutesAgo;
    e.rows = minutesAgo;
    e.errorText = error;
    return e;
}

QStringList sqlOf(const QList<Entry> &entries)
{
    QStringList result;
    for (const Entry &e : entries)
        result << e.sql;
    return result;
}

int historyConnections()
{
    int n = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        n += name.startsWith(QLatin1String("pixetric.history.")) ? 1 : 0;
    return n;
}

} // namespace

// Passes when the call returned no error, and shows the error's message otherwise.
#define VERIFY_OK(call) \
    do { \
        const QueryHistory::Error error_ = (call); \
        QVERIFY2(!error_, qPrintable(error_.message)); \
    } while (false)

class TestQueryHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsAndReadsBack();
    void search_data();
    void search();
    void searchLimit();
    void capDropsOldest();
    void removeAndClear();
    void persistsInWalMode();
    void garbageFileIsMovedAside();
    void damagedPagesAreMovedAside();
    void unwritableFolderIsAnError();
    void eachThreadHasItsOwnConnection();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("sub/dir/history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestQueryHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestQueryHistory::cleanup()
{
    QCOMPARE(historyConnections(), 0); // every instance closed its connections
    m_dir.reset();
}

void TestQueryHistory::recordsAndReadsBack()
{
    QueryHistory history(path());
    QVERIFY2(!history.open(), qPrintable(history.open().message));
    QVERIFY(QFile::exists(path())); // the folders were created
    QSignalSpy changed(&history, &QueryHistory::changed);

    qint64 first = 0;
    qint64 second = 0;
    const Entry old = entry(QStringLiteral("select 1;\nselect 2"), 10);
    VERIFY_OK(history.record(old, &first));
    QVERIFY(!history.record(entry(QStringLiteral("select broken"), 1, QStringLiteral("x@y/z"),
                                  QStringLiteral("syntax error at or near \"broken\"")),
                            &second));
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QCOMPARE(changed.size(), 2);

    const QList<Entry> all = history.search(QString());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, second); // newest first
    QVERIFY(!all.at(0).ok());
    QCOMPARE(all.at(0).errorText, QStringLiteral("syntax error at or near \"broken\""));
    QCOMPARE(all.at(0).connectionName, QStringLiteral("x@y/z"));
    const Entry &back = all.at(1);
    QCOMPARE(back.id, first);
    QVERIFY(back.ok());
    QCOMPARE(back.sql, old.sql);
    QCOMPARE(back.connectionName, old.connectionName);
    QCOMPARE(back.database, old.database);
    QCOMPARE(back.startedAt, old.startedAt);
    QCOMPARE(back.durationMs, old.durationMs);
    QCOMPARE(back.rows, old.rows);
    QCOMPARE(history.count(), 2);
}

void TestQueryHistory::search_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("found");

    QTest::addRow("empty finds all, newest first")
        << QString() << QStringList{"SELECT Größe FROM maße", "select 名前 from 顧客", "SELECT 'ПРИВЕТ'", "select grösse, 100% from t_x", "update GRÖẞE set a = 1"};
    QTest::addRow("größe: ß, ẞ and ss fold together")
        << "größe" << QStringList{"SELECT Größe FROM maße", "select grösse, 100% from t_x", "update GRÖẞE set a = 1"};
    QTest::addRow("GRÖSSE in capitals") << "GRÖSSE" << QStringList{"SELECT Größe FROM maße", "select grösse, 100% from t_x", "update GRÖẞE set a = 1"};
    QTest::addRow("名前") << "名前" << QStringList{"select 名前 from 顧客"};
    QTest::addRow("Cyrillic folds case too") << "привет" << QStringList{"SELECT 'ПРИВЕТ'"};
    QTest::addRow("ASCII ignores case") << "FROM" << QStringList{"SELECT Größe FROM maße", "select 名前 from 顧客", "select grösse, 100% from t_x"};
    QTest::addRow("percent sign is a character, not a wildcard") << "0%" << QStringList{"select grösse, 100% from t_x"};
    QTest::addRow("underscore is a character, not a wildcard") << "t_x" << QStringList{"select grösse, 100% from t_x"};
    QTest::addRow("connection name") << "prod" << QStringList{"SELECT 'ПРИВЕТ'"};
    QTest::addRow("nothing") << "delete" << QStringList();
}

void TestQueryHistory::search()
{
    QFETCH(QString, needle);
    QFETCH(QStringList, found);

    QueryHistory history(path());
    VERIFY_OK(history.record(entry(QStringLiteral("update GRÖẞE set a = 1"), 50)));
    VERIFY_OK(history.record(entry(QStringLiteral("select grösse, 100% from t_x"), 40)));
    VERIFY_OK(history.record(entry(QStringLiteral("SELECT 'ПРИВЕТ'"), 30, QStringLiteral("admin@prod:5432/main"))));
    VERIFY_OK(history.record(entry(QStringLiteral("select 名前 from 顧客"), 20)));
    VERIFY_OK(history.record(entry(QStringLiteral("SELECT Größe FROM maße"), 10)));

    QueryHistory::Error error;
    QCOMPARE(sqlOf(history.search(needle, QueryHistory::DefaultSearchLimit, &error)), found);
    QVERIFY(!error);
}

void TestQueryHistory::searchLimit()
{
    QueryHistory history(path());
    for (int i = 0; i < 20; ++i)
        VERIFY_OK(history.record(entry(QStringLiteral("select %1").arg(i), 100 - i)));
    QCOMPARE(sqlOf(history.search(QStringLiteral("select"), 3)), (QStringList{"select 19", "select 18", "select 17"}));
    QCOMPARE(history.search(QString(), 0).size(), 0);
}

void TestQueryHistory::capDropsOldest()
{
    QueryHistory history(path());
    QCOMPARE(history.maxEntries(), QueryHistory::DefaultMaxEntries);
    history.setMaxEntries(5);
    // Recorded out of order: "oldest" is by start time.
    const QList<int> minutesAgo{30, 80, 10, 70, 20, 60, 40, 50};
    for (int m : minutesAgo)
        VERIFY_OK(history.record(entry(QStringLiteral("select %1").arg(m), m)));
    QCOMPARE(history.count(), 5);
    QCOMPARE(sqlOf(history.search(QString())),
             (QStringList{"select 10", "select 20", "select 30", "select 40", "select 50"}));
}

void TestQueryHistory::removeAndClear()
{
    QueryHistory history(path());
    qint64 a = 0;
    qint64 b = 0;
    VERIFY_OK(history.record(entry(QStringLiteral("select 'a'"), 2), &a));
    VERIFY_OK(history.record(entry(QStringLiteral("select 'b'"), 1), &b));
    QSignalSpy changed(&history, &QueryHistory::changed);
    VERIFY_OK(history.remove(a));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sqlOf(history.search(QString())), QStringList{"select 'b'"});
    VERIFY_OK(history.clear());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(history.count(), 0);
    QVERIFY(history.search(QString()).isEmpty());
}

void TestQueryHistory::persistsInWalMode()
{
    {
        QueryHistory history(path());
        VERIFY_OK(history.record(entry(QStringLiteral("select 'kept'"), 1)));
    }
    QueryHistory again(path());
    QCOMPARE(sqlOf(again.search(QString())), QStringList{"select 'kept'"});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("pragma journal_mode"), db);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestQueryHistory::garbageFileIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray garbage = QByteArray("this is not a database ").repeated(200);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    QueryHistory history(path());
    QSignalSpy recovered(&history, &QueryHistory::recovered);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history file was damaged .*file is not a database")));
    const QueryHistory::Error error = history.open();
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(recovered.size(), 1);
    const QString aside = history.movedAsideFile();
    QCOMPARE(recovered.at(0).at(0).toString(), aside);
    QVERIFY(aside.startsWith(path() + QStringLiteral(".damaged-")));
    QFile moved(aside);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // kept as it was, for whoever wants to look
    VERIFY_OK(history.record(entry(QStringLiteral("select 'fresh'"), 0)));
    QCOMPARE(sqlOf(history.search(QString())), QStringList{"select 'fresh'"});
}

void TestQueryHistory::damagedPagesAreMovedAside()
{
    {
        QueryHistory history(path());
        for (int i = 0; i < 300; ++i)
            VERIFY_OK(history.record(entry(QStringLiteral("select '%1'").arg(QString(200, QLatin1Char('x'))), i)));
    }
    {
        // Keep the header page, scribble over the rest (the table and index pages).
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        QVERIFY(file.seek(4096));
        file.write(QByteArray(int(file.size()) - 4096, '\xA5'));
    }
    QueryHistory history(path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history file was damaged .*malformed")));
    QueryHistory::Error error;
    const QList<Entry> found = history.search(QString(), 10, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(found.isEmpty());
    QVERIFY(!history.movedAsideFile().isEmpty());
    QVERIFY(QFile::exists(history.movedAsideFile()));
    VERIFY_OK(history.record(entry(QStringLiteral("select 'fresh'"), 0)));
    QCOMPARE(history.count(), 1);
}

void TestQueryHistory::unwritableFolderIsAnError()
{
    // A regular file where a folder should be: no folder can be created there, even by root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QueryHistory history(blocker + QStringLiteral("/history/history.sqlite"));
    QSignalSpy changed(&history, &QueryHistory::changed);
    const QueryHistory::Error opened = history.open();
    QVERIFY(opened);
    QVERIFY2(opened.message.contains(QStringLiteral("cannot be created")), qPrintable(opened.message));
    QVERIFY(opened.message.contains(QStringLiteral("choose another location")));

    QVERIFY(history.record(entry(QStringLiteral("select 1"), 0)));
    QCOMPARE(changed.size(), 0);
    QueryHistory::Error error;
    QVERIFY(history.search(QString(), 10, &error).isEmpty());
    QVERIFY(error);
    QVERIFY(history.remove(1));
    QVERIFY(history.clear());
    QCOMPARE(history.count(&error), 0);
    QVERIFY(error);

    // A folder that is a file name: SQLite cannot open it.
    QueryHistory onFolder(m_dir->path());
    const QueryHistory::Error folderError = onFolder.open();
    QVERIFY(folderError);
    QVERIFY2(folderError.message.contains(QStringLiteral("cannot be opened")), qPrintable(folderError.message));
}

void TestQueryHistory::eachThreadHasItsOwnConnection()
{
    QueryHistory history(path());
    VERIFY_OK(history.record(entry(QStringLiteral("select 'main'"), 5)));
    QCOMPARE(historyConnections(), 1);

    int failures = 0;
    int connectionsInside = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        for (int i = 0; i < 50; ++i)
            failures += history.record(entry(QStringLiteral("select 'worker %1'").arg(i), 4)) ? 1 : 0;
        connectionsInside = historyConnections();
    }));
    // Counted on this thread: changed() from the worker arrives queued.
    int changed = 0;
    connect(&history, &QueryHistory::changed, this, [&] { ++changed; });
    worker->start();
    for (int i = 0; i < 50; ++i)
        VERIFY_OK(history.record(entry(QStringLiteral("select 'main %1'").arg(i), 3)));
    QVERIFY(worker->wait(30000));
    QCOMPARE(failures, 0);
    QCOMPARE(connectionsInside, 2);
    QCOMPARE(history.count(), 101);
    // The worker's connection closed when its thread finished; the main thread's stays.
    QCOMPARE(historyConnections(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(changed, 100, 5000);
}

QTEST_GUILESS_MAIN(TestQueryHistory)
#include "tst_queryhistory.moc"
