#pragma once

#include "catalogsnapshot.h"
#include "connectionparams.h"
#include "pgerror.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Pixetric {

class PgConnection;

// Reads what completion needs to know about a database (resources/sql/completion_catalog.sql,
// one query) and publishes it as an immutable CatalogSnapshot.
//
// Each read uses a session of its own, opened for the read and closed after it, so reading
// never waits behind the user's statements and never holds a server slot while idle. The
// query runs on the database I/O thread and the snapshot is built on a pool thread: the
// thread the reader lives on only collects result chunks and is never blocked.
//
// Thread affinity: create, use and destroy on one thread (usually the GUI thread).
// Ownership: owns its session; snapshots are shared (CatalogSnapshotPtr) and outlive it.
class CatalogReader : public QObject
{
    Q_OBJECT
public:
    explicit CatalogReader(QObject *parent = nullptr);
    ~CatalogReader() override;

    // Where to read from. "application_name" defaults to "Pixetric Studio (completion)".
    // Takes effect with the next refresh(); a read in progress finishes against the old server.
    void setConnectionParams(const ConnectionParams &params);
    const ConnectionParams &connectionParams() const { return m_params; }

    // Starts a read. Asked while a read is running, it reads once more after that one, so a
    // refresh after DDL always sees the DDL.
    void refresh();
    bool isReading() const { return m_reading; }

    // The latest snapshot read successfully; null before the first one.
    CatalogSnapshotPtr snapshot() const { return m_snapshot; }
    // Wall time of the last successful read, from refresh() to snapshotReady(), in ms.
    qint64 lastReadMilliseconds() const { return m_lastReadMs; }

    // Gives up on the read in progress: cancels the query and drops its session.
    void cancel();

Q_SIGNALS:
    void snapshotReady(const Pixetric::CatalogSnapshotPtr &snapshot);
    // The previous snapshot, if any, stays current.
    void readFailed(const Pixetric::PgError &error);
    void readingChanged(bool reading);

private:
    void startRead();
    void onRunFinished(bool ok);
    void onBuilt();
    void fail(const PgError &error);
    void finishRead();
    void dropSession();

    ConnectionParams m_params;
    std::unique_ptr<PgConnection> m_session;
    QFutureWatcher<CatalogSnapshotPtr> m_build;
    QList<ResultChunk> m_chunks;
    PgError m_error;
    CatalogSnapshotPtr m_snapshot;
    QElapsedTimer m_timer;
    qint64 m_lastReadMs = -1;
    quint64 m_generation = 0; // bumped by cancel() so a build in flight is dropped
    quint64 m_buildGeneration = 0;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace Pixetric
