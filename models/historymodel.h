#pragma once

#include "queryhistory.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Pixetric {

// The entries of a QueryHistory matching a filter, newest first, as a table: start time,
// connection, duration, rows, and the first line of the SQL. Refreshes itself when the history
// changes. Custom roles: SqlRole (the whole statement), EntryIdRole, FailedRole (bool),
// ErrorTextRole, StartedAtRole (QDateTime).
//
// Thread affinity: GUI thread; it searches on the calling thread (the search is bounded by
// limit()). Ownership: does not own the history, which must outlive the model or be
// destroyed with it (the model then shows nothing).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ConnectionColumn, DurationColumn, RowsColumn, SqlColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SqlRole = Qt::UserRole + 1,
        EntryIdRole,
        FailedRole,
        ErrorTextRole,
        StartedAtRole,
    };
    Q_ENUM(Role)

    // Characters of the first line DisplayRole shows before cutting it with "…".
    static constexpr int MaxLineChars = 300;

    explicit HistoryModel(QueryHistory *history, QObject *parent = nullptr);
    ~HistoryModel() override;

    QueryHistory *history() const { return m_history; }

    // Case-insensitive substring; empty shows everything.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // At most this many entries are shown (QueryHistory::DefaultSearchLimit by default).
    void setLimit(int entries);
    int limit() const { return m_limit; }
    // Searches again.
    void refresh();

    QueryHistory::Entry entry(int row) const;
    // Why the last search failed, for people; empty when it worked.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "850 ms", "2.4 s", "3 min 5 s"; empty when unknown (negative).
    static QString formatDuration(qint64 ms);
    // The first non-blank line, trimmed, with "…" when more follows or it was cut.
    static QString firstLine(const QString &sql);

Q_SIGNALS:
    // The last search failed (message non-empty) or worked again (empty).
    void errorChanged(const QString &message);

private:
    QPointer<QueryHistory> m_history;
    QList<QueryHistory::Entry> m_entries;
    QString m_filter;
    QString m_error;
    int m_limit = QueryHistory::DefaultSearchLimit;
};

} // namespace Pixetric
