#include "completioncollector.h"

#include <QCoreApplication>

#include <algorithm>

namespace Pixetric::Completion {

namespace {

using Relation = CatalogSnapshot::Relation;
using Column = CatalogSnapshot::Column;

// In CompletionEngine's context: these details are the engine's output, whichever file builds them.
QString trDetail(const char *text)
{
    return QCoreApplication::translate("CompletionEngine", text);
}

CompletionItem::Kind itemKind(CatalogSnapshot::RelationKind kind)
{
    switch (kind) {
    case CatalogSnapshot::RelationKind::View: return CompletionItem::Kind::View;
    case CatalogSnapshot::RelationKind::MaterializedView: return CompletionItem::Kind::MaterializedView;
    case CatalogSnapshot::RelationKind::ForeignTable: return CompletionItem::Kind::ForeignTable;
    default: return CompletionItem::Kind::Table;
    }
}

QString relationKindName(CatalogSnapshot::RelationKind kind)
{
    // Translated once per program: looked up for every matching table.
    static const QString names[] = {trDetail("table"), trDetail("view"), trDetail("materialized view"),
                                    trDetail("foreign table"), trDetail("partitioned table")};
    switch (kind) {
    case CatalogSnapshot::RelationKind::View: return names[1];
    case CatalogSnapshot::RelationKind::MaterializedView: return names[2];
    case CatalogSnapshot::RelationKind::ForeignTable: return names[3];
    case CatalogSnapshot::RelationKind::PartitionedTable: return names[4];
    default: return names[0];
    }
}

} // namespace

CompletionCollector::CompletionCollector(const QString &prefix, bool quotedPrefix)
    : m_prefix(prefix), m_quoted(quotedPrefix)
{
    bool hasLetter = false;
    bool allUpper = true;
    for (const QChar c : prefix) {
        if (c.isLetter()) {
            hasLetter = true;
            allUpper = allUpper && c.isUpper();
        }
    }
    m_upperKeywords = hasLetter && allUpper;
}

bool CompletionCollector::matches(const QString &name) const
{
    return m_prefix.isEmpty() || name.startsWith(m_prefix, Qt::CaseInsensitive);
}

QString CompletionCollector::spell(const QString &name) const
{
    if (m_quoted)
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return CompletionEngine::quoteIdentifier(name);
}

void CompletionCollector::add(int priority, CompletionItem::Kind kind, const QString &name, const QString &text,
                              const QString &detail, bool unique)
{
    if (!matches(name))
        return;
    if (!unique) {
        const QString key = QString::number(int(kind)) + QLatin1Char('\x1f') + text;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
    }
    m_items.append({priority, {text, name, detail, kind}});
}

void CompletionCollector::addKeywords(int priority, std::initializer_list<QLatin1String> allowed)
{
    if (m_quoted)
        return;
    for (const SqlKeyword &k : CompletionEngine::keywords()) {
        if (allowed.size() > 0 && std::find(allowed.begin(), allowed.end(), k.word) == allowed.end())
            continue;
        if (matches(k.word))
            add(priority, CompletionItem::Kind::Keyword, k.word, m_upperKeywords ? k.word.toUpper() : k.word, QString());
    }
}

QList<CompletionItem> CompletionCollector::take(int maxItems)
{
    const auto better = [](const Ranked &a, const Ranked &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        const int byName = a.item.name.compare(b.item.name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.item.text < b.item.text;
    };
    // Thousands of matches, a few hundred shown: order only those.
    const qsizetype shown = qMin(m_items.size(), qsizetype(maxItems));
    std::partial_sort(m_items.begin(), m_items.begin() + shown, m_items.end(), better);
    QList<CompletionItem> items;
    items.reserve(qMin(int(m_items.size()), maxItems));
    for (const Ranked &r : std::as_const(m_items)) {
        if (items.size() >= maxItems)
            break;
        items.append(r.item);
    }
    return items;
}

void addColumns(CompletionCollector &c, int priority, const QList<Column> &columns, const QString &source)
{
    for (const Column &col : columns) {
        const QString detail = col.type.isEmpty() ? source : col.type + QStringLiteral(" \u00b7 ") + source;
        c.add(priority, CompletionItem::Kind::Column, col.name, c.spell(col.name), detail);
    }
}

void addRelation(CompletionCollector &c, int priority, const CatalogSnapshot &s, const Relation &r, bool qualifyIfHidden)
{
    if (!c.matches(r.name))
        return;
    const QString text = qualifyIfHidden && !s.isVisible(r) ? c.spell(r.schema) + QLatin1Char('.') + c.spell(r.name)
                                                            : c.spell(r.name);
    c.add(priority, itemKind(r.kind), r.name, text,
          relationKindName(r.kind) + QLatin1Char(' ') + r.schema + QLatin1Char('.') + r.name, true);
}

void addFunctions(CompletionCollector &c, int priority, const CatalogSnapshot &s, const QString &schema)
{
    QString lastKey;
    for (const CatalogSnapshot::Function &f : s.functions()) {
        if (schema.isEmpty() ? !s.isOnSearchPath(f.schema) : f.schema != schema)
            continue;
        if (!c.matches(f.name))
            continue;
        // Overloads sit next to each other (sorted by name): one item, the first signature.
        const QString key = f.schema + QLatin1Char('.') + f.name;
        if (key == lastKey)
            continue;
        lastKey = key;
        QString detail = f.name + QLatin1Char('(') + f.arguments + QLatin1Char(')');
        if (!f.result.isEmpty())
            detail += QStringLiteral(" \u2192 ") + f.result;
        c.add(priority, CompletionItem::Kind::Function, f.name, c.spell(f.name), detail);
    }
}

void addTypes(CompletionCollector &c, int priority, const CatalogSnapshot &s, const QString &schema)
{
    static const QString pgCatalog = QStringLiteral("pg_catalog");
    for (const CatalogSnapshot::Type &t : s.types()) {
        if (schema.isEmpty() ? !s.isOnSearchPath(t.schema) : t.schema != schema)
            continue;
        c.add(priority, CompletionItem::Kind::Type, t.name, c.spell(t.name), t.spelling);
        // The SQL spelling ("integer", "double precision") of built-in types reads better.
        if (t.schema == pgCatalog && t.spelling != t.name && !t.spelling.contains(QLatin1Char('"')))
            c.add(priority, CompletionItem::Kind::Type, t.spelling, t.spelling, t.name);
    }
}

void addSchemas(CompletionCollector &c, int priority, const CatalogSnapshot &s)
{
    for (const QString &schema : s.schemas())
        c.add(priority, CompletionItem::Kind::Schema, schema, c.spell(schema), trDetail("schema"));
}

} // namespace Pixetric::Completion
