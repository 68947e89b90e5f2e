#include "promotion.h"

#include "migrationhistory.h"
#include "migrationlinter.h"
#include "migrationplanner.h"
#include "migrationscript.h"
#include "pgsession.h"
#include "schemareader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace Pixetric {

namespace {

// The checks and the run of one round of a promote; the report says how it ended.
class PromoteRound
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Promotion)

public:
    enum class Next { Done, Rebase };

    PromoteRound(LocalFabricEngine &engine, const PromoteOptions &options, PromoteReport &report)
        : m_engine(engine)
        , m_options(options)
        , m_report(report)
    {
    }

    Next run(const QString &preview);

private:
    Next failed(const QString &error)
    {
        m_report.outcome = PromoteReport::Outcome::Failed;
        m_report.error = error;
        return Next::Done;
    }
    Next conflict(const QStringList &conflicts)
    {
        m_report.outcome = PromoteReport::Outcome::Conflict;
        m_report.conflicts = conflicts;
        m_report.error = tr("%1 changed after %2 forked from it, in ways that clash with the preview; nothing was touched.")
                             .arg(m_report.target, m_report.preview);
        return Next::Done;
    }
    QString checkPreview(const ForkPoint &fork, const MigrationSet &set, ConnectionParams *previewParams);
    QStringList appliedMeanwhile(const ForkPoint &fork, const QList<AppliedMigration> &target) const;
    Next apply(ForkPoint fork, const MigrationSet &set, PgSession &session, MigrationRunner &runner);
    Next fastForward(ForkPoint fork);
    // Starts the target's compute, connects and takes its migration lock, again when a
    // fast-forward by another promoter restarts the server under the wait.
    QString lockTarget(const QString &target, PgSession &session, MigrationRunner &runner, ConnectionParams *params);

    LocalFabricEngine &m_engine;
    const PromoteOptions &m_options;
    PromoteReport &m_report;
    QList<AppliedMigration> m_previewHistory;
    QString m_previewXid;
};

QString promotionNote(const PromotionRecord &record)
{
    return QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
}

// "main-backup-20261204-201500", short enough for a branch name.
QString backupName(const QString &target)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return target.left(63 - 8 - int(stamp.size())) + QStringLiteral("-backup-") + stamp;
}

QString PromoteRound::checkPreview(const ForkPoint &fork, const MigrationSet &set, ConnectionParams *previewParams)
{
    BranchInfo branch;
    if (!m_engine.branch(fork.preview, &branch))
        return tr("The preview branch %1 is gone; rehearse again.").arg(fork.preview);
    if (branch.compute != ComputeState::Running) {
        if (const QString error = m_engine.startCompute(fork.preview); !error.isEmpty())
            return error;
    }
    QString error;
    const ConnectionInfo info = m_engine.connectionInfo(fork.preview, &error);
    if (!info.isValid())
        return error;
    *previewParams = info.params(QStringLiteral("pixetric-migrate"));
    PgSession session;
    if (!session.open(*previewParams))
        return tr("Cannot connect to the preview %1: %2").arg(fork.preview, session.errorText());
    if (!MigrationHistory::read(session, &m_previewHistory, &error))
        return error;
    m_previewXid = session.value(MigrationHistory::sql("next_xid"));
    // The folder as it was rehearsed, file by file.
    for (const QString &version : fork.versions) {
        const MigrationFile *file = set.find(version);
        const auto applied = std::find_if(m_previewHistory.cbegin(), m_previewHistory.cend(),
                                          [&](const AppliedMigration &a) { return MigrationSet::compareVersions(a.version, version) == 0; });
        if (!file)
            return tr("Version %1 was rehearsed but is no longer in %2; rehearse again.").arg(version, set.folder);
        if (applied == m_previewHistory.cend() || applied->checksum != file->checksum)
            return tr("%1 changed after the rehearsal; rehearse again, so that what is promoted is what was rehearsed.").arg(file->fileName);
    }
    return {};
}

QStringList PromoteRound::appliedMeanwhile(const ForkPoint &fork, const QList<AppliedMigration> &target) const
{
    // The preview's history without what the rehearsal added is the target's at the fork.
    QStringList clashes;
    for (const AppliedMigration &a : target) {
        const bool rehearsed = std::any_of(fork.versions.cbegin(), fork.versions.cend(),
                                           [&](const QString &v) { return MigrationSet::compareVersions(v, a.version) == 0; });
        const bool atFork = std::any_of(m_previewHistory.cbegin(), m_previewHistory.cend(), [&](const AppliedMigration &p) {
            return MigrationSet::compareVersions(p.version, a.version) == 0 && !fork.versions.contains(p.version);
        });
        if (rehearsed && !atFork)
            clashes << tr("version %1 (%2) was applied to %3 after the fork, on %4 by %5")
                           .arg(a.version, a.fileName, fork.target, a.appliedAt, a.appliedBy);
    }
    return clashes;
}

QString PromoteRound::lockTarget(const QString &target, PgSession &session, MigrationRunner &runner, ConnectionParams *params)
{
    QElapsedTimer waited;
    waited.start();
    QString error;
    for (;;) {
        BranchInfo branch;
        if (!m_engine.branch(target, &branch, &error))
            return tr("The target %1 is gone.").arg(target);
        if (branch.compute != ComputeState::Running) {
            if (const QString started = m_engine.startCompute(target); !started.isEmpty())
                return started;
        }
        *params = m_engine.connectionInfo(target, &error).params(QStringLiteral("pixetric-migrate"));
        session.close();
        MigrationRunOptions options = m_options.run;
        options.lockWaitMs = int(std::max<qint64>(0, m_options.run.lockWaitMs - waited.elapsed()));
        if (!session.open(*params))
            error = tr("Cannot connect to %1: %2").arg(target, session.errorText());
        else if (runner.lock(options, &error))
            return {};
        // A server that stopped under the wait (a fast-forward swapping its data) is waited for;
        // a lock held by somebody else for the whole wait is not.
        const bool stillUp = session.isOpen() && !session.value(QStringLiteral("SELECT 1")).isNull();
        if (stillUp || waited.elapsed() >= m_options.run.lockWaitMs)
            return error;
        QThread::msleep(200);
    }
}

PromoteRound::Next PromoteRound::fastForward(ForkPoint fork)
{
    // The migration lock is still held: the server stopping for the swap ends every session, so
    // another promoter sees the target only once it holds the preview's data.
    PromotionRecord record;
    record.target = fork.target;
    record.preview = fork.preview;
    record.mode = QStringLiteral("fast-forward");
    record.backup = backupName(fork.target);
    record.folder = fork.folder;
    record.versions = fork.versions;
    record.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    record.nextXidAfter = m_previewXid; // the preview's counter comes with its data
    fork.state = QStringLiteral("promoted");
    const QHash<QString, QString> notes{{Rehearsal::forkPointKey(fork.preview), Rehearsal::forkPointNote(fork)},
                                        {PromotionRecord::noteKey(fork.target), promotionNote(record)}};
    if (const QString error = m_engine.swapBranchData(fork.target, fork.preview, record.backup, notes); !error.isEmpty())
        return failed(tr("The fast-forward of %1 failed, and %1 is as it was: %2").arg(fork.target, error));
    m_report.fastForward = true;
    m_report.backup = record.backup;
    m_report.outcome = PromoteReport::Outcome::Promoted;
    return Next::Done;
}

PromoteRound::Next PromoteRound::apply(ForkPoint fork, const MigrationSet &set, PgSession &session, MigrationRunner &runner)
{
    QList<MigrationFile> pending;
    QString error;
    if (!runner.pendingFiles(set, &pending, &error))
        return failed(error);
    QStringList versions;
    for (const MigrationFile &f : std::as_const(pending))
        versions << f.version;
    if (versions != fork.versions)
        return failed(tr("What would run on %1 (%2) is not what was rehearsed (%3); rehearse again.")
                          .arg(fork.target, versions.join(QStringLiteral(", ")), fork.versions.join(QStringLiteral(", "))));
    MigrationRunOptions options = m_options.run;
    options.oneTransaction = true;
    m_report.run = runner.run(set, options);
    if (!m_report.run.ok)
        return failed(m_report.run.error);
    fork.state = QStringLiteral("promoted");
    if (const QString saved = Rehearsal::saveForkPoint(m_engine, fork); !saved.isEmpty())
        m_report.error = saved;
    PromotionRecord record;
    record.target = fork.target;
    record.preview = fork.preview;
    record.mode = QStringLiteral("applied");
    record.folder = fork.folder;
    record.versions = fork.versions;
    record.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    record.nextXidAfter = session.value(MigrationHistory::sql("next_xid"));
    if (const QString saved = m_engine.setNote(PromotionRecord::noteKey(fork.target), promotionNote(record)); !saved.isEmpty())
        m_report.error = saved;
    m_report.outcome = PromoteReport::Outcome::Promoted;
    return Next::Done;
}

PromoteRound::Next PromoteRound::run(const QString &preview)
{
    ForkPoint fork;
    if (!Rehearsal::forkPoint(m_engine, preview, &fork))
        return failed(tr("%1 is not a preview branch (no rehearsal made it).").arg(preview));
    m_report.target = fork.target;
    if (fork.state == QLatin1String("promoted"))
        return failed(tr("%1 was promoted into %2 already.").arg(preview, fork.target));
    if (fork.state == QLatin1String("undone"))
        return failed(tr("%1 was promoted into %2 and the promote undone; rehearse again to promote it.").arg(preview, fork.target));
    if (fork.state != QLatin1String("rehearsed"))
        return failed(tr("The rehearsal on %1 ended %2, not with a go; mend the migrations and rehearse again.").arg(preview, fork.state));
    BranchInfo target;
    if (!m_engine.branch(fork.target, &target))
        return failed(tr("The target %1 is gone.").arg(fork.target));
    if (target.isProtected && !m_options.confirmedProtected)
        return failed(tr("%1 is protected: confirm the promote by typing its name.").arg(fork.target));
    const MigrationSet set = MigrationSet::read(fork.folder);
    if (!set.isUsable())
        return failed(set.problems.join(QLatin1Char('\n')));
    ConnectionParams previewParams;
    if (const QString error = checkPreview(fork, set, &previewParams); !error.isEmpty())
        return failed(error);

    QString error;
    ConnectionParams targetParams;
    PgSession session;
    MigrationRunner runner(session);
    // Everything from here to the run happens under the target's migration lock: a second
    // promote waits, then finds the target changed.
    if (const QString locked = lockTarget(fork.target, session, runner, &targetParams); !locked.isEmpty())
        return failed(locked);
    struct Unlock
    {
        MigrationRunner &runner;
        ~Unlock() { runner.unlock(); }
    } unlock{runner};

    QList<AppliedMigration> history;
    if (!MigrationHistory::read(session, &history, &error))
        return failed(error);
    if (const QStringList clashes = appliedMeanwhile(fork, history); !clashes.isEmpty())
        return conflict(clashes);
    SchemaSnapshot theirs;
    if (const QString read = SchemaReader::read(targetParams, &theirs); !read.isEmpty())
        return failed(tr("Cannot read the schema of %1: %2").arg(fork.target, read));
    if (Rehearsal::historyHead(history) == fork.historyHead && theirs.fingerprint() == fork.schemaFingerprint) {
        // No transaction on either side since: the preview's data is the target's plus the
        // migrations, so it can simply take the target's place.
        const QString targetXid = session.value(MigrationHistory::sql("next_xid"));
        if (m_options.fastForward && !targetXid.isEmpty() && targetXid == fork.nextXid && !m_previewXid.isEmpty()
            && m_previewXid == fork.previewXid)
            return fastForward(fork);
        return apply(fork, set, session, runner);
    }

    // The target moved on: which way?
    QFile kept(Rehearsal::snapshotPath(m_engine, preview));
    SchemaSnapshot base;
    if (!kept.open(QIODevice::ReadOnly) || !SchemaSnapshot::fromBytes(kept.readAll(), &base))
        return failed(tr("The fork point's schema (%1) cannot be read; rehearse again.").arg(kept.fileName()));
    SchemaSnapshot ours;
    if (const QString read = SchemaReader::read(previewParams, &ours); !read.isEmpty())
        return failed(tr("Cannot read the schema of %1: %2").arg(preview, read));
    DiffOptions options;
    options.excludedSchemas = {QStringLiteral("pixetric")};
    const ThreeWayDiff threeWay = ThreeWayDiff::compare(base, ours, theirs, options);
    if (!threeWay.isDisjoint()) {
        QStringList clashes;
        for (const ThreeWayObject &o : threeWay.objects) {
            if (o.verdict == ThreeWayObject::Verdict::Conflict)
                clashes << tr("%1: %2").arg(o.displayName, o.reason);
        }
        return conflict(clashes);
    }
    return Next::Rebase;
}

} // namespace

PromoteReport Promotion::promote(LocalFabricEngine &engine, const QString &preview, const PromoteOptions &options,
                                 const LocalFabricEngine::Progress &progress)
{
    PromoteReport report;
    report.preview = preview;
    QElapsedTimer timer;
    timer.start();
    PromoteRound round(engine, options, report);
    if (progress)
        progress(0.1, tr("comparing %1 with its fork point").arg(preview));
    if (round.run(preview) == PromoteRound::Next::Rebase) {
        // Disjoint changes: rehearse again on the target's new head, then promote that.
        report.rebased = true;
        ForkPoint fork;
        Rehearsal::forkPoint(engine, preview, &fork);
        report.rehearsal = Rehearsal::rebase(engine, preview, MigrationSet::read(fork.folder), options.rebase, progress);
        if (!report.rehearsal.made) {
            report.error = report.rehearsal.error;
        } else if (!report.rehearsal.go) {
            report.error = tr("After the rebase on %1 the rehearsal is a no-go: %2").arg(fork.target, report.rehearsal.noGo.join(QStringLiteral("; ")));
        } else if (round.run(preview) == PromoteRound::Next::Rebase) {
            report.outcome = PromoteReport::Outcome::Failed;
            report.error = tr("%1 moved on again during the rebase; promote again.").arg(fork.target);
        }
    }
    report.ms = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

QJsonObject PromoteReport::toJson() const
{
    static const char *const outcomes[] = {"promoted", "conflict", "failed"};
    QJsonArray files;
    for (const FileRun &f : run.files)
        files.append(QJsonObject{{QStringLiteral("version"), f.version}, {QStringLiteral("file"), f.fileName}, {QStringLiteral("ms"), f.ms}});
    QJsonObject o{{QStringLiteral("outcome"), QLatin1String(outcomes[int(outcome)])},
                  {QStringLiteral("preview"), preview},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("error"), error},
                  {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)},
                  {QStringLiteral("rebased"), rebased},
                  {QStringLiteral("fastForward"), fastForward},
                  {QStringLiteral("backup"), backup},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("ms"), ms}};
    if (rebased)
        o.insert(QStringLiteral("rehearsal"), rehearsal.toJson());
    return o;
}

QString PromoteReport::toText() const
{
    QString text;
    if (rebased)
        text += Promotion::tr("%1 had moved on with changes apart from the preview's: %2 was rebased on it and rehearsed again.\n")
                    .arg(target, preview);
    switch (outcome) {
    case Outcome::Promoted:
        if (fastForward) {
            text += Promotion::tr("Promoted %1 into %2 by fast-forward in %3 ms: neither had writes since the rehearsal, so %2 now "
                                  "holds the preview's data behind its own endpoint. Its data from before is kept as the branch %4; "
                                  "\"pixetric migrate undo --target %2\" swaps it back.\n")
                        .arg(preview, target)
                        .arg(ms, 0, 'f', 0)
                        .arg(backup);
            break;
        }
        text += Promotion::tr("Promoted %1 into %2: %n migration(s) applied in %3 ms.\n", nullptr, int(run.files.size()))
                    .arg(preview, target)
                    .arg(run.ms, 0, 'f', 0);
        for (const FileRun &f : run.files)
            text += QStringLiteral("  %1 %2 ms\n").arg(f.fileName).arg(f.ms, 0, 'f', 1);
        break;
    case Outcome::Conflict:
        text += error + QLatin1Char('\n');
        for (const QString &c : conflicts)
            text += QStringLiteral("  ") + c + QLatin1Char('\n');
        text += Promotion::tr("Bring the migrations in line with %1 and rehearse again.\n").arg(target);
        break;
    case Outcome::Failed:
        text += error + QLatin1Char('\n');
        break;
    }
    return text;
}

QJsonObject PromotionRecord::toJson() const
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("preview"), preview},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("backup"), backup},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)},
            {QStringLiteral("at"), at},
            {QStringLiteral("nextXidAfter"), nextXidAfter}};
}

PromotionRecord PromotionRecord::fromJson(const QJsonObject &o)
{
    PromotionRecord r;
    r.target = o.value(QLatin1String("target")).toString();
    r.preview = o.value(QLatin1String("preview")).toString();
    r.mode = o.value(QLatin1String("mode")).toString();
    r.backup = o.value(QLatin1String("backup")).toString();
    r.folder = o.value(QLatin1String("folder")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("versions")).toArray())
        r.versions << v.toString();
    r.at = o.value(QLatin1String("at")).toString();
    r.nextXidAfter = o.value(QLatin1String("nextXidAfter")).toString();
    return r;
}

bool Promotion::lastPromotion(const LocalFabricEngine &engine, const QString &target, PromotionRecord *out)
{
    const QString text = engine.note(PromotionRecord::noteKey(target));
    if (text.isEmpty())
        return false;
    *out = PromotionRecord::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    return !out->target.isEmpty();
}

namespace {

// The undo of one promote; the report says how it ended.
class Undo
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Promotion)

public:
    Undo(LocalFabricEngine &engine, const UndoOptions &options, UndoReport &report)
        : m_engine(engine)
        , m_options(options)
        , m_report(report)
    {
    }

    void run(const QString &target, const LocalFabricEngine::Progress &progress);

private:
    void failed(const QString &error)
    {
        m_report.outcome = UndoReport::Outcome::Failed;
        m_report.error = error;
    }
    void refused(const QString &error)
    {
        m_report.outcome = UndoReport::Outcome::Refused;
        m_report.error = error;
    }
    // The notes that say the promote is undone: the fork point "undone", the record gone.
    QHash<QString, QString> undoneNotes() const;
    void swapBack(PgSession &session);
    void revert(PgSession &session, const ConnectionParams &params);
    // The reverse of the promoted versions: their down parts as applied, newest first, or a
    // migration generated from the target's schema back to the fork point's.
    bool reverseScript(const QList<AppliedMigration> &history, const ConnectionParams &params);

    LocalFabricEngine &m_engine;
    const UndoOptions &m_options;
    UndoReport &m_report;
};

QHash<QString, QString> Undo::undoneNotes() const
{
    QHash<QString, QString> notes{{PromotionRecord::noteKey(m_report.promotion.target), QString()}};
    ForkPoint fork;
    if (Rehearsal::forkPoint(m_engine, m_report.promotion.preview, &fork)) {
        fork.state = QStringLiteral("undone");
        notes.insert(Rehearsal::forkPointKey(fork.preview), Rehearsal::forkPointNote(fork));
    }
    return notes;
}

void Undo::run(const QString &target, const LocalFabricEngine::Progress &progress)
{
    PromotionRecord &record = m_report.promotion;
    if (!Promotion::lastPromotion(m_engine, target, &record))
        return failed(tr("No promote into %1 is on record, so there is nothing to undo.").arg(target));
    const double hours = double(record.time().msecsTo(QDateTime::currentDateTimeUtc())) / 3600000.0;
    if (!record.time().isValid() || hours > m_options.windowHours)
        return refused(tr("%1 was promoted into %2 %3 hours ago, beyond the undo window of %4 hours; make the change you want "
                          "with a new migration instead.")
                           .arg(record.preview, target)
                           .arg(hours, 0, 'f', 1)
                           .arg(m_options.windowHours, 0, 'f', 0));
    BranchInfo branch;
    if (!m_engine.branch(target, &branch))
        return failed(tr("The target %1 is gone.").arg(target));
    if (branch.isProtected && !m_options.confirmedProtected)
        return refused(tr("%1 is protected: confirm the undo by typing its name.").arg(target));
    if (branch.compute != ComputeState::Running) {
        if (const QString error = m_engine.startCompute(target); !error.isEmpty())
            return failed(error);
    }
    QString error;
    const ConnectionParams params = m_engine.connectionInfo(target, &error).params(QStringLiteral("pixetric-migrate"));
    PgSession session;
    if (!session.open(params))
        return failed(tr("Cannot connect to %1: %2").arg(target, session.errorText()));
    MigrationRunner runner(session);
    if (!runner.lock(m_options.run, &error))
        return failed(error);
    struct Unlock
    {
        MigrationRunner &runner;
        ~Unlock() { runner.unlock(); }
    } unlock{runner};
    if (progress)
        progress(0.3, record.isFastForward() ? tr("swapping %1 back").arg(target) : tr("reverting the migrations on %1").arg(target));
    if (record.isFastForward())
        swapBack(session);
    else
        revert(session, params);
}

void Undo::swapBack(PgSession &session)
{
    const PromotionRecord &record = m_report.promotion;
    BranchInfo backup;
    if (!m_engine.branch(record.backup, &backup))
        return failed(tr("The backup branch %1 with the data from before the promote is gone; it cannot be swapped back.").arg(record.backup));
    const QString now = session.value(MigrationHistory::sql("next_xid"));
    if (now.isEmpty())
        return failed(tr("Cannot read %1: %2").arg(record.target, session.errorText()));
    if (now != record.nextXidAfter) {
        m_report.warnings << tr("%1 had writes after the promote (transaction IDs %2 to %3 were handed out); swapping back loses them.")
                                 .arg(record.target, record.nextXidAfter, QString::number(now.toLongLong() - 1));
        if (!m_options.acceptDataLoss)
            return refused(tr("Undoing the promote would lose what was written to %1 since; nothing was touched. Accept the loss "
                              "to go on (--accept-data-loss), or make the change you want with a new migration.")
                               .arg(record.target));
    }
    session.close();
    // The backup takes the preview's name again, with the promoted data.
    if (const QString error = m_engine.swapBranchData(record.target, record.backup, record.preview, undoneNotes()); !error.isEmpty())
        return failed(tr("The swap back failed, and %1 is as it was: %2").arg(record.target, error));
    m_report.outcome = UndoReport::Outcome::Undone;
}

bool Undo::reverseScript(const QList<AppliedMigration> &history, const ConnectionParams &params)
{
    const PromotionRecord &record = m_report.promotion;
    QList<const AppliedMigration *> promoted;
    for (const QString &version : record.versions) {
        const auto applied = std::find_if(history.begin(), history.end(), [&](const AppliedMigration &a) {
            return a.success && MigrationSet::compareVersions(a.version, version) == 0;
        });
        if (applied == history.end()) {
            refused(tr("Version %1 is no longer in the history of %2; nothing was touched.").arg(version, record.target));
            return false;
        }
        promoted.prepend(&*applied);
    }
    const bool allDown = std::all_of(promoted.begin(), promoted.end(), [](const AppliedMigration *a) { return !a->downSql.trimmed().isEmpty(); });
    if (allDown) {
        QList<MigrationFile> downs;
        for (const AppliedMigration *a : std::as_const(promoted)) {
            for (const MigrationStatement &st : MigrationScript::analyze(a->downSql).statements)
                m_report.statements << st.sql;
            MigrationFile f;
            f.version = a->version;
            f.fileName = tr("%1 (down part)").arg(a->fileName);
            f.up = a->downSql;
            downs << f;
        }
        for (const LintFinding &f : MigrationLinter::lint(downs).findings) {
            if (!f.dataLoss.isEmpty())
                m_report.warnings << tr("%1, line %2: loses %3").arg(f.fileName).arg(f.line).arg(f.dataLoss);
        }
        return true;
    }
    // No down part for some: from the target's schema now back to the fork point's.
    m_report.generated = true;
    QFile kept(Rehearsal::snapshotPath(m_engine, record.preview));
    SchemaSnapshot atFork;
    if (!kept.open(QIODevice::ReadOnly) || !SchemaSnapshot::fromBytes(kept.readAll(), &atFork)) {
        failed(tr("Some promoted migrations have no down part, and the fork point's schema (%1) to generate the reverse from cannot "
                  "be read; write the reverse as a new migration.")
                   .arg(kept.fileName()));
        return false;
    }
    SchemaSnapshot now;
    if (const QString read = SchemaReader::read(params, &now); !read.isEmpty()) {
        failed(tr("Cannot read the schema of %1: %2").arg(record.target, read));
        return false;
    }
    DiffOptions options;
    options.excludedSchemas = {QStringLiteral("pixetric")};
    const Migration reverse = MigrationPlanner::plan(now, atFork, SchemaDiff::compare(now, atFork, options));
    if (!reverse.error.isEmpty()) {
        failed(tr("No reverse migration can be generated: %1").arg(reverse.error));
        return false;
    }
    m_report.statements = reverse.statements();
    for (const MigrationStep &step : reverse.steps) {
        if (step.destructive)
            m_report.warnings << tr("%1: %2").arg(step.sql.simplified().left(100), step.notes.join(QStringLiteral("; ")));
    }
    m_report.warnings << reverse.warnings;
    return true;
}

void Undo::revert(PgSession &session, const ConnectionParams &params)
{
    const PromotionRecord &record = m_report.promotion;
    QList<AppliedMigration> history;
    QString error;
    if (!MigrationHistory::read(session, &history, &error))
        return failed(error);
    // Later migrations first need undoing of their own.
    const QDateTime promotedAt = record.time();
    for (const AppliedMigration &a : std::as_const(history)) {
        const bool ours = std::any_of(record.versions.begin(), record.versions.end(),
                                      [&](const QString &v) { return MigrationSet::compareVersions(v, a.version) == 0; });
        if (!ours && QDateTime::fromString(a.appliedAt, Qt::ISODateWithMs) > promotedAt.addSecs(-1))
            return refused(tr("Version %1 was applied to %2 after the promote; nothing was touched. Revert it first.").arg(a.version, record.target));
    }
    if (!reverseScript(history, params))
        return;
    if (!m_report.warnings.isEmpty() && !m_options.acceptDataLoss)
        return refused(tr("Undoing the promote loses data on %1; nothing was touched. Accept the loss to go on (--accept-data-loss).")
                           .arg(record.target));
    QStringList all = m_report.statements;
    const bool oneTransaction = MigrationScript::analyze(all.join(QStringLiteral(";\n"))).fitsOneTransaction();
    if (oneTransaction && !session.query(QStringLiteral("BEGIN")))
        return failed(session.errorText());
    for (const QString &sql : std::as_const(all)) {
        if (!session.query(sql)) {
            const QString why = session.errorText();
            if (oneTransaction)
                session.query(QStringLiteral("ROLLBACK"));
            return failed(tr("The reverse failed at \"%1\": %2%3")
                              .arg(sql.simplified().left(120), why,
                                   oneTransaction ? tr(" Nothing was changed.") : tr(" The statements before it ran; see the history.")));
        }
    }
    for (const QString &version : record.versions) {
        if (!MigrationHistory::forget(session, version, &error)) {
            if (oneTransaction)
                session.query(QStringLiteral("ROLLBACK"));
            return failed(error);
        }
    }
    if (oneTransaction && !session.query(QStringLiteral("COMMIT")))
        return failed(session.errorText());
    const QHash<QString, QString> notes = undoneNotes();
    for (auto it = notes.constBegin(); it != notes.constEnd(); ++it) {
        if (const QString saved = m_engine.setNote(it.key(), it.value()); !saved.isEmpty())
            m_report.error = saved;
    }
    m_report.outcome = UndoReport::Outcome::Undone;
}

} // namespace

UndoReport Promotion::undo(LocalFabricEngine &engine, const QString &target, const UndoOptions &options,
                           const LocalFabricEngine::Progress &progress)
{
    UndoReport report;
    report.promotion.target = target;
    QElapsedTimer timer;
    timer.start();
    Undo(engine, options, report).run(target, progress);
    report.ms = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

QJsonObject UndoReport::toJson() const
{
    static const char *const outcomes[] = {"undone", "refused", "failed"};
    return {{QStringLiteral("outcome"), QLatin1String(outcomes[int(outcome)])},
            {QStringLiteral("promotion"), promotion.toJson()},
            {QStringLiteral("error"), error},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("generated"), generated},
            {QStringLiteral("statements"), QJsonArray::fromStringList(statements)},
            {QStringLiteral("ms"), ms}};
}

QString UndoReport::toText() const
{
    QString text;
    if (outcome == Outcome::Undone) {
        if (promotion.isFastForward())
            text += Promotion::tr("Undid the promote of %1 into %2 in %3 ms: %2 has its data from before again, behind the same "
                                  "endpoint. The promoted data is on the branch %1 again; discard it with \"pixetric migrate discard %1\".\n")
                        .arg(promotion.preview, promotion.target)
                        .arg(ms, 0, 'f', 0);
        else
            text += Promotion::tr("Undid the promote of %1 into %2 in %3 ms: %4 reverted%5.\n")
                        .arg(promotion.preview, promotion.target)
                        .arg(ms, 0, 'f', 0)
                        .arg(promotion.versions.join(QStringLiteral(", ")),
                             generated ? Promotion::tr(" by a generated reverse migration") : Promotion::tr(" by their down parts"));
    } else {
        text += error + QLatin1Char('\n');
    }
    if (!warnings.isEmpty())
        text += Promotion::tr("What undoing loses:\n  ") + warnings.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    if (outcome != Outcome::Undone && !statements.isEmpty())
        text += Promotion::tr("The reverse would run:\n  ") + statements.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    return text;
}

} // namespace Pixetric
