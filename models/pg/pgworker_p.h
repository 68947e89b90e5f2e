#pragma once

// Private to the pg library: the half of a PgConnection that lives on the I/O thread.

#include "connectionparams.h"
#include "pgtypes.h"
#include "resultchunk.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace Pixetric {

// Shared between a PgConnection and its worker: chunks emitted but not yet handled.
struct PgFlowControl
{
    std::atomic<int> inFlight{0};
    std::atomic<int> maxInFlight{8};
    std::atomic<bool> paused{false};
};

struct PgRun
{
    quint64 id = 0;
    QStringList statements;
    QList<QByteArray> parameters;
    bool whole = false; // results read whole, not row by row (PgConnection::executeWhole)
};

// Thread affinity: the I/O thread. Owned by its PgConnection, deleted with deleteLater().
class PgWorker : public QObject
{
    Q_OBJECT
public:
    explicit PgWorker(std::shared_ptr<PgFlowControl> flow);
    ~PgWorker() override;

    void open(const Pixetric::ConnectionParams &params);
    void close();
    void enqueue(const Pixetric::PgRun &run);
    void cancel();
    void resume();

Q_SIGNALS:
    void opened(const Pixetric::ServerInfo &info);
    void openFailed(const Pixetric::PgError &error);
    void connectionLost(const Pixetric::PgError &error);
    void closed();
    void runStarted(quint64 runId);
    void resultStarted(quint64 runId, int statementIndex, const Pixetric::ResultColumns &columns);
    void rowsArrived(quint64 runId, int statementIndex, const Pixetric::ResultChunk &rows);
    void statementFinished(quint64 runId, const Pixetric::StatementOutcome &outcome);
    void runFinished(quint64 runId, bool ok);
    void noticeReceived(const Pixetric::PgNotice &notice);
    void notificationReceived(const Pixetric::PgNotification &notification);
    void transactionStatusChanged(Pixetric::TransactionStatus status);

private:
    enum class Phase { Closed, Connecting, Idle, Running };

    static void noticeThunk(void *self, const PGresult *result);

    void continueConnect();
    void connectFailed(PgError error);
    void connectionEstablished();
    void watchSocket(bool read, bool write);
    void dropSocket();
    void onReadable();
    void onWritable();
    void startNextStatement();
    void flushOutgoing();
    void readResults();
    void drainCopyOut();
    void handleResult(PGresult *result);
    void startResult(const PGresult *result);
    void appendRows(const PGresult *result);
    void emitChunk();
    void finishStatement();
    void finishRun(bool ok);
    void connectionBroke();
    void deliverNotifications();
    void reportTransactionStatus();
    void finishConnection();

    PGconn *m_conn = nullptr;
    Phase m_phase = Phase::Closed;
    std::shared_ptr<PgFlowControl> m_flow;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    qintptr m_socket = -1;
    QTimer m_connectTimer{this}; // parented, so moveToThread() takes it along
    bool m_paused = false;

    QQueue<PgRun> m_queue;
    PgRun m_run;
    bool m_hasRun = false;
    int m_statementIndex = 0;
    bool m_cancelRequested = false;
    bool m_inCopyOut = false;

    // The statement in progress.
    StatementOutcome m_outcome;
    QElapsedTimer m_statementTimer;
    QElapsedTimer m_sinceEmit;
    bool m_resultStarted = false;
    int m_columnCount = 0;
    ResultChunk m_chunk;
    int m_chunkTarget = 64;
    bool m_firstChunkSent = false;

    TransactionStatus m_reportedTx = TransactionStatus::Unknown;
};

} // namespace Pixetric
