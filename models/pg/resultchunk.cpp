#include "resultchunk.h"

#include <QDataStream>
#include <QIODevice>

namespace Pixetric {

namespace {
constexpr quint32 NullBit = 0x80000000u;
constexpr quint32 OffsetMask = 0x7fffffffu;
}

struct ResultChunk::Data : QSharedData
{
    int columns = 0;
    int rows = 0;
    int cellsInRow = 0;
    QByteArray text;
    QList<quint32> ends; // per cell: end offset in text, NullBit set for NULL
};

ResultChunk::ResultChunk() : d(new Data) {}

ResultChunk::ResultChunk(int columnCount) : d(new Data)
{
    d->columns = columnCount;
}

ResultChunk::ResultChunk(const ResultChunk &) = default;
ResultChunk &ResultChunk::operator=(const ResultChunk &) = default;
ResultChunk::~ResultChunk() = default;

int ResultChunk::columnCount() const { return d->columns; }
int ResultChunk::rowCount() const { return d->rows; }

bool ResultChunk::isNull(int row, int column) const
{
    return d->ends.at(qsizetype(row) * d->columns + column) & NullBit;
}

QByteArrayView ResultChunk::value(int row, int column) const
{
    const qsizetype cell = qsizetype(row) * d->columns + column;
    const quint32 end = d->ends.at(cell) & OffsetMask;
    const quint32 begin = cell == 0 ? 0 : (d->ends.at(cell - 1) & OffsetMask);
    return QByteArrayView(d->text.constData() + begin, end - begin);
}

void ResultChunk::reserve(int rows, qsizetype bytes)
{
    d->ends.reserve(qsizetype(rows) * d->columns);
    d->text.reserve(bytes);
}

// Hot path (every cell of every row): one detach check, then plain appends.
void ResultChunk::appendValue(const char *data, qsizetype length)
{
    Data *x = d.data();
    x->text.append(data, length);
    x->ends.append(quint32(x->text.size()));
    if (++x->cellsInRow >= x->columns) {
        x->cellsInRow = 0;
        ++x->rows;
    }
}

void ResultChunk::appendNull()
{
    Data *x = d.data();
    x->ends.append(quint32(x->text.size()) | NullBit);
    if (++x->cellsInRow >= x->columns) {
        x->cellsInRow = 0;
        ++x->rows;
    }
}

void ResultChunk::appendEmptyRow()
{
    Q_ASSERT(d->columns == 0);
    ++d->rows;
}

qsizetype ResultChunk::byteSize() const
{
    return d->text.capacity() + d->ends.capacity() * qsizetype(sizeof(quint32)) + qsizetype(sizeof(Data));
}

qsizetype ResultChunk::textSize() const { return d->text.size(); }

QByteArray ResultChunk::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(d->columns) << qint32(d->rows) << d->text << d->ends;
    return out;
}

ResultChunk ResultChunk::deserialize(QByteArrayView bytes)
{
    ResultChunk chunk;
    QByteArray copy = bytes.toByteArray();
    QDataStream s(copy);
    qint32 columns = 0, rows = 0;
    s >> columns >> rows >> chunk.d->text >> chunk.d->ends;
    chunk.d->columns = columns;
    chunk.d->rows = rows;
    return chunk;
}

} // namespace Pixetric
