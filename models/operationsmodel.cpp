#include "operationsmodel.h"

#include "fabric.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Pixetric {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OperationsModel::OperationsModel(QObject *parent) : QAbstractTableModel(parent) {}

OperationsModel::~OperationsModel() = default;

void OperationsModel::setFabric(Fabric *fabric)
{
    if (m_fabric == fabric)
        return;
    if (m_fabric)
        disconnect(m_fabric, nullptr, this, nullptr);
    clear();
    m_fabric = fabric;
    if (!m_fabric)
        return;
    connect(m_fabric, &Fabric::operationChanged, this, &OperationsModel::updateOperation);
    updateOperations(m_fabric->operations());
}

QString OperationsModel::kindDisplayName(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *text;
    } kinds[] = {
        {"init", QT_TR_NOOP("Create fabric")},
        {"create", QT_TR_NOOP("Create branch")},
        {"reset", QT_TR_NOOP("Reset to parent")},
        {"delete", QT_TR_NOOP("Discard")},
        {"rename", QT_TR_NOOP("Rename")},
        {"protect", QT_TR_NOOP("Protect")},
        {"unprotect", QT_TR_NOOP("Unprotect")},
        {"set-default", QT_TR_NOOP("Set default")},
        {"start", QT_TR_NOOP("Start compute")},
        {"suspend", QT_TR_NOOP("Suspend compute")},
        {"auto-suspend", QT_TR_NOOP("Auto-suspend setting")},
        {"swap", QT_TR_NOOP("Data swap")},
    };
    for (const auto &k : kinds) {
        if (kind == QLatin1String(k.kind))
            return tr(k.text);
    }
    return kind;
}

bool OperationsModel::isFailure(const OperationInfo &operation)
{
    return operation.state == OperationInfo::State::Failed || operation.state == OperationInfo::State::RolledBack;
}

bool OperationsModel::canRetry(const OperationInfo &operation)
{
    return isFailure(operation) && operation.id > 0;
}

void OperationsModel::updateOperation(const OperationInfo &operation)
{
    if (operation.id > 0) {
        if (const auto it = m_rowOf.constFind(operation.id); it != m_rowOf.cend()) {
            const int row = it.value();
            m_rows[row].operation = operation;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        m_newestId = std::max(m_newestId, operation.id);
        insertRow({operation, operation.id, 0});
    } else {
        insertRow({operation, m_newestId, ++m_sequence});
    }
    trim();
}

void OperationsModel::insertRow(const Row &fresh)
{
    // Newest first; a new operation almost always lands in row 0.
    const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh,
                                      [](const Row &r, const Row &f) { return r.after(f.key, f.sequence); });
    const int row = int(pos - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, fresh);
    reindex(row);
    endInsertRows();
}

void OperationsModel::updateOperations(const QList<OperationInfo> &operations)
{
    for (const OperationInfo &operation : operations)
        updateOperation(operation);
}

void OperationsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowOf.clear();
    endRemoveRows();
}

void OperationsModel::setMaxRows(int rows)
{
    m_maxRows = std::max(rows, 1);
    trim();
}

void OperationsModel::trim()
{
    if (m_rows.size() <= m_maxRows)
        return;
    const int first = m_maxRows;
    const int last = int(m_rows.size()) - 1;
    beginRemoveRows({}, first, last);
    for (int r = first; r <= last; ++r)
        m_rowOf.remove(m_rows.at(r).operation.id);
    m_rows.remove(first, last - first + 1);
    endRemoveRows();
}

void OperationsModel::reindex(int from)
{
    for (int r = from; r < m_rows.size(); ++r) {
        if (m_rows.at(r).operation.id > 0)
            m_rowOf.insert(m_rows.at(r).operation.id, r);
    }
}

OperationInfo OperationsModel::operation(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).operation : OperationInfo();
}

int OperationsModel::rowOf(qint64 id) const
{
    return id > 0 ? m_rowOf.value(id, -1) : -1;
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationInfo &op = m_rows.at(index.row()).operation;
    const bool failed = isFailure(op);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return op.id > 0 ? QString::number(op.id) : QString();
        case KindColumn:
            return kindDisplayName(op.kind);
        case BranchColumn:
            return op.branch;
        case StateColumn:
            return displayName(op.state);
        case ProgressColumn:
            return tr("%1 %", "progress in percent")
                .arg(op.state == OperationInfo::State::Done ? 100 : qRound(op.progress * 100));
        case StepColumn:
            return failed && !op.error.isEmpty() ? op.error : op.step;
        case StartedColumn:
            return localTime(op.createdAt);
        case UpdatedColumn:
            return localTime(op.updatedAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StepColumn || index.column() == StateColumn) {
            if (failed && !op.error.isEmpty())
                return op.error;
            return op.step.isEmpty() ? QVariant() : QVariant(op.step);
        }
        if (!op.arguments.isEmpty())
            return tr("Arguments: %1").arg(op.arguments.join(QStringLiteral(", ")));
        return {};
    case Qt::ForegroundRole:
        if (failed && (index.column() == StateColumn || index.column() == StepColumn))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case OperationRole:
        return QVariant::fromValue(op);
    case IdRole:
        return op.id;
    case StateRole:
        return int(op.state);
    case ProgressRole:
        return op.state == OperationInfo::State::Done ? 1.0 : op.progress;
    case ActiveRole:
        return op.state != OperationInfo::State::Done;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return op.id;
        case ProgressColumn:
            return op.progress;
        case StartedColumn:
            return op.createdAt;
        case UpdatedColumn:
            return op.updatedAt;
        case StateColumn:
            return int(op.state);
        }
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case KindColumn:
        return tr("Operation");
    case BranchColumn:
        return tr("Branch");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StepColumn:
        return tr("Step or error");
    case StartedColumn:
        return tr("Started");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace Pixetric
