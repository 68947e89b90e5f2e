#include "rehearsal.h"

#include "migrationhistory.h"
#include "pgsession.h"
#include "schemadiff.h"
#include "schemareader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Pixetric {

namespace {

struct Storage
{
    QString name;
    QString fileNode;
    qint64 rows = 0;
};

QHash<QString, Storage> tableStorage(PgSession &session)
{
    QHash<QString, Storage> storage;
    QList<QStringList> rows;
    if (session.query(MigrationHistory::sql("table_storage"), &rows)) {
        for (const QStringList &r : std::as_const(rows))
            storage.insert(r.value(0), Storage{r.value(1), r.value(2), r.value(3).toLongLong()});
    }
    return storage;
}

QString changeLine(const ObjectDiff &d)
{
    const QString name = d.object().displayName();
    switch (d.state) {
    case ObjectDiff::State::OnlyInTo:
        return Rehearsal::tr("added %1").arg(name);
    case ObjectDiff::State::OnlyInFrom:
        return Rehearsal::tr("dropped %1").arg(name);
    case ObjectDiff::State::Changed: {
        QStringList attributes;
        for (const AttributeChange &c : d.changes)
            attributes << c.name;
        return Rehearsal::tr("changed %1 (%2)").arg(name, attributes.join(QStringLiteral(", ")));
    }
    case ObjectDiff::State::Identical:
        break;
    }
    return {};
}

void step(const LocalFabricEngine::Progress &progress, double fraction, const QString &what)
{
    if (progress)
        progress(fraction, what);
}

double since(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QJsonObject ForkPoint::toJson() const
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("preview"), preview},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("lsn"), lsn},
            {QStringLiteral("nextXid"), nextXid},
            {QStringLiteral("previewXid"), previewXid},
            {QStringLiteral("schemaFingerprint"), schemaFingerprint},
            {QStringLiteral("historyHead"), historyHead},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("state"), state},
            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)}};
}

ForkPoint ForkPoint::fromJson(const QJsonObject &o)
{
    ForkPoint f;
    f.target = o.value(QLatin1String("target")).toString();
    f.preview = o.value(QLatin1String("preview")).toString();
    f.folder = o.value(QLatin1String("folder")).toString();
    f.lsn = o.value(QLatin1String("lsn")).toString();
    f.nextXid = o.value(QLatin1String("nextXid")).toString();
    f.previewXid = o.value(QLatin1String("previewXid")).toString();
    f.schemaFingerprint = o.value(QLatin1String("schemaFingerprint")).toString();
    f.historyHead = o.value(QLatin1String("historyHead")).toString();
    f.createdAt = o.value(QLatin1String("createdAt")).toString();
    f.state = o.value(QLatin1String("state")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("versions")).toArray())
        f.versions << v.toString();
    return f;
}

QString Rehearsal::historyHead(const QList<AppliedMigration> &history)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const AppliedMigration &a : history)
        hash.addData(QStringLiteral("%1\t%2\t%3\n").arg(a.version, a.checksum, a.success ? QStringLiteral("ok") : QStringLiteral("failed")).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString Rehearsal::snapshotPath(const LocalFabricEngine &engine, const QString &preview)
{
    return QDir(engine.directory()).filePath(QStringLiteral("previews/%1.schema").arg(preview));
}

bool Rehearsal::forkPoint(const LocalFabricEngine &engine, const QString &preview, ForkPoint *out)
{
    const QString text = engine.note(forkPointKey(preview));
    if (text.isEmpty())
        return false;
    *out = ForkPoint::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    return !out->target.isEmpty();
}

QString Rehearsal::forkPointKey(const QString &preview)
{
    return QStringLiteral("preview:") + preview;
}

QString Rehearsal::forkPointNote(const ForkPoint &fork)
{
    return QString::fromUtf8(QJsonDocument(fork.toJson()).toJson(QJsonDocument::Compact));
}

QString Rehearsal::saveForkPoint(LocalFabricEngine &engine, const ForkPoint &fork)
{
    return engine.setNote(forkPointKey(fork.preview), forkPointNote(fork));
}

QString Rehearsal::discard(LocalFabricEngine &engine, const QString &preview)
{
    ForkPoint fork;
    if (!forkPoint(engine, preview, &fork))
        return tr("%1 is not a preview branch (no rehearsal made it); delete an ordinary branch with \"pixetric branch delete\".")
            .arg(preview);
    BranchInfo branch;
    QString error;
    if (engine.branch(preview, &branch, &error)) {
        if (const QString deleted = engine.deleteBranch(preview, false); !deleted.isEmpty())
            return deleted;
    }
    QFile::remove(snapshotPath(engine, preview));
    return engine.setNote(forkPointKey(preview), {});
}

RehearsalReport Rehearsal::rehearse(LocalFabricEngine &engine, const QString &target, const MigrationSet &set,
                                    const RehearsalOptions &options, const LocalFabricEngine::Progress &progress)
{
    RehearsalReport report;
    QElapsedTimer total;
    total.start();
    if (!set.isUsable()) {
        report.error = tr("The migration folder has problems, so nothing was rehearsed:") + QLatin1Char('\n') + set.problems.join(QLatin1Char('\n'));
        return report;
    }
    BranchInfo targetBranch;
    QString error;
    if (!engine.branch(target, &targetBranch, &error)) {
        report.error = error.isEmpty() ? tr("There is no branch %1 to rehearse against.").arg(target) : error;
        return report;
    }
    const QString preview = options.preview.isEmpty()
                                ? QStringLiteral("%1-preview-%2").arg(target, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                : options.preview;
    if (const QString problem = engine.checkNewBranchName(preview); !problem.isEmpty()) {
        report.error = problem;
        return report;
    }

    // The preview: a child of the target's head.
    step(progress, 0.05, tr("creating the preview branch %1").arg(preview));
    if (const QString created = engine.createBranch(preview, target); !created.isEmpty()) {
        report.error = tr("Cannot create the preview branch: %1").arg(created);
        return report;
    }
    return rehearseOn(engine, target, preview, set, options, progress, total);
}

RehearsalReport Rehearsal::rebase(LocalFabricEngine &engine, const QString &preview, const MigrationSet &set,
                                  const RehearsalOptions &options, const LocalFabricEngine::Progress &progress)
{
    QElapsedTimer total;
    total.start();
    RehearsalReport report;
    ForkPoint old;
    if (!forkPoint(engine, preview, &old)) {
        report.error = tr("%1 is not a preview branch (no rehearsal made it).").arg(preview);
        return report;
    }
    step(progress, 0.05, tr("resetting %1 to the head of %2").arg(preview, old.target));
    if (const QString reset = engine.resetBranch(preview); !reset.isEmpty()) {
        report.error = tr("Cannot reset the preview %1: %2").arg(preview, reset);
        return report;
    }
    return rehearseOn(engine, old.target, preview, set, options, progress, total);
}

RehearsalReport Rehearsal::rehearseOn(LocalFabricEngine &engine, const QString &target, const QString &preview, const MigrationSet &set,
                                      const RehearsalOptions &options, const LocalFabricEngine::Progress &progress,
                                      const QElapsedTimer &total)
{
    // What the target was at the fork is read from the preview before anything runs on it, so
    // that writes to the target meanwhile cannot blur it.
    RehearsalReport report;
    QString error;
    ForkPoint &fork = report.fork;
    fork.target = target;
    fork.preview = preview;
    fork.folder = set.folder;
    fork.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    fork.state = QStringLiteral("rehearsing");
    BranchInfo previewBranch;
    engine.branch(preview, &previewBranch, &error);
    fork.lsn = previewBranch.branchLsn;
    auto failEarly = [&](const QString &message) {
        report.error = message;
        fork.state = QStringLiteral("failed");
        saveForkPoint(engine, fork);
        return report;
    };
    if (const QString saved = saveForkPoint(engine, fork); !saved.isEmpty())
        return failEarly(saved);
    const ConnectionInfo info = engine.connectionInfo(preview, &error);
    if (!info.isValid())
        return failEarly(error);
    const ConnectionParams params = info.params(QStringLiteral("pixetric-migrate"));

    step(progress, 0.15, tr("reading the schema at the fork point"));
    SchemaSnapshot before;
    if (const QString read = SchemaReader::read(params, &before); !read.isEmpty())
        return failEarly(tr("Cannot read the preview's schema: %1").arg(read));
    fork.schemaFingerprint = before.fingerprint();
    {
        QDir().mkpath(QFileInfo(snapshotPath(engine, preview)).absolutePath());
        QSaveFile file(snapshotPath(engine, preview));
        if (!file.open(QIODevice::WriteOnly) || file.write(before.toBytes()) < 0 || !file.commit())
            return failEarly(tr("Cannot keep the fork point's schema in %1: %2").arg(file.fileName(), file.errorString()));
    }
    PgSession session;
    if (!session.open(params))
        return failEarly(tr("Cannot connect to the preview %1: %2").arg(preview, session.errorText()));
    QList<AppliedMigration> history;
    if (!MigrationHistory::read(session, &history, &error))
        return failEarly(error);
    fork.historyHead = historyHead(history);
    LintOptions lintOptions;
    lintOptions.serverVersion = session.value(QStringLiteral("SHOW server_version_num")).toInt();
    lintOptions.lockTimeoutMs = options.run.lockTimeoutMs;
    lintOptions.statementTimeoutMs = options.run.statementTimeoutMs;
    report.lint = MigrationLinter::lint(MigrationHistory::pending(MigrationHistory::compare(set, history)), lintOptions);
    fork.nextXid = session.value(MigrationHistory::sql("next_xid"));
    const QHash<QString, Storage> storageBefore = tableStorage(session);

    // The migrations, with a second connection watching their locks.
    step(progress, 0.3, tr("running the migrations on %1").arg(preview));
    LockSampler sampler;
    sampler.start(params, session.value(MigrationHistory::sql("backend_pid")).toInt(), options.lockSampleMs);
    MigrationRunner runner(session);
    report.run = runner.run(set, options.run);
    report.locks = sampler.stop();
    if (!sampler.error().isEmpty())
        report.notes << tr("Locks could not be sampled: %1").arg(sampler.error());
    report.migrationMs = report.run.ms;
    // Somebody deleted the preview under the run: there is nothing left to report on, promote
    // or discard, and the target was never touched.
    if (BranchInfo still; !engine.branch(preview, &still) || still.state == BranchState::Deleting) {
        QFile::remove(snapshotPath(engine, preview));
        engine.setNote(forkPointKey(preview), {});
        report.error = tr("The preview %1 was deleted while the rehearsal ran on it; %2 was not touched. Rehearse again.").arg(preview, target);
        return report;
    }
    report.made = true;
    for (const FileRun &f : std::as_const(report.run.files)) {
        if (f.ok)
            fork.versions << f.version;
    }

    step(progress, 0.8, tr("comparing the preview with the fork point"));
    const QHash<QString, Storage> storageAfter = tableStorage(session);
    for (auto it = storageAfter.constBegin(); it != storageAfter.constEnd(); ++it) {
        const auto old = storageBefore.constFind(it.key());
        if (old != storageBefore.constEnd() && old->fileNode != it->fileNode)
            report.rewrites << tr("%1 (about %n row(s))", nullptr, int(std::min<qint64>(old->rows, INT_MAX))).arg(it->name);
    }
    report.rewrites.sort();
    SchemaSnapshot after;
    if (const QString read = SchemaReader::read(params, &after); read.isEmpty()) {
        DiffOptions diffOptions;
        diffOptions.excludedSchemas = {QStringLiteral("pixetric")};
        const SchemaDiff diff = SchemaDiff::compare(before, after, diffOptions);
        for (const ObjectDiff &d : diff.objects) {
            if (d.state != ObjectDiff::State::Identical)
                report.schemaChanges << changeLine(d);
        }
    } else {
        report.notes << tr("The preview's schema could not be read after the migrations: %1").arg(read);
    }

    // Go or no-go.
    if (!report.run.ok)
        report.noGo << tr("the migrations failed: %1").arg(report.run.error);
    for (const LockHold &h : std::as_const(report.locks)) {
        if (h.mode == QLatin1String("AccessExclusiveLock") && h.heldMs > options.maxExclusiveLockMs && h.rows > options.bigTableRows)
            report.noGo << tr("ACCESS EXCLUSIVE held on %1 (about %2 rows) for %3 ms, more than %4 ms: every read and write of it waits that long")
                               .arg(h.relation)
                               .arg(h.rows)
                               .arg(h.heldMs, 0, 'f', 0)
                               .arg(options.maxExclusiveLockMs, 0, 'f', 0);
    }
    report.go = report.noGo.isEmpty();
    fork.previewXid = session.value(MigrationHistory::sql("next_xid"));
    fork.state = !report.run.ok ? QStringLiteral("failed") : report.go ? QStringLiteral("rehearsed") : QStringLiteral("no-go");
    if (const QString saved = saveForkPoint(engine, fork); !saved.isEmpty())
        report.notes << saved;
    report.totalMs = since(total);
    step(progress, 1.0, report.go ? tr("rehearsed: go") : tr("rehearsed: no-go"));
    return report;
}

QJsonObject RehearsalReport::toJson() const
{
    QJsonArray files;
    for (const FileRun &f : run.files) {
        QJsonArray statements;
        for (const StatementRun &s : f.statements) {
            statements.append(QJsonObject{{QStringLiteral("line"), s.line},
                                          {QStringLiteral("ms"), s.ms},
                                          {QStringLiteral("ok"), s.ok},
                                          {QStringLiteral("commandTag"), s.commandTag},
                                          {QStringLiteral("sql"), s.sql},
                                          {QStringLiteral("error"), s.error}});
        }
        files.append(QJsonObject{{QStringLiteral("version"), f.version},
                                 {QStringLiteral("file"), f.fileName},
                                 {QStringLiteral("ok"), f.ok},
                                 {QStringLiteral("inTransaction"), f.inTransaction},
                                 {QStringLiteral("ms"), f.ms},
                                 {QStringLiteral("error"), f.error},
                                 {QStringLiteral("invalidIndexes"), QJsonArray::fromStringList(f.invalidIndexes)},
                                 {QStringLiteral("statements"), statements}});
    }
    QJsonArray locksJson;
    for (const LockHold &h : locks) {
        locksJson.append(QJsonObject{{QStringLiteral("relation"), h.relation},
                                     {QStringLiteral("mode"), h.mode},
                                     {QStringLiteral("heldMs"), h.heldMs},
                                     {QStringLiteral("rows"), h.rows}});
    }
    return {{QStringLiteral("preview"), fork.preview},
            {QStringLiteral("target"), fork.target},
            {QStringLiteral("fork"), fork.toJson()},
            {QStringLiteral("error"), error},
            {QStringLiteral("go"), go},
            {QStringLiteral("noGo"), QJsonArray::fromStringList(noGo)},
            {QStringLiteral("files"), files},
            {QStringLiteral("locks"), locksJson},
            {QStringLiteral("rewrites"), QJsonArray::fromStringList(rewrites)},
            {QStringLiteral("schemaChanges"), QJsonArray::fromStringList(schemaChanges)},
            {QStringLiteral("lint"), lint.toJson()},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("totalMs"), totalMs},
            {QStringLiteral("migrationMs"), migrationMs}};
}

QString RehearsalReport::toText() const
{
    QString text = Rehearsal::tr("Rehearsal of %1 on the preview %2 (forked from %3 at %4)\n")
                       .arg(fork.folder, fork.preview, fork.target, fork.lsn);
    text += Rehearsal::tr("\nMigrations (%1 ms):\n").arg(migrationMs, 0, 'f', 1);
    for (const FileRun &f : run.files) {
        text += QStringLiteral("  %1 %2 %3 ms%4\n")
                    .arg(f.ok ? QStringLiteral("ok    ") : QStringLiteral("FAILED"), f.fileName)
                    .arg(f.ms, 0, 'f', 1)
                    .arg(f.inTransaction ? QString() : Rehearsal::tr(" (outside a transaction)"));
        for (const StatementRun &s : f.statements)
            text += QStringLiteral("      line %1: %2 ms  %3\n").arg(s.line).arg(s.ms, 0, 'f', 1).arg(s.sql.simplified().left(70));
    }
    if (run.files.isEmpty())
        text += Rehearsal::tr("  nothing was pending\n");
    text += Rehearsal::tr("\nLocks held on existing tables (sampled; a hold shorter than a sample may not show):\n");
    for (const LockHold &h : locks)
        text += Rehearsal::tr("  %1 on %2 (about %3 rows): %4 ms\n").arg(h.mode, h.relation).arg(h.rows).arg(h.heldMs, 0, 'f', 0);
    if (locks.isEmpty())
        text += Rehearsal::tr("  none seen\n");
    if (!rewrites.isEmpty())
        text += Rehearsal::tr("\nTables rewritten:\n  ") + rewrites.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    text += Rehearsal::tr("\nSchema changes (%1):\n").arg(schemaChanges.size());
    for (const QString &c : schemaChanges)
        text += QStringLiteral("  ") + c + QLatin1Char('\n');
    text += Rehearsal::tr("\nLint (danger %1, advice %2, silenced %3):\n")
                .arg(lint.dangerCount())
                .arg(lint.findings.size() - lint.dangerCount())
                .arg(lint.silenced);
    for (const LintFinding &f : lint.findings)
        text += QStringLiteral("  ") + f.toText().trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n  ")) + QLatin1Char('\n');
    for (const QString &p : lint.problems)
        text += QStringLiteral("  ") + p + QLatin1Char('\n');
    if (lint.findings.isEmpty() && lint.problems.isEmpty())
        text += Rehearsal::tr("  nothing found\n");
    for (const QString &n : notes)
        text += QLatin1Char('\n') + n + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (go)
        text += Rehearsal::tr("GO: the preview %1 is ready to be promoted, or discarded with \"pixetric migrate discard %1\".\n").arg(fork.preview);
    else
        text += Rehearsal::tr("NO-GO:\n  ") + noGo.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    text += Rehearsal::tr("Total %1 ms, of which the migrations %2 ms.\n").arg(totalMs, 0, 'f', 0).arg(migrationMs, 0, 'f', 0);
    return text;
}

} // namespace Pixetric
