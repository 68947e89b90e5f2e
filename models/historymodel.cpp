#include "historymodel.h"

#include <QLocale>

namespace Pixetric {

HistoryModel::HistoryModel(QueryHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    if (m_history)
        connect(m_history, &QueryHistory::changed, this, &HistoryModel::refresh);
    refresh();
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refresh();
}

void HistoryModel::setLimit(int entries)
{
    entries = qMax(1, entries);
    if (entries == m_limit)
        return;
    m_limit = entries;
    refresh();
}

void HistoryModel::refresh()
{
    QueryHistory::Error error;
    QList<QueryHistory::Entry> entries;
    if (m_history)
        entries = m_history->search(m_filter, m_limit, &error);
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (error.message != m_error) {
        m_error = error.message;
        Q_EMIT errorChanged(m_error);
    }
}

QueryHistory::Entry HistoryModel::entry(int row) const
{
    return m_entries.value(row);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::formatDuration(qint64 ms)
{
    const QLocale locale;
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString HistoryModel::firstLine(const QString &sql)
{
    const QStringList lines = sql.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return {};
    QString line = lines.at(first).trimmed();
    bool more = false;
    for (qsizetype i = first + 1; i < lines.size() && !more; ++i)
        more = !lines.at(i).trimmed().isEmpty();
    if (line.size() > MaxLineChars) {
        line.truncate(MaxLineChars);
        more = true;
    }
    return more ? line + QStringLiteral(" …") : line;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueryHistory::Entry &e = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = e.startedAt.toLocalTime();
            if (local.date() == QDate::currentDate())
                return locale.toString(local.time(), QLocale::ShortFormat);
            return locale.toString(local, QLocale::ShortFormat);
        }
        case ConnectionColumn: return e.connectionName;
        case DurationColumn: return formatDuration(e.durationMs);
        case RowsColumn: return e.rows >= 0 ? locale.toString(e.rows) : QString();
        case SqlColumn: return firstLine(e.sql);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return locale.toString(e.startedAt.toLocalTime(), QLocale::LongFormat);
        case ConnectionColumn:
            return e.database.isEmpty() ? e.connectionName : tr("%1\nDatabase: %2").arg(e.connectionName, e.database);
        case SqlColumn: {
            const QString sql = e.sql.size() > 2000 ? e.sql.left(2000) + QStringLiteral(" …") : e.sql;
            return e.ok() ? sql : tr("%1\n\nFailed: %2").arg(sql, e.errorText);
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == RowsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SqlRole: return e.sql;
    case EntryIdRole: return e.id;
    case FailedRole: return !e.ok();
    case ErrorTextRole: return e.errorText;
    case StartedAtRole: return e.startedAt;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ConnectionColumn: return tr("Connection");
    case DurationColumn: return tr("Duration");
    case RowsColumn: return tr("Rows");
    case SqlColumn: return tr("Statement");
    default: return {};
    }
}

} // namespace Pixetric
