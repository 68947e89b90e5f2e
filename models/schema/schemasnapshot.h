#pragma once

#include "schemaobject.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Pixetric {

// Everything SchemaReader read from one database: its objects sorted by identity key (byte
// order), each with the keys of the objects it depends on. Copyable value; no thread
// affinity. After changing objects, call rebuildIndex() before using the lookups (and clear
// an object's cachedKey when its identity changes).
class SchemaSnapshot
{
public:
    int serverVersionNum = 0;
    QList<SchemaObject> objects;

    // nullptr when absent. Pointers stay valid until the list changes.
    const SchemaObject *find(const QString &key) const;
    const SchemaObject *find(ObjectKind kind, const QString &schema, const QString &name,
                             const QString &table = {}, const QString &args = {}) const;
    // The objects of one kind, in key order.
    QList<const SchemaObject *> ofKind(ObjectKind kind) const;
    // The sub-objects (columns by position, then constraints, indexes, triggers, rules,
    // policies) of the table or view with this key.
    QList<const SchemaObject *> childrenOf(const QString &tableKey) const;
    // Keys of the objects that depend on key directly.
    QStringList dependentsOf(const QString &key) const;

    // Sorts the objects, removes dependencies on objects not in the snapshot and rebuilds
    // the lookups.
    void rebuildIndex();
    bool isEmpty() const { return objects.isEmpty(); }
    qsizetype size() const { return objects.size(); }

    // A compact binary form (QDataStream), for keeping a snapshot beside a preview branch;
    // fromBytes() is false for bytes that are not one (or of a newer format).
    QByteArray toBytes() const;
    static bool fromBytes(const QByteArray &bytes, SchemaSnapshot *out);
    // SHA-256 of toBytes(), hex: equal for equal snapshots.
    QString fingerprint() const;

    // The index is derived from the list and left out of the comparison.
    bool operator==(const SchemaSnapshot &other) const;
    bool operator!=(const SchemaSnapshot &other) const { return !(*this == other); }

private:
    QHash<QString, qsizetype> m_byKey;
    QHash<int, QList<qsizetype>> m_byKind; // indexes, not pointers: a copy has its own list
    QHash<QString, QList<qsizetype>> m_children;
    QHash<QString, QStringList> m_dependents;
};

} // namespace Pixetric
