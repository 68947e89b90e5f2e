#include "schemasnapshot.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

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
    const QList<qsizetype> indexes = m_byKind.value(int(kind));
    result.reserve(indexes.size());
    for (const qsizetype i : indexes)
        result.append(&objects.at(i));
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
    for (SchemaObject &o : objects) {
        if (o.cachedKey.isEmpty())
            o.cachedKey = o.computeKey();
    }
    std::sort(objects.begin(), objects.end(), [](const SchemaObject &a, const SchemaObject &b) {
        return a.cachedKey < b.cachedKey;
    });
    m_byKey.clear();
    m_byKey.reserve(objects.size());
    m_byKind.clear();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        m_byKey.insert(objects.at(i).key(), i);
        m_byKind[int(objects.at(i).kind)].append(i);
    }

    // A sub-object's table or view. Sub-objects of one relation come one after another (their
    // keys share the relation's name), so each relation is looked up about once per kind.
    auto relationKey = [this](const QString &schema, const QString &name) {
        for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::ForeignTable}) {
            QString key = SchemaObject::makeKey(kind, schema, name);
            if (m_byKey.contains(key))
                return key;
        }
        return QString();
    };
    QString lastSchema;
    QString lastTable;
    QString lastParent;
    m_children.clear();
    m_dependents.clear();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        SchemaObject &o = objects[i];
        const QString &key = o.cachedKey;
        // A sub-object needs its table (or view: rules, policies and indexes may be on one).
        QString parent;
        if (o.isSubObject()) {
            if (o.table != lastTable || o.schema != lastSchema) {
                lastSchema = o.schema;
                lastTable = o.table;
                lastParent = relationKey(o.schema, o.table);
            }
            parent = lastParent;
            if (!parent.isEmpty() && !o.dependsOn.contains(parent))
                o.dependsOn.append(parent);
        }
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
        if (!parent.isEmpty())
            m_children[parent].append(i);
    }
    // A table's sub-objects by kind, columns by position.
    QList<int> position(objects.size(), 0);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (objects.at(i).kind == ObjectKind::Column)
            position[i] = objects.at(i).attr(QStringLiteral("position")).toInt();
    }
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this, &position](qsizetype a, qsizetype b) {
            const ObjectKind x = objects.at(a).kind;
            const ObjectKind y = objects.at(b).kind;
            return x != y ? x < y : position.at(a) < position.at(b);
        });
    }
}

bool SchemaSnapshot::operator==(const SchemaSnapshot &other) const
{
    // Objects compare by identity and attributes; a cached key is no part of either.
    if (serverVersionNum != other.serverVersionNum || objects.size() != other.objects.size())
        return false;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const SchemaObject &a = objects.at(i);
        const SchemaObject &b = other.objects.at(i);
        if (a.kind != b.kind || a.schema != b.schema || a.name != b.name || a.table != b.table || a.args != b.args
            || a.attrs != b.attrs || a.dependsOn != b.dependsOn)
            return false;
    }
    return true;
}

namespace {

constexpr quint32 SnapshotMagic = 0x50585331; // "PXS1"

} // namespace

QByteArray SchemaSnapshot::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << SnapshotMagic << qint32(serverVersionNum) << qint64(objects.size());
    for (const SchemaObject &o : objects) {
        out << qint32(o.kind) << o.schema << o.name << o.table << o.args << o.dependsOn << qint32(o.attrs.size());
        for (const auto &[name, value] : o.attrs)
            out << name << value;
    }
    return bytes;
}

bool SchemaSnapshot::fromBytes(const QByteArray &bytes, SchemaSnapshot *out)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint64 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != SnapshotMagic || count < 0)
        return false;
    SchemaSnapshot snapshot;
    snapshot.serverVersionNum = version;
    snapshot.objects.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SchemaObject o;
        qint32 kind = 0;
        qint32 attributes = 0;
        in >> kind >> o.schema >> o.name >> o.table >> o.args >> o.dependsOn >> attributes;
        o.kind = ObjectKind(kind);
        QList<AttributeMap::Entry> entries;
        for (qint32 a = 0; a < attributes && in.status() == QDataStream::Ok; ++a) {
            AttributeMap::Entry e;
            in >> e.first >> e.second;
            entries << e;
        }
        o.attrs = AttributeMap::fromSorted(entries);
        snapshot.objects << o;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    snapshot.rebuildIndex();
    *out = snapshot;
    return true;
}

QString SchemaSnapshot::fingerprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(toBytes(), QCryptographicHash::Sha256).toHex());
}

} // namespace Pixetric
