#include "catalogreader.h"

#include "logging.h"
#include "pgconnection.h"
#include "statementsplitter.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Pixetric {

namespace {

// The statements of resources/sql/completion_catalog.sql: session settings, then the query
// whose rows make the snapshot. Read once: the resource never changes while the program runs.
QStringList catalogStatements()
{
    static const QStringList statements = [] {
        QStringList list;
        QFile file(QStringLiteral(":/sql/completion_catalog.sql"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        for (const SqlStatement &s : StatementSplitter::split(QString::fromUtf8(file.readAll())).statements)
            list << s.text;
        return list;
    }();
    return statements;
}

} // namespace

CatalogReader::CatalogReader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<CatalogSnapshotPtr>();
    connect(&m_build, &QFutureWatcher<CatalogSnapshotPtr>::finished, this, &CatalogReader::onBuilt);
}

CatalogReader::~CatalogReader()
{
    // A build still running owns its own copy of the rows: it finishes on its pool thread and
    // its result is dropped, without making this thread wait.
    disconnect(&m_build, nullptr, this, nullptr);
}

void CatalogReader::setConnectionParams(const ConnectionParams &params)
{
    m_params = params;
    if (!m_params.contains(QStringLiteral("application_name")))
        m_params.set(QStringLiteral("application_name"), QStringLiteral("Pixetric Studio (completion)"));
}

void CatalogReader::refresh()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    startRead();
}

void CatalogReader::cancel()
{
    if (!m_reading)
        return;
    ++m_generation;
    m_readAgain = false;
    dropSession();
    finishRead();
}

void CatalogReader::startRead()
{
    m_reading = true;
    m_readAgain = false;
    m_error = PgError();
    m_chunks.clear();
    m_timer.start();
    Q_EMIT readingChanged(true);

    const QStringList statements = catalogStatements();
    if (statements.isEmpty()) {
        fail(PgError::client(tr("The catalog query is missing from this build.")));
        return;
    }
    if (m_params.isEmpty()) {
        fail(PgError::client(tr("No database to read the catalog from.")));
        return;
    }

    m_session = std::make_unique<PgConnection>();
    // Rows are only collected here; a larger window keeps the I/O thread from pausing while
    // this thread is busy painting.
    m_session->setMaxChunksInFlight(64);
    PgConnection *session = m_session.get();
    const int queryIndex = int(statements.size()) - 1;
    connect(session, &PgConnection::rowsArrived, this, [this, queryIndex](quint64, int statementIndex, const ResultChunk &rows) {
        if (statementIndex == queryIndex)
            m_chunks.append(rows); // implicitly shared: no copy of the row data
    });
    connect(session, &PgConnection::statementFinished, this, [this](quint64, const StatementOutcome &outcome) {
        if (outcome.error && !m_error)
            m_error = outcome.error;
    });
    connect(session, &PgConnection::runFinished, this, [this](quint64, bool ok) { onRunFinished(ok); });
    connect(session, &PgConnection::openFailed, this, &CatalogReader::fail);
    connect(session, &PgConnection::connectionLost, this, &CatalogReader::fail);
    session->open(m_params);
    session->execute(statements);
}

void CatalogReader::onRunFinished(bool ok)
{
    if (!m_reading || !m_session)
        return;
    dropSession();
    if (!ok || m_error) {
        fail(m_error ? m_error : PgError::client(tr("Reading the catalog did not finish.")));
        return;
    }
    // Building indexes over tens of thousands of rows takes a while: off this thread.
    const QList<ResultChunk> chunks = std::exchange(m_chunks, {});
    m_buildGeneration = m_generation;
    m_build.setFuture(QtConcurrent::run([chunks] { return CatalogSnapshot::fromRows(chunks); }));
}

void CatalogReader::onBuilt()
{
    if (!m_reading || m_buildGeneration != m_generation)
        return;
    m_snapshot = m_build.result();
    m_lastReadMs = m_timer.elapsed();
    qCInfo(lcPg) << "catalog read:" << m_snapshot->relations().size() << "relations,"
                 << m_snapshot->functions().size() << "functions in" << m_lastReadMs << "ms";
    const bool again = m_readAgain;
    finishRead();
    Q_EMIT snapshotReady(m_snapshot);
    if (again)
        refresh();
}

void CatalogReader::fail(const PgError &error)
{
    if (!m_reading)
        return;
    dropSession();
    const bool again = m_readAgain;
    finishRead();
    Q_EMIT readFailed(error);
    if (again)
        refresh();
}

void CatalogReader::finishRead()
{
    m_reading = false;
    m_readAgain = false;
    m_chunks.clear();
    Q_EMIT readingChanged(false);
}

void CatalogReader::dropSession()
{
    if (!m_session)
        return;
    // Called from the session's own signals: delete it once they have returned. Its signals
    // must not reach a later read; cancel() is a no-op when nothing runs.
    PgConnection *session = m_session.release();
    disconnect(session, nullptr, this, nullptr);
    session->cancel();
    session->deleteLater();
}

} // namespace Pixetric
