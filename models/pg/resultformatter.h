#pragma once

#include "pgtypes.h"
#include "resultchunk.h"

#include <QByteArray>
#include <QString>

namespace Pixetric {

enum class ExportFormat { Csv, Tsv, Json, SqlInsert };

// Turns result rows into text, chunk by chunk, in constant memory: the CLI streams with it,
// the grid copies and exports with it. Output is UTF-8.
//  - CSV: RFC 4180 with a header line; NULL is an empty unquoted field, '' is "" (as COPY CSV).
//  - TSV: a header line, tab-separated; \t \n \r \\ escaped as in COPY text; NULL is \N.
//  - JSON: an array of objects; numbers and booleans unquoted, json/jsonb embedded, NULL null.
//  - SQL INSERT: one INSERT per row into tableName (quoted as needed), literals quoted.
// Thread-safe for distinct instances.
class ResultFormatter
{
public:
    struct Options
    {
        bool header = true;                                   // CSV and TSV
        QString tableName = QStringLiteral("result");         // SQL INSERT
    };

    ResultFormatter(ExportFormat format, const ResultColumns &columns);
    ResultFormatter(ExportFormat format, const ResultColumns &columns, const Options &options);

    // Text before the first row (header line, '['); call once.
    void begin(QByteArray *out);
    // Appends rows [firstRow, firstRow + count) of chunk.
    void append(const ResultChunk &chunk, int firstRow, int count, QByteArray *out);
    void append(const ResultChunk &chunk, QByteArray *out) { append(chunk, 0, chunk.rowCount(), out); }
    // Text after the last row (']'); call once.
    void end(QByteArray *out);

    static QString fileSuffix(ExportFormat format);

private:
    ExportFormat m_format;
    ResultColumns m_columns;
    Options m_options;
    QList<QByteArray> m_jsonKeys;
    QByteArray m_insertPrefix;
    qint64 m_rowsWritten = 0;
};

} // namespace Pixetric
