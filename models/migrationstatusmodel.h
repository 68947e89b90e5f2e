#pragma once

#include "migrationhistory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>

namespace Pixetric {

// One migration of a folder (or of a target's history) as the migrations panel lists it: a copy
// of what MigrationHistory::compare() says, so that it outlives the set and the history it was
// made from. Plain value; no thread affinity.
struct MigrationStatusRow
{
    MigrationStatus::State state = MigrationStatus::State::Pending;
    bool known = false;       // the target's history was read; otherwise the state is not known
    QString version;
    QString name;
    QString fileName;         // relative to the folder; empty for a missing file
    QString path;             // absolute; empty for a missing file
    bool hasDown = false;
    bool transactional = true;
    QString appliedAt;        // ISO 8601, UTC; empty unless applied (or failed)
    QString appliedBy;
    double durationMs = -1;   // of the applied run; -1 when not applied
    QString explanation;      // what is wrong and what to do, for people; empty when nothing is

    bool operator==(const MigrationStatusRow &) const = default;
};

// The migrations of a folder and their state on one target branch, in version order: pending,
// applied, drifted, failed, missing, out of order. Before the target's history has been read
// (or when it cannot be), the folder's files are listed with their state unknown.
//
// Rows are replaced in place when the versions stay the same (dataChanged, selection kept), and
// the model is reset when they differ. Columns: version, name, state, applied (when and by
// whom), duration. Roles below; Qt::ToolTipRole gives the explanation or the file's path,
// Qt::DecorationRole of the state column the state's colour.
//
// Thread affinity: GUI thread (rowsOf() has none and is what a worker calls).
class MigrationStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, NameColumn, StateColumn, AppliedColumn, DurationColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, // the MigrationStatus::State as int, -1 while unknown
        StateNameRole,                // "pending", "applied", … (MigrationStatus::stateName), "" while unknown
        KnownRole,
        ExplanationRole,
        FileNameRole,
        PathRole,
        VersionRole,
        SortRole,
    };
    Q_ENUM(Role)

    explicit MigrationStatusModel(QObject *parent = nullptr);
    ~MigrationStatusModel() override;

    // The folder's files, state unknown (no target, or its history could not be read).
    void setFolder(const MigrationSet &set);
    // The folder compared with the target's history.
    void setStatus(const MigrationSet &set, const QList<AppliedMigration> &history);
    void setRows(const QList<MigrationStatusRow> &rows);
    void clear();

    // With history null, the files of set with their state unknown.
    static QList<MigrationStatusRow> rowsOf(const MigrationSet &set, const QList<AppliedMigration> *history);

    const QList<MigrationStatusRow> &rows() const { return m_rows; }
    MigrationStatusRow row(int row) const { return m_rows.value(row); }
    // -1 when no row has that version.
    int rowOf(const QString &version) const;
    // Rows in that state (known rows only).
    int count(MigrationStatus::State state) const;
    // True when the rows carry the target's states.
    bool isKnown() const;
    // "2 pending, 3 applied, 1 drifted", for people; "no migrations" when empty.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated, for people: "pending", "applied", "drifted", "failed", "missing", "out of order".
    static QString stateText(MigrationStatus::State state);
    static QString unknownStateText();
    static QColor stateColor(MigrationStatus::State state);
    static QList<MigrationStatus::State> allStates();

private:
    QList<MigrationStatusRow> m_rows;
};

} // namespace Pixetric
