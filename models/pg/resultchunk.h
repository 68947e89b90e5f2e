#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>

namespace Pixetric {

// A block of result rows in text format, as an implicitly shared value: cheap to pass through
// queued signals, safe to read from any thread once built. All values of a chunk live in one
// byte buffer; per cell only an end offset is stored, so memory is close to the text size.
class ResultChunk
{
public:
    ResultChunk();
    explicit ResultChunk(int columnCount);
    ResultChunk(const ResultChunk &);
    ResultChunk &operator=(const ResultChunk &);
    ~ResultChunk();

    int columnCount() const;
    int rowCount() const;
    bool isEmpty() const { return rowCount() == 0; }

    bool isNull(int row, int column) const;
    // The value's bytes (UTF-8 text as the server sent it); empty for NULL.
    QByteArrayView value(int row, int column) const;

    // Building: append cells row by row; a row is complete after columnCount() cells.
    void reserve(int rows, qsizetype bytes);
    void appendValue(const char *data, qsizetype length);
    void appendNull();
    // A row of a result that has no columns (SELECT FROM t).
    void appendEmptyRow();

    // Bytes this chunk holds (text and offsets), for memory accounting.
    qsizetype byteSize() const;
    qsizetype textSize() const;

    // A compact binary form, for spilling to disk and reading back.
    QByteArray serialize() const;
    static ResultChunk deserialize(QByteArrayView bytes);

private:
    struct Data;
    QSharedDataPointer<Data> d;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::ResultChunk)
