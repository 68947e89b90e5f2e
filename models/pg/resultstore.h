#pragma once

#include "pgerror.h"
#include "resultchunk.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace Pixetric {

// All rows of one result set, as the ResultChunks they arrived in, with memory kept bounded:
// once the chunks held in memory pass the budget, the oldest ones are written to a temporary
// spill file and dropped from memory. Reading a row of a spilled chunk loads that chunk back
// through a small LRU cache, so scrolling over a spilled region costs one disk read per chunk.
//
// If spilling fails (disk full, spill folder missing or not writable), no row is lost: the
// chunk stays in memory, spilling stops for this store, and error() says what happened and
// what to do. Memory then grows past the budget, which is the lesser evil.
//
// Thread safety: append() and clear() must be called from one thread (the owner's, usually
// the GUI thread). Every const member may be called from any thread at the same time, e.g. an
// export on a worker thread while the grid paints and new chunks arrive: rows already stored
// never move or change, and a chunk handed out is an implicitly shared copy that stays valid
// after it is spilled or the store is cleared. Settings are applied under the same lock.
//
// Ownership: owns its spill file, which is removed with the store (or by clear()). Where the
// system allows, the file has no name (O_TMPFILE), so not even a crash leaves it behind.
class ResultStore
{
public:
    static constexpr qint64 DefaultMemoryBudget = qint64(256) * 1024 * 1024;
    static constexpr int DefaultCacheChunks = 4;

    // A chunk together with the index of its first row in the whole result.
    struct Slice
    {
        ResultChunk chunk;     // empty when the row is out of range or could not be read
        qint64 firstRow = 0;
        int index = -1;        // the chunk's position in arrival order, -1 when none
        bool isValid() const { return index >= 0; }
    };

    struct Stats
    {
        int chunks = 0;
        int spilledChunks = 0;
        qint64 residentBytes = 0; // bytes of chunks held in memory (not counting the cache)
        qint64 spilledBytes = 0;  // bytes of the spilled chunks in the spill file
        qint64 fileBytes = 0;     // size of the spill file
        qint64 cachedBytes = 0;   // bytes of spilled chunks loaded back into the cache
        qint64 diskReads = 0;     // spilled chunks loaded back from the file
        qint64 cacheHits = 0;     // reads of a spilled chunk served by the cache
    };

    ResultStore();
    ~ResultStore();
    ResultStore(const ResultStore &) = delete;
    ResultStore &operator=(const ResultStore &) = delete;

    // Bytes of chunk data kept in memory before the oldest chunks are spilled. A budget of
    // 0 spills every chunk except the newest.
    void setMemoryBudget(qint64 bytes);
    qint64 memoryBudget() const;
    // Where the spill file goes; empty means QDir::tempPath(). Takes effect for a spill file
    // not created yet.
    void setSpillDirectory(const QString &directory);
    QString spillDirectory() const;
    // Spilled chunks kept in memory after being read back (at least 1).
    void setCacheCapacity(int chunks);

    // Adds the next chunk. Returns false when spilling failed during this call; the rows are
    // stored anyway and error() tells why. Empty chunks are ignored.
    bool append(const ResultChunk &chunk);
    // Drops all rows and the spill file; keeps the settings and resets error().
    void clear();

    qint64 rowCount() const;
    int columnCount() const;
    int chunkCount() const;
    // Sum of the value bytes of all rows (the size of the result as text).
    qint64 textBytes() const;

    // The chunk holding row (0-based in the whole result); not valid when out of range.
    Slice sliceForRow(qint64 row) const;
    // Chunk number index in arrival order; not valid when out of range.
    Slice slice(int index) const;

    // The first spill or reload failure since the last clear(); kind None when all is well.
    PgError error() const;
    Stats stats() const;

private:
    struct Entry
    {
        ResultChunk chunk;      // empty while spilled
        qint64 firstRow = 0;
        int rows = 0;
        qint64 bytes = 0;       // byteSize() of the chunk when it was appended
        qint64 fileOffset = -1; // where its serialized form starts in the spill file, -1 if never spilled
        qint64 fileLength = 0;
    };

    int indexForRowLocked(qint64 row) const;
    ResultChunk chunkLocked(int index) const;
    void spillLocked();
    bool writeLocked(Entry &entry);
    void setErrorLocked(const QString &message, const QString &hint) const;

    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QList<qint64> m_firstRows;  // m_entries[i].firstRow, contiguous for the binary search
    qint64 m_rowCount = 0;
    qint64 m_textBytes = 0;
    int m_columnCount = 0;
    int m_oldestResident = 0;   // entries before this one are all spilled
    qint64 m_residentBytes = 0;
    qint64 m_budget = DefaultMemoryBudget;
    QString m_spillDirectory;
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_spillBroken = false;

    // Spilled chunks read back, most recently used first. Mutable: reading is logically const.
    struct Cached
    {
        int index = -1;
        ResultChunk chunk;
    };
    mutable QList<Cached> m_cache;
    int m_cacheCapacity = DefaultCacheChunks;
    mutable qint64 m_diskReads = 0;
    mutable qint64 m_cacheHits = 0;
    mutable PgError m_error;
};

} // namespace Pixetric
