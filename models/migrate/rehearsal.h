#pragma once

#include "locksampler.h"
#include "localfabricengine.h"
#include "migrationhistory.h"
#include "migrationlinter.h"
#include "migrationrunner.h"
#include "migrationset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// What a target was when a preview branch forked from it; promote compares the target with it.
struct ForkPoint
{
    QString target;
    QString preview;
    QString folder;            // the migration folder rehearsed
    QString lsn;               // the target's WAL position the preview starts from
    QString nextXid;           // the target's next transaction ID then: unchanged while nobody writes
    QString previewXid;        // the preview's once the rehearsal ended: unchanged while nobody writes to it
    QString schemaFingerprint; // SHA-256 of the target's schema snapshot then
    QString historyHead;       // SHA-256 of its migration history then
    QString createdAt;         // ISO 8601, UTC
    QString state;             // "rehearsing", "rehearsed" (a go), "no-go", "failed", "promoted", "undone"
    QStringList versions;      // the versions the rehearsal applied, in order

    QJsonObject toJson() const;
    static ForkPoint fromJson(const QJsonObject &object);
};

struct RehearsalOptions
{
    QString preview;          // the preview branch's name; empty: "<target>-preview-<time>"
    MigrationRunOptions run;
    double maxExclusiveLockMs = 1000; // longer on a big table is a no-go
    qint64 bigTableRows = 100000;
    int lockSampleMs = 20;
};

struct RehearsalReport
{
    bool made = false;   // the preview was made and the migrations ran (whether or not they succeeded)
    QString error;       // why no rehearsal could be made, for people
    ForkPoint fork;
    MigrationRunReport run;
    QList<LockHold> locks;
    QStringList rewrites;      // tables whose storage the migrations wrote anew
    QStringList schemaChanges; // target → preview, one line per object, for people
    LintReport lint;           // the pending migrations, for the target's server version
    bool go = false;
    QStringList noGo;          // why not, for people
    double totalMs = 0;
    double migrationMs = 0;    // the migrations' own run time
    QStringList notes;         // what else to know (the lock sampler could not run, …)

    QJsonObject toJson() const;
    QString toText() const;
};

// Rehearsal of a migration folder on a preview branch of a target, and what belongs to a
// preview: its fork point (kept in the fabric's registry with the target's schema snapshot in
// the fabric's previews/ folder) and its discarding.
//
// Thread affinity: a worker thread or the command line; every call blocks.
class Rehearsal
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Rehearsal)

public:
    static RehearsalReport rehearse(LocalFabricEngine &engine, const QString &target, const MigrationSet &set,
                                    const RehearsalOptions &options = {}, const LocalFabricEngine::Progress &progress = {});
    // Resets the preview to its target's head (which moved on) and rehearses the folder there
    // again: a new fork point.
    static RehearsalReport rebase(LocalFabricEngine &engine, const QString &preview, const MigrationSet &set,
                                  const RehearsalOptions &options = {}, const LocalFabricEngine::Progress &progress = {});
    // Removes the preview branch, its compute and its fork point.
    static QString discard(LocalFabricEngine &engine, const QString &preview);

    static bool forkPoint(const LocalFabricEngine &engine, const QString &preview, ForkPoint *out);
    // The note (LocalFabricEngine::note) a preview's fork point is kept under, and its value.
    static QString forkPointKey(const QString &preview);
    static QString forkPointNote(const ForkPoint &fork);
    static QString saveForkPoint(LocalFabricEngine &engine, const ForkPoint &fork);
    // Where the target's schema at the fork point is kept.
    static QString snapshotPath(const LocalFabricEngine &engine, const QString &preview);
    // SHA-256 over the history's versions, checksums and outcomes.
    static QString historyHead(const QList<AppliedMigration> &history);

private:
    static RehearsalReport rehearseOn(LocalFabricEngine &engine, const QString &target, const QString &preview, const MigrationSet &set,
                                      const RehearsalOptions &options, const LocalFabricEngine::Progress &progress,
                                      const class QElapsedTimer &total);
};

} // namespace Pixetric
