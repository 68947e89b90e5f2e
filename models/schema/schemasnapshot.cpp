#include "schemasnapshot.h"

#include <algorithm>

namespace Pixetric {

const SchemaObject *SchemaSnapshot::find(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &objects.at(*it);
}

const SchemaObject *SchemaSnapshot::find(ObjectKind kind, const QString &schema, const QString &name,
                                         const QString &table, const QString &args) const
{
    return find(SchemaObject::makeKey(kind, schema, name, table, args));
}

QList<const SchemaObject *> SchemaSnapshot::ofKind(ObjectKind kind) const
{
    QList<const SchemaObject *> result;
    for (const SchemaObject &o : objects) {
        if (o.kind == kind)
            result.append(&o);
    }
    return result;
}

QList<const SchemaObject *> SchemaSnapshot::childrenOf(const QString &tableKey) const
{
    QList<const SchemaObject *> result;
    for (const qsizetype i : m_children.value(tableKey))
        result.append(&objects.at(i));
    return result;
}

QStringList SchemaSnapshot::dependentsOf(const QString &key) const
{
    return m_dependents.value(key);
}

void SchemaSnapshot::rebuildIndex()
{
    for (SchemaObject &o : objects)
        o.cachedKey = o.computeKey();
    std::sort(objects.begin(), objects.end(), [](const SchemaObject &a, const SchemaObject &b) {
        return a.cachedKey < b.cachedKey;
    });
    m_byKey.clear();
    m_byKey.reserve(objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i)
        m_byKey.insert(objects.at(i).key(), i);

    m_children.clear();
    m_dependents.clear();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        SchemaObject &o = objects[i];
        const QString key = o.key();
        std::sort(o.dependsOn.begin(), o.dependsOn.end());
        QStringList kept;
        kept.reserve(o.dependsOn.size());
        for (const QString &d : std::as_const(o.dependsOn)) {
            if (d != key && m_byKey.contains(d) && (kept.isEmpty() || kept.constLast() != d))
                kept.append(d);
        }
        o.dependsOn = kept;
        for (const QString &d : std::as_const(o.dependsOn))
            m_dependents[d].append(key);
        if (o.isSubObject()) {
            // Index keys leave the table out; the parent is the table or view it is on.
            const QString parentSchema = o.schema;
            for (const ObjectKind parentKind : {ObjectKind::Table, ObjectKind::ForeignTable,
                                                ObjectKind::View, ObjectKind::MaterializedView}) {
                const QString parent = SchemaObject::makeKey(parentKind, parentSchema, o.table);
                if (m_byKey.contains(parent)) {
                    m_children[parent].append(i);
                    break;
                }
            }
        }
    }
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](qsizetype a, qsizetype b) {
            const SchemaObject &x = objects.at(a);
            const SchemaObject &y = objects.at(b);
            if (x.kind != y.kind)
                return x.kind < y.kind;
            if (x.kind == ObjectKind::Column)
                return x.attr(QStringLiteral("position")).toInt() < y.attr(QStringLiteral("position")).toInt();
            return false;
        });
    }
}

bool SchemaSnapshot::operator==(const SchemaSnapshot &other) const
{
    return serverVersionNum == other.serverVersionNum && objects == other.objects;
}

} // namespace Pixetric
