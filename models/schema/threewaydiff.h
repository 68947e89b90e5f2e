#pragma once

#include "schemadiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pixetric {

// One object seen from a common base and two changed sides ("ours" and "theirs", e.g. a
// preview branch and the main it forked from, which moved on).
struct ThreeWayObject
{
    enum class Verdict {
        Unchanged,  // neither side touched it
        Ours,       // only ours changed it: take ours
        Theirs,     // only theirs changed it: keep theirs
        Same,       // both changed it the same way
        Merged,     // both changed it, in different attributes: both changes apply
        Conflict,   // both changed it in ways that cannot both hold
    };

    QString key;
    ObjectKind kind = ObjectKind::Table;
    ObjectDiff::State ours = ObjectDiff::State::Identical;   // base → ours
    ObjectDiff::State theirs = ObjectDiff::State::Identical; // base → theirs
    QList<AttributeChange> oursChanges;
    QList<AttributeChange> theirsChanges;
    Verdict verdict = Verdict::Unchanged;
    QString reason; // for a conflict: what clashes, for people
    QString displayName;
};

// The three-way comparison the promote workflow uses: object by object, whether the two
// change sets (base → ours, base → theirs) are disjoint or in conflict. Besides two changes to
// one object, a change on one side to an object that depends on something the other side
// dropped or rebuilt is a conflict too (a new view over a column the other side dropped).
//
// Pure CPU work, no thread affinity.
class ThreeWayDiff
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::ThreeWayDiff)

public:
    static ThreeWayDiff compare(const SchemaSnapshot &base, const SchemaSnapshot &ours, const SchemaSnapshot &theirs,
                                const DiffOptions &options = {});

    QList<ThreeWayObject> objects; // every object touched on either side, in key order

    bool isDisjoint() const { return conflictCount() == 0; }
    int conflictCount() const;
    const ThreeWayObject *find(const QString &key) const;
};

} // namespace Pixetric
