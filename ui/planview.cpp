#include "planview.h"

#include "planmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Pixetric {

namespace {

// The hottest node's bar and row tint; other bars use the palette's highlight colour.
const QColor HotColor(230, 126, 34);

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Paints the share column as a bar behind its text, tints the hottest row and marks bad
// row estimates, so the eye finds where the time went without reading numbers.
class PlanDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const bool hottest = index.data(PlanModel::HottestRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        if (hottest) {
            QColor tint = HotColor;
            tint.setAlpha(isDark(opt.palette) ? 70 : 45);
            opt.backgroundBrush = tint;
            if (index.column() == PlanModel::NodeColumn)
                opt.font.setBold(true);
        }
        if (index.column() == PlanModel::EstimateColumn && index.data(PlanModel::MisestimatedRole).toBool()) {
            const QColor warning = isDark(opt.palette) ? QColor(255, 120, 110) : QColor(192, 28, 40);
            opt.palette.setColor(QPalette::Text, warning); // a selected row keeps its highlighted text
            opt.font.setBold(true);
        }
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        if (index.column() != PlanModel::ShareColumn) {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
            return;
        }

        // Background and selection first, then the bar, then the text on top of it.
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double share = qBound(0.0, index.data(PlanModel::ShareRole).toDouble(), 1.0);
        const QRect area = opt.rect.adjusted(2, 3, -2, -3);
        if (share > 0 && area.width() > 0) {
            QRect bar = area;
            bar.setWidth(qMax(1, int(area.width() * share + 0.5)));
            QColor color = hottest ? HotColor : opt.palette.color(QPalette::Highlight);
            if (!hottest)
                color.setAlpha(selected ? 160 : 110);
            painter->fillRect(bar, color);
        }
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect.adjusted(2, 0, -2, 0), int(opt.displayAlignment), text);
        painter->restore();
    }
};

// Raw EXPLAIN keys in the order EXPLAIN itself prints them; others follow alphabetically.
const QStringList &fieldOrder()
{
    static const QStringList order{
        QStringLiteral("Node Type"), QStringLiteral("Parent Relationship"), QStringLiteral("Subplan Name"),
        QStringLiteral("Parallel Aware"), QStringLiteral("Async Capable"), QStringLiteral("Operation"),
        QStringLiteral("Join Type"), QStringLiteral("Strategy"), QStringLiteral("Partial Mode"),
        QStringLiteral("Scan Direction"), QStringLiteral("Index Name"), QStringLiteral("Relation Name"),
        QStringLiteral("Function Name"), QStringLiteral("CTE Name"), QStringLiteral("Schema"),
        QStringLiteral("Alias"), QStringLiteral("Startup Cost"), QStringLiteral("Total Cost"),
        QStringLiteral("Plan Rows"), QStringLiteral("Plan Width"), QStringLiteral("Actual Startup Time"),
        QStringLiteral("Actual Total Time"), QStringLiteral("Actual Rows"), QStringLiteral("Actual Loops"),
        QStringLiteral("Output"), QStringLiteral("Inner Unique"), QStringLiteral("Merge Cond"),
        QStringLiteral("Hash Cond"), QStringLiteral("Index Cond"), QStringLiteral("Recheck Cond"),
        QStringLiteral("Join Filter"), QStringLiteral("Rows Removed by Join Filter"), QStringLiteral("Filter"),
        QStringLiteral("Rows Removed by Filter"), QStringLiteral("Rows Removed by Index Recheck"),
        QStringLiteral("One-Time Filter"), QStringLiteral("Sort Key"), QStringLiteral("Sort Method"),
        QStringLiteral("Sort Space Used"), QStringLiteral("Sort Space Type"), QStringLiteral("Group Key"),
        QStringLiteral("Workers Planned"), QStringLiteral("Workers Launched"),
        QStringLiteral("Shared Hit Blocks"), QStringLiteral("Shared Read Blocks"),
        QStringLiteral("Shared Dirtied Blocks"), QStringLiteral("Shared Written Blocks"),
        QStringLiteral("Local Hit Blocks"), QStringLiteral("Local Read Blocks"),
        QStringLiteral("Local Dirtied Blocks"), QStringLiteral("Local Written Blocks"),
        QStringLiteral("Temp Read Blocks"), QStringLiteral("Temp Written Blocks"),
        QStringLiteral("I/O Read Time"), QStringLiteral("I/O Write Time")};
    return order;
}

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title)
{
    auto *group = new QTreeWidgetItem(tree, QStringList{title});
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setFirstColumnSpanned(true);
    return group;
}

void addField(QTreeWidgetItem *group, const QString &field, const QString &value)
{
    auto *item = new QTreeWidgetItem(group, QStringList{field, value});
    item->setToolTip(1, value);
}

} // namespace

PlanView::PlanView(QWidget *parent) : QWidget(parent), m_model(new PlanModel(this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new PlanDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false); // the bars and the hot row carry the colour
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);

    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Field"), tr("Value")});
    m_details->setRootIsDecorated(false);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const PlanNode *n = m_model->node(current);
                const int id = n ? n->id : -1;
                showDetails(id);
                Q_EMIT nodeSelected(id);
            });
    updateSummary();
}

PlanView::~PlanView() = default;

const ExplainPlan &PlanView::plan() const
{
    return m_model->plan();
}

void PlanView::setPlan(const ExplainPlan &plan)
{
    m_model->setPlan(plan.isValid() ? plan : ExplainPlan());
    m_tree->expandAll();
    for (int c = 0; c < PlanModel::ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    // The share bar needs room to be read.
    m_tree->setColumnWidth(PlanModel::ShareColumn, qMax(m_tree->columnWidth(PlanModel::ShareColumn),
                                                        m_tree->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) * 2));
    updateSummary(plan.errorString());
    showDetails(-1);
    if (plan.isValid())
        selectNode(plan.hottestNode() >= 0 ? plan.hottestNode() : plan.roots().value(0, -1));
}

bool PlanView::setPlanJson(QByteArrayView json)
{
    const ExplainPlan plan = ExplainPlan::fromJson(json);
    setPlan(plan);
    return plan.isValid();
}

void PlanView::clear()
{
    setPlan(ExplainPlan());
}

int PlanView::selectedNode() const
{
    const PlanNode *n = m_model->node(m_tree->selectionModel()->currentIndex());
    return n ? n->id : -1;
}

void PlanView::selectNode(int nodeId)
{
    const QModelIndex index = m_model->indexOfNode(nodeId);
    if (!index.isValid()) {
        m_tree->selectionModel()->clearCurrentIndex();
        m_tree->selectionModel()->clearSelection();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

QString PlanView::summaryText() const
{
    return m_summary->text();
}

QList<QPair<QString, QString>> PlanView::details() const
{
    QList<QPair<QString, QString>> result;
    for (int g = 0; g < m_details->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_details->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            result.append({group->child(i)->text(0), group->child(i)->text(1)});
    }
    return result;
}

void PlanView::updateSummary(const QString &error)
{
    const ExplainPlan &p = m_model->plan();
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    if (!p.isValid()) {
        m_summary->setText(tr("No plan. Run EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) on a statement to see where its time goes."));
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (!p.hasActuals()) {
        double cost = 0;
        for (int root : p.roots())
            cost += p.node(root).totalCost;
        parts << tr("Estimated plan, total cost %1").arg(locale.toString(cost, 'f', 2));
    }
    if (p.planningMs() >= 0)
        parts << tr("Planning %1").arg(PlanModel::formatMs(p.planningMs()));
    if (p.executionMs() >= 0)
        parts << tr("Execution %1").arg(PlanModel::formatMs(p.executionMs()));
    if (!p.triggers().isEmpty())
        parts << tr("Triggers %1 (%n call(s))", nullptr, int(std::accumulate(p.triggers().begin(), p.triggers().end(), qint64(0),
                                                                              [](qint64 sum, const PlanTrigger &t) { return sum + t.calls; })))
                     .arg(PlanModel::formatMs(p.triggerMs()));
    if (p.jitMs() >= 0)
        parts << tr("JIT %1").arg(PlanModel::formatMs(p.jitMs()));
    if (p.hottestNode() >= 0) {
        const PlanNode &hot = p.node(p.hottestNode());
        parts << tr("Hottest: %1 (%2 %)").arg(hot.label(), locale.toString(hot.share * 100, 'f', 1));
    }
    const int bad = int(p.misestimatedNodes().size());
    if (bad > 0)
        parts << tr("%n bad row estimate(s)", nullptr, bad);
    QString text = parts.join(QStringLiteral(" · "));
    if (!p.hasActuals())
        text += QLatin1Char('\n') + tr("Costs only: run EXPLAIN (ANALYZE, BUFFERS) to see actual times and rows.");
    else if (!p.hasTiming())
        text += QLatin1Char('\n') + tr("Measured without timing: shares are by estimated cost. Leave TIMING on to see times.");
    m_summary->setText(text);
}

void PlanView::showDetails(int nodeId)
{
    m_details->clear();
    const ExplainPlan &p = m_model->plan();
    if (nodeId < 0 || nodeId >= p.nodeCount())
        return;
    const PlanNode &n = p.node(nodeId);
    const QLocale locale;

    QTreeWidgetItem *overview = addGroup(m_details, tr("Overview"));
    addField(overview, tr("Node"), n.subplanName.isEmpty() ? n.label() : tr("%1: %2").arg(n.subplanName, n.label()));
    if (p.hasTiming()) {
        if (n.neverExecuted()) {
            addField(overview, tr("Executed"), tr("never"));
        } else {
            addField(overview, tr("Exclusive time"), PlanModel::formatMs(n.exclusiveMs));
            addField(overview, tr("Inclusive time"), PlanModel::formatMs(n.inclusiveMs));
        }
        addField(overview, tr("Share of execution"), tr("%1 %").arg(locale.toString(n.share * 100, 'f', 1)));
    } else {
        addField(overview, tr("Share of cost"), tr("%1 %").arg(locale.toString(n.share * 100, 'f', 1)));
    }
    addField(overview, tr("Exclusive cost"), locale.toString(n.exclusiveCost, 'f', 2));
    addField(overview, tr("Rows per loop"),
             n.hasActuals ? tr("%1 actual, %2 estimated").arg(locale.toString(n.actualRows, 'f', n.actualRows == qint64(n.actualRows) ? 0 : 2),
                                                              locale.toString(n.planRows, 'f', 0))
                          : tr("%1 estimated").arg(locale.toString(n.planRows, 'f', 0)));
    if (n.estimateFactor > 0) {
        QString estimate = m_model->data(m_model->indexOfNode(nodeId, PlanModel::EstimateColumn)).toString();
        if (n.isMisestimated(ExplainPlan::MisestimateThreshold))
            estimate = tr("%1 — bad estimate").arg(estimate);
        else if (n.cutShort && n.estimateFactor >= ExplainPlan::MisestimateThreshold)
            estimate = tr("%1 — stopped early by a Limit or join above").arg(estimate);
        addField(overview, tr("Row estimate"), estimate);
    }
    if (n.hasActuals)
        addField(overview, tr("Loops"), locale.toString(n.actualLoops, 'f', 0));
    if (n.processes > 1)
        addField(overview, tr("Parallel processes"), tr("%1 (workers and leader)").arg(n.processes));
    if (n.buffers.present)
        addField(overview, tr("Shared buffers"), m_model->data(m_model->indexOfNode(nodeId, PlanModel::BuffersColumn)).toString());

    QTreeWidgetItem *all = addGroup(m_details, tr("All fields"));
    QList<QPair<QString, QString>> fields = n.fields;
    const QStringList &order = fieldOrder();
    std::stable_sort(fields.begin(), fields.end(), [&order](const auto &a, const auto &b) {
        const qsizetype ia = order.indexOf(a.first);
        const qsizetype ib = order.indexOf(b.first);
        if (ia >= 0 || ib >= 0)
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        return a.first < b.first;
    });
    for (const auto &f : fields)
        addField(all, f.first, f.second);

    m_details->expandAll();
    m_details->resizeColumnToContents(0);
}

} // namespace Pixetric
