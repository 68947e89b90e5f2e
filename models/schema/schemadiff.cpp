#include "schemadiff.h"

#include <QRegularExpression>

namespace Pixetric {

namespace {

const QStringList ownerAttributes = {QStringLiteral("owner")};
const QStringList privilegeAttributes = {QStringLiteral("privileges"), QStringLiteral("columnPrivileges"),
                                         QStringLiteral("defaults")};
const QStringList commentAttributes = {QStringLiteral("comment"), QStringLiteral("columnComments")};
// Attributes that describe an object but are no difference: a column's place (ADD COLUMN
// always appends).
const QStringList neverCompared = {QStringLiteral("position")};
const QStringList bodyAttributes = {QStringLiteral("definition")};

QString collapseWhitespace(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString result = text;
    result.replace(space, QStringLiteral(" "));
    return result.trimmed();
}

} // namespace

bool DiffOptions::parseIgnoreList(const QString &list, QString *error)
{
    const QStringList words = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("owners") || word == QLatin1String("owner"))
            ignoreOwners = true;
        else if (word == QLatin1String("privileges") || word == QLatin1String("grants"))
            ignorePrivileges = true;
        else if (word == QLatin1String("comments") || word == QLatin1String("comment"))
            ignoreComments = true;
        else if (word == QLatin1String("whitespace"))
            ignoreBodyWhitespace = true;
        else {
            if (error) {
                *error = tr("Unknown item \"%1\" to ignore: use owners, privileges, comments or whitespace.")
                             .arg(raw.trimmed());
            }
            return false;
        }
    }
    return true;
}

bool DiffOptions::accepts(const SchemaObject &object) const
{
    // An extension lives in a schema too, named in its attributes.
    const QString schema = object.kind == ObjectKind::Schema      ? object.name
                           : object.kind == ObjectKind::Extension ? object.attr(QStringLiteral("schema"))
                                                                  : object.schema;
    if (schema.isEmpty())
        return schemas.isEmpty();
    if (excludedSchemas.contains(schema))
        return false;
    return schemas.isEmpty() || schemas.contains(schema);
}

SchemaObject DiffOptions::effective(const SchemaObject &object) const
{
    SchemaObject result = object;
    auto drop = [&result](const QStringList &names) {
        for (const QString &name : names)
            result.attrs.remove(name);
    };
    if (ignoreOwners)
        drop(ownerAttributes);
    if (ignorePrivileges)
        drop(privilegeAttributes);
    if (ignoreComments)
        drop(commentAttributes);
    if (ignoreBodyWhitespace) {
        for (const QString &name : bodyAttributes) {
            if (result.has(name))
                result.attrs.insert(name, collapseWhitespace(result.attr(name)));
        }
    }
    return result;
}

QString AttributeChange::text(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("—");
    if (value.userType() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char('\n'));
    return value.toString();
}

SchemaDiff SchemaDiff::compare(const SchemaSnapshot &from, const SchemaSnapshot &to, const DiffOptions &options)
{
    SchemaDiff diff;
    diff.options = options;
    diff.objects.reserve(std::max(from.objects.size(), to.objects.size()));

    // Both lists are sorted by key: one merge walk.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < from.objects.size() || j < to.objects.size()) {
        const SchemaObject *a = i < from.objects.size() ? &from.objects.at(i) : nullptr;
        const SchemaObject *b = j < to.objects.size() ? &to.objects.at(j) : nullptr;
        int order = 0;
        if (!a)
            order = 1;
        else if (!b)
            order = -1;
        else
            order = a->key().compare(b->key());
        if (order < 0)
            b = nullptr, ++i;
        else if (order > 0)
            a = nullptr, ++j;
        else
            ++i, ++j;
        if ((a && !options.accepts(*a)) || (b && !options.accepts(*b)))
            continue;

        ObjectDiff d;
        d.key = a ? a->key() : b->key();
        d.kind = a ? a->kind : b->kind;
        if (a)
            d.from = options.effective(*a);
        if (b)
            d.to = options.effective(*b);
        if (!a) {
            d.state = ObjectDiff::State::OnlyInTo;
        } else if (!b) {
            d.state = ObjectDiff::State::OnlyInFrom;
        } else {
            // Both maps are sorted by name: one merge walk, names in order.
            const AttributeMap &x = d.from->attrs;
            const AttributeMap &y = d.to->attrs;
            auto p = x.begin();
            auto q = y.begin();
            while (p != x.end() || q != y.end()) {
                const int nameOrder = p == x.end() ? 1 : q == y.end() ? -1 : p->first.compare(q->first);
                const QString &name = nameOrder <= 0 ? p->first : q->first;
                const QVariant none;
                const QVariant &before = nameOrder <= 0 ? p->second : none;
                const QVariant &after = nameOrder >= 0 ? q->second : none;
                if (before != after && !neverCompared.contains(name))
                    d.changes.append({name, before, after});
                if (nameOrder <= 0)
                    ++p;
                if (nameOrder >= 0)
                    ++q;
            }
            d.state = d.changes.isEmpty() ? ObjectDiff::State::Identical : ObjectDiff::State::Changed;
        }
        diff.objects.append(std::move(d));
    }
    return diff;
}

bool SchemaDiff::hasDifferences() const
{
    for (const ObjectDiff &d : objects) {
        if (d.state != ObjectDiff::State::Identical)
            return true;
    }
    return false;
}

int SchemaDiff::count(ObjectDiff::State state) const
{
    return int(std::count_if(objects.begin(), objects.end(), [state](const ObjectDiff &d) { return d.state == state; }));
}

const ObjectDiff *SchemaDiff::find(const QString &key) const
{
    const auto it = std::lower_bound(objects.begin(), objects.end(), key,
                                     [](const ObjectDiff &d, const QString &k) { return d.key < k; });
    return it != objects.end() && it->key == key ? &*it : nullptr;
}

} // namespace Pixetric
