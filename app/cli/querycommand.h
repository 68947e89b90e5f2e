#pragma once

#include "connectionparams.h"
#include "fdwriter.h"
#include "pgconnection.h"
#include "resultformatter.h"
#include "statementsplitter.h"

#include <QEventLoop>
#include <QObject>

#include <optional>

namespace Pixetric::Cli {

// "pixetric query CONNINFO SQL [--format csv|tsv|json]". The statements run on one
// PgConnection, the GUI's own client: rows come from the database I/O thread in chunks, each
// chunk is formatted into one reused buffer and written to standard output in large blocks.
// The connection stops reading from the server while chunks wait here (setMaxChunksInFlight),
// so a slow reader on the other end of a pipe slows the server down instead of filling memory.
// Thread affinity: the main thread, inside a QCoreApplication; run() spins its own event loop.
class QueryCommand : public QObject
{
    Q_OBJECT
public:
    struct Arguments
    {
        QString conninfo;
        QString sql;
        ExportFormat format = ExportFormat::Csv;
    };

    // The whole command for the arguments after "query"; returns the process exit code.
    static int run(const QStringList &args);
    // Parses the arguments after "query". Returns an exit code when the command must end here
    // (--help, or a usage error already printed), or -1 to go on with *out filled in.
    static int parseArguments(const QStringList &args, Arguments *out);
    static QString help();
    // One line for "pixetric --help".
    static QString summary();

private:
    QueryCommand(const Arguments &args, const ConnectionParams &params, const QList<SqlStatement> &statements);
    int exec();

    void onOpened();
    void onOpenFailed(const Pixetric::PgError &error);
    void onResultStarted(quint64 runId, int statementIndex, const Pixetric::ResultColumns &columns);
    void onRows(quint64 runId, int statementIndex, const Pixetric::ResultChunk &rows);
    void onStatementFinished(quint64 runId, const Pixetric::StatementOutcome &outcome);
    void onRunFinished(quint64 runId, bool ok);
    void onConnectionLost(const Pixetric::PgError &error);
    void onNotice(const Pixetric::PgNotice &notice);
    void onInterrupted();

    void reportStatementError(const Pixetric::StatementOutcome &outcome);
    QString errorLocation(const Pixetric::PgError &error, int statementIndex) const;
    // Writes the buffer out; false when standard output is gone or failed (and finish() ran).
    bool flush();
    void finish(int exitCode);

    Arguments m_args;
    ConnectionParams m_params;
    QList<SqlStatement> m_statements;
    PgConnection m_connection;
    QEventLoop m_loop;
    FdWriter m_stdout;
    QByteArray m_buffer;
    std::optional<ResultFormatter> m_formatter; // the result being written, if any
    int m_resultsWritten = 0;
    bool m_errorReported = false;
    bool m_interrupted = false;
    bool m_done = false;
};

} // namespace Pixetric::Cli
