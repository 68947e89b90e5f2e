#include "pgconnection.h"

#include "pgiothread.h"
#include "pgworker_p.h"

#include <QMetaObject>

#include <libpq-fe.h>

namespace Pixetric {

void registerPgMetaTypes()
{
    qRegisterMetaType<PgError>();
    qRegisterMetaType<TransactionStatus>();
    qRegisterMetaType<ColumnInfo>();
    qRegisterMetaType<ResultColumns>();
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<PgNotice>();
    qRegisterMetaType<PgNotification>();
    qRegisterMetaType<StatementOutcome>();
    qRegisterMetaType<ResultChunk>();
    qRegisterMetaType<ConnectionParams>();
}

PgConnection::PgConnection(QObject *parent)
    : QObject(parent), m_flow(std::make_shared<PgFlowControl>())
{
    registerPgMetaTypes();
    m_worker = new PgWorker(m_flow);
    m_worker->moveToThread(PgIoThread::thread());

    connect(m_worker, &PgWorker::opened, this, [this](const ServerInfo &info) {
        m_serverInfo = info;
        setState(m_pendingRuns > 0 ? State::Busy : State::Ready);
        Q_EMIT opened(info);
    });
    connect(m_worker, &PgWorker::openFailed, this, [this](const PgError &error) {
        m_pendingRuns = 0;
        setState(State::Failed);
        Q_EMIT openFailed(error);
    });
    connect(m_worker, &PgWorker::connectionLost, this, [this](const PgError &error) {
        m_pendingRuns = 0;
        m_txStatus = TransactionStatus::Unknown;
        setState(State::Failed);
        Q_EMIT transactionStatusChanged(m_txStatus);
        Q_EMIT connectionLost(error);
    });
    connect(m_worker, &PgWorker::closed, this, [this] {
        m_pendingRuns = 0;
        setState(State::Disconnected);
    });
    connect(m_worker, &PgWorker::resultStarted, this, &PgConnection::resultStarted);
    connect(m_worker, &PgWorker::rowsArrived, this, &PgConnection::onChunk);
    connect(m_worker, &PgWorker::statementFinished, this, &PgConnection::statementFinished);
    connect(m_worker, &PgWorker::runFinished, this, [this](quint64 runId, bool ok) {
        m_pendingRuns = qMax(0, m_pendingRuns - 1);
        if (m_pendingRuns == 0 && m_state == State::Busy)
            setState(State::Ready);
        Q_EMIT runFinished(runId, ok);
    });
    connect(m_worker, &PgWorker::noticeReceived, this, &PgConnection::noticeReceived);
    connect(m_worker, &PgWorker::notificationReceived, this, &PgConnection::notificationReceived);
    connect(m_worker, &PgWorker::transactionStatusChanged, this, [this](TransactionStatus status) {
        m_txStatus = status;
        Q_EMIT transactionStatusChanged(status);
    });
}

PgConnection::~PgConnection()
{
    // Stop deliveries to this object, then let the worker close the session on its thread.
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->deleteLater();
}

void PgConnection::open(const ConnectionParams &params)
{
    m_params = params;
    m_serverInfo = ServerInfo();
    m_pendingRuns = 0;
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, params] { w->open(params); });
}

void PgConnection::reopen()
{
    open(m_params);
}

void PgConnection::close()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); });
}

quint64 PgConnection::execute(const QStringList &statements, const QList<QByteArray> &parameters)
{
    PgRun run;
    run.statements = statements;
    run.parameters = parameters;
    return submit(std::move(run));
}

quint64 PgConnection::execute(const QString &statement, const QList<QByteArray> &parameters)
{
    return execute(QStringList{statement}, parameters);
}

quint64 PgConnection::executeWhole(const QString &statement)
{
    PgRun run;
    run.statements = {statement};
    run.whole = true;
    return submit(std::move(run));
}

quint64 PgConnection::submit(PgRun run)
{
    run.id = m_nextRunId++;
    ++m_pendingRuns;
    if (m_state == State::Ready)
        setState(State::Busy);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, run] { w->enqueue(run); });
    return run.id;
}

void PgConnection::cancel()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancel(); });
}

void PgConnection::setMaxChunksInFlight(int chunks)
{
    m_flow->maxInFlight.store(qMax(1, chunks));
}

int PgConnection::chunksInFlight() const
{
    return m_flow->inFlight.load();
}

int PgConnection::libraryVersion()
{
    return PQlibVersion();
}

void PgConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PgConnection::onChunk(quint64 runId, int statementIndex, const ResultChunk &rows)
{
    Q_EMIT rowsArrived(runId, statementIndex, rows);
    const int left = m_flow->inFlight.fetch_sub(1) - 1;
    if (m_flow->paused.load() && left <= m_flow->maxInFlight.load() / 2)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->resume(); });
}

} // namespace Pixetric
