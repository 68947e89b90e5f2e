#pragma once

#include "rehearsal.h"
#include "threewaydiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Pixetric {

struct PromoteOptions
{
    MigrationRunOptions run;     // lockWaitMs also bounds the wait for another promote
    RehearsalOptions rebase;     // for the rehearsal a rebase makes
    bool confirmedProtected = false; // the target is protected and the person confirmed
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
    RehearsalReport rehearsal; // the rebase's rehearsal, when rebased
    MigrationRunReport run;    // the migrations on the target
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
// finds the target changed.
//
// Thread affinity: a worker thread or the command line; it blocks.
class Promotion
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Promotion)

public:
    static PromoteReport promote(LocalFabricEngine &engine, const QString &preview, const PromoteOptions &options = {},
                                 const LocalFabricEngine::Progress &progress = {});
};

} // namespace Pixetric
