#include "pgsession.h"

#include "pgconnection.h"

#include <QEventLoop>
#include <QTimer>

namespace Pixetric {

namespace {

void appendRows(const QList<ResultChunk> &chunks, QList<QStringList> *rows)
{
    for (const ResultChunk &chunk : chunks) {
        for (int r = 0; r < chunk.rowCount(); ++r) {
            QStringList row;
            row.reserve(chunk.columnCount());
            for (int c = 0; c < chunk.columnCount(); ++c) {
                const QByteArrayView value = chunk.value(r, c);
                row << (chunk.isNull(r, c) ? QString() : QString::fromUtf8(value.data(), value.size()));
            }
            rows->append(row);
        }
    }
}

} // namespace

PgSession::PgSession() = default;
PgSession::~PgSession() = default;

bool PgSession::open(const ConnectionParams &params, int timeoutMs)
{
    registerPgMetaTypes();
    m_connection = std::make_unique<PgConnection>();
    m_error = {};
    QEventLoop loop;
    bool ok = false;
    QObject::connect(m_connection.get(), &PgConnection::opened, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(m_connection.get(), &PgConnection::openFailed, &loop, [&](const PgError &error) {
        m_error = error;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        m_error.kind = PgError::Kind::Connection;
        m_error.message = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        loop.quit();
    });
    m_connection->open(params);
    loop.exec();
    if (!ok)
        m_connection.reset();
    return ok;
}

bool PgSession::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

void PgSession::close()
{
    m_connection.reset();
}

bool PgSession::query(const QString &sql, QList<QStringList> *rows, int timeoutMs)
{
    QList<ResultChunk> chunks;
    const bool ok = query(sql, nullptr, rows ? &chunks : nullptr, timeoutMs);
    if (rows)
        appendRows(chunks, rows);
    return ok;
}

bool PgSession::query(const QString &sql, const QList<QByteArray> &parameters, QList<QStringList> *rows, int timeoutMs)
{
    QList<ResultChunk> chunks;
    const bool ok = wait([&] { return m_connection->execute(sql, parameters); }, nullptr, rows ? &chunks : nullptr, timeoutMs);
    if (rows)
        appendRows(chunks, rows);
    return ok;
}

bool PgSession::query(const QString &sql, ResultColumns *columns, QList<ResultChunk> *chunks, int timeoutMs)
{
    return wait([&] { return m_connection->executeWhole(sql); }, columns, chunks, timeoutMs);
}

bool PgSession::wait(const std::function<quint64()> &start, ResultColumns *columns, QList<ResultChunk> *chunks, int timeoutMs)
{
    m_error = {};
    m_outcome = {};
    if (!isOpen()) {
        m_error.kind = PgError::Kind::Client;
        m_error.message = QStringLiteral("not connected");
        return false;
    }
    QEventLoop loop;
    bool ok = false;
    const quint64 run = start();
    QObject::connect(m_connection.get(), &PgConnection::resultStarted, &loop,
                     [&](quint64 runId, int, const ResultColumns &started) {
                         if (runId == run && columns)
                             *columns = started;
                     });
    QObject::connect(m_connection.get(), &PgConnection::rowsArrived, &loop,
                     [&](quint64 runId, int, const ResultChunk &chunk) {
                         if (runId == run && chunks)
                             chunks->append(chunk);
                     });
    QObject::connect(m_connection.get(), &PgConnection::statementFinished, &loop,
                     [&](quint64 runId, const StatementOutcome &outcome) {
                         if (runId != run)
                             return;
                         m_outcome = outcome;
                         if (outcome.error.isError())
                             m_error = outcome.error;
                     });
    QObject::connect(m_connection.get(), &PgConnection::connectionLost, &loop, [&](const PgError &error) {
        m_error = error;
        loop.quit();
    });
    QObject::connect(m_connection.get(), &PgConnection::runFinished, &loop, [&](quint64 runId, bool finishedOk) {
        if (runId != run)
            return;
        ok = finishedOk && !m_error.isError();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        m_connection->cancel();
        m_error.kind = PgError::Kind::Cancelled;
        m_error.message = QStringLiteral("no answer after %1 ms").arg(timeoutMs);
        loop.quit();
    });
    loop.exec();
    return ok;
}

QString PgSession::value(const QString &sql, int timeoutMs)
{
    QList<QStringList> rows;
    if (!query(sql, &rows, timeoutMs) || rows.isEmpty() || rows.first().isEmpty())
        return {};
    return rows.first().first();
}

QString PgSession::errorText() const
{
    QString text = m_error.message;
    if (!m_error.detail.isEmpty())
        text += QStringLiteral(" (") + m_error.detail + QLatin1Char(')');
    return text;
}

} // namespace Pixetric
