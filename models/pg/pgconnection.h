#pragma once

#include "connectionparams.h"
#include "pgtypes.h"
#include "resultchunk.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Pixetric {

class PgWorker;
struct PgRun;
struct PgFlowControl;

// One PostgreSQL session. Every libpq call happens on the shared database I/O thread (see
// PgIoThread); this object forwards requests there and re-emits what comes back, so callers
// never block and never see PGconn or PGresult.
//
// Thread affinity: create, use and destroy on one thread (usually the GUI thread).
// Ownership: owns its worker; destroying the connection closes the session.
class PgConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, Busy, Failed };
    Q_ENUM(State)

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    // Connects. "client_encoding" is always UTF8; "application_name" defaults to
    // "Pixetric Studio"; "connect_timeout" (seconds) defaults to 15.
    void open(const ConnectionParams &params);
    // Reconnects with the parameters of the last open().
    void reopen();
    void close();

    // Queues a run: the statements execute one after the other, each in single-row
    // (libpq < 17) or chunked (libpq >= 17) mode, and the run stops at the first error.
    // Parameters ($1, $2, …; a null QByteArray is SQL NULL) apply to a one-statement run only.
    // Returns the run's id, which every signal about it carries.
    quint64 execute(const QStringList &statements, const QList<QByteArray> &parameters = {});
    quint64 execute(const QString &statement, const QList<QByteArray> &parameters = {});
    // A one-statement run whose result libpq reads whole before the rows are handed on (the
    // same signals, in chunks): for large results that are of use only once complete, it saves
    // the cost per row of single-row mode.
    quint64 executeWhole(const QString &statement);

    // Protocol-level cancel of the running statement; queued runs are dropped.
    void cancel();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Ready || m_state == State::Busy; }
    TransactionStatus transactionStatus() const { return m_txStatus; }
    const ServerInfo &serverInfo() const { return m_serverInfo; }
    const ConnectionParams &params() const { return m_params; }

    // At most this many row chunks are delivered but not yet returned from rowsArrived()
    // handlers before the worker stops reading from the server (back-pressure).
    void setMaxChunksInFlight(int chunks);
    // Chunks the worker has sent that rowsArrived() handlers have not finished with yet.
    int chunksInFlight() const;

    // The libpq version this program runs with, e.g. 150018.
    static int libraryVersion();

Q_SIGNALS:
    void stateChanged(Pixetric::PgConnection::State state);
    void opened(const Pixetric::ServerInfo &info);
    void openFailed(const Pixetric::PgError &error);
    void connectionLost(const Pixetric::PgError &error);
    void resultStarted(quint64 runId, int statementIndex, const Pixetric::ResultColumns &columns);
    void rowsArrived(quint64 runId, int statementIndex, const Pixetric::ResultChunk &rows);
    void statementFinished(quint64 runId, const Pixetric::StatementOutcome &outcome);
    // After the last statement, the first error, a cancel, or a lost connection.
    void runFinished(quint64 runId, bool ok);
    void noticeReceived(const Pixetric::PgNotice &notice);
    void notificationReceived(const Pixetric::PgNotification &notification);
    void transactionStatusChanged(Pixetric::TransactionStatus status);

private:
    void setState(State state);
    quint64 submit(PgRun run);
    void onChunk(quint64 runId, int statementIndex, const Pixetric::ResultChunk &rows);

    PgWorker *m_worker = nullptr; // lives on the I/O thread, deleted there
    std::shared_ptr<PgFlowControl> m_flow;
    ConnectionParams m_params;
    State m_state = State::Disconnected;
    TransactionStatus m_txStatus = TransactionStatus::Unknown;
    ServerInfo m_serverInfo;
    quint64 m_nextRunId = 1;
    int m_pendingRuns = 0;
};

void registerPgMetaTypes();

} // namespace Pixetric
