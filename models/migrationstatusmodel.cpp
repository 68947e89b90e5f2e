#include "migrationstatusmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Pixetric {

namespace {

QString localTime(const QString &iso)
{
    const QDateTime utc = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!utc.isValid())
        return iso;
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MigrationStatusModel::MigrationStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

MigrationStatusModel::~MigrationStatusModel() = default;

QList<MigrationStatusRow> MigrationStatusModel::rowsOf(const MigrationSet &set, const QList<AppliedMigration> *history)
{
    QList<MigrationStatusRow> rows;
    if (!history) {
        rows.reserve(set.files.size());
        for (const MigrationFile &f : set.files) {
            MigrationStatusRow r;
            r.version = f.version;
            r.name = f.name;
            r.fileName = f.fileName;
            r.path = f.path;
            r.hasDown = f.hasDown;
            r.transactional = f.transactional;
            rows.append(r);
        }
        return rows;
    }
    // compare() points into set and history, which live through this function.
    const QList<MigrationStatus> status = MigrationHistory::compare(set, *history);
    rows.reserve(status.size());
    for (const MigrationStatus &s : status) {
        MigrationStatusRow r;
        r.known = true;
        r.state = s.state;
        r.version = s.version;
        r.name = s.name;
        r.explanation = s.explanation;
        if (s.file) {
            r.fileName = s.file->fileName;
            r.path = s.file->path;
            r.hasDown = s.file->hasDown;
            r.transactional = s.file->transactional;
        } else if (s.applied) {
            r.fileName = s.applied->fileName;
        }
        if (s.applied) {
            r.appliedAt = s.applied->appliedAt;
            r.appliedBy = s.applied->appliedBy;
            if (s.applied->success)
                r.durationMs = s.applied->durationMs;
        }
        rows.append(r);
    }
    return rows;
}

void MigrationStatusModel::setFolder(const MigrationSet &set)
{
    setRows(rowsOf(set, nullptr));
}

void MigrationStatusModel::setStatus(const MigrationSet &set, const QList<AppliedMigration> &history)
{
    setRows(rowsOf(set, &history));
}

void MigrationStatusModel::setRows(const QList<MigrationStatusRow> &rows)
{
    bool sameVersions = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameVersions && i < rows.size(); ++i)
        sameVersions = rows.at(i).version == m_rows.at(i).version;
    if (!sameVersions) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // The same migrations with new states: changed rows only, so that selection and scroll stay.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void MigrationStatusModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MigrationStatusModel::rowOf(const QString &version) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (MigrationSet::compareVersions(m_rows.at(i).version, version) == 0)
            return int(i);
    }
    return -1;
}

int MigrationStatusModel::count(MigrationStatus::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const MigrationStatusRow &r) { return r.known && r.state == state; }));
}

bool MigrationStatusModel::isKnown() const
{
    return !m_rows.isEmpty() && m_rows.constFirst().known;
}

QList<MigrationStatus::State> MigrationStatusModel::allStates()
{
    using S = MigrationStatus::State;
    return {S::Pending, S::Applied, S::Drifted, S::Failed, S::Missing, S::OutOfOrder};
}

QString MigrationStatusModel::summary() const
{
    if (m_rows.isEmpty())
        return tr("no migrations");
    if (!isKnown())
        return tr("%n migration(s), state not known", nullptr, int(m_rows.size()));
    QStringList parts;
    for (const MigrationStatus::State state : allStates()) {
        if (const int n = count(state); n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(stateText(state));
    }
    return parts.join(QStringLiteral(", "));
}

QString MigrationStatusModel::stateText(MigrationStatus::State state)
{
    switch (state) {
    case MigrationStatus::State::Pending:
        return tr("pending");
    case MigrationStatus::State::Applied:
        return tr("applied");
    case MigrationStatus::State::Drifted:
        return tr("drifted");
    case MigrationStatus::State::Failed:
        return tr("failed");
    case MigrationStatus::State::Missing:
        return tr("missing");
    case MigrationStatus::State::OutOfOrder:
        return tr("out of order");
    }
    return {};
}

QString MigrationStatusModel::unknownStateText()
{
    return tr("not read", "migration state while the target's history is unknown");
}

QColor MigrationStatusModel::stateColor(MigrationStatus::State state)
{
    switch (state) {
    case MigrationStatus::State::Pending:
        return QColor(0x15, 0x65, 0xc0);
    case MigrationStatus::State::Applied:
        return QColor(0x2e, 0x7d, 0x32);
    case MigrationStatus::State::Drifted:
        return QColor(0xd8, 0x6a, 0x00);
    case MigrationStatus::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case MigrationStatus::State::Missing:
        return QColor(0x8e, 0x24, 0xaa);
    case MigrationStatus::State::OutOfOrder:
        return QColor(0x9e, 0x7c, 0x00);
    }
    return {};
}

int MigrationStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationStatusRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return r.version;
        case NameColumn:
            return r.name;
        case StateColumn:
            return r.known ? stateText(r.state) : unknownStateText();
        case AppliedColumn:
            if (r.appliedAt.isEmpty())
                return QString();
            return localTime(r.appliedAt); // by whom: in the tooltip
        case DurationColumn:
            return r.durationMs < 0 ? QString() : tr("%1 ms").arg(QLocale().toString(r.durationMs, 'f', 1));
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = r.path.isEmpty() ? r.fileName : r.path;
        if (!r.appliedAt.isEmpty())
            tip += QLatin1Char('\n')
                + (r.appliedBy.isEmpty() ? tr("Applied %1").arg(localTime(r.appliedAt)) : tr("Applied %1 by %2").arg(localTime(r.appliedAt), r.appliedBy));
        if (!r.explanation.isEmpty())
            tip = tip.isEmpty() ? r.explanation : tip + QStringLiteral("\n\n") + r.explanation;
        if (!r.transactional)
            tip += QLatin1Char('\n') + tr("Runs outside a transaction.");
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return r.known ? stateColor(r.state) : QColor(Qt::gray);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && r.known && r.state != MigrationStatus::State::Applied)
            return stateColor(r.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return r.known ? int(r.state) : -1;
    case StateNameRole:
        return r.known ? MigrationStatus::stateName(r.state) : QString();
    case KnownRole:
        return r.known;
    case ExplanationRole:
        return r.explanation;
    case FileNameRole:
        return r.fileName;
    case PathRole:
        return r.path;
    case VersionRole:
        return r.version;
    case SortRole:
        return index.row(); // the folder's own order (versions compare part by part)
    }
    return {};
}

QVariant MigrationStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case NameColumn:
        return tr("Migration");
    case StateColumn:
        return tr("State");
    case AppliedColumn:
        return tr("Applied");
    case DurationColumn:
        return tr("Took");
    }
    return {};
}

} // namespace Pixetric
