#include "promotion.h"

#include "migrationhistory.h"
#include "pgsession.h"
#include "schemareader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

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
    Next apply(ForkPoint fork, const MigrationSet &set, MigrationRunner &runner);

    LocalFabricEngine &m_engine;
    const PromoteOptions &m_options;
    PromoteReport &m_report;
    QList<AppliedMigration> m_previewHistory;
};

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

PromoteRound::Next PromoteRound::apply(ForkPoint fork, const MigrationSet &set, MigrationRunner &runner)
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

    if (target.compute != ComputeState::Running) {
        if (const QString error = m_engine.startCompute(fork.target); !error.isEmpty())
            return failed(error);
    }
    QString error;
    const ConnectionParams targetParams = m_engine.connectionInfo(fork.target, &error).params(QStringLiteral("pixetric-migrate"));
    PgSession session;
    if (!session.open(targetParams))
        return failed(tr("Cannot connect to %1: %2").arg(fork.target, session.errorText()));
    MigrationRunner runner(session);
    // Everything from here to the run happens under the target's migration lock: a second
    // promote waits, then finds the target changed.
    if (!runner.lock(m_options.run, &error))
        return failed(error);
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
    if (Rehearsal::historyHead(history) == fork.historyHead && theirs.fingerprint() == fork.schemaFingerprint)
        return apply(fork, set, runner);

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

} // namespace Pixetric
