#include "migrationrunner.h"

#include "logging.h"
#include "migrationhistory.h"
#include "migrationscript.h"
#include "pgsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace Pixetric {

namespace {

QByteArray lockKey()
{
    return QByteArray::number(MigrationHistory::LockKey);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool cancelled(const MigrationRunOptions &options)
{
    return options.cancel && options.cancel->load();
}

} // namespace

int MigrationRunReport::appliedCount() const
{
    return int(std::count_if(files.begin(), files.end(), [](const FileRun &f) { return f.ok; }));
}

MigrationRunner::MigrationRunner(PgSession &session)
    : m_session(session)
{
}

void MigrationRunner::setProgress(std::function<void(const FileRun &, const StatementRun &)> progress)
{
    m_progress = std::move(progress);
}

bool MigrationRunner::lock(const MigrationRunOptions &options, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QList<QStringList> rows;
        if (!m_session.query(MigrationHistory::sql("try_lock"), {lockKey()}, &rows)) {
            *error = tr("Cannot take the migration lock: %1").arg(m_session.errorText());
            return false;
        }
        if (rows.value(0).value(0) == QLatin1String("t"))
            return true;
        if (waited.elapsed() >= options.lockWaitMs || cancelled(options))
            break;
        QThread::msleep(200);
    }
    QList<QStringList> holder;
    m_session.query(MigrationHistory::sql("lock_holder"), {lockKey()}, &holder);
    const QStringList h = holder.value(0);
    if (h.isEmpty()) {
        *error = tr("Another migration run holds the lock on this database; wait for it to finish and try again.");
    } else {
        *error = tr("Another migration run holds the lock on this database (server process %1, application %2, role %3, "
                    "connected since %4); wait for it to finish, or end that session, and try again.")
                     .arg(h.value(0), h.value(1), h.value(2), h.value(3));
    }
    return false;
}

void MigrationRunner::unlock()
{
    if (m_session.isOpen())
        m_session.query(MigrationHistory::sql("unlock"), {lockKey()}, nullptr);
}

bool MigrationRunner::runStatement(const QString &sql, int line, FileRun *run)
{
    StatementRun s;
    s.sql = sql;
    s.line = line;
    QElapsedTimer timer;
    timer.start();
    s.ok = m_session.query(sql, nullptr);
    s.ms = elapsedMs(timer);
    s.commandTag = m_session.lastOutcome().commandTag;
    if (!s.ok)
        s.error = m_session.error().isError() ? m_session.error().toDisplayString() : m_session.errorText();
    run->statements << s;
    if (m_progress)
        m_progress(*run, s);
    return s.ok;
}

void MigrationRunner::fail(FileRun *run, const MigrationFile &file, const QString &error)
{
    run->ok = false;
    run->error = error;
    if (!run->statements.isEmpty() && !run->statements.constLast().ok) {
        run->failingStatement = run->statements.constLast().sql;
        run->failedLine = run->statements.constLast().line;
    }
    if (!m_session.isOpen()) {
        run->error += QLatin1Char('\n') + tr("The connection is gone, so the history could not record the failure.");
        return;
    }
    if (!run->inTransaction) {
        // What CONCURRENTLY leaves behind when it fails.
        QList<QStringList> rows;
        if (m_session.query(MigrationHistory::sql("invalid_indexes"), &rows)) {
            for (const QStringList &r : std::as_const(rows))
                run->invalidIndexes << tr("%1 on %2").arg(r.value(0), r.value(1));
        }
    }
    QString problem;
    if (!MigrationHistory::record(m_session, file, run->ms, false, error, run->failingStatement, &problem))
        run->error += QLatin1Char('\n') + problem;
}

FileRun MigrationRunner::runFile(const MigrationFile &file, const MigrationRunOptions &options, bool ownTransaction)
{
    FileRun run;
    run.version = file.version;
    run.fileName = file.fileName;
    const MigrationScript script = MigrationScript::analyze(file.up, file.upLine);
    run.inTransaction = file.transactional && script.fitsOneTransaction();
    QElapsedTimer timer;
    timer.start();
    auto statementError = [&](const StatementRun &s) {
        return tr("%1, line %2: %3").arg(file.fileName).arg(s.line).arg(s.error);
    };
    QString problem;

    if (run.inTransaction) {
        if (ownTransaction && !m_session.query(QStringLiteral("BEGIN"))) {
            fail(&run, file, tr("Cannot begin a transaction: %1").arg(m_session.errorText()));
            return run;
        }
        for (const MigrationStatement &s : script.statements) {
            if (cancelled(options) || !runStatement(s.sql, s.line, &run)) {
                const QString error = cancelled(options) ? tr("%1: stopped at your request; nothing of it was applied.").arg(file.fileName)
                                                         : statementError(run.statements.constLast())
                                                               + QLatin1Char('\n') + tr("Nothing of this file was applied.");
                m_session.query(QStringLiteral("ROLLBACK"));
                run.ms = elapsedMs(timer);
                fail(&run, file, error);
                return run;
            }
        }
        run.ms = elapsedMs(timer);
        // The history row commits with the change, or neither does.
        if (!MigrationHistory::record(m_session, file, run.ms, true, {}, {}, &problem)
            || (ownTransaction && !m_session.query(QStringLiteral("COMMIT")))) {
            const QString error = problem.isEmpty() ? tr("%1 could not be committed: %2").arg(file.fileName, m_session.errorText()) : problem;
            m_session.query(QStringLiteral("ROLLBACK"));
            fail(&run, file, error + QLatin1Char('\n') + tr("Nothing of this file was applied."));
            return run;
        }
        run.ok = true;
        return run;
    }

    // One by one: the history says "running" until the file ends, so that a run cut short
    // (a crash, a lost connection) shows as failed.
    const QString running = tr("started on %1 and not finished: the run was cut short; check which of its statements took effect")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!MigrationHistory::record(m_session, file, 0, false, running, {}, &problem)) {
        run.ok = false;
        run.error = problem;
        return run;
    }
    for (const MigrationStatement &s : script.statements) {
        if (cancelled(options) || !runStatement(s.sql, s.line, &run)) {
            const int done = int(run.statements.size()) - (cancelled(options) ? 0 : 1);
            QString error = cancelled(options) ? tr("%1: stopped at your request.").arg(file.fileName) : statementError(run.statements.constLast());
            error += QLatin1Char('\n')
                     + tr("This file runs statement by statement: the %n statement(s) before took effect.", nullptr, done);
            // A transaction the file opened itself is ended.
            m_session.query(QStringLiteral("ROLLBACK"));
            run.ms = elapsedMs(timer);
            fail(&run, file, error);
            return run;
        }
    }
    run.ms = elapsedMs(timer);
    if (!MigrationHistory::record(m_session, file, run.ms, true, {}, {}, &problem)) {
        fail(&run, file, problem);
        return run;
    }
    run.ok = true;
    return run;
}

bool MigrationRunner::prepare(const MigrationSet &set, const MigrationRunOptions &options, QList<MigrationFile> *pending,
                              QString *error)
{
    if (!MigrationHistory::ensureTable(m_session, error))
        return false;
    QList<AppliedMigration> history;
    if (!MigrationHistory::read(m_session, &history, error))
        return false;
    const QList<MigrationStatus> status = MigrationHistory::compare(set, history);
    QStringList drift;
    for (const MigrationStatus &s : status) {
        if (s.state == MigrationStatus::State::Drifted || s.state == MigrationStatus::State::Missing)
            drift << s.explanation;
    }
    if (!drift.isEmpty()) {
        *error = tr("The database's migration history and the folder disagree, so nothing was run:") + QLatin1Char('\n')
                 + drift.join(QLatin1Char('\n'));
        return false;
    }
    *pending = MigrationHistory::pending(status);
    const QString path = m_session.value(MigrationHistory::sql("search_path_without_history"));
    if (!path.isEmpty() && !m_session.query(QStringLiteral("SET search_path = ") + path)) {
        *error = tr("Cannot set the run's search path: %1").arg(m_session.errorText());
        return false;
    }
    auto setting = [&](const char *name, int ms) {
        return ms < 0 || m_session.query(QStringLiteral("SET %1 = %2").arg(QLatin1String(name)).arg(ms));
    };
    if (!setting("lock_timeout", options.lockTimeoutMs) || !setting("statement_timeout", options.statementTimeoutMs)) {
        *error = tr("Cannot set the run's timeouts: %1").arg(m_session.errorText());
        return false;
    }
    return true;
}

bool MigrationRunner::pendingFiles(const MigrationSet &set, QList<MigrationFile> *pending, QString *error)
{
    QList<AppliedMigration> history;
    if (!MigrationHistory::read(m_session, &history, error))
        return false;
    *pending = MigrationHistory::pending(MigrationHistory::compare(set, history));
    return true;
}

MigrationRunReport MigrationRunner::run(const MigrationSet &set, const MigrationRunOptions &options)
{
    MigrationRunReport report;
    QElapsedTimer timer;
    timer.start();
    if (!set.isUsable()) {
        report.error = tr("The migration folder has problems, so nothing was run:") + QLatin1Char('\n') + set.problems.join(QLatin1Char('\n'));
        return report;
    }
    if (!lock(options, &report.error))
        return report;
    QList<MigrationFile> files;
    report.ok = prepare(set, options, &files, &report.error);
    const bool together = report.ok && options.oneTransaction && std::all_of(files.cbegin(), files.cend(), [](const MigrationFile &f) {
        return f.transactional && MigrationScript::analyze(f.up, f.upLine).fitsOneTransaction();
    });
    if (together && !m_session.query(QStringLiteral("BEGIN"))) {
        report.ok = false;
        report.error = tr("Cannot begin a transaction: %1").arg(m_session.errorText());
    }
    for (const MigrationFile &file : std::as_const(files)) {
        if (!report.ok)
            break;
        if (cancelled(options)) {
            report.ok = false;
            report.error = tr("Stopped at your request before %1.").arg(file.fileName);
            break;
        }
        qCInfo(lcMigrate) << "applying" << file.fileName;
        report.files << runFile(file, options, !together);
        if (!report.files.constLast().ok) {
            report.ok = false;
            report.error = report.files.constLast().error;
        }
    }
    if (together && report.ok && !m_session.query(QStringLiteral("COMMIT"))) {
        report.ok = false;
        report.error = tr("The migrations could not be committed: %1").arg(m_session.errorText());
        // A failing file records its own failure; a failing COMMIT (a deferred constraint, say)
        // ends the transaction, and is then put on the last file.
        if (!report.files.isEmpty() && m_session.isOpen()) {
            QString problem;
            if (const MigrationFile *file = set.find(report.files.constLast().version))
                MigrationHistory::record(m_session, *file, report.files.constLast().ms, false, report.error, {}, &problem);
        }
    }
    if (together && !report.ok) {
        // Nothing of the run stays.
        m_session.query(QStringLiteral("ROLLBACK"));
        for (FileRun &f : report.files)
            f.ok = false;
        report.error += QLatin1Char('\n') + tr("The migrations ran as one transaction: none of them was applied.");
    }
    if (m_session.isOpen()) {
        m_session.query(QStringLiteral("RESET lock_timeout"));
        m_session.query(QStringLiteral("RESET statement_timeout"));
        m_session.query(QStringLiteral("RESET search_path"));
    }
    unlock();
    report.ms = elapsedMs(timer);
    return report;
}

} // namespace Pixetric
