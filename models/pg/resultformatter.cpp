#include "resultformatter.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <array>
#include <cstring>

namespace Pixetric {

namespace {

// Writes straight into the caller's QByteArray through a raw cursor. Appending cell by cell
// with QByteArray::append costs a size check, a detach check and a terminator per call; on
// the CLI's hot path (millions of cells) that is most of the formatting time. The array is
// grown to its capacity up front and cut back to what was written when the writer goes away.
class Writer
{
public:
    explicit Writer(QByteArray *out) : m_out(out)
    {
        const qsizetype used = out->size();
        out->resize(qMax(out->capacity(), used + 4096));
        m_begin = out->data();
        m_p = m_begin + used;
        m_end = m_begin + out->size();
    }
    ~Writer() { m_out->resize(m_p - m_begin); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Room for n more bytes; the put* calls below rely on it.
    void ensure(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(n);
    }
    void put(char c) { *m_p++ = c; }
    void put(const char *s, qsizetype n)
    {
        std::memcpy(m_p, s, size_t(n));
        m_p += n;
    }
    void put(QByteArrayView v) { put(v.data(), v.size()); }
    // Direct access for loops that copy and scan at once; advance() past what they wrote.
    char *cursor() { return m_p; }
    void advance(qsizetype n) { m_p += n; }
    // ensure + put, for the rare and the short.
    void write(QByteArrayView v)
    {
        ensure(v.size());
        put(v);
    }

private:
    void grow(qsizetype n)
    {
        const qsizetype used = m_p - m_begin;
        const qsizetype size = qMax(used + n, (m_end - m_begin) * 2);
        m_out->resize(size);
        m_begin = m_out->data();
        m_p = m_begin + used;
        m_end = m_begin + size;
    }

    QByteArray *m_out;
    char *m_begin;
    char *m_p;
    char *m_end;
};

// Per byte: the text that replaces it, or nothing when it is copied as is.
struct Escape
{
    quint8 length = 0;
    char text[7] = {};
};
using EscapeTable = std::array<Escape, 256>;

constexpr Escape escape(const char *text)
{
    Escape e;
    while (text[e.length]) {
        e.text[e.length] = text[e.length];
        ++e.length;
    }
    return e;
}

// Eight bytes at a time: most values hold no byte that needs escaping, and testing a word
// for them costs about what testing one byte through a table does. These are the classic
// "has a zero byte" bit tricks; they answer "is there such a byte" exactly (which byte is
// left to the byte loop that follows).
constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;

constexpr quint64 bytesEqual(quint64 word, char c)
{
    const quint64 x = word ^ (Ones * quint8(c));
    return (x - Ones) & ~x & Highs;
}

// Any byte below n (n <= 128).
constexpr quint64 bytesBelow(quint64 word, quint8 n)
{
    return (word - Ones * n) & ~word & Highs;
}

quint64 load64(const unsigned char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

constexpr EscapeTable makeCsvEscapes()
{
    EscapeTable t{};
    t['"'] = escape("\"\"");
    return t;
}

constexpr EscapeTable makeTsvEscapes()
{
    EscapeTable t{};
    t['\t'] = escape("\\t");
    t['\n'] = escape("\\n");
    t['\r'] = escape("\\r");
    t['\\'] = escape("\\\\");
    return t;
}

constexpr EscapeTable makeJsonEscapes()
{
    EscapeTable t{};
    constexpr char hex[] = "0123456789abcdef";
    for (int c = 0; c < 0x20; ++c) {
        Escape e;
        e.length = 6;
        e.text[0] = '\\';
        e.text[1] = 'u';
        e.text[2] = '0';
        e.text[3] = '0';
        e.text[4] = hex[c >> 4];
        e.text[5] = hex[c & 0xf];
        t[c] = e;
    }
    t['\b'] = escape("\\b");
    t['\f'] = escape("\\f");
    t['\n'] = escape("\\n");
    t['\r'] = escape("\\r");
    t['\t'] = escape("\\t");
    t['"'] = escape("\\\"");
    t['\\'] = escape("\\\\");
    return t;
}

constexpr EscapeTable makeSqlEscapes()
{
    EscapeTable t{};
    t['\''] = escape("''");
    return t;
}

struct CsvQuoting
{
    // The bytes that force a field into quotes; inside the quotes only '"' changes.
    static bool special(quint64 w)
    {
        return bytesEqual(w, ',') | bytesEqual(w, '"') | bytesEqual(w, '\n') | bytesEqual(w, '\r');
    }
    static bool special(unsigned char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; }
};

struct CsvEscapes
{
    static constexpr EscapeTable table = makeCsvEscapes();
    static constexpr int maxLength = 2;
    static bool special(quint64 w) { return bytesEqual(w, '"'); }
};

struct TsvEscapes
{
    static constexpr EscapeTable table = makeTsvEscapes();
    static constexpr int maxLength = 2;
    static bool special(quint64 w)
    {
        return bytesEqual(w, '\t') | bytesEqual(w, '\n') | bytesEqual(w, '\r') | bytesEqual(w, '\\');
    }
};

struct JsonEscapes
{
    static constexpr EscapeTable table = makeJsonEscapes();
    static constexpr int maxLength = 6;
    static bool special(quint64 w) { return bytesBelow(w, 0x20) | bytesEqual(w, '"') | bytesEqual(w, '\\'); }
};

struct SqlEscapes
{
    static constexpr EscapeTable table = makeSqlEscapes();
    static constexpr int maxLength = 2;
    static bool special(quint64 w) { return bytesEqual(w, '\''); }
};

// Copies v escaping per Escapes. Works in slices so that a 10 MB value needs at most
// slice × longest escape of headroom, not value × longest escape.
template<typename Escapes>
void putEscaped(Writer &w, QByteArrayView v)
{
    constexpr qsizetype Slice = 16 * 1024;
    const EscapeTable &table = Escapes::table;
    const auto *s = reinterpret_cast<const unsigned char *>(v.data());
    const auto *const end = s + v.size();
    while (s < end) {
        const auto *const sliceEnd = end - s > Slice ? s + Slice : end;
        w.ensure((sliceEnd - s) * Escapes::maxLength);
        while (s < sliceEnd) {
            const auto *run = s;
            while (sliceEnd - s >= 8 && !Escapes::special(load64(s)))
                s += 8;
            while (s < sliceEnd && table[*s].length == 0)
                ++s;
            if (s != run)
                w.put(reinterpret_cast<const char *>(run), s - run);
            if (s == sliceEnd)
                break;
            const Escape &e = table[*s++];
            w.put(e.text, e.length);
        }
    }
}

// Copies v as a bare field while checking it needs no quotes; false (with nothing written)
// when it does. One pass over the bytes instead of a scan followed by a copy.
bool putBareCsvField(Writer &w, QByteArrayView v)
{
    const qsizetype n = v.size();
    const auto *s = reinterpret_cast<const unsigned char *>(v.data());
    w.ensure(n);
    char *dst = w.cursor();
    qsizetype i = 0;
    for (; n - i >= 8; i += 8) {
        const quint64 word = load64(s + i);
        if (CsvQuoting::special(word))
            return false;
        std::memcpy(dst + i, &word, sizeof word);
    }
    for (; i < n; ++i) {
        if (CsvQuoting::special(s[i]))
            return false;
        dst[i] = char(s[i]);
    }
    w.advance(n);
    return true;
}

void putCsvField(Writer &w, QByteArrayView v)
{
    // The empty string is quoted, which is what tells it from NULL.
    if (!v.isEmpty() && putBareCsvField(w, v))
        return;
    w.write("\"");
    putEscaped<CsvEscapes>(w, v);
    w.write("\"");
}

void putJsonString(Writer &w, QByteArrayView v)
{
    w.write("\"");
    putEscaped<JsonEscapes>(w, v);
    w.write("\"");
}

void putSqlLiteral(Writer &w, QByteArrayView v)
{
    w.write("'");
    putEscaped<SqlEscapes>(w, v);
    w.write("'");
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// JSON's number grammar, which SQL's numeric constants also accept. PostgreSQL writes NaN,
// Infinity and money ($1.00) in numeric columns too; those fail here and are written quoted.
bool isJsonNumber(QByteArrayView v)
{
    const char *s = v.data();
    const char *const end = s + v.size();
    if (s < end && *s == '-')
        ++s;
    if (s == end)
        return false;
    if (*s == '0') {
        ++s;
    } else if (*s >= '1' && *s <= '9') {
        while (s < end && isDigit(*s))
            ++s;
    } else {
        return false;
    }
    if (s < end && *s == '.') {
        const char *digits = ++s;
        while (s < end && isDigit(*s))
            ++s;
        if (s == digits)
            return false;
    }
    if (s < end && (*s == 'e' || *s == 'E')) {
        ++s;
        if (s < end && (*s == '+' || *s == '-'))
            ++s;
        const char *digits = s;
        while (s < end && isDigit(*s))
            ++s;
        if (s == digits)
            return false;
    }
    return s == end;
}

bool isBareIdentifierShape(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    const char first = name.at(0);
    if (!((first >= 'a' && first <= 'z') || first == '_'))
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '$'))
            return false;
    }
    return true;
}

// Asks PostgreSQL's own scanner (libpg_query) what kind of keyword the word is, so the list
// follows the grammar the program was built with. Like the server's quote_ident(), anything
// but an unreserved keyword is quoted: column-name and type/function-name keywords are not
// accepted as bare names everywhere.
bool isKeywordNeedingQuotes(const QByteArray &word)
{
    PgQueryScanResult scan = pg_query_scan(word.constData());
    bool keyword = false;
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(
            nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens) {
            if (tokens->n_tokens == 1) {
                const PgQuery__KeywordKind kind = tokens->tokens[0]->keyword_kind;
                keyword = kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD
                          && kind != PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD;
            }
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
    return keyword;
}

QByteArray quotedIdentifierUtf8(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (isBareIdentifierShape(utf8) && !isKeywordNeedingQuotes(utf8))
        return utf8;
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted += '"';
    for (const char c : utf8) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

} // namespace

ResultFormatter::ResultFormatter(ExportFormat format, const ResultColumns &columns)
    : ResultFormatter(format, columns, Options())
{
}

ResultFormatter::ResultFormatter(ExportFormat format, const ResultColumns &columns, const Options &options)
    : m_format(format), m_columns(columns), m_options(options)
{
    m_kinds.reserve(columns.size());
    for (const ColumnInfo &c : columns) {
        if (c.isNumeric())
            m_kinds << Kind::Number;
        else if (c.isBoolean())
            m_kinds << Kind::Bool;
        else if (c.isJson())
            m_kinds << Kind::Json;
        else
            m_kinds << Kind::Text;
    }

    if (format == ExportFormat::Json) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QByteArray key;
            {
                Writer w(&key);
                if (i > 0)
                    w.write(",");
                putJsonString(w, columns.at(i).name.toUtf8());
                w.write(":");
            }
            m_jsonKeys << key;
        }
    } else if (format == ExportFormat::SqlInsert) {
        m_insertPrefix = QByteArrayLiteral("INSERT INTO ");
        if (!options.schemaName.isEmpty())
            m_insertPrefix += quotedIdentifierUtf8(options.schemaName) + '.';
        m_insertPrefix += quotedIdentifierUtf8(options.tableName);
        if (columns.isEmpty()) {
            m_insertPrefix += " DEFAULT VALUES;\n";
        } else {
            m_insertPrefix += " (";
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    m_insertPrefix += ", ";
                m_insertPrefix += quotedIdentifierUtf8(columns.at(i).name);
            }
            m_insertPrefix += ") VALUES (";
        }
    }
}

void ResultFormatter::begin(QByteArray *out)
{
    Writer w(out);
    switch (m_format) {
    case ExportFormat::Csv:
    case ExportFormat::Tsv:
        if (!m_options.header)
            break;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                w.write(m_format == ExportFormat::Csv ? "," : "\t");
            const QByteArray name = m_columns.at(i).name.toUtf8();
            if (m_format == ExportFormat::Csv)
                putCsvField(w, name);
            else
                putEscaped<TsvEscapes>(w, name);
        }
        w.write("\n");
        break;
    case ExportFormat::Json:
        w.write("[");
        break;
    case ExportFormat::SqlInsert:
        break;
    }
}

void ResultFormatter::append(const ResultChunk &chunk, int firstRow, int count, QByteArray *out)
{
    Q_ASSERT(chunk.columnCount() == m_columns.size());
    if (chunk.columnCount() != m_columns.size())
        return; // a chunk of another result: writing it would misalign every value
    const int begin = qBound(0, firstRow, chunk.rowCount());
    const int end = int(qBound(qint64(begin), qint64(begin) + qMax(count, 0), qint64(chunk.rowCount())));
    if (begin == end)
        return;
    switch (m_format) {
    case ExportFormat::Csv:
        appendCsv(chunk, begin, end, out);
        break;
    case ExportFormat::Tsv:
        appendTsv(chunk, begin, end, out);
        break;
    case ExportFormat::Json:
        appendJson(chunk, begin, end, out);
        break;
    case ExportFormat::SqlInsert:
        appendSql(chunk, begin, end, out);
        break;
    }
    m_rowsWritten += end - begin;
}

void ResultFormatter::appendCsv(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out)
{
    Writer w(out);
    const int columns = chunk.columnCount();
    for (int r = firstRow; r < endRow; ++r) {
        for (int c = 0; c < columns; ++c) {
            // Separator, and the line end after the last column: one byte either way.
            if (!chunk.isNull(r, c))
                putCsvField(w, chunk.value(r, c));
            w.ensure(1);
            w.put(c + 1 < columns ? ',' : '\n');
        }
        if (columns == 0)
            w.write("\n");
    }
}

void ResultFormatter::appendTsv(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out)
{
    Writer w(out);
    const int columns = chunk.columnCount();
    for (int r = firstRow; r < endRow; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (chunk.isNull(r, c))
                w.write("\\N");
            else
                putEscaped<TsvEscapes>(w, chunk.value(r, c));
            w.ensure(1);
            w.put(c + 1 < columns ? '\t' : '\n');
        }
        if (columns == 0)
            w.write("\n");
    }
}

void ResultFormatter::appendJson(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out)
{
    Writer w(out);
    const int columns = chunk.columnCount();
    const Kind *kinds = m_kinds.constData();
    for (int r = firstRow; r < endRow; ++r) {
        w.write(m_rowsWritten + (r - firstRow) == 0 ? QByteArrayView("\n{") : QByteArrayView(",\n{"));
        for (int c = 0; c < columns; ++c) {
            w.write(m_jsonKeys.at(c));
            if (chunk.isNull(r, c)) {
                w.write("null");
                continue;
            }
            const QByteArrayView v = chunk.value(r, c);
            switch (kinds[c]) {
            case Kind::Number:
                if (isJsonNumber(v)) {
                    w.write(v);
                    continue;
                }
                break;
            case Kind::Bool:
                if (v == "t") {
                    w.write("true");
                    continue;
                }
                if (v == "f") {
                    w.write("false");
                    continue;
                }
                break;
            case Kind::Json:
                w.write(v);
                continue;
            case Kind::Text:
                break;
            }
            putJsonString(w, v);
        }
        w.write("}");
    }
}

void ResultFormatter::appendSql(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out)
{
    Writer w(out);
    const int columns = chunk.columnCount();
    const Kind *kinds = m_kinds.constData();
    for (int r = firstRow; r < endRow; ++r) {
        w.write(m_insertPrefix);
        if (columns == 0)
            continue; // the prefix is a whole DEFAULT VALUES statement
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                w.write(", ");
            if (chunk.isNull(r, c)) {
                w.write("NULL");
                continue;
            }
            const QByteArrayView v = chunk.value(r, c);
            if (kinds[c] == Kind::Number && isJsonNumber(v)) {
                w.write(v);
            } else if (kinds[c] == Kind::Bool && (v == "t" || v == "f")) {
                w.write(v == "t" ? "true" : "false");
            } else {
                putSqlLiteral(w, v);
            }
        }
        w.write(");\n");
    }
}

void ResultFormatter::end(QByteArray *out)
{
    if (m_format != ExportFormat::Json)
        return;
    Writer w(out);
    w.write(m_rowsWritten > 0 ? "\n]\n" : "]\n");
}

QString ResultFormatter::fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Tsv:
        return QStringLiteral("tsv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::SqlInsert:
        return QStringLiteral("sql");
    }
    return {};
}

QString ResultFormatter::quoteIdentifier(const QString &name)
{
    return QString::fromUtf8(quotedIdentifierUtf8(name));
}

} // namespace Pixetric
