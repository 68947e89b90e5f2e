#pragma once

#include "pgerror.h"
#include "pgtypes.h"
#include "resultchunk.h"
#include "resultstore.h"

#include <QAbstractTableModel>

#include <memory>

namespace Pixetric {

// The rows of one result set as a table model, for the result grid. Rows stay in the text
// form the server sent (in a ResultStore, which spills to disk past its memory budget); a
// cell becomes a QString only when the view asks for it, so memory stays close to the size
// of the result as text however many rows arrive.
//
// Roles:
//  - DisplayRole: the value as text, cut for painting: first line only, at most
//    MaxDisplayChars characters, "…" when cut. NULL is "NULL"; an empty string stays empty.
//    bytea shows as the server's \x hex text. Invalid UTF-8 shows replacement characters.
//  - EditRole: the whole value as a QString; an invalid QVariant for NULL.
//  - RawValueRole: the whole value's bytes as a QByteArray; a null QByteArray for NULL.
//  - IsNullRole: bool. NULL also has an italic FontRole and a muted ForegroundRole.
//  - TextAlignmentRole: right and vertically centred for numeric columns.
//  - Horizontal header: DisplayRole the column name, ToolTipRole name and type.
//
// Thread affinity: GUI thread (create, feed, read). The store() it hands out may be read from
// any thread. Ownership: owns its current store, shared with whoever still reads it (an
// export keeps reading the old store after clear()).
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IsNullRole = Qt::UserRole + 1,
        RawValueRole,
    };
    Q_ENUM(Role)

    // Characters of a value DisplayRole shows before cutting it.
    static constexpr int MaxDisplayChars = 1000;

    explicit ResultModel(QObject *parent = nullptr);
    ~ResultModel() override;

    // Starts a new result set with these columns and no rows.
    void setColumns(const Pixetric::ResultColumns &columns);
    // Appends rows; the chunk's column count must match columns(). Call on the GUI thread,
    // e.g. from PgConnection::rowsArrived.
    void appendChunk(const Pixetric::ResultChunk &chunk);
    // No columns, no rows, a fresh store.
    void clear();

    const ResultColumns &columns() const { return m_columns; }
    // All rows; may be read from another thread while this model keeps appending.
    std::shared_ptr<const ResultStore> store() const { return m_store; }
    // Rows held; can exceed rowCount() (an int) only beyond two billion rows.
    qint64 totalRowCount() const { return m_rowCount; }
    // A spill or reload failure of the store; kind None when there is none.
    PgError storeError() const { return m_store->error(); }

    // Memory budget and spill folder of the store, kept across setColumns() and clear().
    void setMemoryBudget(qint64 bytes);
    void setSpillDirectory(const QString &directory);

    // The value shortened as DisplayRole shows it (no "NULL" substitution).
    static QString displayText(QByteArrayView value);
    // "int4", "text", … for well-known type OIDs, empty otherwise.
    static QString typeName(quint32 typeOid);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The store could not spill or reload rows; emitted once per store, when it happens.
    void storeErrorOccurred(const Pixetric::PgError &error);

private:
    static bool needsValue(int role);
    bool isValidCell(const QModelIndex &index) const;
    ResultStore::Slice sliceFor(const QModelIndex &index) const;
    QVariant cellData(const ResultStore::Slice &slice, const QModelIndex &index, int role) const;
    void resetStore();

    ResultColumns m_columns;
    std::shared_ptr<ResultStore> m_store;
    qint64 m_rowCount = 0;
    qint64 m_budget = ResultStore::DefaultMemoryBudget;
    QString m_spillDirectory;
    bool m_errorReported = false;
};

} // namespace Pixetric
