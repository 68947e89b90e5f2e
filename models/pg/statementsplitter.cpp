#include "statementsplitter.h"

#include <QByteArray>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

namespace Pixetric {

namespace {

struct ByteRange
{
    int begin;
    int end;
};

// Skips whitespace and comments (nested /* */ and --) from begin; returns the new offset.
int skipSpaceAndComments(const QByteArray &sql, int begin, int end)
{
    int i = begin;
    while (i < end) {
        const char c = sql.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
        } else if (c == '-' && i + 1 < end && sql.at(i + 1) == '-') {
            while (i < end && sql.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < end && sql.at(i + 1) == '*') {
            int depth = 0;
            while (i < end) {
                if (sql.at(i) == '/' && i + 1 < end && sql.at(i + 1) == '*') {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == '*' && i + 1 < end && sql.at(i + 1) == '/') {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++i;
                }
            }
        } else {
            break;
        }
    }
    return i;
}

int trimTrailingSpace(const QByteArray &sql, int begin, int end)
{
    while (end > begin) {
        const char c = sql.at(end - 1);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';')
            --end;
        else
            break;
    }
    return end;
}

// PostgreSQL's grammar: exact, but only when the whole text is valid.
bool splitWithParser(const QByteArray &sql, QList<ByteRange> *out, QString *error, int *errorChar)
{
    PgQuerySplitResult result = pg_query_split_with_parser(sql.constData());
    bool ok = !result.error;
    if (ok) {
        for (int i = 0; i < result.n_stmts; ++i) {
            const int begin = result.stmts[i]->stmt_location;
            const int len = result.stmts[i]->stmt_len;
            out->append({begin, len == 0 ? int(sql.size()) : begin + len});
        }
    } else {
        *error = QString::fromUtf8(result.error->message);
        *errorChar = result.error->cursorpos; // 1-based characters, 0 when unknown
    }
    pg_query_free_split_result(result);
    return ok;
}

// PostgreSQL's scanner, with the nesting psql tracks: parentheses (rule actions) and
// BEGIN ATOMIC … END bodies, inside which CASE … END nests.
void splitWithScanner(const QByteArray &sql, QList<ByteRange> *out)
{
    PgQueryScanResult scan = pg_query_scan(sql.constData());
    PgQuery__ScanResult *tokens = nullptr;
    if (!scan.error)
        tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len,
                                               reinterpret_cast<const uint8_t *>(scan.pbuf.data));
    if (!tokens) {
        // Unterminated quote or comment: everything is one statement; the server will say what is wrong.
        out->append({0, int(sql.size())});
        pg_query_free_scan_result(scan);
        return;
    }

    int stmtBegin = 0;
    int parenDepth = 0;
    int atomicDepth = 0;
    PgQuery__Token previous = PG_QUERY__TOKEN__NUL;
    for (size_t i = 0; i < tokens->n_tokens; ++i) {
        const PgQuery__ScanToken *t = tokens->tokens[i];
        switch (t->token) {
        case PG_QUERY__TOKEN__ASCII_40: // (
            ++parenDepth;
            break;
        case PG_QUERY__TOKEN__ASCII_41: // )
            parenDepth = qMax(0, parenDepth - 1);
            break;
        case PG_QUERY__TOKEN__ATOMIC:
            if (previous == PG_QUERY__TOKEN__BEGIN_P)
                ++atomicDepth;
            break;
        case PG_QUERY__TOKEN__CASE:
            if (atomicDepth > 0)
                ++atomicDepth;
            break;
        case PG_QUERY__TOKEN__END_P:
            if (atomicDepth > 0)
                --atomicDepth;
            break;
        case PG_QUERY__TOKEN__ASCII_59: // ;
            if (parenDepth == 0 && atomicDepth == 0) {
                out->append({stmtBegin, t->start});
                stmtBegin = t->end;
            }
            break;
        default:
            break;
        }
        if (t->token != PG_QUERY__TOKEN__SQL_COMMENT && t->token != PG_QUERY__TOKEN__C_COMMENT)
            previous = t->token;
    }
    out->append({stmtBegin, int(sql.size())});
    pg_query__scan_result__free_unpacked(tokens, nullptr);
    pg_query_free_scan_result(scan);
}

// Converts increasing UTF-8 offsets to UTF-16 indexes in one pass over the text.
class Utf8Walker
{
public:
    explicit Utf8Walker(const QByteArray &utf8) : m_utf8(utf8) {}

    int toUtf16(int byteOffset)
    {
        if (byteOffset < m_byte) {
            m_byte = 0;
            m_utf16 = 0;
        }
        while (m_byte < byteOffset && m_byte < m_utf8.size()) {
            const auto c = static_cast<unsigned char>(m_utf8.at(m_byte));
            int length = 1;
            if (c >= 0xF0)
                length = 4;
            else if (c >= 0xE0)
                length = 3;
            else if (c >= 0xC0)
                length = 2;
            if (m_byte + length > byteOffset)
                break;
            m_byte += length;
            m_utf16 += length == 4 ? 2 : 1;
        }
        return m_utf16;
    }

private:
    const QByteArray &m_utf8;
    int m_byte = 0;
    int m_utf16 = 0;
};

} // namespace

SplitResult StatementSplitter::split(const QString &sql)
{
    SplitResult result;
    const QByteArray utf8 = sql.toUtf8();
    QList<ByteRange> ranges;
    int errorChar = 0;
    result.parsed = splitWithParser(utf8, &ranges, &result.syntaxError, &errorChar);
    if (!result.parsed) {
        ranges.clear();
        splitWithScanner(utf8, &ranges);
        if (errorChar > 0)
            result.syntaxErrorOffset = SqlText::utf16FromServerPosition(sql, errorChar);
    }

    Utf8Walker walker(utf8);
    for (const ByteRange &range : std::as_const(ranges)) {
        const int begin = skipSpaceAndComments(utf8, range.begin, range.end);
        const int end = trimTrailingSpace(utf8, begin, range.end);
        if (end <= begin)
            continue;
        SqlStatement s;
        s.byteBegin = begin;
        s.byteEnd = end;
        s.begin = walker.toUtf16(begin);
        s.end = walker.toUtf16(end);
        s.text = sql.mid(s.begin, s.end - s.begin);
        result.statements.append(s);
    }
    return result;
}

int StatementSplitter::statementAt(const QList<SqlStatement> &statements, int position)
{
    int found = statements.isEmpty() ? -1 : 0;
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).begin <= position)
            found = i;
        else
            break;
    }
    return found;
}

namespace SqlText {

int utf16FromServerPosition(const QString &text, int serverPosition)
{
    int index = 0;
    for (int character = 1; character < serverPosition && index < text.size(); ++character)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return qMin(index, int(text.size()));
}

int utf8FromUtf16(const QString &text, int utf16Index)
{
    return int(QStringView(text).left(qBound(0, utf16Index, int(text.size()))).toUtf8().size());
}

int utf16FromUtf8(const QByteArray &utf8, int byteOffset)
{
    Utf8Walker walker(utf8);
    return walker.toUtf16(qBound(0, byteOffset, int(utf8.size())));
}

} // namespace SqlText

} // namespace Pixetric
