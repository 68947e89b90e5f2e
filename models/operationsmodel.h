#pragma once

#include "fabric.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Pixetric {


// A fabric's operations as a table, newest first: id, kind, branch, state, progress, the
// current step (or the error of a failed one), started and last updated. Rows are updated in
// place from Fabric::operationChanged(): a known operation reports dataChanged, a new one is
// inserted where its id belongs (an operation refused before it was recorded has id 0 and gets a
// row of its own). The model keeps at most maxRows() operations (the oldest go).
//
// Custom roles: OperationRole (the whole OperationInfo), IdRole, StateRole (the enum as int),
// ProgressRole (double 0…1, for a progress-bar delegate), ActiveRole ("true" unless the
// operation finished successfully: pending, running, failed and rolled back ones need
// attention), SortRole.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric, which may be destroyed
// first (the model keeps what it saw).
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, KindColumn, BranchColumn, StateColumn, ProgressColumn, StepColumn, StartedColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OperationRole = Qt::UserRole + 1,
        IdRole,
        StateRole,
        ProgressRole,
        ActiveRole,
        SortRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxRows = 500;

    explicit OperationsModel(QObject *parent = nullptr);
    ~OperationsModel() override;

    // Takes the fabric's operations and follows operationChanged(); null empties the table.
    void setFabric(Fabric *fabric);
    Fabric *fabric() const { return m_fabric; }

    // Adds or updates one operation in place.
    void updateOperation(const OperationInfo &operation);
    // Adds or updates each; operations the list lacks stay.
    void updateOperations(const QList<OperationInfo> &operations);
    void clear();

    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    OperationInfo operation(int row) const;
    // -1 when the id is unknown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The kind for people: "create" → "Create branch".
    static QString kindDisplayName(const QString &kind);
    // Failed or rolled back.
    static bool isFailure(const OperationInfo &operation);
    // A failure that retryOperation() can run again (one that was recorded, so it has an id).
    static bool canRetry(const OperationInfo &operation);

private:
    struct Row
    {
        OperationInfo operation;
        // Position, newest first: the id, and for operations refused before they got one
        // (id 0), the newest id seen when they arrived plus an arrival number.
        qint64 key = 0;
        int sequence = 0;
        bool after(qint64 otherKey, int otherSequence) const
        {
            return key != otherKey ? key > otherKey : sequence > otherSequence;
        }
    };

    void insertRow(const Row &row);
    void trim();
    void reindex(int from);

    QPointer<Fabric> m_fabric;
    QList<Row> m_rows; // newest first
    QHash<qint64, int> m_rowOf; // id → row, for operations with an id
    qint64 m_newestId = 0;
    int m_sequence = 0;
    int m_maxRows = DefaultMaxRows;
};

} // namespace Pixetric
