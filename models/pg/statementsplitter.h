#pragma once

#include <QList>
#include <QString>

namespace Pixetric {

// One statement of a script. Offsets are UTF-16 indexes into the text that was split (for
// QString and the editor's character model) and UTF-8 byte offsets (for libpq and
// QScintilla). The range excludes leading whitespace and comments and the terminating ';'.
struct SqlStatement
{
    int begin = 0;
    int end = 0;
    int byteBegin = 0;
    int byteEnd = 0;
    QString text;
};

struct SplitResult
{
    QList<SqlStatement> statements;
    // True when PostgreSQL's grammar accepted the whole text; otherwise the statements come
    // from the token scanner and syntaxError says where the grammar stopped.
    bool parsed = false;
    QString syntaxError;
    int syntaxErrorOffset = -1; // UTF-16 offset in the text, -1 when unknown
};

// Splits SQL with libpg_query: the real PostgreSQL grammar when the text parses, PostgreSQL's
// own scanner otherwise (so a script with a syntax error still runs statement by statement).
// Dollar quotes, E'' strings, nested comments, BEGIN ATOMIC bodies and parenthesised rule
// actions never split a statement. Thread-safe.
class StatementSplitter
{
public:
    static SplitResult split(const QString &sql);

    // The index of the statement the cursor (UTF-16 offset) is in, or the one just before it
    // when the cursor sits between statements; -1 for an empty list.
    static int statementAt(const QList<SqlStatement> &statements, int position);
};

// Character arithmetic for the three position units in play: the server's 1-based character
// (code point) positions, UTF-16 indexes (QString) and UTF-8 byte offsets (libpq, QScintilla).
namespace SqlText {
// UTF-16 index of the character at the server's 1-based position in text (clamped to the end).
int utf16FromServerPosition(const QString &text, int serverPosition);
// UTF-8 byte offset of a UTF-16 index in text.
int utf8FromUtf16(const QString &text, int utf16Index);
// UTF-16 index of a UTF-8 byte offset in utf8 (clamped, rounded down to a character start).
int utf16FromUtf8(const QByteArray &utf8, int byteOffset);
} // namespace SqlText

} // namespace Pixetric
