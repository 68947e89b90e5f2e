#pragma once

#include "migrationset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Pixetric {

class PgSession;

struct MigrationRunOptions
{
    int lockTimeoutMs = -1;      // SET lock_timeout for the run; -1 keeps the server's
    int statementTimeoutMs = -1; // SET statement_timeout for the run; -1 keeps the server's
    int lockWaitMs = 30000;      // how long to keep trying for the runner's advisory lock
    const std::atomic_bool *cancel = nullptr; // checked between statements
    // All files in one transaction when each of them fits in one (a promote wants all or
    // nothing); otherwise, as always, a transaction per file.
    bool oneTransaction = false;
};

struct StatementRun
{
    QString sql;
    int line = 0;
    double ms = 0;
    bool ok = false;
    QString commandTag;
    QString error;
};

struct FileRun
{
    QString version;
    QString fileName;
    bool ok = false;
    bool inTransaction = true; // false: statements ran one by one, each committed on its own
    double ms = 0;
    QList<StatementRun> statements;
    QString error;             // for people, when !ok
    QString failingStatement;
    int failedLine = 0;
    QStringList invalidIndexes; // "index on table", left INVALID by a failed CONCURRENTLY
};

struct MigrationRunReport
{
    bool ok = false;
    QString error; // why the run stopped, for people (a file's own error is in its FileRun)
    QList<FileRun> files;
    double ms = 0;
    int appliedCount() const;
};

// Applies migration files to one database: takes the runner's session advisory lock (trying
// again until lockWaitMs), creates the history table when missing, and runs each file in its
// own transaction, its history row written in the same transaction. A file that holds a
// statement PostgreSQL refuses in a transaction, or manages its own transactions, runs
// statement by statement; its history row says "running" until it ends, so that a run cut
// short is visible as failed. The run stops at the first file that fails.
//
// Thread affinity: the session's thread (a worker thread or the command line); it blocks.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationRunner)

public:
    explicit MigrationRunner(PgSession &session);

    // Called on the runner's thread after each statement.
    void setProgress(std::function<void(const FileRun &file, const StatementRun &statement)> progress);

    // Runs the set's pending files (pending, failed before, out of order), read from the
    // history once the lock is held, so that two runners never apply a file twice. A set with
    // problems, or a database whose history has drifted from the folder, is not touched.
    MigrationRunReport run(const MigrationSet &set, const MigrationRunOptions &options = {});
    // The files run() would run now (after lock()): for checks before running them.
    bool pendingFiles(const MigrationSet &set, QList<MigrationFile> *pending, QString *error);

    // The runner's session advisory lock, for callers that check the database before running
    // (run() takes it again; the lock counts). lockWaitMs from options.
    bool lock(const MigrationRunOptions &options, QString *error);
    void unlock();

private:
    bool prepare(const MigrationSet &set, const MigrationRunOptions &options, QList<MigrationFile> *pending, QString *error);
    FileRun runFile(const MigrationFile &file, const MigrationRunOptions &options, bool ownTransaction);
    bool runStatement(const QString &sql, int line, FileRun *run);
    void fail(FileRun *run, const MigrationFile &file, const QString &error);

    PgSession &m_session;
    std::function<void(const FileRun &, const StatementRun &)> m_progress;
};

} // namespace Pixetric
