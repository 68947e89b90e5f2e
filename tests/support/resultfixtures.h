#pragma once

#include "pgtypes.h"
#include "resultchunk.h"

#include <QList>
#include <QString>

namespace Pixetric::Test {

// A result column for tests.
inline ColumnInfo column(const QString &name, quint32 typeOid = TypeOid::Text)
{
    ColumnInfo c;
    c.name = name;
    c.typeOid = typeOid;
    return c;
}

// A chunk from rows of cells: a null QByteArray is SQL NULL, "" is the empty string.
inline ResultChunk chunkOf(const QList<QList<QByteArray>> &rows, int columns)
{
    ResultChunk chunk(columns);
    for (const QList<QByteArray> &row : rows) {
        for (const QByteArray &cell : row) {
            if (cell.isNull())
                chunk.appendNull();
            else
                chunk.appendValue(cell.constData(), cell.size());
        }
    }
    return chunk;
}

inline ResultChunk chunkOf(int columns, const QList<QList<QByteArray>> &rows)
{
    return chunkOf(rows, columns);
}

} // namespace Pixetric::Test
