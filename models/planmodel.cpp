#include "planmodel.h"

#include <QLocale>

#include <cmath>

namespace Pixetric {

namespace {

QString count(double value)
{
    // Per-loop averages are whole numbers before PostgreSQL 18 and may have decimals after.
    const QLocale locale;
    if (value == std::floor(value))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 2);
}

QString factorText(double factor)
{
    return factor >= 10 ? QLocale().toString(qint64(std::llround(factor))) : QLocale().toString(factor, 'f', 1);
}

} // namespace

PlanModel::PlanModel(QObject *parent) : QAbstractItemModel(parent)
{
}

PlanModel::~PlanModel() = default;

void PlanModel::setPlan(const ExplainPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    // The header names what the numbers are: time, or cost without ANALYZE.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PlanModel::clear()
{
    setPlan(ExplainPlan());
}

const PlanNode *PlanModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int id = int(index.internalId());
    return id >= 0 && id < m_plan.nodeCount() ? &m_plan.node(id) : nullptr;
}

QModelIndex PlanModel::indexOfNode(int nodeId, int column) const
{
    if (nodeId < 0 || nodeId >= m_plan.nodeCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_plan.node(nodeId).row, column, quintptr(nodeId));
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != NodeColumn)
        return {};
    const PlanNode *p = node(parent);
    const QList<int> &siblings = p ? p->children : m_plan.roots();
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    const PlanNode *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return indexOfNode(n->parent);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.roots().size());
    if (parent.column() != NodeColumn)
        return 0;
    const PlanNode *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    const PlanNode *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NodeColumn || n->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString PlanModel::formatMs(double ms)
{
    const QLocale locale;
    if (ms < 0)
        return {};
    if (ms < 1)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 3));
    if (ms < 100)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 2));
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 2));
    const qint64 minutes = qint64(ms / 60000);
    return tr("%1 min %2 s").arg(minutes).arg(locale.toString((ms - minutes * 60000) / 1000, 'f', 1));
}

QString PlanModel::displayText(const PlanNode &n, int column) const
{
    const QLocale locale;
    const bool timing = m_plan.hasTiming();
    switch (column) {
    case NodeColumn:
        return n.subplanName.isEmpty() ? n.label() : tr("%1: %2").arg(n.subplanName, n.label());
    case ExclusiveColumn:
        if (n.neverExecuted())
            return tr("never executed");
        return timing ? formatMs(n.exclusiveMs) : locale.toString(n.exclusiveCost, 'f', 2);
    case ShareColumn:
        return tr("%1 %").arg(locale.toString(n.share * 100, 'f', 1));
    case RowsColumn:
        if (!n.hasActuals)
            return count(n.planRows);
        if (n.neverExecuted())
            return tr("— / %1").arg(count(n.planRows));
        return tr("%1 / %2").arg(count(n.actualRows), count(n.planRows));
    case EstimateColumn:
        if (n.estimateFactor <= 0)
            return {};
        if (n.estimateFactor == 1.0)
            return tr("exact");
        return n.underestimated() ? tr("%1× under").arg(factorText(n.estimateFactor))
                                  : tr("%1× over").arg(factorText(n.estimateFactor));
    case LoopsColumn:
        return n.hasActuals ? count(n.actualLoops) : QString();
    case BuffersColumn: {
        if (!n.buffers.present)
            return {};
        QString text = tr("%1 hit, %2 read").arg(locale.toString(n.buffers.sharedHit), locale.toString(n.buffers.sharedRead));
        if (n.buffers.sharedDirtied > 0)
            text += tr(", %1 dirtied").arg(locale.toString(n.buffers.sharedDirtied));
        if (n.buffers.sharedWritten > 0)
            text += tr(", %1 written").arg(locale.toString(n.buffers.sharedWritten));
        if (n.buffers.tempRead + n.buffers.tempWritten > 0)
            text += tr(", temp %1/%2").arg(locale.toString(n.buffers.tempRead), locale.toString(n.buffers.tempWritten));
        return text;
    }
    default:
        return {};
    }
}

QString PlanModel::toolTip(const PlanNode &n, int column) const
{
    const QLocale locale;
    switch (column) {
    case NodeColumn: {
        QStringList lines{n.label()};
        const QList<QPair<QString, QString>> conditions{
            {tr("Filter"), n.filter},       {tr("Index Cond"), n.indexCond},
            {tr("Recheck Cond"), n.recheckCond}, {tr("Hash Cond"), n.hashCond},
            {tr("Merge Cond"), n.mergeCond}, {tr("Join Filter"), n.joinFilter},
            {tr("One-Time Filter"), n.oneTimeFilter}};
        for (const auto &c : conditions) {
            if (!c.second.isEmpty())
                lines << tr("%1: %2").arg(c.first, c.second);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ExclusiveColumn:
        if (!m_plan.hasTiming())
            return tr("Estimated cost of this node alone, in planner units. Run EXPLAIN ANALYZE for times.");
        return tr("Time in this node alone: %1 of %2 including everything below it.")
            .arg(formatMs(n.exclusiveMs), formatMs(n.inclusiveMs));
    case ShareColumn:
        return m_plan.hasTiming() ? tr("Share of the execution time (%1).").arg(formatMs(m_plan.shareBase()))
                                  : tr("Share of the estimated cost.");
    case RowsColumn:
        if (!n.hasActuals)
            return tr("Estimated rows per loop.");
        return tr("%1 rows per loop (%2 in all over %3 loops); the planner estimated %4 per loop.")
            .arg(count(n.actualRows), count(n.actualRows * n.actualLoops), count(n.actualLoops), count(n.planRows));
    case EstimateColumn:
        if (n.estimateFactor <= 0)
            return {};
        if (n.cutShort)
            return tr("Fewer rows than estimated because a Limit or join above stopped reading early; "
                      "this is not a bad estimate.");
        if (n.isMisestimated(ExplainPlan::MisestimateThreshold))
            return tr("The row estimate is off by %1×. Run ANALYZE on the tables involved; for columns that "
                      "depend on each other, CREATE STATISTICS helps the planner.")
                .arg(factorText(n.estimateFactor));
        return tr("The row estimate is within %1× of the actual rows.").arg(factorText(n.estimateFactor));
    case BuffersColumn:
        if (!n.buffers.present)
            return m_plan.hasActuals() ? tr("Run EXPLAIN (ANALYZE, BUFFERS) to see buffer use.") : QString();
        return tr("Shared blocks: %1 hit, %2 read, %3 dirtied, %4 written\n"
                  "Local blocks: %5 hit, %6 read, %7 dirtied, %8 written\n"
                  "Temp blocks: %9 read, %10 written")
            .arg(locale.toString(n.buffers.sharedHit), locale.toString(n.buffers.sharedRead),
                 locale.toString(n.buffers.sharedDirtied), locale.toString(n.buffers.sharedWritten),
                 locale.toString(n.buffers.localHit), locale.toString(n.buffers.localRead),
                 locale.toString(n.buffers.localDirtied), locale.toString(n.buffers.localWritten),
                 locale.toString(n.buffers.tempRead))
            .arg(locale.toString(n.buffers.tempWritten));
    default:
        return {};
    }
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    const PlanNode *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*n, index.column());
    case Qt::ToolTipRole:
        return toolTip(*n, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NodeColumn || index.column() == BuffersColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case NodeIdRole:
        return n->id;
    case ShareRole:
        return n->share;
    case ExclusiveRole:
        return m_plan.hasTiming() ? n->exclusiveMs : n->exclusiveCost;
    case EstimateFactorRole:
        return n->estimateFactor;
    case MisestimatedRole:
        return n->isMisestimated(ExplainPlan::MisestimateThreshold);
    case HottestRole:
        return n->id == m_plan.hottestNode();
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const bool timing = m_plan.hasTiming();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NodeColumn: return tr("Node");
        case ExclusiveColumn: return timing ? tr("Exclusive") : tr("Exclusive cost");
        case ShareColumn: return tr("Share");
        case RowsColumn: return m_plan.hasActuals() ? tr("Rows (actual / est.)") : tr("Rows (est.)");
        case EstimateColumn: return tr("Estimate");
        case LoopsColumn: return tr("Loops");
        case BuffersColumn: return tr("Buffers (shared)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExclusiveColumn:
            return timing ? tr("Time spent in the node itself, without its children; parallel workers count as wall-clock time.")
                          : tr("Estimated cost of the node itself, without its children.");
        case ShareColumn: return timing ? tr("Share of the total execution time.") : tr("Share of the total estimated cost.");
        case EstimateColumn:
            return tr("How far the planner's row estimate was from the actual rows; %1× or more is marked.")
                .arg(factorText(ExplainPlan::MisestimateThreshold));
        default: return {};
        }
    }
    return {};
}

} // namespace Pixetric
