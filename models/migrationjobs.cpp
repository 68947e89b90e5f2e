#include "migrationjobs.h"

#include "ddlwriter.h"
#include "linediff.h"
#include "logging.h"
#include "pgsession.h"
#include "schemareader.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>

#include <algorithm>

namespace Pixetric {

namespace {

const QString ApplicationName = QStringLiteral("pixetric-migrate");

// The SQL that makes the object with key in snapshot; a column that only comes with its table
// (a partition's, an inherited one) shows as its table's CREATE TABLE.
QString ddlOf(const SchemaSnapshot &snapshot, const DdlWriter &writer, const DiffOptions &options, const QString &key, bool *exists)
{
    const SchemaObject *object = snapshot.find(key);
    *exists = object != nullptr;
    if (!object)
        return {};
    QString text = writer.createSql(options.effective(*object));
    if (text.isEmpty() && object->kind == ObjectKind::Column) {
        for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::ForeignTable}) {
            if (const SchemaObject *table = snapshot.find(kind, object->schema, object->table)) {
                text = writer.createSql(options.effective(*table));
                break;
            }
        }
    }
    return text;
}

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QThreadPool *MigrationJobs::pool()
{
    // The jobs wait for servers nearly all the time; a rehearsal, a status read and a conflict
    // comparison may run at once.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("pixetric-migrate"));
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

QString MigrationJobs::openEngine(LocalFabricEngine &engine, const QString &fabricDirectory)
{
    if (fabricDirectory.isEmpty())
        return tr("No local fabric is open, so there are no branches to run migrations on. Start Pixetric Studio with "
                  "--fabric FOLDER.");
    // The window's own LocalFabric recovers interrupted actions when it opens the fabric; a job
    // only reads and acts.
    if (const QString error = engine.open(fabricDirectory, false); !error.isEmpty())
        return tr("Cannot open the fabric %1: %2").arg(QDir::toNativeSeparators(fabricDirectory), error);
    if (!engine.isInitialized())
        return tr("The fabric %1 has no branches yet; wait until its first branch is made.").arg(QDir::toNativeSeparators(fabricDirectory));
    return {};
}

QList<PreviewBranch> MigrationJobs::previewsOf(const LocalFabricEngine &engine, const QList<BranchInfo> &branches, const QString &target)
{
    QList<PreviewBranch> previews;
    for (const BranchInfo &b : branches) {
        ForkPoint fork;
        if (Rehearsal::forkPoint(engine, b.name, &fork) && sameName(fork.target, target) && !sameName(b.name, target))
            previews.append(PreviewBranch{b, fork});
    }
    std::stable_sort(previews.begin(), previews.end(),
                     [](const PreviewBranch &a, const PreviewBranch &b) { return a.fork.createdAt > b.fork.createdAt; });
    return previews;
}

MigrationStatusRead MigrationJobs::readStatus(const QString &fabricDirectory, const QString &branch, const QString &folder,
                                              bool startCompute)
{
    MigrationStatusRead r;
    r.requested = branch;
    r.target = branch;
    r.folder = folder;
    if (!folder.isEmpty())
        r.set = MigrationSet::read(folder);

    LocalFabricEngine engine;
    if (const QString error = openEngine(engine, fabricDirectory); !error.isEmpty()) {
        r.error = error;
        return r;
    }
    QString error;
    const QList<BranchInfo> branches = engine.branches(&error);
    if (!error.isEmpty()) {
        r.error = tr("Cannot read the fabric's branches: %1").arg(error);
        return r;
    }
    // A preview stands for its target: that is where its migrations would go.
    ForkPoint fork;
    if (!branch.isEmpty() && Rehearsal::forkPoint(engine, branch, &fork) && !sameName(fork.target, branch)) {
        r.target = fork.target;
        r.selectPreview = branch;
    }
    const auto found = std::find_if(branches.cbegin(), branches.cend(), [&](const BranchInfo &b) { return sameName(b.name, r.target); });
    if (found == branches.cend()) {
        r.error = r.target.isEmpty() ? tr("Select the branch to run the migrations on in the Branches dock.")
                                     : tr("There is no branch “%1” in the fabric. Select another branch in the Branches dock.").arg(r.target);
        return r;
    }
    r.targetBranch = *found;
    r.target = found->name;
    r.previews = previewsOf(engine, branches, r.target);
    if (folder.isEmpty())
        return r;

    switch (found->state) {
    case BranchState::Ready:
        break;
    case BranchState::Creating:
    case BranchState::Resetting:
        r.error = tr("“%1” is being made or reset; its migration history can be read once it is ready. Press Refresh then.").arg(r.target);
        return r;
    case BranchState::Deleting:
        r.error = tr("“%1” is being discarded. Select another branch in the Branches dock.").arg(r.target);
        return r;
    case BranchState::Failed:
        r.error = tr("“%1” cannot be used after a failed operation: retry or discard it in the Operations panel, or select "
                     "another branch.")
                      .arg(r.target);
        return r;
    }
    if (found->compute != ComputeState::Running) {
        if (!startCompute) {
            r.suspended = true;
            if (found->compute == ComputeState::Failed)
                r.error = tr("The compute of “%1” stopped unexpectedly%2. Press Refresh to start it again and read its migration history.")
                              .arg(r.target, found->computeMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(found->computeMessage));
            return r;
        }
        if (const QString started = engine.startCompute(r.target); !started.isEmpty()) {
            r.error = tr("The compute of “%1” did not start, so its migration history cannot be read: %2\nSee the Operations "
                         "panel for what happened, then press Refresh.")
                          .arg(r.target, started);
            return r;
        }
        r.startedCompute = true;
    }
    const ConnectionInfo info = engine.connectionInfo(r.target, &error);
    if (!info.isValid()) {
        r.error = tr("“%1” has no connection yet (%2). Press Refresh in a moment.").arg(r.target, error);
        return r;
    }
    PgSession session;
    if (!session.open(info.params(ApplicationName))) {
        r.error = tr("Cannot connect to “%1”: %2\nCheck its compute in the Branches dock, then press Refresh.").arg(r.target, session.errorText());
        return r;
    }
    if (!MigrationHistory::read(session, &r.history, &error)) {
        r.error = tr("Cannot read the migration history of “%1”: %2").arg(r.target, error);
        return r;
    }
    r.historyRead = true;
    return r;
}

RehearsalReport MigrationJobs::rehearse(const QString &fabricDirectory, const QString &target, const QString &folder,
                                        const RehearsalOptions &options, const LocalFabricEngine::Progress &progress)
{
    LocalFabricEngine engine;
    if (const QString error = openEngine(engine, fabricDirectory); !error.isEmpty()) {
        RehearsalReport report;
        report.error = error;
        return report;
    }
    // The folder as it is now: what is rehearsed is what will be promoted.
    const MigrationSet set = MigrationSet::read(folder);
    qCInfo(lcMigrate) << "rehearsing" << folder << "on a preview of" << target;
    return Rehearsal::rehearse(engine, target, set, options, progress);
}

PromoteOutcome MigrationJobs::promote(const QString &fabricDirectory, const QString &preview, bool confirmedProtected,
                                      const LocalFabricEngine::Progress &progress)
{
    PromoteOutcome outcome;
    outcome.report.preview = preview;
    LocalFabricEngine engine;
    if (const QString error = openEngine(engine, fabricDirectory); !error.isEmpty()) {
        outcome.report.outcome = PromoteReport::Outcome::Failed;
        outcome.report.error = error;
        return outcome;
    }
    PromoteOptions options;
    options.confirmedProtected = confirmedProtected;
    qCInfo(lcMigrate) << "promoting" << preview;
    outcome.report = Promotion::promote(engine, preview, options, progress);
    if (outcome.report.outcome == PromoteReport::Outcome::Conflict) {
        if (progress)
            progress(0.9, tr("comparing the fork point, %1 and %2").arg(preview, outcome.report.target));
        outcome.conflict = conflictDetail(engine, preview);
    }
    return outcome;
}

QString MigrationJobs::discard(const QString &fabricDirectory, const QString &preview, bool unprotect)
{
    LocalFabricEngine engine;
    if (const QString error = openEngine(engine, fabricDirectory); !error.isEmpty())
        return error;
    if (unprotect) {
        if (const QString error = engine.setProtected(preview, false); !error.isEmpty())
            return error;
    }
    qCInfo(lcMigrate) << "discarding the preview" << preview;
    return Rehearsal::discard(engine, preview);
}

ConflictDetail MigrationJobs::conflictDetail(LocalFabricEngine &engine, const QString &preview)
{
    ConflictDetail d;
    d.preview = preview;
    ForkPoint fork;
    if (!Rehearsal::forkPoint(engine, preview, &fork)) {
        d.error = tr("“%1” is not a preview branch (no rehearsal made it), so there is no fork point to compare with.").arg(preview);
        return d;
    }
    d.target = fork.target;
    SchemaSnapshot base;
    QFile kept(Rehearsal::snapshotPath(engine, preview));
    if (!kept.open(QIODevice::ReadOnly) || !SchemaSnapshot::fromBytes(kept.readAll(), &base)) {
        d.error = tr("The schema at the fork point (%1) cannot be read, so the objects cannot be compared; the conflicts the "
                     "promote named are listed above.")
                      .arg(QDir::toNativeSeparators(kept.fileName()));
        return d;
    }
    const auto readSide = [&engine](const QString &name, SchemaSnapshot *out) -> QString {
        BranchInfo b;
        QString error;
        if (!engine.branch(name, &b, &error))
            return error.isEmpty() ? tr("There is no branch “%1” any more.").arg(name) : error;
        if (b.compute != ComputeState::Running) {
            if (const QString started = engine.startCompute(name); !started.isEmpty())
                return started;
        }
        const ConnectionInfo info = engine.connectionInfo(name, &error);
        if (!info.isValid())
            return error;
        if (const QString read = SchemaReader::read(info.params(ApplicationName), out); !read.isEmpty())
            return tr("Cannot read the schema of “%1”: %2").arg(name, read);
        return {};
    };
    SchemaSnapshot ours;
    SchemaSnapshot theirs;
    if (const QString error = readSide(preview, &ours); !error.isEmpty()) {
        d.error = error;
        return d;
    }
    if (const QString error = readSide(fork.target, &theirs); !error.isEmpty()) {
        d.error = error;
        return d;
    }
    // As Promotion compares them: the history table is the runner's, not the migrations'.
    DiffOptions options;
    options.excludedSchemas = {QStringLiteral("pixetric")};
    const ThreeWayDiff diff = ThreeWayDiff::compare(base, ours, theirs, options);
    const DdlWriter baseWriter(base, base, options);
    const DdlWriter oursWriter(ours, ours, options);
    const DdlWriter theirsWriter(theirs, theirs, options);
    for (const ThreeWayObject &o : diff.objects) {
        if (o.verdict == ThreeWayObject::Verdict::Unchanged)
            continue;
        ConflictObject c;
        c.object = o;
        c.baseDdl = ddlOf(base, baseWriter, options, o.key, &c.inBase);
        c.oursDdl = ddlOf(ours, oursWriter, options, o.key, &c.inOurs);
        c.theirsDdl = ddlOf(theirs, theirsWriter, options, o.key, &c.inTheirs);
        c.oursChangedLines = LineDiff::compare(lines(c.baseDdl), lines(c.oursDdl)).toLines;
        c.theirsChangedLines = LineDiff::compare(lines(c.baseDdl), lines(c.theirsDdl)).toLines;
        d.objects.append(c);
    }
    std::stable_partition(d.objects.begin(), d.objects.end(),
                          [](const ConflictObject &c) { return c.object.verdict == ThreeWayObject::Verdict::Conflict; });
    d.conflictCount = diff.conflictCount();
    return d;
}

} // namespace Pixetric
