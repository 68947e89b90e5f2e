#pragma once

#include "catalogsnapshot.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

struct SqlKeyword
{
    QString word;  // lower case
    char category; // as pg_get_keywords() reports it: 'U', 'C', 'T' or 'R'
};

struct CompletionItem
{
    enum class Kind { Keyword, Schema, Table, View, MaterializedView, ForeignTable, Column, Function, Type, Alias };

    QString text;   // what replaces the word: quoted and schema-qualified as needed
    QString name;   // the object's own name, unquoted
    QString detail; // for people: type and source of a column, signature of a function, …
    Kind kind = Kind::Keyword;
};

struct CompletionResult
{
    // What the cursor position asks for.
    enum class Context {
        None,          // inside a string or comment, or naming something new: offer nothing
        Statement,     // start of a statement: keywords
        Keyword,       // after a table reference: an alias or the next clause
        Relation,      // after FROM, JOIN, UPDATE, INTO, TABLE: tables, views, schemas
        Column,        // expressions: columns of the tables in scope, functions, keywords
        InsertColumns, // INSERT INTO t ( … ): the target table's columns
        Type,          // after :: or CAST( … AS
    };

    // The range of the text the chosen item replaces (UTF-16 offsets into the text given):
    // the whole word around the cursor, an opening double quote included.
    int replaceStart = 0;
    int replaceEnd = 0;
    QString prefix;        // the part of that word before the cursor, unquoted
    QStringList qualifier; // case-folded names before the word, e.g. {"public"} for "public.or"
    Context context = Context::None;
    QList<CompletionItem> items;

    bool isEmpty() const { return items.isEmpty(); }
};

// Schema-aware SQL completion as pure logic: text and cursor in, candidates out. Knows
// PostgreSQL's lexical rules (quoting, case folding, dollar quotes, comments) and enough of its
// grammar to tell which clause the cursor is in and which tables are in scope, including
// aliases, CTEs and subqueries in FROM. Never touches the network.
//
// Thread affinity: none; const methods are safe to call from several threads at once.
class CompletionEngine
{
public:
    CompletionEngine() = default;
    explicit CompletionEngine(CatalogSnapshotPtr snapshot) : m_snapshot(std::move(snapshot)) {}

    // Without a snapshot only keywords are offered.
    void setSnapshot(CatalogSnapshotPtr snapshot) { m_snapshot = std::move(snapshot); }
    const CatalogSnapshotPtr &snapshot() const { return m_snapshot; }

    // At most this many items come back (best first). Default 2000.
    void setMaxItems(int maxItems) { m_maxItems = qMax(1, maxItems); }

    // text may be a whole script: only the statement around cursor (a UTF-16 offset) counts.
    CompletionResult complete(const QString &text, int cursor) const;

    // PostgreSQL's keywords from :/sql/keywords.txt, sorted. Loaded once; thread-safe.
    static const QList<SqlKeyword> &keywords();
    // 0 when word (any case) is not a keyword, else its category.
    static char keywordCategory(const QString &word);

    // True when name must be written in double quotes to mean exactly name.
    static bool needsQuoting(const QString &name);
    // name as it must be written: quoted (with doubled inner quotes) only when needed.
    static QString quoteIdentifier(const QString &name);

private:
    CatalogSnapshotPtr m_snapshot;
    int m_maxItems = 2000;
};

} // namespace Pixetric
