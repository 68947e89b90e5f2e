#include "filesizelimit.h"
#include "resultstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

#include <sys/resource.h>

using namespace Pixetric;
using Pixetric::Test::FileSizeLimit;

namespace {

constexpr int Columns = 3;

// The value every test expects at (row, column) of the whole result: a NULL every 7th row in
// column 1, an empty string every 11th row in column 2, otherwise text naming the cell.
bool expectNull(qint64 row, int column) { return column == 1 && row % 7 == 3; }
QByteArray expectValue(qint64 row, int column)
{
    if (column == 2 && row % 11 == 5)
        return QByteArray("");
    return "row " + QByteArray::number(row) + " col " + QByteArray::number(column) + " ✓";
}

ResultChunk makeChunk(qint64 firstRow, int rows)
{
    ResultChunk chunk(Columns);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < Columns; ++c) {
            if (expectNull(firstRow + r, c)) {
                chunk.appendNull();
            } else {
                const QByteArray v = expectValue(firstRow + r, c);
                chunk.appendValue(v.constData(), v.size());
            }
        }
    }
    return chunk;
}

// Appends chunks of the given sizes; returns the total row count.
qint64 fill(ResultStore &store, const QList<int> &sizes)
{
    qint64 rows = 0;
    for (int size : sizes) {
        store.append(makeChunk(rows, size));
        rows += size;
    }
    return rows;
}

// Checks every row through sliceForRow(); returns a description of the first mismatch.
QString verifyAll(const ResultStore &store, qint64 rows)
{
    for (qint64 row = 0; row < rows; ++row) {
        const ResultStore::Slice s = store.sliceForRow(row);
        if (!s.isValid() || s.chunk.isEmpty())
            return QStringLiteral("row %1: no chunk").arg(row);
        const int r = int(row - s.firstRow);
        if (r < 0 || r >= s.chunk.rowCount())
            return QStringLiteral("row %1: chunk starting at %2 does not hold it").arg(row).arg(s.firstRow);
        for (int c = 0; c < Columns; ++c) {
            if (s.chunk.isNull(r, c) != expectNull(row, c))
                return QStringLiteral("row %1 col %2: NULL mismatch").arg(row).arg(c);
            if (!expectNull(row, c) && s.chunk.value(r, c) != expectValue(row, c))
                return QStringLiteral("row %1 col %2: '%3'").arg(row).arg(c).arg(QString::fromUtf8(s.chunk.value(r, c).toByteArray()));
        }
    }
    return {};
}

QStringList spillFiles(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::NoDotAndDotDot);
}

} // namespace

class TestResultStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookupFindsEveryRow_data();
    void lookupFindsEveryRow();
    void outOfRangeIsInvalid();
    void spillsOldestPastBudget();
    void budgetChangeSpillsAtOnce();
    void lruCacheServesRepeatedReads();
    void spillFailureKeepsRows_data();
    void spillFailureKeepsRows();
    void readsFromAnotherThreadWhileAppending();
    void sliceOutlivesClear();
};

void TestResultStore::lookupFindsEveryRow_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addRow("one chunk of one row") << QList<int>{1};
    QTest::addRow("growing chunks as the worker sends them") << QList<int>{64, 128, 256, 512, 1024};
    QTest::addRow("uneven chunks") << QList<int>{3, 1, 17, 2, 1, 40};
    QTest::addRow("empty chunks are skipped") << QList<int>{5, 0, 5, 0, 0, 1};
}

void TestResultStore::lookupFindsEveryRow()
{
    QFETCH(QList<int>, sizes);
    ResultStore store;
    const qint64 rows = fill(store, sizes);
    QCOMPARE(store.rowCount(), rows);
    QCOMPARE(store.chunkCount(), int(sizes.size() - sizes.count(0)));
    QCOMPARE(store.columnCount(), Columns);
    qint64 text = 0;
    for (qint64 r = 0; r < rows; ++r) {
        for (int c = 0; c < Columns; ++c)
            text += expectNull(r, c) ? 0 : expectValue(r, c).size();
    }
    QCOMPARE(store.textBytes(), text);
    const QString mismatch = verifyAll(store, rows);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(store.stats().spilledChunks, 0);
}

void TestResultStore::outOfRangeIsInvalid()
{
    ResultStore store;
    QVERIFY(!store.sliceForRow(0).isValid());
    fill(store, {10, 10});
    QVERIFY(!store.sliceForRow(-1).isValid());
    QVERIFY(!store.sliceForRow(20).isValid());
    QVERIFY(store.sliceForRow(19).isValid());
    QCOMPARE(store.sliceForRow(10).firstRow, 10);
    QCOMPARE(store.sliceForRow(9).firstRow, 0);
    QVERIFY(!store.slice(2).isValid());
}

void TestResultStore::spillsOldestPastBudget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ResultStore store;
    store.setSpillDirectory(dir.path());
    const ResultChunk sample = makeChunk(0, 100);
    // Room for about three chunks of 100 rows.
    const qint64 budget = sample.byteSize() * 3 + sample.byteSize() / 2;
    store.setMemoryBudget(budget);

    QList<int> sizes(20, 100);
    const qint64 rows = fill(store, sizes);
    const ResultStore::Stats stats = store.stats();
    QCOMPARE(stats.chunks, 20);
    QCOMPARE(stats.spilledChunks, 17);
    QVERIFY2(stats.residentBytes <= budget, qPrintable(QString::number(stats.residentBytes)));
    QVERIFY(stats.spilledBytes > 0);
    QVERIFY(!store.error().isError());

    QCOMPARE(stats.fileBytes, stats.spilledBytes);
    // Unnamed where the system allows (O_TMPFILE); either way nothing else lands there.
    QVERIFY(spillFiles(dir.path()).size() <= 1);

    const QString mismatch = verifyAll(store, rows);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(store.stats().diskReads, 17); // one read per spilled chunk, then cache hits

    store.clear();
    QCOMPARE(store.rowCount(), 0);
    QCOMPARE(store.stats().fileBytes, 0);
    QVERIFY2(spillFiles(dir.path()).isEmpty(), "clear() removes the spill file");
}

void TestResultStore::budgetChangeSpillsAtOnce()
{
    QTemporaryDir dir;
    ResultStore store;
    store.setSpillDirectory(dir.path());
    const qint64 rows = fill(store, {50, 50, 50, 50});
    QCOMPARE(store.stats().spilledChunks, 0);
    store.setMemoryBudget(0);
    QCOMPARE(store.stats().spilledChunks, 3); // never the newest
    const QString mismatch = verifyAll(store, rows);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestResultStore::lruCacheServesRepeatedReads()
{
    QTemporaryDir dir;
    ResultStore store;
    store.setSpillDirectory(dir.path());
    store.setMemoryBudget(0);
    store.setCacheCapacity(2);
    fill(store, {10, 10, 10, 10, 10});
    QCOMPARE(store.stats().spilledChunks, 4);

    const auto reads = [&] { return store.stats().diskReads; };
    const auto hits = [&] { return store.stats().cacheHits; };
    QVERIFY(store.slice(0).chunk.rowCount() == 10);
    QCOMPARE(reads(), 1);
    store.sliceForRow(5);       // chunk 0 again: cached
    QCOMPARE(reads(), 1);
    QCOMPARE(hits(), 1);
    store.slice(1);             // cache: 1, 0
    store.slice(0);             // hit; cache: 0, 1
    QCOMPARE(reads(), 2);
    QCOMPARE(hits(), 2);
    store.slice(2);             // evicts 1, the least recently used; cache: 2, 0
    QCOMPARE(reads(), 3);
    store.slice(0);             // still cached
    QCOMPARE(reads(), 3);
    store.slice(1);             // was evicted: read again
    QCOMPARE(reads(), 4);
    store.slice(4);             // the newest chunk is in memory: neither read nor hit
    QCOMPARE(reads(), 4);
    QCOMPARE(hits(), 3);
    QVERIFY(store.stats().cachedBytes > 0);
    QVERIFY(store.stats().cachedBytes <= 2 * makeChunk(0, 10).byteSize() + 1024);
}

void TestResultStore::spillFailureKeepsRows_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addRow("spill folder does not exist") << QStringLiteral("missing");
    QTest::addRow("spill folder is a file") << QStringLiteral("file");
    QTest::addRow("write fails after some chunks (file size limit)") << QStringLiteral("fsize");
}

void TestResultStore::spillFailureKeepsRows()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString spillDir = dir.path();
    if (failure == QLatin1String("missing")) {
        spillDir = dir.filePath(QStringLiteral("no/such/folder"));
    } else if (failure == QLatin1String("file")) {
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        spillDir = file.fileName();
    }

    ResultStore store;
    store.setSpillDirectory(spillDir);
    store.setMemoryBudget(0);
    // What the first three chunks take in the spill file.
    const qint64 twoChunks = makeChunk(0, 200).serialize().size() + makeChunk(200, 200).serialize().size();
    const qint64 third = makeChunk(400, 200).serialize().size();

    std::unique_ptr<FileSizeLimit> limit;
    if (failure == QLatin1String("fsize")) {
        // Room for two spilled chunks and a half: the third write fails part-way.
        limit = std::make_unique<FileSizeLimit>(rlim_t(twoChunks + third / 2));
        QVERIFY(limit->ok());
    }

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not (create|write)")));
    QList<bool> appended;
    qint64 rows = 0;
    for (int i = 0; i < 8; ++i) {
        appended << store.append(makeChunk(rows, 200));
        rows += 200;
    }
    limit.reset();

    // Reported once, at the append where it happened; later appends do not retry.
    const int expectedFailure = failure == QLatin1String("fsize") ? 3 : 1;
    QCOMPARE(appended.indexOf(false), expectedFailure);
    QCOMPARE(appended.count(false), 1);
    const PgError error = store.error();
    QVERIFY(error.isError());
    QCOMPARE(error.kind, PgError::Kind::Client);
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(failure == QLatin1String("fsize") ? dir.path() : spillDir)),
             qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("No rows were lost")), qPrintable(error.hint));

    // Nothing is lost: every row reads back, from memory or from what was spilled before.
    const QString mismatch = verifyAll(store, rows);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const ResultStore::Stats stats = store.stats();
    QCOMPARE(stats.spilledChunks, failure == QLatin1String("fsize") ? 2 : 0);
    QVERIFY(stats.residentBytes > store.memoryBudget());

    if (failure == QLatin1String("fsize")) {
        // The half-written chunk was cut off again: the file holds exactly the two good ones.
        QCOMPARE(stats.fileBytes, twoChunks);
        QCOMPARE(stats.spilledBytes, twoChunks);
        QVERIFY2(error.message.contains(QStringLiteral("File too large")), qPrintable(error.message));
    }

    store.clear();
    QVERIFY(!store.error().isError());
}

void TestResultStore::readsFromAnotherThreadWhileAppending()
{
    // What an export does: read every row on a worker while the grid appends and spills.
    QTemporaryDir dir;
    ResultStore store;
    store.setSpillDirectory(dir.path());
    store.setMemoryBudget(makeChunk(0, 100).byteSize() * 2);
    store.setCacheCapacity(1);
    fill(store, QList<int>(5, 100));

    std::atomic<bool> stop{false};
    std::atomic<int> passes{0};
    QString readerError;
    QThread *reader = QThread::create([&] {
        while (!stop.load()) {
            const qint64 rows = store.rowCount();
            const QString mismatch = verifyAll(store, rows);
            if (!mismatch.isEmpty()) {
                readerError = mismatch;
                return;
            }
            ++passes;
        }
    });
    reader->start();
    qint64 rows = 500;
    for (int i = 0; i < 60; ++i) {
        store.append(makeChunk(rows, 100));
        rows += 100;
        const QString mismatch = verifyAll(store, rows);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
    QTRY_VERIFY_WITH_TIMEOUT(passes.load() >= 2 || !readerError.isEmpty(), 20000);
    stop.store(true);
    reader->wait();
    delete reader;
    QVERIFY2(readerError.isEmpty(), qPrintable(readerError));
    QVERIFY(store.stats().spilledChunks > 50);
    QVERIFY(!store.error().isError());
}

void TestResultStore::sliceOutlivesClear()
{
    QTemporaryDir dir;
    ResultStore store;
    store.setSpillDirectory(dir.path());
    store.setMemoryBudget(0);
    fill(store, {20, 20});
    const ResultStore::Slice spilled = store.slice(0);
    QVERIFY(spilled.isValid());
    store.clear();
    QCOMPARE(spilled.chunk.rowCount(), 20);
    QCOMPARE(spilled.chunk.value(19, 0), expectValue(19, 0));
}

QTEST_GUILESS_MAIN(TestResultStore)
#include "tst_resultstore.moc"
