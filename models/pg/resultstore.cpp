#include "resultstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>
#include <QTemporaryFile>

#include <algorithm>

namespace Pixetric {

ResultStore::ResultStore() = default;
ResultStore::~ResultStore() = default;

void ResultStore::setMemoryBudget(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_budget = qMax<qint64>(0, bytes);
    spillLocked();
}

qint64 ResultStore::memoryBudget() const
{
    QMutexLocker lock(&m_mutex);
    return m_budget;
}

void ResultStore::setSpillDirectory(const QString &directory)
{
    QMutexLocker lock(&m_mutex);
    m_spillDirectory = directory;
}

QString ResultStore::spillDirectory() const
{
    QMutexLocker lock(&m_mutex);
    return m_spillDirectory.isEmpty() ? QDir::tempPath() : m_spillDirectory;
}

void ResultStore::setCacheCapacity(int chunks)
{
    QMutexLocker lock(&m_mutex);
    m_cacheCapacity = qMax(1, chunks);
    while (m_cache.size() > m_cacheCapacity)
        m_cache.removeLast();
}

bool ResultStore::append(const ResultChunk &chunk)
{
    if (chunk.isEmpty())
        return true;
    QMutexLocker lock(&m_mutex);
    if (m_entries.isEmpty())
        m_columnCount = chunk.columnCount();
    Q_ASSERT(chunk.columnCount() == m_columnCount);

    Entry entry;
    entry.chunk = chunk;
    entry.firstRow = m_rowCount;
    entry.rows = chunk.rowCount();
    entry.bytes = chunk.byteSize();
    m_entries.append(entry);
    m_firstRows.append(m_rowCount);
    m_rowCount += entry.rows;
    m_textBytes += chunk.textSize();
    m_residentBytes += entry.bytes;

    const bool wasBroken = m_spillBroken;
    spillLocked();
    return wasBroken || !m_spillBroken;
}

void ResultStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_firstRows.clear();
    m_rowCount = 0;
    m_textBytes = 0;
    m_columnCount = 0;
    m_oldestResident = 0;
    m_residentBytes = 0;
    m_file.reset();
    m_spillBroken = false;
    m_cache.clear();
    m_diskReads = 0;
    m_cacheHits = 0;
    m_error = PgError();
}

qint64 ResultStore::rowCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rowCount;
}

int ResultStore::columnCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_columnCount;
}

int ResultStore::chunkCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

qint64 ResultStore::textBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_textBytes;
}

ResultStore::Slice ResultStore::sliceForRow(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    const int index = indexForRowLocked(row);
    if (index < 0)
        return {};
    return Slice{chunkLocked(index), m_entries.at(index).firstRow, index};
}

ResultStore::Slice ResultStore::slice(int index) const
{
    QMutexLocker lock(&m_mutex);
    if (index < 0 || index >= m_entries.size())
        return {};
    return Slice{chunkLocked(index), m_entries.at(index).firstRow, index};
}

PgError ResultStore::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

ResultStore::Stats ResultStore::stats() const
{
    QMutexLocker lock(&m_mutex);
    Stats s;
    s.chunks = int(m_entries.size());
    for (const Entry &e : m_entries) {
        if (e.chunk.isEmpty()) {
            ++s.spilledChunks;
            s.spilledBytes += e.fileLength;
        }
    }
    s.residentBytes = m_residentBytes;
    s.fileBytes = m_file ? m_file->size() : 0;
    for (const Cached &c : m_cache)
        s.cachedBytes += c.chunk.byteSize();
    s.diskReads = m_diskReads;
    s.cacheHits = m_cacheHits;
    return s;
}

int ResultStore::indexForRowLocked(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    // The last chunk whose first row is <= row.
    const auto it = std::upper_bound(m_firstRows.cbegin(), m_firstRows.cend(), row);
    return int(it - m_firstRows.cbegin()) - 1;
}

ResultChunk ResultStore::chunkLocked(int index) const
{
    const Entry &entry = m_entries.at(index);
    if (!entry.chunk.isEmpty())
        return entry.chunk;

    for (qsizetype i = 0; i < m_cache.size(); ++i) {
        if (m_cache.at(i).index == index) {
            ++m_cacheHits;
            if (i > 0)
                m_cache.move(i, 0);
            return m_cache.first().chunk;
        }
    }

    ResultChunk loaded;
    bool ok = m_file && m_file->seek(entry.fileOffset);
    QByteArray bytes;
    if (ok) {
        bytes = m_file->read(entry.fileLength);
        ok = bytes.size() == entry.fileLength;
    }
    if (ok) {
        loaded = ResultChunk::deserialize(bytes);
        ok = loaded.rowCount() == entry.rows && loaded.columnCount() == m_columnCount;
    }
    if (!ok) {
        setErrorLocked(QCoreApplication::translate("ResultStore",
                           "Could not read rows back from the temporary file in %1: %2.")
                           .arg(QDir::toNativeSeparators(m_spillDirectory.isEmpty() ? QDir::tempPath() : m_spillDirectory),
                                m_file ? m_file->errorString() : QString()),
                       QCoreApplication::translate("ResultStore",
                           "Some rows cannot be shown. Check the disk that holds the temporary folder, then run the query again."));
        return {};
    }
    ++m_diskReads;
    m_cache.prepend(Cached{index, loaded});
    while (m_cache.size() > m_cacheCapacity)
        m_cache.removeLast();
    return loaded;
}

void ResultStore::spillLocked()
{
    // Oldest first, never the newest chunk: it is the one being filled in on screen and
    // spilling it would make the next paint read it straight back.
    while (!m_spillBroken && m_residentBytes > m_budget && m_oldestResident < m_entries.size() - 1) {
        Entry &entry = m_entries[m_oldestResident];
        if (!writeLocked(entry)) {
            m_spillBroken = true;
            return;
        }
        m_residentBytes -= entry.bytes;
        entry.chunk = ResultChunk();
        ++m_oldestResident;
    }
}

bool ResultStore::writeLocked(Entry &entry)
{
    const QString directory = m_spillDirectory.isEmpty() ? QDir::tempPath() : m_spillDirectory;
    const QString hint = QCoreApplication::translate("ResultStore",
        "No rows were lost; they stay in memory. Free some disk space or choose another folder "
        "for temporary files, then run the query again.");
    if (!m_file) {
        auto file = std::make_unique<QTemporaryFile>(
            QDir(directory).filePath(QStringLiteral("pixetric-result-XXXXXX.spill")));
        // Unbuffered, so that a failed write fails right here and leaves nothing queued in
        // QFile's buffer that would make later reads of already spilled chunks fail too.
        QFile &asFile = *file; // QTemporaryFile hides open(OpenMode); it stays virtual
        if (!asFile.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            setErrorLocked(QCoreApplication::translate("ResultStore",
                               "Could not create a temporary file in %1 for rows beyond the memory limit: %2.")
                               .arg(QDir::toNativeSeparators(directory), file->errorString()),
                           hint);
            return false;
        }
        m_file = std::move(file);
    }

    const QByteArray bytes = entry.chunk.serialize();
    const qint64 end = m_file->size();
    bool ok = m_file->seek(end);
    // Write until all is out or a write fails outright: a short write (the disk filled up
    // part-way) sets no error, the next attempt reports why.
    for (qint64 done = 0; ok && done < bytes.size();) {
        const qint64 n = m_file->write(bytes.constData() + done, bytes.size() - done);
        ok = n > 0;
        done += qMax<qint64>(n, 0);
    }
    if (!ok) {
        const QString reason = m_file->errorString();
        // Leave no half-written chunk behind; what is already spilled stays readable.
        m_file->resize(end);
        // The directory, not the file's name: asking for the name would give the unnamed
        // (O_TMPFILE) spill file one and leave it behind after a crash.
        setErrorLocked(QCoreApplication::translate("ResultStore",
                           "Could not write rows beyond the memory limit to a temporary file in %1: %2.")
                           .arg(QDir::toNativeSeparators(directory), reason),
                       hint);
        return false;
    }
    entry.fileOffset = end;
    entry.fileLength = bytes.size();
    return true;
}

void ResultStore::setErrorLocked(const QString &message, const QString &hint) const
{
    qCWarning(lcPg) << message;
    // The first failure is the one that explains the rest.
    if (!m_error.isError())
        m_error = PgError::client(message, hint);
}

} // namespace Pixetric
