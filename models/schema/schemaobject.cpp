#include "schemaobject.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <array>

namespace Pixetric {

AttributeMap::AttributeMap(const QVariantMap &map)
{
    m_entries.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_entries.append({it.key(), it.value()});
}

AttributeMap AttributeMap::fromSorted(const QList<Entry> &entries)
{
    Q_ASSERT(std::is_sorted(entries.cbegin(), entries.cend(), [](const Entry &a, const Entry &b) { return a.first < b.first; }));
    AttributeMap map;
    map.m_entries = QList<Entry>(entries.cbegin(), entries.cend());
    return map;
}

AttributeMap::const_iterator AttributeMap::lowerBound(const QString &name) const
{
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), name, [](const Entry &e, const QString &n) { return e.first < n; });
}

AttributeMap::const_iterator AttributeMap::find(const QString &name) const
{
    const auto it = lowerBound(name);
    return it != m_entries.cend() && it->first == name ? it : m_entries.cend();
}

QVariant AttributeMap::value(const QString &name) const
{
    const auto it = find(name);
    return it == m_entries.cend() ? QVariant() : it->second;
}

void AttributeMap::insert(const QString &name, const QVariant &value)
{
    const auto it = lowerBound(name);
    const qsizetype at = it - m_entries.cbegin();
    if (it != m_entries.cend() && it->first == name)
        m_entries[at].second = value;
    else
        m_entries.insert(at, {name, value});
}

void AttributeMap::remove(const QString &name)
{
    const auto it = find(name);
    if (it != m_entries.cend())
        m_entries.remove(it - m_entries.cbegin());
}

namespace {

struct KindName
{
    ObjectKind kind;
    const char *tag;
    const char *label;
};

// Tags are what the catalog SQL writes in "kind"; labels are for people.
constexpr std::array kindNames = {
    KindName{ObjectKind::Schema, "schema", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "schema")},
    KindName{ObjectKind::Extension, "extension", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "extension")},
    KindName{ObjectKind::Collation, "collation", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "collation")},
    KindName{ObjectKind::ForeignDataWrapper, "foreign data wrapper",
             QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "foreign data wrapper")},
    KindName{ObjectKind::Server, "server", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "server")},
    KindName{ObjectKind::UserMapping, "user mapping", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "user mapping")},
    KindName{ObjectKind::Enum, "enum", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "enum type")},
    KindName{ObjectKind::Composite, "composite", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "composite type")},
    KindName{ObjectKind::Domain, "domain", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "domain")},
    KindName{ObjectKind::Range, "range", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "range type")},
    KindName{ObjectKind::TextSearchDictionary, "text search dictionary",
             QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "text search dictionary")},
    KindName{ObjectKind::TextSearchConfiguration, "text search configuration",
             QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "text search configuration")},
    KindName{ObjectKind::Function, "function", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "function")},
    KindName{ObjectKind::Aggregate, "aggregate", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "aggregate")},
    KindName{ObjectKind::Procedure, "procedure", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "procedure")},
    KindName{ObjectKind::Sequence, "sequence", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "sequence")},
    KindName{ObjectKind::Table, "table", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "table")},
    KindName{ObjectKind::ForeignTable, "foreign table", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "foreign table")},
    KindName{ObjectKind::Column, "column", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "column")},
    KindName{ObjectKind::Constraint, "constraint", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "constraint")},
    KindName{ObjectKind::Index, "index", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "index")},
    KindName{ObjectKind::View, "view", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "view")},
    KindName{ObjectKind::MaterializedView, "materialized view",
             QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "materialized view")},
    KindName{ObjectKind::Statistics, "statistics", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "statistics")},
    KindName{ObjectKind::Trigger, "trigger", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "trigger")},
    KindName{ObjectKind::Rule, "rule", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "rule")},
    KindName{ObjectKind::Policy, "policy", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "policy")},
    KindName{ObjectKind::EventTrigger, "event trigger", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "event trigger")},
    KindName{ObjectKind::Publication, "publication", QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "publication")},
    KindName{ObjectKind::DefaultPrivileges, "default privileges",
             QT_TRANSLATE_NOOP("Pixetric::SchemaObject", "default privileges")},
};

const KindName &kindName(ObjectKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return k;
    }
    return kindNames.front();
}

// Key words that quote_ident quotes: every category but "unreserved" (resources/sql/keywords.txt).
const QSet<QString> &quotedKeywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/sql/keywords.txt"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                    continue;
                const qsizetype space = line.indexOf(QLatin1Char(' '));
                if (space > 0 && line.mid(space + 1) != QLatin1String("U"))
                    set.insert(line.left(space));
            }
        }
        return set;
    }();
    return words;
}

} // namespace

QString SchemaObject::kindTag(ObjectKind kind)
{
    return QString::fromLatin1(kindName(kind).tag);
}

QString SchemaObject::kindLabel(ObjectKind kind)
{
    return tr(kindName(kind).label);
}

bool SchemaObject::kindFromTag(const QString &tag, ObjectKind *kind)
{
    for (const KindName &k : kindNames) {
        if (tag == QLatin1String(k.tag)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString SchemaObject::quoteIdentifier(const QString &identifier)
{
    bool plain = !identifier.isEmpty()
                 && (identifier.at(0) == QLatin1Char('_')
                     || (identifier.at(0) >= QLatin1Char('a') && identifier.at(0) <= QLatin1Char('z')));
    for (const QChar c : identifier) {
        if (!plain)
            break;
        plain = c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    if (plain && !quotedKeywords().contains(identifier))
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SchemaObject::qualify(const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return quoteIdentifier(name);
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString SchemaObject::quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (quoted.contains(QLatin1Char('\\'))) {
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        return QLatin1String("E'") + quoted + QLatin1Char('\'');
    }
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString SchemaObject::makeKey(ObjectKind kind, const QString &schema, const QString &name,
                              const QString &table, const QString &args)
{
    QString key = kindTag(kind) + QLatin1Char(' ');
    if (!schema.isEmpty())
        key += quoteIdentifier(schema) + QLatin1Char('.');
    if (!table.isEmpty() && kind != ObjectKind::Index)
        key += quoteIdentifier(table) + QLatin1Char('.');
    key += quoteIdentifier(name);
    switch (kind) {
    case ObjectKind::Function:
    case ObjectKind::Aggregate:
    case ObjectKind::Procedure:
        key += QLatin1Char('(') + args + QLatin1Char(')');
        break;
    case ObjectKind::UserMapping:
        key += QLatin1String(" SERVER ") + quoteIdentifier(args);
        break;
    case ObjectKind::DefaultPrivileges:
        key += QLatin1Char(' ') + args;
        break;
    default:
        break;
    }
    return key;
}

QString SchemaObject::computeKey() const
{
    return makeKey(kind, schema, name, table, args);
}

bool SchemaObject::isSubObject() const
{
    switch (kind) {
    case ObjectKind::Column:
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Rule:
    case ObjectKind::Policy:
        return true;
    default:
        return false;
    }
}

QString SchemaObject::qualifiedName() const
{
    return qualify(schema, name);
}

QString SchemaObject::qualifiedTable() const
{
    return qualify(schema, table);
}

QString SchemaObject::displayName() const
{
    QString text = kindLabel(kind) + QLatin1Char(' ');
    if (kind == ObjectKind::Column)
        text += qualifiedTable() + QLatin1Char('.') + quoteIdentifier(name);
    else if (isSubObject())
        text += quoteIdentifier(name) + tr(" on %1").arg(qualifiedTable());
    else
        text += qualifiedName();
    switch (kind) {
    case ObjectKind::Function:
    case ObjectKind::Aggregate:
    case ObjectKind::Procedure:
        text += QLatin1Char('(') + args + QLatin1Char(')');
        break;
    case ObjectKind::UserMapping:
        text += tr(" for server %1").arg(quoteIdentifier(args));
        break;
    case ObjectKind::DefaultPrivileges:
        text += QLatin1Char(' ') + args.trimmed();
        break;
    default:
        break;
    }
    return text;
}

} // namespace Pixetric
