#pragma once

#include "catalogsnapshot.h"
#include "completionengine.h"

#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QString>

#include <initializer_list>

namespace Pixetric::Completion {

// Gathers CompletionEngine's candidates for one word: keeps those that start with the prefix
// (any case), spells names as they must be inserted, drops duplicates and hands back the best
// ones: lower priority first, then by name.
//
// Thread affinity: none; one instance serves one complete() call on one thread. Holds its
// items by value.
class CompletionCollector
{
public:
    // quotedPrefix: the word starts with a double quote, so every name is inserted quoted.
    CompletionCollector(const QString &prefix, bool quotedPrefix);

    bool matches(const QString &name) const;

    // name as it is inserted for this prefix: after an opening quote, always quoted.
    QString spell(const QString &name) const;

    // unique: the caller knows text cannot repeat (relations), which saves a set lookup per
    // item when thousands match.
    void add(int priority, CompletionItem::Kind kind, const QString &name, const QString &text,
             const QString &detail, bool unique = false);

    // All keywords, or only those of allowed.
    void addKeywords(int priority, std::initializer_list<QLatin1String> allowed = {});

    // The best maxItems items, best first.
    QList<CompletionItem> take(int maxItems);

private:
    struct Ranked
    {
        int priority;
        CompletionItem item;
    };
    QString m_prefix;
    bool m_quoted;
    bool m_upperKeywords = false;
    QSet<QString> m_seen;
    QList<Ranked> m_items;
};

// Catalog objects as candidates. source and the details name where an item comes from.
void addColumns(CompletionCollector &c, int priority, const QList<CatalogSnapshot::Column> &columns,
                const QString &source);
// qualifyIfHidden: schema-qualify a relation the search path does not reach.
void addRelation(CompletionCollector &c, int priority, const CatalogSnapshot &s, const CatalogSnapshot::Relation &r,
                 bool qualifyIfHidden);
// An empty schema means those on the search path.
void addFunctions(CompletionCollector &c, int priority, const CatalogSnapshot &s, const QString &schema);
void addTypes(CompletionCollector &c, int priority, const CatalogSnapshot &s, const QString &schema);
void addSchemas(CompletionCollector &c, int priority, const CatalogSnapshot &s);

} // namespace Pixetric::Completion
