#pragma once

#include "connectionparams.h"
#include "pgerror.h"
#include "pgtypes.h"
#include "resultchunk.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Pixetric {

class PgConnection;

// A blocking face on PgConnection for the fabric's own short statements (backup mode, LSNs,
// activity checks). libpq still runs non-blocking on the I/O thread; this object waits for the
// answer in a local event loop.
//
// Thread affinity: create, use and destroy on one thread that is NOT the GUI thread (a worker
// thread or a command-line program), because it waits.
class PgSession
{
public:
    PgSession();
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    // Connects; false with error() set on failure.
    bool open(const ConnectionParams &params, int timeoutMs = 30000);
    bool isOpen() const;
    void close();

    // Runs one statement; its rows as text (NULL as a null QString). False with error() set.
    bool query(const QString &sql, QList<QStringList> *rows = nullptr, int timeoutMs = 120000);
    // Runs one statement with parameters ($1, $2, …; a null QByteArray is NULL), text rows.
    bool query(const QString &sql, const QList<QByteArray> &parameters, QList<QStringList> *rows, int timeoutMs = 120000);
    // Runs one statement; its columns (names and types) and its rows as the chunks of text
    // the connection received them in, for readers of large results. False with error() set.
    bool query(const QString &sql, ResultColumns *columns, QList<ResultChunk> *chunks, int timeoutMs = 120000);
    // The first column of the first row, or a null string (error() tells failures apart).
    QString value(const QString &sql, int timeoutMs = 120000);

    const PgError &error() const { return m_error; }
    QString errorText() const;

    // How the last statement ended: command tag, rows affected, time from send to answer.
    const StatementOutcome &lastOutcome() const { return m_outcome; }

private:
    bool wait(const std::function<quint64()> &start, ResultColumns *columns, QList<ResultChunk> *chunks, int timeoutMs);

    std::unique_ptr<PgConnection> m_connection;
    StatementOutcome m_outcome;
    PgError m_error;
};

} // namespace Pixetric
