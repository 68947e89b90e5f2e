#include "sqlscopeanalyzer.h"

#include <QCoreApplication>

namespace Pixetric::Completion {

namespace {

using Relation = CatalogSnapshot::Relation;
using Column = CatalogSnapshot::Column;
using Context = CompletionResult::Context;

// In CompletionEngine's context: these details are the engine's output, whichever file builds them.
QString trDetail(const char *text)
{
    return QCoreApplication::translate("CompletionEngine", text);
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

} // namespace

QList<Column> ScopeEntry::visibleColumns() const
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

SqlScopeAnalyzer::SqlScopeAnalyzer(const QList<Token> &tokens, const CatalogSnapshot *snapshot)
    : m_t(tokens), m_n(int(tokens.size())), m_snapshot(snapshot)
{
}

int SqlScopeAnalyzer::matchingParen(int open) const
{
    const int depth = m_t.at(open).depth;
    for (int j = open + 1; j < m_n; ++j) {
        if (isPunct(m_t.at(j), QLatin1String(")")) && m_t.at(j).depth == depth)
            return j;
    }
    return m_n;
}

int SqlScopeAnalyzer::enclosingParen(int i) const
{
    const int depth = m_t.at(i).depth;
    for (int j = i - 1; j >= 0; --j) {
        if (m_t.at(j).depth < depth)
            return isPunct(m_t.at(j), QLatin1String("(")) ? j : -1;
    }
    return -1;
}

QList<Column> SqlScopeAnalyzer::selectListNames(int begin, int end) const
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

QString SqlScopeAnalyzer::itemName(QList<int> item) const
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

bool SqlScopeAnalyzer::isAliasCandidate(int i) const
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

QList<Column> SqlScopeAnalyzer::nameList(int open, int close) const
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

void SqlScopeAnalyzer::collectCommonTables()
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

int SqlScopeAnalyzer::parseTableRef(int i)
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

void SqlScopeAnalyzer::collectScope()
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

const CommonTable *SqlScopeAnalyzer::commonTable(const QString &name) const
{
    for (const CommonTable &cte : m_commonTables) {
        if (cte.name == name)
            return &cte;
    }
    return nullptr;
}

const ScopeEntry *SqlScopeAnalyzer::scopeEntry(const QString &name) const
{
    for (const ScopeEntry &e : m_scope) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Context SqlScopeAnalyzer::decide(int p, const Relation **insertTarget) const
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

int SqlScopeAnalyzer::clauseKeyword(int i, int depth) const
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

Context SqlScopeAnalyzer::decideInParens(int open, const Relation **insertTarget) const
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

} // namespace Pixetric::Completion
