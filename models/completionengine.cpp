#include "completionengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace Pixetric {

namespace {

using Relation = CatalogSnapshot::Relation;
using Column = CatalogSnapshot::Column;
using Context = CompletionResult::Context;

QString trDetail(const char *text)
{
    return QCoreApplication::translate("CompletionEngine", text);
}

// ---------------------------------------------------------------------------------------
// Lexing: PostgreSQL's rules, tolerant of text that is still being typed.

enum class TokenType { Word, QuotedIdentifier, String, Number, Parameter, Operator, Punct, Comment };

struct Token
{
    TokenType type = TokenType::Punct;
    int begin = 0;
    int end = 0;
    int depth = 0;          // parenthesis depth; a '(' and its ')' sit at the outer depth
    bool terminated = true; // false for a quote or comment still open at the end of the text
    QString value;          // Word: ASCII-folded; QuotedIdentifier: unescaped; else the text
};

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

// The server's scanner takes every byte with the high bit set as part of an identifier.
bool isIdentStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}

bool isIdentChar(char16_t c) { return isIdentStart(c) || isAsciiDigit(c) || c == u'$'; }

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isOperatorChar(char16_t c)
{
    switch (c) {
    case u'+': case u'-': case u'*': case u'/': case u'<': case u'>': case u'=': case u'~':
    case u'!': case u'@': case u'#': case u'%': case u'^': case u'&': case u'|': case u'`':
    case u'?':
        return true;
    default:
        return false;
    }
}

// Unquoted identifiers fold to lower case, and in a UTF-8 database only ASCII letters fold.
QString foldIdentifier(QStringView word)
{
    QString folded = word.toString();
    for (QChar &c : folded) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return folded;
}

class Lexer
{
public:
    // Lexes text[from, to). Without values, Word and QuotedIdentifier tokens carry no value:
    // a quick pass over a long script that only looks for the statement boundaries.
    Lexer(const QString &text, int from, int to, bool values)
        : m_text(text), m_from(from), m_n(to), m_values(values)
    {
    }

    // Every ';' ends a statement and resets the depth, so an unbalanced parenthesis in one
    // statement (typing in progress) cannot confuse the next one.
    QList<Token> run()
    {
        QList<Token> tokens;
        int depth = 0;
        int i = m_from;
        while (i < m_n) {
            const char16_t c = at(i);
            if (isSpace(c)) {
                ++i;
                continue;
            }
            Token t;
            t.begin = i;
            t.depth = depth;
            if (c == u'-' && at(i + 1) == u'-') {
                while (i < m_n && at(i) != u'\n')
                    ++i;
                t.type = TokenType::Comment;
                t.terminated = false; // a cursor at its end is still in it
            } else if (c == u'/' && at(i + 1) == u'*') {
                t.type = TokenType::Comment;
                t.terminated = false;
                int nesting = 0;
                while (i < m_n) {
                    if (at(i) == u'/' && at(i + 1) == u'*') {
                        ++nesting;
                        i += 2;
                    } else if (at(i) == u'*' && at(i + 1) == u'/') {
                        i += 2;
                        if (--nesting == 0) {
                            t.terminated = true;
                            break;
                        }
                    } else {
                        ++i;
                    }
                }
            } else if (c == u'\'') {
                t.type = TokenType::String;
                i = scanString(i, false, &t.terminated);
            } else if (c == u'"') {
                t.type = TokenType::QuotedIdentifier;
                i = scanQuotedIdentifier(i, &t.value, &t.terminated);
            } else if (c == u'$') {
                if (isAsciiDigit(at(i + 1))) {
                    t.type = TokenType::Parameter;
                    ++i;
                    while (isAsciiDigit(at(i)))
                        ++i;
                } else {
                    int j = i + 1;
                    while (j < m_n && isIdentChar(at(j)) && at(j) != u'$')
                        ++j;
                    if (at(j) == u'$') {
                        const QStringView tag = QStringView(m_text).mid(i, j - i + 1);
                        int close = int(m_text.indexOf(tag, j + 1));
                        if (close + int(tag.size()) > m_n)
                            close = -1;
                        t.type = TokenType::String;
                        t.terminated = close >= 0;
                        i = close >= 0 ? close + int(tag.size()) : m_n;
                    } else {
                        t.type = TokenType::Operator;
                        t.value = QStringLiteral("$");
                        ++i;
                    }
                }
            } else if (isAsciiDigit(c) || (c == u'.' && isAsciiDigit(at(i + 1)))) {
                t.type = TokenType::Number;
                ++i;
                while (i < m_n) {
                    const char16_t d = at(i);
                    if ((d == u'+' || d == u'-') && (at(i - 1) == u'e' || at(i - 1) == u'E'))
                        ++i;
                    else if (isAsciiDigit(d) || d == u'.' || d == u'_' || (d < 0x80 && isIdentStart(d)))
                        ++i;
                    else
                        break;
                }
            } else if (isIdentStart(c)) {
                int j = i;
                while (j < m_n && isIdentChar(at(j)))
                    ++j;
                const bool single = j - i == 1;
                if (single && at(j) == u'\'' && QStringLiteral("eEbBxXnN").contains(QChar(c))) {
                    t.type = TokenType::String;
                    i = scanString(j, c == u'e' || c == u'E', &t.terminated);
                } else if (single && (c == u'u' || c == u'U') && at(j) == u'&' && at(j + 1) == u'\'') {
                    t.type = TokenType::String;
                    i = scanString(j + 1, false, &t.terminated);
                } else if (single && (c == u'u' || c == u'U') && at(j) == u'&' && at(j + 1) == u'"') {
                    t.type = TokenType::QuotedIdentifier;
                    i = scanQuotedIdentifier(j + 1, &t.value, &t.terminated);
                } else {
                    t.type = TokenType::Word;
                    if (m_values)
                        t.value = foldIdentifier(QStringView(m_text).mid(i, j - i));
                    i = j;
                }
            } else if (c == u'(') {
                t.value = QStringLiteral("(");
                ++depth;
                ++i;
            } else if (c == u')') {
                depth = qMax(0, depth - 1);
                t.depth = depth;
                t.value = QStringLiteral(")");
                ++i;
            } else if (c == u':' && at(i + 1) == u':') {
                t.value = QStringLiteral("::");
                i += 2;
            } else if (isOperatorChar(c)) {
                t.type = TokenType::Operator;
                ++i;
                while (i < m_n && isOperatorChar(at(i)) && !(at(i) == u'-' && at(i + 1) == u'-')
                       && !(at(i) == u'/' && at(i + 1) == u'*'))
                    ++i;
                t.value = m_text.mid(t.begin, i - t.begin);
            } else {
                if (m_values || c == u';')
                    t.value = QString(QChar(c));
                ++i;
                if (c == u';')
                    depth = 0;
            }
            t.end = i;
            tokens.append(t);
        }
        return tokens;
    }

private:
    char16_t at(int i) const { return i >= 0 && i < m_n ? m_text.at(i).unicode() : 0; }

    // From the opening quote; returns the index after the closing quote.
    int scanString(int i, bool backslashEscapes, bool *terminated)
    {
        *terminated = false;
        ++i;
        while (i < m_n) {
            const char16_t c = at(i);
            if (c == u'\\' && backslashEscapes) {
                i += 2;
            } else if (c == u'\'') {
                if (at(i + 1) == u'\'') {
                    i += 2;
                } else {
                    *terminated = true;
                    return i + 1;
                }
            } else {
                ++i;
            }
        }
        return m_n;
    }

    // An identifier still being typed ends, for completion's sake, at the end of its line:
    // otherwise one open quote would swallow the rest of the statement and its FROM clause.
    int scanQuotedIdentifier(int i, QString *value, bool *terminated)
    {
        *terminated = false;
        const int open = i;
        ++i;
        while (i < m_n) {
            if (at(i) == u'"') {
                if (at(i + 1) == u'"') {
                    value->append(QLatin1Char('"'));
                    i += 2;
                    continue;
                }
                *terminated = true;
                return i + 1;
            }
            value->append(m_text.at(i));
            ++i;
        }
        const int newline = int(m_text.indexOf(QLatin1Char('\n'), open));
        if (newline < 0 || newline >= m_n)
            return m_n;
        // No closing quote anywhere, so every quote inside is a doubled one.
        *value = m_text.mid(open + 1, newline - open - 1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return newline;
    }

    const QString &m_text;
    const int m_from;
    const int m_n;
    const bool m_values;
};

// ---------------------------------------------------------------------------------------
// Analysis of one statement.

struct ScopeEntry
{
    QString name;   // how the statement refers to it: the alias, or the table's own name
    QString source; // for people: what the name stands for
    const Relation *relation = nullptr;
    QList<Column> columns; // when there is no relation, or column aliases rename it
    bool hasColumnAliases = false;

    QList<Column> visibleColumns() const
    {
        if (!relation)
            return columns;
        if (!hasColumnAliases)
            return relation->columns;
        QList<Column> renamed = relation->columns;
        for (int i = 0; i < columns.size() && i < renamed.size(); ++i)
            renamed[i].name = columns.at(i).name;
        return renamed;
    }
};

struct CommonTable
{
    QString name;
    QList<Column> columns;
};

bool isWordOneOf(const Token &t, std::initializer_list<QLatin1String> words)
{
    if (t.type != TokenType::Word)
        return false;
    for (const QLatin1String &w : words) {
        if (t.value == w)
            return true;
    }
    return false;
}

bool isWord(const Token &t, QLatin1String word)
{
    return t.type == TokenType::Word && t.value == word;
}

bool isPunct(const Token &t, QLatin1String text)
{
    return t.type == TokenType::Punct && t.value == text;
}

bool isName(const Token &t)
{
    return t.type == TokenType::Word || t.type == TokenType::QuotedIdentifier;
}

const auto RelationKeywords = {QLatin1String("from"), QLatin1String("join"), QLatin1String("update"),
                               QLatin1String("into"), QLatin1String("table"), QLatin1String("truncate")};
const auto ColumnKeywords = {
    QLatin1String("select"), QLatin1String("where"),     QLatin1String("on"),      QLatin1String("having"),
    QLatin1String("by"),     QLatin1String("set"),       QLatin1String("returning"), QLatin1String("when"),
    QLatin1String("then"),   QLatin1String("else"),      QLatin1String("and"),     QLatin1String("or"),
    QLatin1String("not"),    QLatin1String("case"),      QLatin1String("distinct"), QLatin1String("using"),
    QLatin1String("values"), QLatin1String("in"),        QLatin1String("between"), QLatin1String("like"),
    QLatin1String("ilike"),  QLatin1String("similar"),   QLatin1String("is"),      QLatin1String("over"),
    QLatin1String("filter"), QLatin1String("limit"),     QLatin1String("offset"),  QLatin1String("all"),
    QLatin1String("any"),    QLatin1String("some"),      QLatin1String("exists"),  QLatin1String("array")};
const auto StatementKeywords = {
    QLatin1String("insert"),  QLatin1String("delete"),  QLatin1String("create"),   QLatin1String("alter"),
    QLatin1String("drop"),    QLatin1String("with"),    QLatin1String("grant"),    QLatin1String("revoke"),
    QLatin1String("comment"), QLatin1String("analyze"), QLatin1String("vacuum"),   QLatin1String("explain"),
    QLatin1String("begin"),   QLatin1String("commit"),  QLatin1String("rollback"), QLatin1String("copy"),
    QLatin1String("call"),    QLatin1String("do"),      QLatin1String("merge")};

class Analyzer
{
public:
    Analyzer(const QList<Token> &tokens, const CatalogSnapshot *snapshot)
        : m_t(tokens), m_n(int(tokens.size())), m_snapshot(snapshot)
    {
    }

    QString nameOf(int i) const { return m_t.at(i).value; }

    int matchingParen(int open) const
    {
        const int depth = m_t.at(open).depth;
        for (int j = open + 1; j < m_n; ++j) {
            if (isPunct(m_t.at(j), QLatin1String(")")) && m_t.at(j).depth == depth)
                return j;
        }
        return m_n;
    }

    // The '(' enclosing token i, or -1.
    int enclosingParen(int i) const
    {
        const int depth = m_t.at(i).depth;
        for (int j = i - 1; j >= 0; --j) {
            if (m_t.at(j).depth < depth)
                return isPunct(m_t.at(j), QLatin1String("(")) ? j : -1;
        }
        return -1;
    }

    // Output column names of the SELECT starting at or after begin, up to end.
    QList<Column> selectListNames(int begin, int end) const
    {
        QList<Column> names;
        int s = begin;
        while (s < end && !isWord(m_t.at(s), QLatin1String("select")))
            ++s;
        if (s >= end)
            return names;
        const int depth = m_t.at(s).depth;
        int j = s + 1;
        if (j < end && isWord(m_t.at(j), QLatin1String("all")))
            ++j;
        if (j < end && isWord(m_t.at(j), QLatin1String("distinct"))) {
            ++j;
            if (j + 1 < end && isWord(m_t.at(j), QLatin1String("on")) && isPunct(m_t.at(j + 1), QLatin1String("(")))
                j = matchingParen(j + 1) + 1;
        }
        QList<int> item;
        const auto flush = [&] {
            const QString name = itemName(item);
            if (!name.isEmpty())
                names.append({name, QString()});
            item.clear();
        };
        for (; j < end; ++j) {
            const Token &t = m_t.at(j);
            if (t.type == TokenType::Comment)
                continue;
            if (t.depth == depth) {
                if (isPunct(t, QLatin1String(","))) {
                    flush();
                    continue;
                }
                if (isWordOneOf(t, {QLatin1String("from"), QLatin1String("where"), QLatin1String("group"),
                                    QLatin1String("having"), QLatin1String("window"), QLatin1String("order"),
                                    QLatin1String("limit"), QLatin1String("offset"), QLatin1String("union"),
                                    QLatin1String("except"), QLatin1String("intersect"), QLatin1String("into"),
                                    QLatin1String("for"), QLatin1String("fetch")}))
                    break;
            }
            if (t.depth == depth)
                item.append(j);
            else if (!item.isEmpty() && item.last() != -1)
                item.append(-1); // stands for a nested group
        }
        flush();
        return names;
    }

    // The name PostgreSQL gives a select-list item, when it is a name (not "?column?").
    QString itemName(QList<int> item) const
    {
        // x::type is named after x.
        for (int k = 0; k < item.size(); ++k) {
            if (item.at(k) >= 0 && isPunct(m_t.at(item.at(k)), QLatin1String("::"))) {
                item = item.mid(0, k);
                break;
            }
        }
        if (item.isEmpty() || item.last() < 0)
            return QString();
        const int last = item.last();
        if (item.size() >= 2 && item.at(item.size() - 2) >= 0 && isWord(m_t.at(item.at(item.size() - 2)), QLatin1String("as")))
            return isName(m_t.at(last)) ? nameOf(last) : QString();
        // A plain (qualified) column reference: name(.name)*
        bool plain = true;
        for (int k = 0; k < item.size(); ++k) {
            const int idx = item.at(k);
            const bool expectName = k % 2 == 0;
            if (idx < 0 || (expectName ? !isName(m_t.at(idx)) : !isPunct(m_t.at(idx), QLatin1String(".")))) {
                plain = false;
                break;
            }
        }
        if (plain && item.size() % 2 == 1)
            return nameOf(last);
        // expression alias without AS: "count(*) n"
        if (item.size() >= 2 && isName(m_t.at(last)) && item.at(item.size() - 2) >= 0) {
            const Token &before = m_t.at(item.at(item.size() - 2));
            const bool closes = isPunct(before, QLatin1String(")")) || before.type == TokenType::Number
                                || before.type == TokenType::String || isName(before);
            if (closes && !isWordOneOf(m_t.at(last), {QLatin1String("end")}))
                return nameOf(last);
        }
        // f(…) is named f
        if (item.size() >= 2 && isName(m_t.at(item.first())) && item.at(1) >= 0
            && isPunct(m_t.at(item.at(1)), QLatin1String("(")))
            return nameOf(item.first());
        if (item.size() >= 2 && isName(m_t.at(item.first())) && item.at(1) == -1)
            return nameOf(item.first());
        return QString();
    }

    bool isAliasCandidate(int i) const
    {
        const Token &t = m_t.at(i);
        if (t.type == TokenType::QuotedIdentifier)
            return true;
        if (t.type != TokenType::Word)
            return false;
        const char category = CompletionEngine::keywordCategory(t.value);
        if (category == 'R' || category == 'T')
            return false;
        return !isWordOneOf(t, {QLatin1String("set"), QLatin1String("values"), QLatin1String("overriding")});
    }

    QList<Column> nameList(int open, int close) const
    {
        QList<Column> names;
        const int depth = m_t.at(open).depth + 1;
        bool expectName = true;
        for (int j = open + 1; j < close; ++j) {
            const Token &t = m_t.at(j);
            if (t.depth != depth)
                continue;
            if (isPunct(t, QLatin1String(","))) {
                expectName = true;
            } else if (expectName && isName(t)) {
                names.append({t.value, QString()});
                expectName = false;
            }
        }
        return names;
    }

    void collectCommonTables()
    {
        int i = 0;
        if (i >= m_n || !isWord(m_t.at(i), QLatin1String("with")))
            return;
        ++i;
        if (i < m_n && isWord(m_t.at(i), QLatin1String("recursive")))
            ++i;
        while (i < m_n && isName(m_t.at(i))) {
            CommonTable cte;
            cte.name = nameOf(i++);
            bool explicitColumns = false;
            if (i < m_n && isPunct(m_t.at(i), QLatin1String("("))) {
                const int close = matchingParen(i);
                cte.columns = nameList(i, close);
                explicitColumns = true;
                i = close + 1;
            }
            if (i >= m_n || !isWord(m_t.at(i), QLatin1String("as")))
                break;
            ++i;
            while (i < m_n && isWordOneOf(m_t.at(i), {QLatin1String("not"), QLatin1String("materialized")}))
                ++i;
            if (i >= m_n || !isPunct(m_t.at(i), QLatin1String("(")))
                break;
            const int close = matchingParen(i);
            if (!explicitColumns)
                cte.columns = selectListNames(i + 1, close);
            m_commonTables.append(cte);
            i = close + 1;
            if (i < m_n && isPunct(m_t.at(i), QLatin1String(",")))
                ++i;
            else
                break;
        }
    }

    // Reads one table reference at i; returns the index after it.
    int parseTableRef(int i)
    {
        while (i < m_n && isWordOneOf(m_t.at(i), {QLatin1String("only"), QLatin1String("lateral")}))
            ++i;
        if (i >= m_n)
            return i;
        ScopeEntry e;
        if (isPunct(m_t.at(i), QLatin1String("("))) {
            const int close = matchingParen(i);
            if (i + 1 < close && isWordOneOf(m_t.at(i + 1), {QLatin1String("select"), QLatin1String("values"), QLatin1String("with")})) {
                e.columns = selectListNames(i + 1, close);
                e.source = trDetail("subquery");
                i = close + 1;
            } else {
                // A parenthesised join: its first table follows the '(' rather than FROM or JOIN.
                parseTableRef(i + 1);
                return close + 1;
            }
        } else if (isName(m_t.at(i))) {
            QStringList parts{nameOf(i)};
            ++i;
            while (i + 1 < m_n && isPunct(m_t.at(i), QLatin1String(".")) && isName(m_t.at(i + 1))) {
                parts.append(nameOf(i + 1));
                i += 2;
            }
            e.name = parts.last();
            if (i < m_n && isPunct(m_t.at(i), QLatin1String("("))) {
                // A set-returning function: its columns are not in the catalog snapshot.
                i = matchingParen(i) + 1;
                e.source = parts.join(QLatin1Char('.')) + QStringLiteral("()");
            } else {
                e.source = parts.join(QLatin1Char('.'));
                const CommonTable *cte = parts.size() == 1 ? commonTable(parts.first()) : nullptr;
                if (cte) {
                    e.columns = cte->columns;
                } else if (m_snapshot) {
                    e.relation = m_snapshot->findRelation(parts.size() >= 2 ? parts.at(parts.size() - 2) : QString(),
                                                          parts.last());
                    if (e.relation)
                        e.source = e.relation->schema + QLatin1Char('.') + e.relation->name;
                }
            }
            if (i < m_n && m_t.at(i).type == TokenType::Operator && m_t.at(i).value == QLatin1String("*"))
                ++i;
        } else {
            return i;
        }
        bool aliased = false;
        if (i + 1 < m_n && isWord(m_t.at(i), QLatin1String("as")) && isName(m_t.at(i + 1))) {
            e.name = nameOf(i + 1);
            aliased = true;
            i += 2;
        } else if (i < m_n && isAliasCandidate(i)) {
            e.name = nameOf(i);
            aliased = true;
            ++i;
        }
        if (aliased && i < m_n && isPunct(m_t.at(i), QLatin1String("("))) {
            const int close = matchingParen(i);
            const QList<Column> names = nameList(i, close);
            if (e.relation) {
                e.columns = names;
                e.hasColumnAliases = true;
            } else {
                for (int k = 0; k < names.size(); ++k) {
                    if (k < e.columns.size())
                        e.columns[k].name = names.at(k).name;
                    else
                        e.columns.append(names.at(k));
                }
            }
            i = close + 1;
        }
        if (!e.name.isEmpty())
            m_scope.append(e);
        return i;
    }

    void collectScope()
    {
        collectCommonTables();
        for (int i = 0; i < m_n; ++i) {
            const Token &t = m_t.at(i);
            if (t.type != TokenType::Word)
                continue;
            bool starts = false;
            if (t.value == QLatin1String("from")) {
                // FROM inside extract(), substring(), trim(), … and IS DISTINCT FROM are not clauses.
                const int open = enclosingParen(i);
                const bool inFunction = open > 0
                    && isWordOneOf(m_t.at(open - 1), {QLatin1String("extract"), QLatin1String("substring"),
                                                      QLatin1String("trim"), QLatin1String("overlay"),
                                                      QLatin1String("position"), QLatin1String("normalize")});
                starts = !inFunction && !(i > 0 && isWord(m_t.at(i - 1), QLatin1String("distinct")));
            } else if (t.value == QLatin1String("join")) {
                starts = true;
            } else if (t.value == QLatin1String("update")) {
                // Not ON CONFLICT DO UPDATE, FOR UPDATE, ON UPDATE CASCADE.
                starts = i == 0 || isPunct(m_t.at(i - 1), QLatin1String(")"))
                         || isWordOneOf(m_t.at(i - 1), {QLatin1String("explain"), QLatin1String("analyze"),
                                                        QLatin1String("verbose")});
            } else if (t.value == QLatin1String("into")) {
                starts = i > 0 && isWordOneOf(m_t.at(i - 1), {QLatin1String("insert"), QLatin1String("merge")});
            }
            if (!starts)
                continue;
            int j = parseTableRef(i + 1);
            if (t.value == QLatin1String("from")) {
                while (j < m_n && isPunct(m_t.at(j), QLatin1String(",")) && m_t.at(j).depth == t.depth)
                    j = parseTableRef(j + 1);
            }
        }
    }

    const CommonTable *commonTable(const QString &name) const
    {
        for (const CommonTable &cte : m_commonTables) {
            if (cte.name == name)
                return &cte;
        }
        return nullptr;
    }

    const QList<ScopeEntry> &scope() const { return m_scope; }
    const QList<CommonTable> &commonTables() const { return m_commonTables; }

    const ScopeEntry *scopeEntry(const QString &name) const
    {
        for (const ScopeEntry &e : m_scope) {
            if (e.name == name)
                return &e;
        }
        return nullptr;
    }

    // Which clause a word typed after token p (-1: nothing before it) belongs to.
    Context decide(int p, const Relation **insertTarget) const
    {
        if (p < 0)
            return Context::Statement;
        const Token &prev = m_t.at(p);
        const int cursorDepth = isPunct(prev, QLatin1String("(")) ? prev.depth + 1 : prev.depth;
        int opener = -1;
        if (cursorDepth > 0) {
            for (int j = p; j >= 0; --j) {
                if (m_t.at(j).depth < cursorDepth) {
                    opener = j;
                    break;
                }
            }
        }

        if (isPunct(prev, QLatin1String("::")))
            return Context::Type;
        if (isWord(prev, QLatin1String("as"))) {
            if (opener > 0 && isWord(m_t.at(opener - 1), QLatin1String("cast")))
                return Context::Type;
            const int k = clauseKeyword(p - 1, cursorDepth);
            if (opener >= 0 || (k >= 0 && !isWordOneOf(m_t.at(k), StatementKeywords)))
                return Context::None; // naming a new column or alias
            return Context::Statement;
        }
        if (isWordOneOf(prev, RelationKeywords) || isWord(prev, QLatin1String("only")))
            return Context::Relation;
        if (isPunct(prev, QLatin1String(","))) {
            const int k = clauseKeyword(p - 1, cursorDepth);
            if (k >= 0 && isWord(m_t.at(k), QLatin1String("from")))
                return Context::Relation;
        }

        const int k = clauseKeyword(p, cursorDepth);
        if (k < 0 && opener >= 0)
            return decideInParens(opener, insertTarget);
        if (k < 0)
            return Context::Keyword;
        if (isWordOneOf(m_t.at(k), RelationKeywords))
            return Context::Keyword; // after a table reference: an alias or the next clause
        if (isWordOneOf(m_t.at(k), ColumnKeywords))
            return Context::Column;
        return Context::Keyword;
    }

    // The nearest clause keyword at depth, scanning back from i; -1 at the start of the
    // statement or of the enclosing parenthesis.
    int clauseKeyword(int i, int depth) const
    {
        for (int j = i; j >= 0; --j) {
            const Token &t = m_t.at(j);
            if (t.depth > depth)
                continue;
            if (t.depth < depth)
                return -1;
            if (isWordOneOf(t, RelationKeywords) || isWordOneOf(t, ColumnKeywords) || isWordOneOf(t, StatementKeywords))
                return j;
        }
        return -1;
    }

    Context decideInParens(int open, const Relation **insertTarget) const
    {
        if (open == 0)
            return Context::Statement;
        // INSERT INTO name[.name] (
        int j = open - 1;
        QStringList parts;
        while (j >= 0 && isName(m_t.at(j)) && !isWordOneOf(m_t.at(j), {QLatin1String("into")})) {
            parts.prepend(nameOf(j));
            if (j >= 1 && isPunct(m_t.at(j - 1), QLatin1String(".")))
                j -= 2;
            else {
                --j;
                break;
            }
        }
        if (!parts.isEmpty() && j >= 0 && isWord(m_t.at(j), QLatin1String("into"))) {
            if (m_snapshot) {
                *insertTarget = m_snapshot->findRelation(parts.size() >= 2 ? parts.at(parts.size() - 2) : QString(),
                                                         parts.last());
            }
            return Context::InsertColumns;
        }
        const Token &before = m_t.at(open - 1);
        if (isWordOneOf(before, {QLatin1String("from"), QLatin1String("join")}))
            return Context::Relation;
        if (isWordOneOf(before, {QLatin1String("as"), QLatin1String("exists")})
            || isPunct(before, QLatin1String("(")))
            return Context::Statement;
        return Context::Column;
    }

private:
    const QList<Token> &m_t;
    const int m_n;
    const CatalogSnapshot *m_snapshot;
    QList<CommonTable> m_commonTables;
    QList<ScopeEntry> m_scope;
};

// ---------------------------------------------------------------------------------------
// Candidates.

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

class Collector
{
public:
    Collector(const QString &prefix, bool quotedPrefix)
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

    bool matches(const QString &name) const
    {
        return m_prefix.isEmpty() || name.startsWith(m_prefix, Qt::CaseInsensitive);
    }

    // name as it is inserted for this prefix: after an opening quote, always quoted.
    QString spell(const QString &name) const
    {
        if (m_quoted)
            return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return CompletionEngine::quoteIdentifier(name);
    }

    // unique: the caller knows text cannot repeat (relations), which saves a set lookup per
    // item when thousands match.
    void add(int priority, CompletionItem::Kind kind, const QString &name, const QString &text,
             const QString &detail, bool unique = false)
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

    // All keywords, or only those of allowed.
    void addKeywords(int priority, std::initializer_list<QLatin1String> allowed = {})
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

    QList<CompletionItem> take(int maxItems)
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

void addColumns(Collector &c, int priority, const QList<Column> &columns, const QString &source)
{
    for (const Column &col : columns) {
        const QString detail = col.type.isEmpty() ? source : col.type + QStringLiteral(" \u00b7 ") + source;
        c.add(priority, CompletionItem::Kind::Column, col.name, c.spell(col.name), detail);
    }
}

void addRelation(Collector &c, int priority, const CatalogSnapshot &s, const Relation &r, bool qualifyIfHidden)
{
    if (!c.matches(r.name))
        return;
    const QString text = qualifyIfHidden && !s.isVisible(r) ? c.spell(r.schema) + QLatin1Char('.') + c.spell(r.name)
                                                            : c.spell(r.name);
    c.add(priority, itemKind(r.kind), r.name, text,
          relationKindName(r.kind) + QLatin1Char(' ') + r.schema + QLatin1Char('.') + r.name, true);
}

void addFunctions(Collector &c, int priority, const CatalogSnapshot &s, const QString &schema)
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

void addTypes(Collector &c, int priority, const CatalogSnapshot &s, const QString &schema)
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

void addSchemas(Collector &c, int priority, const CatalogSnapshot &s)
{
    for (const QString &schema : s.schemas())
        c.add(priority, CompletionItem::Kind::Schema, schema, c.spell(schema), trDetail("schema"));
}

} // namespace

// ---------------------------------------------------------------------------------------

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
        const QList<Token> boundaries = Lexer(text, 0, int(text.size()), false).run();
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
    const QList<Token> all = Lexer(text, from, to, true).run();

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

    Analyzer analyzer(tokens, m_snapshot.get());
    analyzer.collectScope();
    const Relation *insertTarget = nullptr;
    result.context = analyzer.decide(p, &insertTarget);
    if (result.context == Context::None)
        return result;

    Collector c(result.prefix, quotedWord);
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
