#pragma once

#include "pgtypes.h"
#include "resultchunk.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Pixetric {

enum class ExportFormat { Csv, Tsv, Json, SqlInsert };

// Turns result rows into text, chunk by chunk, in constant memory: the CLI streams with it,
// the grid copies and exports with it. Output is UTF-8 (the bytes the server sent, never
// re-encoded) and lines end with '\n'.
//  - CSV: RFC 4180 quoting with a header line; a field is quoted when it holds , " CR or LF;
//    NULL is an empty unquoted field, '' is "" (as COPY … CSV). Lines end with LF, as COPY
//    and psql --csv write them.
//  - TSV: a header line, tab-separated; \t \n \r \\ escaped as in COPY text; NULL is \N.
//  - JSON: an array of objects, one per line, keys in column order (duplicates kept).
//    Numeric columns are bare numbers when the text is a JSON number (NaN, Infinity and
//    money stay strings), booleans true/false, json/jsonb embedded as sent, NULL null.
//  - SQL INSERT: one INSERT per row into [schemaName.]tableName; identifiers are quoted only
//    when PostgreSQL needs it; numbers and booleans bare, everything else a '' literal (the
//    text form, so bytea is its '\x…' literal); assumes standard_conforming_strings = on.
// Every call appends to the caller's QByteArray and never keeps rows: memory is the caller's
// buffer plus one value's worth of growth.
// Thread affinity: none; one instance is used by one thread at a time, distinct instances are
// independent.
class ResultFormatter
{
public:
    struct Options
    {
        bool header = true;                                   // CSV and TSV
        QString tableName = QStringLiteral("result");         // SQL INSERT
        QString schemaName;                                   // SQL INSERT; empty: unqualified
    };

    ResultFormatter(ExportFormat format, const ResultColumns &columns);
    ResultFormatter(ExportFormat format, const ResultColumns &columns, const Options &options);

    // Text before the first row (header line, '['); call once.
    void begin(QByteArray *out);
    // Appends rows [firstRow, firstRow + count) of chunk (clamped to the rows it has).
    void append(const ResultChunk &chunk, int firstRow, int count, QByteArray *out);
    void append(const ResultChunk &chunk, QByteArray *out) { append(chunk, 0, chunk.rowCount(), out); }
    // Text after the last row (']'); call once.
    void end(QByteArray *out);

    qint64 rowsWritten() const { return m_rowsWritten; }

    // "csv", "tsv", "json" or "sql", without the dot (as QFileDialog::setDefaultSuffix wants).
    static QString fileSuffix(ExportFormat format);
    // name as PostgreSQL needs it written: bare when it is lower case [a-z_][a-z0-9_$]* and not
    // a keyword that would be read as one, otherwise in double quotes with " doubled.
    static QString quoteIdentifier(const QString &name);

private:
    enum class Kind : quint8 { Text, Number, Bool, Json };

    void appendCsv(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out);
    void appendTsv(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out);
    void appendJson(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out);
    void appendSql(const ResultChunk &chunk, int firstRow, int endRow, QByteArray *out);

    ExportFormat m_format;
    ResultColumns m_columns;
    Options m_options;
    QList<Kind> m_kinds;
    QList<QByteArray> m_jsonKeys;   // "name": with JSON escapes, the comma included after the first
    QByteArray m_insertPrefix;      // INSERT INTO t (a, b) VALUES (
    qint64 m_rowsWritten = 0;
};

} // namespace Pixetric
