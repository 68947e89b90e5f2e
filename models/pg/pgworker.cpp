#include "pgworker_p.h"

#include "logging.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <libpq-fe.h>

namespace Pixetric {

namespace {

constexpr int MaxChunkRows = 4096;
constexpr qsizetype MaxChunkBytes = 1 << 20;
constexpr int FlushIntervalMs = 30;
constexpr const char *QueryCanceledState = "57014";

QString field(const PGresult *result, int code)
{
    const char *value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

PgError errorFromResult(const PGresult *result)
{
    PgError e;
    e.kind = PgError::Kind::Server;
    e.severity = field(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (e.severity.isEmpty())
        e.severity = field(result, PG_DIAG_SEVERITY);
    e.sqlState = field(result, PG_DIAG_SQLSTATE);
    e.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    e.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(result, PG_DIAG_MESSAGE_HINT);
    e.context = field(result, PG_DIAG_CONTEXT);
    e.position = field(result, PG_DIAG_STATEMENT_POSITION).toInt();
    e.internalPosition = field(result, PG_DIAG_INTERNAL_POSITION).toInt();
    e.internalQuery = field(result, PG_DIAG_INTERNAL_QUERY);
    e.schemaName = field(result, PG_DIAG_SCHEMA_NAME);
    e.tableName = field(result, PG_DIAG_TABLE_NAME);
    e.columnName = field(result, PG_DIAG_COLUMN_NAME);
    e.dataTypeName = field(result, PG_DIAG_DATATYPE_NAME);
    e.constraintName = field(result, PG_DIAG_CONSTRAINT_NAME);
    e.sourceFile = field(result, PG_DIAG_SOURCE_FILE);
    e.sourceLine = field(result, PG_DIAG_SOURCE_LINE);
    e.sourceFunction = field(result, PG_DIAG_SOURCE_FUNCTION);
    return e;
}

// libpq's connection messages are precise but say nothing about what to do; add that.
QString connectionHint(const QString &message)
{
    const auto has = [&](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied")
        || has("authentication failed"))
        return QCoreApplication::translate("PgConnection", "Check the user name and password.");
    if (has("Connection refused"))
        return QCoreApplication::translate("PgConnection",
            "Check that the server is running and accepts TCP/IP connections on this host and port.");
    if (has("could not translate host name") || has("Name or service not known"))
        return QCoreApplication::translate("PgConnection", "Check the host name.");
    if (has("timeout expired") || has("timed out"))
        return QCoreApplication::translate("PgConnection",
            "The server did not answer in time. Check the host, the port and any firewall in between.");
    if (has("SSL") || has("certificate") || has("GSSAPI"))
        return QCoreApplication::translate("PgConnection",
            "Check the TLS mode (sslmode) and certificates; the server may not support TLS or may require it.");
    if (has("does not exist"))
        return QCoreApplication::translate("PgConnection", "Check the database and user names.");
    if (has("No such file or directory") && has("socket"))
        return QCoreApplication::translate("PgConnection",
            "No server listens on that Unix socket. Check the host (socket directory) and port.");
    if (has("too many clients") || has("remaining connection slots"))
        return QCoreApplication::translate("PgConnection",
            "The server has no free connection slots. Close idle sessions or raise max_connections.");
    return {};
}

PgError connectionError(PGconn *conn, PgError::Kind kind)
{
    PgError e;
    e.kind = kind;
    e.message = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed()
                     : QCoreApplication::translate("PgConnection", "Out of memory while connecting.");
    e.hint = connectionHint(e.message);
    if (kind == PgError::Kind::ConnectionLost && e.hint.isEmpty())
        e.hint = QCoreApplication::translate("PgConnection",
            "The connection to the server was lost. Reconnect to continue; check the server log if it keeps happening.");
    return e;
}

TransactionStatus toTransactionStatus(PGTransactionStatusType status)
{
    switch (status) {
    case PQTRANS_IDLE: return TransactionStatus::Idle;
    case PQTRANS_ACTIVE: return TransactionStatus::Active;
    case PQTRANS_INTRANS: return TransactionStatus::InTransaction;
    case PQTRANS_INERROR: return TransactionStatus::InError;
    case PQTRANS_UNKNOWN: break;
    }
    return TransactionStatus::Unknown;
}

} // namespace

PgWorker::PgWorker(std::shared_ptr<PgFlowControl> flow) : m_flow(std::move(flow))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        PgError e;
        e.kind = PgError::Kind::Connection;
        e.message = QCoreApplication::translate("PgConnection", "Connecting timed out.");
        e.hint = connectionHint(QStringLiteral("timeout expired"));
        connectFailed(e);
    });
}

PgWorker::~PgWorker()
{
    finishConnection();
}

void PgWorker::finishConnection()
{
    dropSocket();
    m_connectTimer.stop();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_phase = Phase::Closed;
}

void PgWorker::open(const ConnectionParams &params)
{
    finishConnection();
    m_queue.clear();
    m_hasRun = false;

    ConnectionParams p = params;
    p.set(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));
    if (!p.contains(QStringLiteral("application_name")))
        p.set(QStringLiteral("fallback_application_name"), QStringLiteral("Pixetric Studio"));
    int timeoutSeconds = p.value(QStringLiteral("connect_timeout")).toInt();
    if (timeoutSeconds <= 0)
        timeoutSeconds = 15;

    QList<QByteArray> keys, values;
    for (const auto &[key, value] : p.pairs()) {
        keys << key.toUtf8();
        values << value.toUtf8();
    }
    std::vector<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);

    m_conn = PQconnectStartParams(k.data(), v.data(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        connectFailed(connectionError(m_conn, PgError::Kind::Connection));
        return;
    }
    m_phase = Phase::Connecting;
    m_connectTimer.start(timeoutSeconds * 1000);
    // libpq: after PQconnectStart, behave as if PQconnectPoll returned PGRES_POLLING_WRITING.
    watchSocket(false, true);
}

void PgWorker::close()
{
    while (!m_queue.isEmpty())
        Q_EMIT runFinished(m_queue.dequeue().id, false);
    if (m_phase == Phase::Running)
        finishRun(false);
    finishConnection();
    Q_EMIT closed();
}

void PgWorker::watchSocket(bool read, bool write)
{
    const qintptr fd = m_conn ? PQsocket(m_conn) : -1;
    if (fd != m_socket) {
        dropSocket();
        if (fd < 0)
            return;
        m_socket = fd;
        m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgWorker::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgWorker::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void PgWorker::dropSocket()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = m_writeNotifier = nullptr;
    m_socket = -1;
}

void PgWorker::continueConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        watchSocket(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(false, true);
        return;
    case PGRES_POLLING_OK:
        connectionEstablished();
        return;
    case PGRES_POLLING_FAILED:
    default:
        connectFailed(connectionError(m_conn, PgError::Kind::Connection));
        return;
    }
}

void PgWorker::connectFailed(PgError error)
{
    qCInfo(lcPg) << "connect failed:" << error.message;
    finishConnection();
    Q_EMIT openFailed(error);
}

void PgWorker::connectionEstablished()
{
    m_connectTimer.stop();
    PQsetnonblocking(m_conn, 1);
    PQsetNoticeReceiver(m_conn, &PgWorker::noticeThunk, this);

    ServerInfo info;
    info.serverVersion = PQserverVersion(m_conn);
    const char *versionText = PQparameterStatus(m_conn, "server_version");
    info.serverVersionText = versionText ? QString::fromUtf8(versionText) : QString();
    info.host = QString::fromUtf8(PQhost(m_conn));
    info.port = QString::fromUtf8(PQport(m_conn));
    info.database = QString::fromUtf8(PQdb(m_conn));
    info.user = QString::fromUtf8(PQuser(m_conn));
    info.backendPid = PQbackendPID(m_conn);
    info.tls.inUse = PQsslInUse(m_conn);
    if (info.tls.inUse) {
        info.tls.protocol = QString::fromUtf8(PQsslAttribute(m_conn, "protocol"));
        info.tls.cipher = QString::fromUtf8(PQsslAttribute(m_conn, "cipher"));
        info.tls.keyBits = QByteArray(PQsslAttribute(m_conn, "key_bits")).toInt();
    }
    m_phase = Phase::Idle;
    watchSocket(true, false);
    Q_EMIT opened(info);
    reportTransactionStatus();
    if (!m_queue.isEmpty())
        startNextStatement();
}

void PgWorker::enqueue(const PgRun &run)
{
    m_queue.enqueue(run);
    if (m_phase == Phase::Idle)
        startNextStatement();
    else if (m_phase == Phase::Closed) {
        while (!m_queue.isEmpty()) {
            const PgRun r = m_queue.dequeue();
            StatementOutcome o;
            o.error = PgError::client(QCoreApplication::translate("PgConnection", "Not connected."),
                                      QCoreApplication::translate("PgConnection", "Connect to a server first."));
            Q_EMIT statementFinished(r.id, o);
            Q_EMIT runFinished(r.id, false);
        }
    }
}

void PgWorker::cancel()
{
    while (!m_queue.isEmpty())
        Q_EMIT runFinished(m_queue.dequeue().id, false);
    if (m_phase != Phase::Running || !m_conn)
        return;
    m_cancelRequested = true;
    PGcancel *handle = PQgetCancel(m_conn);
    if (!handle)
        return;
    // PQcancel opens its own connection and blocks; keep it off the I/O thread.
    QThreadPool::globalInstance()->start([handle] {
        char message[256] = {};
        if (!PQcancel(handle, message, sizeof message))
            qCWarning(lcPg) << "cancel request failed:" << message;
        PQfreeCancel(handle);
    });
}

void PgWorker::resume()
{
    m_flow->paused.store(false);
    if (!m_paused)
        return;
    m_paused = false;
    if (m_phase == Phase::Running) {
        watchSocket(true, false);
        readResults();
    }
}

void PgWorker::startNextStatement()
{
    if (!m_hasRun) {
        if (m_queue.isEmpty()) {
            m_phase = Phase::Idle;
            watchSocket(true, false);
            return;
        }
        m_run = m_queue.dequeue();
        m_hasRun = true;
        m_statementIndex = 0;
        m_cancelRequested = false;
        Q_EMIT runStarted(m_run.id);
    }
    if (m_statementIndex >= m_run.statements.size()) {
        finishRun(true);
        return;
    }

    m_phase = Phase::Running;
    m_outcome = StatementOutcome();
    m_outcome.statementIndex = m_statementIndex;
    m_resultStarted = false;
    m_columnCount = 0;
    m_chunkTarget = 64;
    m_firstChunkSent = false;
    m_inCopyOut = false;

    if (m_cancelRequested) {
        m_outcome.error.kind = PgError::Kind::Cancelled;
        m_outcome.error.message = QCoreApplication::translate("PgConnection", "The statement was cancelled before it started.");
        finishStatement();
        return;
    }

    const QByteArray sql = m_run.statements.at(m_statementIndex).toUtf8();
    int sent = 0;
    if (m_run.parameters.isEmpty()) {
        sent = PQsendQuery(m_conn, sql.constData());
    } else {
        std::vector<const char *> values;
        std::vector<int> lengths;
        for (const QByteArray &p : m_run.parameters) {
            values.push_back(p.isNull() ? nullptr : p.constData());
            lengths.push_back(int(p.size()));
        }
        sent = PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr,
                                 values.data(), lengths.data(), nullptr, 0);
    }
    if (!sent) {
        if (PQstatus(m_conn) == CONNECTION_BAD) {
            connectionBroke();
            return;
        }
        m_outcome.error = PgError::client(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        finishStatement();
        return;
    }
    if (!m_run.whole) {
#ifdef LIBPQ_HAS_CHUNK_MODE
        // Small enough that the first rows of a slow query show at once (libpq hands over a
        // chunk only when it is full), large enough to save most of single-row mode's per-row cost.
        PQsetChunkedRowsMode(m_conn, 64);
#else
        PQsetSingleRowMode(m_conn);
#endif
    }
    m_statementTimer.start();
    m_sinceEmit.start();
    reportTransactionStatus(); // Active while the statement runs
    flushOutgoing();
}

void PgWorker::flushOutgoing()
{
    const int r = PQflush(m_conn);
    if (r < 0) {
        connectionBroke();
        return;
    }
    watchSocket(!m_paused, r == 1);
}

void PgWorker::onWritable()
{
    if (m_phase == Phase::Connecting)
        continueConnect();
    else if (m_phase == Phase::Running)
        flushOutgoing();
}

void PgWorker::onReadable()
{
    if (m_phase == Phase::Connecting) {
        continueConnect();
        return;
    }
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn)) {
        connectionBroke();
        return;
    }
    if (m_phase == Phase::Running)
        readResults();
    deliverNotifications();
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        connectionBroke();
}

void PgWorker::readResults()
{
    while (m_conn && m_phase == Phase::Running && !m_paused) {
        if (m_inCopyOut) {
            drainCopyOut();
            if (m_inCopyOut)
                break; // waiting for more copy data
            continue;
        }
        if (PQisBusy(m_conn))
            break;
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            finishStatement();
            return; // the next statement was sent, or the run ended
        }
        handleResult(result);
        PQclear(result);
    }
    // The socket is drained for now: show what has arrived without waiting for a full chunk.
    if (m_chunk.rowCount() > 0 && (!m_firstChunkSent || m_sinceEmit.elapsed() >= FlushIntervalMs))
        emitChunk();
}

void PgWorker::drainCopyOut()
{
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(m_conn, &buffer, 1);
        if (length > 0) {
            int n = length;
            if (n > 0 && buffer[n - 1] == '\n')
                --n;
            m_chunk.appendValue(buffer, n);
            PQfreemem(buffer);
            ++m_outcome.rowsReturned;
            if (m_chunk.rowCount() >= m_chunkTarget || m_chunk.textSize() >= MaxChunkBytes) {
                emitChunk();
                if (m_paused)
                    return;
            }
            continue;
        }
        if (length == 0)
            return; // no complete row yet
        m_inCopyOut = false; // -1: done, -2: error; PQgetResult tells which
        return;
    }
}

void PgWorker::handleResult(PGresult *result)
{
    switch (PQresultStatus(result)) {
#ifdef LIBPQ_HAS_CHUNK_MODE
    case PGRES_TUPLES_CHUNK:
#endif
    case PGRES_SINGLE_TUPLE:
    case PGRES_TUPLES_OK:
        if (!m_resultStarted)
            startResult(result);
        appendRows(result);
        // In chunked mode the last chunk carries the command tag and the final TUPLES_OK has
        // none; in single-row mode it is the other way round.
        if (const char *tag = PQcmdStatus(result); tag && *tag)
            m_outcome.commandTag = QString::fromUtf8(tag);
        break;
    case PGRES_COMMAND_OK:
        m_outcome.commandTag = QString::fromUtf8(PQcmdStatus(result));
        if (const char *n = PQcmdTuples(result); n && *n)
            m_outcome.rowsAffected = QByteArray(n).toLongLong();
        break;
    case PGRES_EMPTY_QUERY:
        break;
    case PGRES_COPY_OUT: {
        // Show COPY … TO STDOUT as one text column, one line per row.
        m_resultStarted = true;
        m_outcome.returnedRows = true;
        m_columnCount = 1;
        m_chunk = ResultChunk(1);
        ColumnInfo column;
        column.name = QStringLiteral("COPY");
        column.typeOid = TypeOid::Text;
        Q_EMIT resultStarted(m_run.id, m_statementIndex, {column});
        m_inCopyOut = true;
        break;
    }
    case PGRES_COPY_IN:
        PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here: use COPY FROM a server file, "
                             "or psql's \\copy, or INSERT statements");
        PQflush(m_conn);
        break;
    case PGRES_COPY_BOTH:
        m_outcome.error = PgError::client(QCoreApplication::translate("PgConnection",
            "Replication (COPY BOTH) is not supported in this session."));
        break;
    case PGRES_BAD_RESPONSE:
    case PGRES_NONFATAL_ERROR:
    case PGRES_FATAL_ERROR:
    default:
        if (!m_outcome.error.isError()) {
            m_outcome.error = errorFromResult(result);
            if (m_cancelRequested && m_outcome.error.sqlState == QLatin1String(QueryCanceledState))
                m_outcome.error.kind = PgError::Kind::Cancelled;
        }
        break;
    }
}

void PgWorker::startResult(const PGresult *result)
{
    m_resultStarted = true;
    m_outcome.returnedRows = true;
    m_columnCount = PQnfields(result);
    ResultColumns columns;
    columns.reserve(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i) {
        ColumnInfo c;
        c.name = QString::fromUtf8(PQfname(result, i));
        c.typeOid = PQftype(result, i);
        c.typeModifier = PQfmod(result, i);
        c.tableOid = PQftable(result, i);
        c.tableColumn = PQftablecol(result, i);
        columns << c;
    }
    m_chunk = ResultChunk(m_columnCount);
    Q_EMIT resultStarted(m_run.id, m_statementIndex, columns);
}

void PgWorker::appendRows(const PGresult *result)
{
    const int rows = PQntuples(result);
    for (int r = 0; r < rows; ++r) {
        if (m_columnCount == 0)
            m_chunk.appendEmptyRow();
        for (int c = 0; c < m_columnCount; ++c) {
            if (PQgetisnull(result, r, c))
                m_chunk.appendNull();
            else
                m_chunk.appendValue(PQgetvalue(result, r, c), PQgetlength(result, r, c));
        }
        // libpq's chunks (libpq 17) may hold more rows than ours: cut them to our size.
        if (m_chunk.rowCount() >= m_chunkTarget || m_chunk.textSize() >= MaxChunkBytes)
            emitChunk();
    }
    m_outcome.rowsReturned += rows;
}

void PgWorker::emitChunk()
{
    if (m_chunk.rowCount() == 0)
        return;
    const ResultChunk chunk = m_chunk;
    m_chunkTarget = qMin(m_chunkTarget * 2, MaxChunkRows);
    // Size the next chunk from this one's rows, so buffers do not grow by doubling.
    const qsizetype bytesPerRow = chunk.textSize() / qMax(1, chunk.rowCount());
    m_chunk = ResultChunk(m_columnCount);
    m_chunk.reserve(m_chunkTarget, qMin<qsizetype>(bytesPerRow * m_chunkTarget + bytesPerRow, MaxChunkBytes + bytesPerRow));
    m_firstChunkSent = true;
    m_sinceEmit.restart();
    // Mark the pause before the chunk is posted, so the handler that drains the queue sees it.
    if (m_flow->inFlight.fetch_add(1) + 1 >= m_flow->maxInFlight.load()) {
        m_flow->paused.store(true);
        m_paused = true;
        if (m_readNotifier)
            m_readNotifier->setEnabled(false);
    }
    Q_EMIT rowsArrived(m_run.id, m_statementIndex, chunk);
}

void PgWorker::finishStatement()
{
    emitChunk();
    m_outcome.elapsedMicros = m_statementTimer.isValid() ? m_statementTimer.nsecsElapsed() / 1000 : 0;
    m_statementTimer.invalidate();
    reportTransactionStatus();
    const bool failed = m_outcome.error.isError();
    Q_EMIT statementFinished(m_run.id, m_outcome);
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD) {
        // The statement is reported already; end the run so it is not reported twice.
        const quint64 id = m_run.id;
        m_hasRun = false;
        m_run = PgRun();
        m_phase = Phase::Idle;
        Q_EMIT runFinished(id, false);
        connectionBroke();
        return;
    }
    if (failed) {
        finishRun(false);
        return;
    }
    ++m_statementIndex;
    startNextStatement();
}

void PgWorker::finishRun(bool ok)
{
    const quint64 id = m_run.id;
    m_hasRun = false;
    m_run = PgRun();
    m_phase = m_conn ? Phase::Idle : Phase::Closed;
    Q_EMIT runFinished(id, ok);
    if (m_phase == Phase::Idle)
        startNextStatement();
}

void PgWorker::connectionBroke()
{
    const PgError error = connectionError(m_conn, PgError::Kind::ConnectionLost);
    qCInfo(lcPg) << "connection lost:" << error.message;
    dropSocket();
    if (m_phase == Phase::Running) {
        // A FATAL message that arrived before the socket closed says more than libpq's text.
        if (!m_outcome.error.isError())
            m_outcome.error = error;
        emitChunk();
        m_outcome.elapsedMicros = m_statementTimer.isValid() ? m_statementTimer.nsecsElapsed() / 1000 : 0;
        Q_EMIT statementFinished(m_run.id, m_outcome);
        const quint64 id = m_run.id;
        m_hasRun = false;
        Q_EMIT runFinished(id, false);
    }
    while (!m_queue.isEmpty())
        Q_EMIT runFinished(m_queue.dequeue().id, false);
    finishConnection();
    Q_EMIT connectionLost(error);
}

void PgWorker::deliverNotifications()
{
    if (!m_conn)
        return;
    while (PGnotify *n = PQnotifies(m_conn)) {
        PgNotification notification;
        notification.channel = QString::fromUtf8(n->relname);
        notification.payload = QString::fromUtf8(n->extra);
        notification.senderPid = n->be_pid;
        notification.receivedAt = QDateTime::currentDateTime();
        PQfreemem(n);
        Q_EMIT notificationReceived(notification);
    }
}

void PgWorker::reportTransactionStatus()
{
    if (!m_conn)
        return;
    const TransactionStatus status = toTransactionStatus(PQtransactionStatus(m_conn));
    if (status != m_reportedTx) {
        m_reportedTx = status;
        Q_EMIT transactionStatusChanged(status);
    }
}

void PgWorker::noticeThunk(void *self, const PGresult *result)
{
    auto *worker = static_cast<PgWorker *>(self);
    PgNotice notice;
    notice.severity = field(result, PG_DIAG_SEVERITY);
    notice.sqlState = field(result, PG_DIAG_SQLSTATE);
    notice.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    notice.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    notice.hint = field(result, PG_DIAG_MESSAGE_HINT);
    notice.context = field(result, PG_DIAG_CONTEXT);
    notice.receivedAt = QDateTime::currentDateTime();
    Q_EMIT worker->noticeReceived(notice);
}

} // namespace Pixetric
