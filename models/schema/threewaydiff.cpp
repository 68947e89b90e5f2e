#include "threewaydiff.h"

#include <QHash>
#include <QSet>

namespace Pixetric {

namespace {

QString stateWord(ObjectDiff::State state)
{
    switch (state) {
    case ObjectDiff::State::Identical: return ThreeWayDiff::tr("kept");
    case ObjectDiff::State::Changed: return ThreeWayDiff::tr("changed");
    case ObjectDiff::State::OnlyInFrom: return ThreeWayDiff::tr("dropped");
    case ObjectDiff::State::OnlyInTo: return ThreeWayDiff::tr("added");
    }
    return {};
}

} // namespace

ThreeWayDiff ThreeWayDiff::compare(const SchemaSnapshot &base, const SchemaSnapshot &ours, const SchemaSnapshot &theirs,
                                   const DiffOptions &options)
{
    const SchemaDiff mine = SchemaDiff::compare(base, ours, options);
    const SchemaDiff other = SchemaDiff::compare(base, theirs, options);

    QHash<QString, const ObjectDiff *> oursByKey;
    QHash<QString, const ObjectDiff *> theirsByKey;
    for (const ObjectDiff &d : mine.objects)
        oursByKey.insert(d.key, &d);
    for (const ObjectDiff &d : other.objects)
        theirsByKey.insert(d.key, &d);
    QStringList keys = oursByKey.keys() + theirsByKey.keys();
    keys.sort();
    keys.removeDuplicates();

    // What each side removed from the base, or rebuilt (changed in a way its dependents notice:
    // every change counts, to stay on the safe side).
    QSet<QString> goneInOurs;
    QSet<QString> goneInTheirs;
    for (const ObjectDiff &d : mine.objects) {
        if (d.state == ObjectDiff::State::OnlyInFrom)
            goneInOurs.insert(d.key);
    }
    for (const ObjectDiff &d : other.objects) {
        if (d.state == ObjectDiff::State::OnlyInFrom)
            goneInTheirs.insert(d.key);
    }

    ThreeWayDiff result;
    for (const QString &key : std::as_const(keys)) {
        const ObjectDiff *a = oursByKey.value(key);
        const ObjectDiff *b = theirsByKey.value(key);
        ThreeWayObject o;
        o.key = key;
        o.kind = a ? a->kind : b->kind;
        o.displayName = (a ? a->object() : b->object()).displayName();
        // A side that does not have the key at all neither has nor had it: "kept absent".
        o.ours = a ? a->state : ObjectDiff::State::Identical;
        o.theirs = b ? b->state : ObjectDiff::State::Identical;
        if (a)
            o.oursChanges = a->changes;
        if (b)
            o.theirsChanges = b->changes;
        const bool oursTouched = o.ours != ObjectDiff::State::Identical;
        const bool theirsTouched = o.theirs != ObjectDiff::State::Identical;
        if (!oursTouched && !theirsTouched) {
            o.verdict = ThreeWayObject::Verdict::Unchanged;
        } else if (oursTouched && !theirsTouched) {
            o.verdict = ThreeWayObject::Verdict::Ours;
        } else if (!oursTouched && theirsTouched) {
            o.verdict = ThreeWayObject::Verdict::Theirs;
        } else if (o.ours == o.theirs && (o.ours == ObjectDiff::State::OnlyInFrom || (a->to && b->to && *a->to == *b->to))) {
            o.verdict = ThreeWayObject::Verdict::Same;
        } else if (o.ours == ObjectDiff::State::Changed && o.theirs == ObjectDiff::State::Changed) {
            // Different attributes can both change; one attribute changed two ways cannot.
            QStringList clashes;
            for (const AttributeChange &x : std::as_const(o.oursChanges)) {
                for (const AttributeChange &y : std::as_const(o.theirsChanges)) {
                    if (x.name == y.name && x.to != y.to)
                        clashes << x.name;
                }
            }
            if (clashes.isEmpty()) {
                o.verdict = ThreeWayObject::Verdict::Merged;
            } else {
                o.verdict = ThreeWayObject::Verdict::Conflict;
                o.reason = tr("%1 is changed on both sides, differently: %2").arg(o.displayName, clashes.join(QStringLiteral(", ")));
            }
        } else if (o.ours == ObjectDiff::State::OnlyInTo && o.theirs == ObjectDiff::State::OnlyInTo) {
            o.verdict = ThreeWayObject::Verdict::Conflict;
            o.reason = tr("%1 is added on both sides, differently").arg(o.displayName);
        } else {
            o.verdict = ThreeWayObject::Verdict::Conflict;
            o.reason = tr("%1 is %2 on one side and %3 on the other").arg(o.displayName, stateWord(o.ours), stateWord(o.theirs));
        }
        result.objects.append(o);
    }

    // A change that needs what the other side dropped.
    auto needsGone = [](const ObjectDiff *d, const SchemaSnapshot &side, const QSet<QString> &gone) -> QString {
        if (!d || (d->state != ObjectDiff::State::OnlyInTo && d->state != ObjectDiff::State::Changed))
            return {};
        const SchemaObject *o = side.find(d->key);
        if (!o)
            return {};
        for (const QString &dep : o->dependsOn) {
            if (gone.contains(dep))
                return dep;
        }
        return {};
    };
    for (ThreeWayObject &o : result.objects) {
        if (o.verdict == ThreeWayObject::Verdict::Conflict)
            continue;
        QString missing = needsGone(oursByKey.value(o.key), ours, goneInTheirs);
        bool oursNeeds = !missing.isEmpty();
        if (missing.isEmpty())
            missing = needsGone(theirsByKey.value(o.key), theirs, goneInOurs);
        if (missing.isEmpty())
            continue;
        const SchemaObject *gone = base.find(missing);
        o.verdict = ThreeWayObject::Verdict::Conflict;
        o.reason = tr("%1, %2 on one side, needs %3, which the other side dropped")
                       .arg(o.displayName, stateWord(oursNeeds ? o.ours : o.theirs), gone ? gone->displayName() : missing);
    }
    return result;
}

int ThreeWayDiff::conflictCount() const
{
    return int(std::count_if(objects.begin(), objects.end(),
                             [](const ThreeWayObject &o) { return o.verdict == ThreeWayObject::Verdict::Conflict; }));
}

const ThreeWayObject *ThreeWayDiff::find(const QString &key) const
{
    const auto it = std::lower_bound(objects.begin(), objects.end(), key,
                                     [](const ThreeWayObject &o, const QString &k) { return o.key < k; });
    return it != objects.end() && it->key == key ? &*it : nullptr;
}

} // namespace Pixetric
