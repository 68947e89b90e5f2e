#pragma once

#include "rehearsal.h"
#include "threewaydiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Pixetric {

struct PromoteOptions
{
    MigrationRunOptions run;     // lockWaitMs also bounds the wait for another promote
    RehearsalOptions rebase;     // for the rehearsal a rebase makes
    bool confirmedProtected = false; // the target is protected and the person confirmed
    // When neither the target nor the preview had writes since the rehearsal, the preview's
    // data takes the target's place (behind the target's endpoint) instead of the migrations
    // running again; the old data stays as a backup branch for undo.
    bool fastForward = true;
};

// The last promote into a target, kept with the fabric for undo.
struct PromotionRecord
{
    QString target;
    QString preview;
    QString mode;          // "fast-forward" or "applied"
    QString backup;        // fast-forward: the branch holding the target's data from before
    QString folder;        // the migration folder promoted
    QStringList versions;  // the versions promoted, in order
    QString at;            // ISO 8601, UTC
    QString nextXidAfter;  // the target's next transaction ID right after: unchanged while nobody writes

    bool isFastForward() const { return mode == QLatin1String("fast-forward"); }
    QDateTime time() const { return QDateTime::fromString(at, Qt::ISODateWithMs); }
    QJsonObject toJson() const;
    static PromotionRecord fromJson(const QJsonObject &object);
    static QString noteKey(const QString &target) { return QStringLiteral("promotion:") + target; }
};

struct PromoteReport
{
    enum class Outcome {
        Promoted, // the target has the preview's migrations
        Conflict, // the target moved on in a way that clashes; nothing was touched
        Failed,   // anything else; error says what (nothing half-applied)
    };
    Outcome outcome = Outcome::Failed;
    QString preview;
    QString target;
    QString error;
    QStringList conflicts;     // object by object (or version by version), for people
    bool rebased = false;      // the preview was rebased on the target's new head first
    bool fastForward = false;  // the preview's data took the target's place
    QString backup;            // then: the branch that keeps the target's old data
    RehearsalReport rehearsal; // the rebase's rehearsal, when rebased
    MigrationRunReport run;    // the migrations on the target
    double ms = 0;

    QJsonObject toJson() const;
    QString toText() const;
};

struct UndoOptions
{
    double windowHours = 24;     // a promote older than this is not undone
    bool acceptDataLoss = false; // go on although writes or data are lost (the report lists them)
    bool confirmedProtected = false;
    MigrationRunOptions run;
};

struct UndoReport
{
    enum class Outcome {
        Undone,  // the target is as before the promote
        Refused, // nothing was touched; warnings or error say why and what to do
        Failed,  // anything else (nothing half-undone)
    };
    Outcome outcome = Outcome::Failed;
    PromotionRecord promotion;
    QString error;
    QStringList warnings;      // what undoing loses, for people
    bool generated = false;    // applied promote without down parts: a reverse migration was generated
    QStringList statements;    // what ran (or would run) on the target
    double ms = 0;

    QJsonObject toJson() const;
    QString toText() const;
};

// Promotes a rehearsed preview into its target, optimistically: under the target's migration
// lock the target is compared with the fork point. Unchanged in schema and history, the
// preview's migrations are applied to the target in one transaction (its data and the writes
// since the fork are kept). Changed, a three-way comparison (fork point, preview, target)
// decides: disjoint changes rebase the preview on the target's head and rehearse again before
// applying; clashing ones, or a version applied to the target meanwhile, are a conflict and
// nothing is touched. Two promotes of one target at once: the lock orders them, and the second
// finds the target changed. With no writes to the target since the fork nor to the preview
// since its rehearsal, the promote is a fast-forward (LocalFabricEngine::swapBranchData): the
// preview's data behind the target's endpoint, the old data kept as "<target>-backup-<time>".
// undo() reverts the last promote of a target within the window: a fast-forward swaps back
// (refused when the target had writes since, unless accepted); an applied one runs the down
// parts kept in the history in reverse, or a migration generated from the target's schema back
// to the fork point's, refused when it loses data unless accepted.
//
// Thread affinity: a worker thread or the command line; it blocks.
class Promotion
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Promotion)

public:
    static PromoteReport promote(LocalFabricEngine &engine, const QString &preview, const PromoteOptions &options = {},
                                 const LocalFabricEngine::Progress &progress = {});
    static UndoReport undo(LocalFabricEngine &engine, const QString &target, const UndoOptions &options = {},
                           const LocalFabricEngine::Progress &progress = {});
    static bool lastPromotion(const LocalFabricEngine &engine, const QString &target, PromotionRecord *out);
};

} // namespace Pixetric
