#pragma once

#include "schemasnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Pixetric {

// What a comparison looks at.
struct DiffOptions
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::DiffOptions)

public:
    bool ignoreOwners = false;
    bool ignorePrivileges = false;
    bool ignoreComments = false;
    // Routine bodies and view definitions compared with runs of white space as one space.
    bool ignoreBodyWhitespace = false;
    QStringList schemas;         // only these, when not empty
    QStringList excludedSchemas; // never these

    // Parses "owners,privileges,comments,whitespace"; false with *error set on a word it does
    // not know.
    bool parseIgnoreList(const QString &list, QString *error);
    bool accepts(const SchemaObject &object) const;
    // The object as the comparison sees it: ignored attributes removed, bodies normalized.
    SchemaObject effective(const SchemaObject &object) const;
};

struct AttributeChange
{
    QString name;
    QVariant from; // invalid when the attribute is absent on that side
    QVariant to;
    static QString text(const QVariant &value); // how a person reads a value
};

struct ObjectDiff
{
    enum class State { Identical, Changed, OnlyInFrom, OnlyInTo };

    QString key;
    ObjectKind kind = ObjectKind::Table;
    State state = State::Identical;
    std::optional<SchemaObject> from; // as the comparison saw it (DiffOptions::effective)
    std::optional<SchemaObject> to;
    QList<AttributeChange> changes;   // Changed only, by attribute name

    const SchemaObject &object() const { return to ? *to : *from; }
};

// The comparison of two snapshots, object by object: FROM is the database a migration starts
// from, TO the one it should end up like. Copyable value; no thread affinity; pure CPU work.
class SchemaDiff
{
public:
    static SchemaDiff compare(const SchemaSnapshot &from, const SchemaSnapshot &to,
                              const DiffOptions &options = {});

    QList<ObjectDiff> objects; // every object of either side, in key order
    DiffOptions options;

    bool hasDifferences() const;
    int count(ObjectDiff::State state) const;
    const ObjectDiff *find(const QString &key) const;
};

} // namespace Pixetric
