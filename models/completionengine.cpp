#include "completionengine.h"

#include "completioncollector.h"
#include "sqllexer.h"
#include "sqlscopeanalyzer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace Pixetric {

namespace {

using Relation = CatalogSnapshot::Relation;
using Context = CompletionResult::Context;
using Completion::CommonTable;
using Completion::CompletionCollector;
using Completion::ScopeEntry;
using Completion::SqlLexer;
using Completion::SqlScopeAnalyzer;
using Completion::Token;
using Completion::TokenType;
using Completion::addColumns;
using Completion::addFunctions;
using Completion::addRelation;
using Completion::addSchemas;
using Completion::addTypes;
using Completion::foldIdentifier;
using Completion::isName;
using Completion::isPunct;

QString trDetail(const char *text)
{
    return QCoreApplication::translate("CompletionEngine", text);
}

} // namespace

const QList<SqlKeyword> &CompletionEngine::keywords()
{
    static const QList<SqlKeyword> list = [] {
        QList<SqlKeyword> words;
        QFile file(QStringLiteral(":/sql/keywords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return words;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const int space = int(line.indexOf(' '));
            if (space <= 0 || space + 1 >= line.size())
                continue;
            words.append({QString::fromLatin1(line.left(space)).toLower(), line.at(space + 1)});
        }
        std::sort(words.begin(), words.end(), [](const SqlKeyword &a, const SqlKeyword &b) { return a.word < b.word; });
        return words;
    }();
    return list;
}

namespace {

const QHash<QString, char> &keywordCategories()
{
    static const QHash<QString, char> categories = [] {
        QHash<QString, char> map;
        for (const SqlKeyword &k : CompletionEngine::keywords())
            map.insert(k.word, k.category);
        return map;
    }();
    return categories;
}

} // namespace

char CompletionEngine::keywordCategory(const QString &word)
{
    return keywordCategories().value(foldIdentifier(word), 0);
}

bool CompletionEngine::needsQuoting(const QString &name)
{
    if (name.isEmpty())
        return true;
    bool first = true;
    for (auto it = name.cbegin(); it != name.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != name.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if ((c >= U'a' && c <= U'z') || c == U'_') {
            // plain
        } else if ((c >= U'0' && c <= U'9') || c == U'$') {
            if (first)
                return true;
        } else if (c < 0x80) {
            return true; // upper case, space, punctuation
        } else {
            // Beyond ASCII the server folds nothing (UTF-8) or by locale (single-byte encodings):
            // letters without case are safe either way, upper case letters and symbols are not.
            if (!QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Mark_NonSpacing
                && QChar::category(c) != QChar::Mark_SpacingCombining)
                return true;
            if (QChar::isUpper(c) || QChar::isTitleCase(c))
                return true;
        }
        first = false;
    }
    // Only lower case is left here, so no folding is needed for the lookup.
    const char category = keywordCategories().value(name, 0);
    return category != 0 && category != 'U';
}

QString CompletionEngine::quoteIdentifier(const QString &name)
{
    if (!needsQuoting(name))
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

CompletionResult CompletionEngine::complete(const QString &text, int cursor) const
{
    CompletionResult result;
    cursor = qBound(0, cursor, int(text.size()));
    result.replaceStart = result.replaceEnd = cursor;

    // The statement around the cursor: between the ';' before it and the one after it. A
    // quick pass finds them, the full one looks at that statement only.
    int from = 0;
    int to = int(text.size());
    {
        const QList<Token> boundaries = SqlLexer(text, 0, int(text.size()), false).run();
        for (const Token &t : boundaries) {
            if (!isPunct(t, QLatin1String(";")))
                continue;
            if (t.end <= cursor) {
                from = t.end;
            } else {
                to = t.begin;
                break;
            }
        }
    }
    const QList<Token> all = SqlLexer(text, from, to, true).run();

    QList<Token> tokens;
    int wordIndex = -1;
    bool quotedWord = false;
    for (int i = 0; i < all.size(); ++i) {
        const Token &t = all.at(i);
        const bool inside = t.begin < cursor && (cursor < t.end || (cursor == t.end && !t.terminated));
        if (inside && (t.type == TokenType::Comment || t.type == TokenType::String))
            return result; // Context::None
        if (t.type == TokenType::Comment)
            continue;
        if (t.begin < cursor && cursor <= t.end && isName(t)) {
            wordIndex = int(tokens.size());
            quotedWord = t.type == TokenType::QuotedIdentifier;
            result.replaceStart = t.begin;
            result.replaceEnd = t.end;
            if (quotedWord) {
                // The unescaped text between the opening quote and the cursor.
                const int contentEnd = t.terminated && cursor == t.end ? cursor - 1 : cursor;
                result.prefix = text.mid(t.begin + 1, contentEnd - t.begin - 1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            } else {
                result.prefix = text.mid(t.begin, cursor - t.begin);
            }
        } else if (inside && (t.type == TokenType::Number || t.type == TokenType::Parameter)) {
            return result;
        }
        tokens.append(t);
    }
    // An E'…' or U&"…" word starts with a letter but is not an identifier being typed.
    if (wordIndex >= 0 && tokens.at(wordIndex).type == TokenType::QuotedIdentifier
        && text.at(result.replaceStart) != QLatin1Char('"'))
        return result;

    // The significant token before the word, and a qualifier chain "a.b." right before it.
    int p = -1;
    for (int i = int(tokens.size()) - 1; i >= 0; --i) {
        if (i == wordIndex)
            continue;
        if (tokens.at(i).end <= result.replaceStart) {
            p = i;
            break;
        }
    }
    while (p >= 1 && isPunct(tokens.at(p), QLatin1String(".")) && isName(tokens.at(p - 1)) && result.qualifier.size() < 3) {
        result.qualifier.prepend(tokens.at(p - 1).value);
        p -= 2;
    }
    if (p >= 0 && isPunct(tokens.at(p), QLatin1String(".")))
        return result; // "(expr)." and the like

    SqlScopeAnalyzer analyzer(tokens, m_snapshot.get());
    analyzer.collectScope();
    const Relation *insertTarget = nullptr;
    result.context = analyzer.decide(p, &insertTarget);
    if (result.context == Context::None)
        return result;

    CompletionCollector c(result.prefix, quotedWord);
    const CatalogSnapshot *s = m_snapshot.get();
    const QStringList &q = result.qualifier;

    if (!q.isEmpty()) {
        const QString &schemaName = q.last();
        switch (result.context) {
        case Context::Relation:
            if (s) {
                for (const int i : s->relationsInSchema(schemaName))
                    addRelation(c, 0, *s, s->relations().at(i), false);
            }
            break;
        case Context::Type:
            if (s)
                addTypes(c, 0, *s, schemaName);
            break;
        default: {
            bool found = false;
            if (q.size() == 1) {
                if (const ScopeEntry *e = analyzer.scopeEntry(q.first())) {
                    addColumns(c, 0, e->visibleColumns(), e->name);
                    found = true;
                }
            }
            if (!found && s) {
                const Relation *r = s->findRelation(q.size() >= 2 ? q.at(q.size() - 2) : QString(), q.last());
                if (r) {
                    addColumns(c, 0, r->columns, r->name);
                    found = true;
                }
            }
            if (q.size() == 1 && s && s->hasSchema(schemaName)) {
                for (const int i : s->relationsInSchema(schemaName))
                    addRelation(c, 1, *s, s->relations().at(i), false);
                addFunctions(c, 2, *s, schemaName);
                addTypes(c, 3, *s, schemaName);
            }
            break;
        }
        }
        result.items = c.take(m_maxItems);
        return result;
    }

    switch (result.context) {
    case Context::None:
        break;
    case Context::Statement:
    case Context::Keyword:
        c.addKeywords(0);
        break;
    case Context::Relation:
        for (const CommonTable &cte : analyzer.commonTables())
            c.add(0, CompletionItem::Kind::Table, cte.name, c.spell(cte.name), trDetail("common table expression"));
        if (s) {
            for (const Relation &r : s->relations())
                addRelation(c, 0, *s, r, true);
            addSchemas(c, 1, *s);
        }
        // Of the keywords only those that can start a FROM item; "user" and friends cannot.
        c.addKeywords(2, {QLatin1String("lateral"), QLatin1String("only"), QLatin1String("rows"),
                          QLatin1String("select"), QLatin1String("values"), QLatin1String("with")});
        break;
    case Context::InsertColumns:
        if (insertTarget)
            addColumns(c, 0, insertTarget->columns, insertTarget->name);
        break;
    case Context::Column:
        for (const ScopeEntry &e : analyzer.scope())
            addColumns(c, 0, e.visibleColumns(), e.name);
        for (const ScopeEntry &e : analyzer.scope())
            c.add(1, CompletionItem::Kind::Alias, e.name, c.spell(e.name), e.source);
        if (s)
            addFunctions(c, 2, *s, QString());
        c.addKeywords(3);
        break;
    case Context::Type:
        if (s) {
            addTypes(c, 0, *s, QString());
            addSchemas(c, 1, *s);
        }
        break;
    }
    result.items = c.take(m_maxItems);
    return result;
}

} // namespace Pixetric
