#pragma once

#include "fabrictypes.h"
#include "localfabricengine.h"
#include "migrationhistory.h"
#include "migrationset.h"
#include "promotion.h"
#include "rehearsal.h"
#include "threewaydiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QThreadPool;

namespace Pixetric {

// A preview branch of a target, as its fork point in the fabric's registry describes it.
struct PreviewBranch
{
    BranchInfo branch;
    ForkPoint fork;
};

// What the migrations panel shows of a folder on a target branch.
struct MigrationStatusRead
{
    QString requested;     // the branch asked for
    QString target;        // the branch read: requested, or the target of requested when that is a preview
    QString selectPreview; // requested when it is a preview branch, else empty
    QString folder;
    MigrationSet set;
    bool historyRead = false;
    QList<AppliedMigration> history;
    BranchInfo targetBranch;
    bool suspended = false;  // the target's compute is suspended and was left so: history unknown
    bool startedCompute = false;
    QString error;           // why the history could not be read, for people, with what to do
    QList<PreviewBranch> previews; // of target, newest first
};

// One object of a three-way comparison with its SQL on each side.
struct ConflictObject
{
    ThreeWayObject object;
    QString baseDdl;   // at the fork point; empty when it did not exist there
    QString oursDdl;   // on the preview
    QString theirsDdl; // on the target now
    bool inBase = false;
    bool inOurs = false;
    bool inTheirs = false;
    // 0-based lines of oursDdl / theirsDdl that the fork point's DDL does not have.
    QList<int> oursChangedLines;
    QList<int> theirsChangedLines;
};

// The three-way comparison behind a promote's conflict: fork point (the target's schema when
// the preview forked, kept by Rehearsal::snapshotPath), preview ("ours") and target ("theirs").
struct ConflictDetail
{
    QString preview;
    QString target;
    QString error;                 // why the comparison could not be made, for people
    QList<ConflictObject> objects; // conflicts first, then the other touched objects, by key
    int conflictCount = 0;
};

struct PromoteOutcome
{
    PromoteReport report;
    ConflictDetail conflict; // filled when report.outcome is Conflict
};

// The blocking work of the migrations panel, one function per job. Each opens a
// LocalFabricEngine of its own on the fabric folder (several engines may use one fabric at
// once; one engine per thread), so that a job never shares the LocalFabric's worker engine.
// Errors are values, for people, saying what to do.
//
// Thread affinity: any thread but the GUI thread (every function blocks); pool() is where the
// panel runs them: threads that mostly wait, kept apart from the CPU pool.
class MigrationJobs
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationJobs)

public:
    static QThreadPool *pool();

    // The folder and, when the target's compute runs (or startCompute and it starts), the
    // target's migration history; also the previews forked from the target. A branch that is a
    // preview stands for its target, with the preview to select.
    static MigrationStatusRead readStatus(const QString &fabricDirectory, const QString &branch, const QString &folder,
                                          bool startCompute);
    // Rehearses the folder (read afresh) on a new preview of target.
    static RehearsalReport rehearse(const QString &fabricDirectory, const QString &target, const QString &folder,
                                    const RehearsalOptions &options, const LocalFabricEngine::Progress &progress);
    // Promotes the preview; on a conflict, also compares fork point, preview and target.
    static PromoteOutcome promote(const QString &fabricDirectory, const QString &preview, bool confirmedProtected,
                                  const LocalFabricEngine::Progress &progress);
    // Removes the preview (lifting its protection first when unprotect).
    static QString discard(const QString &fabricDirectory, const QString &preview, bool unprotect);
    // The three-way comparison of a preview's fork point, the preview and its target.
    static ConflictDetail conflictDetail(LocalFabricEngine &engine, const QString &preview);

private:
    static QString openEngine(LocalFabricEngine &engine, const QString &fabricDirectory);
    static QList<PreviewBranch> previewsOf(const LocalFabricEngine &engine, const QList<BranchInfo> &branches,
                                           const QString &target);
};

} // namespace Pixetric
