#include "operationspanel.h"

#include "headercolumnmenu.h"
#include "fabric.h"
#include "operationsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

// Draws the progress column as the platform's progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != OperationsModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The row's selection background first, so the bar sits on it like the other cells.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QStyleOptionProgressBar bar;
        if (option.widget)
            bar.initFrom(option.widget);
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qBound(0, qRound(index.data(OperationsModel::ProgressRole).toDouble() * 100), 100);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == OperationsModel::ProgressColumn)
            size.setWidth(std::max(size.width(), 90));
        return size;
    }
};

} // namespace

OperationsPanel::OperationsPanel(QWidget *parent) : QWidget(parent), m_model(new OperationsModel(this))
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OperationsModel::ActiveRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setDynamicSortFilter(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ProgressDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < OperationsModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == OperationsModel::StepColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    // Started and updated say little next to the step; the id is for people who quote it.
    header->setSectionHidden(OperationsModel::UpdatedColumn, true);
    installColumnToggleMenu(header, OperationsModel::StepColumn);

    m_retry = new QAction(QIcon(QStringLiteral(":/icons/branch-reset.svg")), tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryOperation"));
    m_retry->setToolTip(tr("Run the selected failed operation again with the same arguments"));
    m_retry->setEnabled(false);
    connect(m_retry, &QAction::triggered, this, &OperationsPanel::retrySelected);
    auto *retryButton = new QToolButton(this);
    retryButton->setDefaultAction(m_retry);
    retryButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    retryButton->setAutoRaise(true);

    m_showFinished = new QCheckBox(tr("Show finished"), this);
    m_showFinished->setObjectName(QStringLiteral("showFinished"));
    m_showFinished->setToolTip(tr("Also list operations that completed; failed ones are always listed"));
    connect(m_showFinished, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QString() : QStringLiteral("true"));
        QSettings().setValue(QStringLiteral("operations/showFinished"), on);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("operationError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(retryButton);
    bar->addStretch();
    bar->addWidget(m_showFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperationsPanel::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OperationsPanel::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OperationsPanel::selectionChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (OperationsModel::canRetry(index.data(OperationsModel::OperationRole).value<OperationInfo>()))
            retrySelected();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addAction(m_retry);
        menu.addAction(tr("Show Finished"), m_showFinished, &QCheckBox::toggle);
        menu.actions().last()->setCheckable(true);
        menu.actions().last()->setChecked(m_showFinished->isChecked());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    const bool show = QSettings().value(QStringLiteral("operations/showFinished"), true).toBool();
    m_showFinished->setChecked(show);
    m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("true"));
}

OperationsPanel::~OperationsPanel() = default;

void OperationsPanel::setFabric(Fabric *fabric)
{
    m_model->setFabric(fabric);
    selectionChanged();
}

void OperationsPanel::setShowFinished(bool show)
{
    m_showFinished->setChecked(show);
}

bool OperationsPanel::showFinished() const
{
    return m_showFinished->isChecked();
}

QString OperationsPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OperationsPanel::selectionChanged()
{
    const OperationInfo op = m_view->currentIndex().data(OperationsModel::OperationRole).value<OperationInfo>();
    const bool failed = m_view->currentIndex().isValid() && OperationsModel::isFailure(op);
    m_retry->setEnabled(OperationsModel::canRetry(op) && m_model->fabric());
    m_error->setText(failed ? tr("%1 “%2” failed: %3").arg(OperationsModel::kindDisplayName(op.kind), op.branch, op.error) : QString());
    m_error->setVisible(failed && !op.error.isEmpty());
}

void OperationsPanel::retrySelected()
{
    const OperationInfo op = m_view->currentIndex().data(OperationsModel::OperationRole).value<OperationInfo>();
    if (Fabric *fabric = m_model->fabric(); fabric && OperationsModel::canRetry(op))
        fabric->retryOperation(op.id);
}

} // namespace Pixetric
