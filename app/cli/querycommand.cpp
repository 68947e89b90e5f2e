#include "querycommand.h"

#include "clicommands.h"
#include "interruptnotifier.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Pixetric::Cli {

namespace {

// Output is handed to write() in blocks of about this size: large enough that the system call
// cost vanishes next to formatting, small enough to stay in cache.
constexpr qsizetype FlushBytes = 256 * 1024;
// Chunks (up to 4096 rows or 1 MB each) delivered but not yet written before the I/O thread
// stops reading from the server: bounds memory at a few MB whatever the result size.
constexpr int MaxChunksInFlight = 4;

void printError(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

// Lines for the optional parts of a server message, in psql's layout.
QString labelled(const QString &label, const QString &text)
{
    return text.isEmpty() ? QString() : label + QStringLiteral(":  ") + text + QLatin1Char('\n');
}

bool startsOption(const QString &arg)
{
    // An SQL text may begin with "-- comment"; option names never contain white space.
    if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : arg) {
        if (c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QString QueryCommand::summary()
{
    return tr("  query CONNINFO SQL [--format csv|tsv|json]   run SQL and stream the rows to standard output\n");
}

QString QueryCommand::help()
{
    return tr(
        "Usage: pixetric query CONNINFO SQL [--format csv|tsv|json]\n"
        "\n"
        "Runs SQL on a PostgreSQL server and writes the rows to standard output as they arrive,\n"
        "in constant memory, however many rows there are.\n"
        "\n"
        "  CONNINFO        a postgresql:// URI or key=value pairs, for example\n"
        "                  postgresql://alice@db.example.com:5432/sales or \"host=localhost dbname=sales\".\n"
        "                  A password not given here comes from PGPASSWORD or ~/.pgpass.\n"
        "  SQL             one or more statements separated by ';'. They run one after the other in\n"
        "                  one session, each committing on its own unless the SQL has BEGIN/COMMIT,\n"
        "                  and the run stops at the first error.\n"
        "  --format FORMAT csv (default): RFC 4180 quoting with a header line; NULL is an empty\n"
        "                  field, the empty string is \"\".\n"
        "                  tsv: a header line; tab, newline, carriage return and backslash escaped\n"
        "                  as in COPY; NULL is \\N.\n"
        "                  json: an array of objects, one per line; numbers and booleans bare,\n"
        "                  json columns embedded, NULL as null.\n"
        "\n"
        "Every statement that returns rows writes its own result, header included, in the order\n"
        "the statements ran: CSV and TSV results are separated by an empty line, JSON arrays\n"
        "follow one another. Statements that return no rows (CREATE, INSERT, SET, ...) write\n"
        "nothing to standard output. Notices and errors go to standard error. When a statement\n"
        "fails after sending some rows, those rows stay written and its result is not closed.\n"
        "\n"
        "Ctrl+C cancels the running statement on the server; a second Ctrl+C ends at once.\n"
        "A reader that stops reading (| head) ends the command quietly.\n"
        "\n"
        "Exit status: 0 when every statement succeeded, 1 after a connection or SQL error or an\n"
        "interruption, 2 for a usage error.\n");
}

int QueryCommand::parseArguments(const QStringList &args, Arguments *out)
{
    const auto usageError = [](const QString &message) {
        printError(message + QLatin1Char('\n') + help());
        return int(UsageError);
    };
    QStringList positional;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !startsOption(arg)) {
            positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            const QByteArray text = help().toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            return Success;
        } else if (arg == QLatin1String("--format") || arg.startsWith(QLatin1String("--format="))) {
            QString value;
            if (arg.contains(QLatin1Char('='))) {
                value = arg.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                return usageError(tr("pixetric query: --format needs a value: csv, tsv or json."));
            }
            if (value == QLatin1String("csv"))
                out->format = ExportFormat::Csv;
            else if (value == QLatin1String("tsv"))
                out->format = ExportFormat::Tsv;
            else if (value == QLatin1String("json"))
                out->format = ExportFormat::Json;
            else
                return usageError(tr("pixetric query: unknown format '%1'; use csv, tsv or json.").arg(value));
        } else {
            return usageError(tr("pixetric query: unknown option '%1'. To pass SQL that begins with '-', "
                                 "put -- before it.").arg(arg));
        }
    }
    if (positional.size() != 2) {
        return usageError(positional.size() < 2
                              ? tr("pixetric query: give a connection string and the SQL to run.")
                              : tr("pixetric query: too many arguments; put the SQL in one quoted argument."));
    }
    out->conninfo = positional.at(0);
    out->sql = positional.at(1);
    return -1;
}

int QueryCommand::run(const QStringList &args)
{
    Arguments arguments;
    if (const int code = parseArguments(args, &arguments); code >= 0)
        return code;

    ConnectionParams params;
    QString parseError;
    if (!ConnectionParams::parse(arguments.conninfo, &params, &parseError)) {
        printError(tr("pixetric: the connection string is not valid: %1\n"
                      "Give a URI such as postgresql://user@host:5432/dbname or key=value pairs such as "
                      "\"host=localhost dbname=postgres\".\n").arg(parseError));
        return Failure;
    }
    const SplitResult split = StatementSplitter::split(arguments.sql);
    if (split.statements.isEmpty()) {
        printError(tr("pixetric query: the SQL holds no statement to run.\n") + help());
        return UsageError;
    }

    // Without this a reader that goes away ("| head") kills the process with SIGPIPE in the
    // middle of a write; ignored, the write fails with EPIPE and the command ends on its terms.
    std::signal(SIGPIPE, SIG_IGN);

    QueryCommand command(arguments, params, split.statements);
    return command.exec();
}

QueryCommand::QueryCommand(const Arguments &args, const ConnectionParams &params,
                           const QList<SqlStatement> &statements)
    : m_args(args), m_params(params), m_statements(statements), m_stdout(STDOUT_FILENO)
{
    m_connection.setMaxChunksInFlight(MaxChunksInFlight);
    connect(&m_connection, &PgConnection::opened, this, &QueryCommand::onOpened);
    connect(&m_connection, &PgConnection::openFailed, this, &QueryCommand::onOpenFailed);
    connect(&m_connection, &PgConnection::resultStarted, this, &QueryCommand::onResultStarted);
    connect(&m_connection, &PgConnection::rowsArrived, this, &QueryCommand::onRows);
    connect(&m_connection, &PgConnection::statementFinished, this, &QueryCommand::onStatementFinished);
    connect(&m_connection, &PgConnection::runFinished, this, &QueryCommand::onRunFinished);
    connect(&m_connection, &PgConnection::connectionLost, this, &QueryCommand::onConnectionLost);
    connect(&m_connection, &PgConnection::noticeReceived, this, &QueryCommand::onNotice);
}

int QueryCommand::exec()
{
    InterruptNotifier interrupts;
    connect(&interrupts, &InterruptNotifier::interrupted, this, &QueryCommand::onInterrupted);
    m_connection.open(m_params);
    return m_loop.exec();
}

void QueryCommand::onOpened()
{
    if (m_done)
        return;
    QStringList texts;
    texts.reserve(m_statements.size());
    for (const SqlStatement &s : std::as_const(m_statements))
        texts << s.text;
    m_connection.execute(texts);
}

void QueryCommand::onOpenFailed(const PgError &error)
{
    if (m_done)
        return;
    QString text = tr("pixetric: could not connect to %1: %2\n").arg(m_params.displayName(), error.message);
    text += error.hint.isEmpty()
                ? tr("Check the connection string: host, port, database, user and password.\n")
                : error.hint + QLatin1Char('\n');
    printError(text);
    finish(Failure);
}

void QueryCommand::onResultStarted(quint64, int, const ResultColumns &columns)
{
    if (m_done || m_interrupted)
        return;
    if (m_resultsWritten > 0 && m_args.format != ExportFormat::Json)
        m_buffer += '\n';
    m_formatter.emplace(m_args.format, columns);
    m_formatter->begin(&m_buffer);
}

void QueryCommand::onRows(quint64, int, const ResultChunk &rows)
{
    if (m_done || !m_formatter)
        return;
    m_formatter->append(rows, &m_buffer);
    // Write when the block is large, or when no other chunk is waiting: rows that trickle in
    // slowly are shown as they come instead of sitting in the buffer. This handler's own chunk
    // still counts as in flight.
    if (m_buffer.size() >= FlushBytes || m_connection.chunksInFlight() <= 1)
        flush();
}

void QueryCommand::onStatementFinished(quint64, const StatementOutcome &outcome)
{
    if (m_done)
        return;
    if (outcome.error.isError()) {
        // Rows the statement sent before failing were written; the result is left unclosed
        // (no ']') so that a consumer cannot take it for complete.
        m_formatter.reset();
        if (!flush())
            return;
        // A statement the connection broke under can be reported twice by the worker.
        if (!m_errorReported)
            reportStatementError(outcome);
        return;
    }
    if (m_formatter) {
        m_formatter->end(&m_buffer);
        m_formatter.reset();
        ++m_resultsWritten;
    }
    flush();
}

void QueryCommand::onRunFinished(quint64, bool ok)
{
    if (m_done)
        return;
    if (!flush())
        return;
    if (m_interrupted && !m_errorReported) {
        printError(tr("pixetric: interrupted.\n"));
        m_errorReported = true;
    }
    finish(ok && !m_errorReported ? Success : Failure);
}

void QueryCommand::onConnectionLost(const PgError &error)
{
    if (m_done)
        return;
    flush();
    if (!m_errorReported) {
        printError(tr("pixetric: lost the connection to the server: %1\n"
                      "Run the command again once the server is reachable; if it keeps happening, "
                      "check the server log.\n").arg(error.message));
        m_errorReported = true;
    }
    finish(Failure);
}

void QueryCommand::onNotice(const PgNotice &notice)
{
    if (m_done)
        return;
    printError(labelled(notice.severity, notice.message) + labelled(tr("DETAIL"), notice.detail)
               + labelled(tr("HINT"), notice.hint));
}

void QueryCommand::onInterrupted()
{
    if (m_done)
        return;
    m_interrupted = true;
    if (m_connection.state() == PgConnection::State::Busy) {
        // Rows the server sent before it saw the cancel are dropped from here on: the user
        // asked for the output to stop, not for the socket buffers to be drained onto the
        // terminal. Without its formatter the result is never closed (no ']'), so even if the
        // statement was done on the server the output cannot pass for complete.
        m_formatter.reset();
        if (!flush())
            return;
        // The statement ends with a "canceling statement" error, reported like any other.
        m_connection.cancel();
        return;
    }
    flush();
    printError(tr("pixetric: interrupted.\n"));
    m_errorReported = true;
    finish(Failure);
}

void QueryCommand::reportStatementError(const StatementOutcome &outcome)
{
    const PgError &e = outcome.error;
    m_errorReported = true;
    QString text;
    switch (e.kind) {
    case PgError::Kind::Cancelled:
        text = tr("pixetric: cancelled; the server stopped the statement.\n");
        break;
    case PgError::Kind::ConnectionLost:
        text = tr("pixetric: lost the connection to the server: %1\n"
                  "Run the command again once the server is reachable; if it keeps happening, "
                  "check the server log.\n").arg(e.message);
        break;
    case PgError::Kind::Server: {
        const QString severity = e.severity.isEmpty() ? QStringLiteral("ERROR") : e.severity;
        text = QStringLiteral("pixetric: %1:  %2").arg(severity, e.message);
        if (!e.sqlState.isEmpty())
            text += QStringLiteral(" (SQLSTATE %1)").arg(e.sqlState);
        text += QLatin1Char('\n');
        if (e.position > 0)
            text += errorLocation(e, outcome.statementIndex);
        text += labelled(tr("DETAIL"), e.detail) + labelled(tr("HINT"), e.hint)
                + labelled(tr("CONTEXT"), e.context);
        if (m_statements.size() > 1) {
            const int left = int(m_statements.size()) - outcome.statementIndex - 1;
            text += (left > 0 ? tr("Statement %1 of %2 failed; the statements after it did not run.\n")
                              : tr("Statement %1 of %2 failed.\n"))
                        .arg(outcome.statementIndex + 1)
                        .arg(m_statements.size());
        }
        // FATAL and PANIC end the session (shutdown, pg_terminate_backend, crash): nothing
        // about the statement to correct.
        const bool sessionEnded = severity == QLatin1String("FATAL") || severity == QLatin1String("PANIC");
        if (sessionEnded)
            text += tr("The server ended the session. Run the command again once the server is "
                       "available; if it keeps happening, check the server log.\n");
        else if (e.hint.isEmpty())
            text += tr("Correct the statement, or the data it works on, and run the command again.\n");
        break;
    }
    case PgError::Kind::Connection:
    case PgError::Kind::Client:
    case PgError::Kind::None:
        text = tr("pixetric: %1\n").arg(e.message) + (e.hint.isEmpty() ? QString() : e.hint + QLatin1Char('\n'));
        break;
    }
    printError(text);
}

// "LINE n: <line of the script>" and a caret under the character the server pointed at, as
// psql shows it; n counts lines of the whole SQL argument, not of the one statement.
QString QueryCommand::errorLocation(const PgError &error, int statementIndex) const
{
    if (statementIndex < 0 || statementIndex >= m_statements.size())
        return {};
    const SqlStatement &s = m_statements.at(statementIndex);
    const QString &sql = m_args.sql;
    const int at = qMin(int(sql.size()), s.begin + SqlText::utf16FromServerPosition(s.text, error.position));
    const int lineStart = at > 0 ? int(sql.lastIndexOf(QLatin1Char('\n'), at - 1)) + 1 : 0;
    int lineEnd = int(sql.indexOf(QLatin1Char('\n'), at));
    if (lineEnd < 0)
        lineEnd = int(sql.size());
    const int lineNumber = int(QStringView(sql).left(at).count(QLatin1Char('\n'))) + 1;

    // Long lines (generated SQL) are cut to a window around the position.
    constexpr int Context = 60;
    int from = lineStart;
    int to = lineEnd;
    QString before, after;
    if (at - from > Context) {
        from = at - Context;
        before = QStringLiteral("...");
    }
    if (to - at > Context) {
        to = at + Context;
        after = QStringLiteral("...");
    }
    const QString prefix = tr("LINE %1: ").arg(lineNumber) + before;
    QString caret(prefix.size(), QLatin1Char(' '));
    for (int i = from; i < at; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\t'))
            caret += QLatin1Char('\t'); // keeps the caret aligned whatever the tab width
        else if (!c.isLowSurrogate())
            caret += QLatin1Char(' ');
    }
    return prefix + QStringView(sql).mid(from, to - from) + after + QLatin1Char('\n') + caret
           + QStringLiteral("^\n");
}

bool QueryCommand::flush()
{
    if (m_done)
        return false;
    if (m_buffer.isEmpty())
        return true;
    const bool written = m_stdout.write(m_buffer);
    m_buffer.resize(0); // keeps the capacity: the next chunk is formatted into the same memory
    if (written)
        return true;
    if (m_stdout.readerGone()) {
        // The reader has all it wanted; closing the connection stops the server.
        finish(Success);
        return false;
    }
    printError(tr("pixetric: cannot write to standard output: %1\n"
                  "Check that the disk has room and the file is writable.\n")
                   .arg(QString::fromLocal8Bit(std::strerror(m_stdout.error()))));
    m_errorReported = true;
    finish(Failure);
    return false;
}

void QueryCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_loop.exit(exitCode);
}

} // namespace Pixetric::Cli
