#pragma once

#include "catalogsnapshot.h"
#include "completionengine.h"
#include "sqllexer.h"

#include <QList>
#include <QString>

namespace Pixetric::Completion {

// A name an expression of the statement can use: a table reference in FROM, JOIN, UPDATE or
// INSERT INTO, under its alias if it has one.
struct ScopeEntry
{
    QString name;   // how the statement refers to it: the alias, or the table's own name
    QString source; // for people: what the name stands for
    const CatalogSnapshot::Relation *relation = nullptr;
    QList<CatalogSnapshot::Column> columns; // when there is no relation, or column aliases rename it
    bool hasColumnAliases = false;

    QList<CatalogSnapshot::Column> visibleColumns() const;
};

// A query of the statement's WITH clause and the names of its output columns.
struct CommonTable
{
    QString name;
    QList<CatalogSnapshot::Column> columns;
};

// Analysis of one statement for CompletionEngine: which tables, aliases, CTEs and subqueries
// are in scope, and which clause a word typed at a given token belongs to. Knows enough of
// PostgreSQL's grammar for that and no more; text that does not parse yields less, never an
// error.
//
// Thread affinity: none; one instance serves one statement on one thread. It refers to the
// tokens and the snapshot (may be null) it was given without owning them: both must outlive it.
// The relations of its scope entries point into the snapshot.
class SqlScopeAnalyzer
{
public:
    // tokens: one statement, comments removed, as SqlLexer produces them with values.
    SqlScopeAnalyzer(const QList<Token> &tokens, const CatalogSnapshot *snapshot);

    // Reads the WITH clause and every table reference; call once, before the rest.
    void collectScope();

    // Which clause a word typed after token p (-1: nothing before it) belongs to. For
    // INSERT INTO t ( … sets *insertTarget to t when the snapshot knows it.
    CompletionResult::Context decide(int p, const CatalogSnapshot::Relation **insertTarget) const;

    const QList<ScopeEntry> &scope() const { return m_scope; }
    const QList<CommonTable> &commonTables() const { return m_commonTables; }
    const ScopeEntry *scopeEntry(const QString &name) const;

private:
    QString nameOf(int i) const { return m_t.at(i).value; }
    int matchingParen(int open) const;
    // The '(' enclosing token i, or -1.
    int enclosingParen(int i) const;
    // Output column names of the SELECT starting at or after begin, up to end.
    QList<CatalogSnapshot::Column> selectListNames(int begin, int end) const;
    // The name PostgreSQL gives a select-list item, when it is a name (not "?column?").
    QString itemName(QList<int> item) const;
    bool isAliasCandidate(int i) const;
    QList<CatalogSnapshot::Column> nameList(int open, int close) const;
    void collectCommonTables();
    // Reads one table reference at i; returns the index after it.
    int parseTableRef(int i);
    const CommonTable *commonTable(const QString &name) const;
    // The nearest clause keyword at depth, scanning back from i; -1 at the start of the
    // statement or of the enclosing parenthesis.
    int clauseKeyword(int i, int depth) const;
    CompletionResult::Context decideInParens(int open, const CatalogSnapshot::Relation **insertTarget) const;

    const QList<Token> &m_t;
    const int m_n;
    const CatalogSnapshot *m_snapshot;
    QList<CommonTable> m_commonTables;
    QList<ScopeEntry> m_scope;
};

} // namespace Pixetric::Completion
