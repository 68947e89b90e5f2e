#include "branchtreedock.h"

#include "branchdetailspanel.h"
#include "branchtreemodel.h"
#include "createbranchdialog.h"
#include "discardbranchdialog.h"
#include "fabric.h"
#include "headercolumnmenu.h"
#include "operationsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

constexpr int NoticeMs = 6000;
// A failed operation reported this recently is news, even when it was never seen running
// (refusals fail at once).
constexpr qint64 FreshFailureMs = 15000;

// Paints the default and protected badges at the right end of the name cell.
class BranchNameDelegate : public QStyledItemDelegate
{
public:
    explicit BranchNameDelegate(QObject *parent)
        : QStyledItemDelegate(parent), m_default(icon("badge-default")), m_protected(icon("badge-protected"))
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QList<QIcon> badges = badgesOf(index);
        if (badges.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // The selection background spans the whole cell; the text gives way to the badges.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const int size = badgeSize(option);
        const int room = int(badges.size()) * (size + Spacing) + Spacing;
        QStyleOptionViewItem textPart = opt;
        textPart.rect.setRight(opt.rect.right() - room);
        style->drawControl(QStyle::CE_ItemViewItem, &textPart, painter, widget);
        // Right after the name; at the cell's end when the name is cut short.
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &textPart, widget);
        const int textEnd = textRect.left() + QFontMetrics(opt.font).horizontalAdvance(opt.text) + 2 * Spacing;
        const QIcon::Mode mode = (opt.state & QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled;
        int x = std::min(textEnd, opt.rect.right() - room + Spacing);
        const int y = opt.rect.top() + (opt.rect.height() - size) / 2;
        for (const QIcon &badge : badges) {
            badge.paint(painter, QRect(x, y, size, size), Qt::AlignCenter, mode);
            x += size + Spacing;
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const qsizetype n = badgesOf(index).size();
        if (n > 0)
            size.rwidth() += int(n) * (badgeSize(option) + Spacing) + Spacing;
        return size;
    }

private:
    static constexpr int Spacing = 3;

    static int badgeSize(const QStyleOptionViewItem &option)
    {
        return std::min(16, option.fontMetrics.height());
    }

    QList<QIcon> badgesOf(const QModelIndex &index) const
    {
        QList<QIcon> badges;
        if (index.column() != BranchTreeModel::NameColumn)
            return badges;
        if (index.data(BranchTreeModel::DefaultRole).toBool())
            badges.append(m_default);
        if (index.data(BranchTreeModel::ProtectedRole).toBool())
            badges.append(m_protected);
        return badges;
    }

    QIcon m_default;
    QIcon m_protected;
};

bool isBusy(const BranchInfo &b)
{
    return b.state == BranchState::Creating || b.state == BranchState::Deleting || b.state == BranchState::Resetting;
}

} // namespace

BranchTreeDock::BranchTreeDock(QWidget *parent) : QDockWidget(tr("Branches"), parent)
{
    setObjectName(QStringLiteral("branchesDock"));
    m_model = new BranchTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BranchTreeModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    auto *content = new QWidget(this);

    m_banner = new QLabel(content);
    m_banner->setObjectName(QStringLiteral("branchesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_banner->setMargin(6);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] {
        m_notice.clear();
        updateBanner();
    });
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        if (!m_noticeIsError) {
            m_notice.clear();
            updateBanner();
        }
    });

    m_toolBar = new QToolBar(tr("Branch actions"), content);
    m_toolBar->setObjectName(QStringLiteral("branchToolbar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("branchTree"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BranchNameDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false); // double-click opens an SQL tab
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BranchTreeModel::CreatedColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BranchTreeModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Widths from the widest text each column can show, not from the rows: sizing to contents
    // would measure every row on every refresh, a walk of the whole tree each second.
    {
        const QFontMetrics metrics(m_view->font());
        const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 59));
        const QHash<int, QStringList> samples{
            {BranchTreeModel::ComputeColumn,
             {displayName(ComputeState::Running), displayName(ComputeState::Suspended), displayName(ComputeState::Starting),
              displayName(ComputeState::Stopping), displayName(ComputeState::Failed)}},
            {BranchTreeModel::SizeColumn, {QLocale().formattedDataSize(999'900'000'000)}},
            {BranchTreeModel::CreatedColumn, {QLocale().toString(sampleTime, QLocale::ShortFormat)}},
            {BranchTreeModel::BranchPointColumn,
             {QStringLiteral("FFFF/FFFFFFFF · ") + QLocale().toString(sampleTime, QLocale::ShortFormat)}},
            {BranchTreeModel::EndpointColumn, {QStringLiteral("65535")}},
        };
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            int width = metrics.horizontalAdvance(m_model->headerData(it.key(), Qt::Horizontal).toString());
            for (const QString &text : it.value())
                width = std::max(width, metrics.horizontalAdvance(text));
            header->resizeSection(it.key(), width + 2 * metrics.averageCharWidth() + 8);
        }
    }
    // The dock is narrow; creation time and branch point are in the details below. The header's
    // context menu brings them back.
    header->setSectionHidden(BranchTreeModel::CreatedColumn, true);
    header->setSectionHidden(BranchTreeModel::BranchPointColumn, true);
    installColumnToggleMenu(header, BranchTreeModel::NameColumn);

    m_details = new BranchDetailsPanel(content);
    m_details->setObjectName(QStringLiteral("branchDetails"));

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("branchSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    // The details list about fifteen fields; most trees are short. Shares of the height, which
    // QSplitter scales to the dock.
    m_splitter->setSizes({400, 480});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    createActions();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BranchTreeDock::currentChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_openSql->isEnabled())
            openSql();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &BranchTreeDock::showContextMenu);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BranchTreeDock::rowsInserted);

    updateActions();
    updateBanner();
}

BranchTreeDock::~BranchTreeDock() = default;

void BranchTreeDock::createActions()
{
    const auto make = [this](const char *iconName, const QString &text, const QString &tip, const char *name,
                             void (BranchTreeDock::*slot)()) {
        auto *action = new QAction(iconName ? icon(iconName) : QIcon(), text, this);
        action->setToolTip(tip);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newBranch = make("branch-new", tr("&New Branch…"), tr("Create a branch below the selected one"), "newBranchAction",
                       &BranchTreeDock::newBranch);
    m_reset = make("branch-reset", tr("&Reset to Parent…"),
                   tr("Replace the branch's data with its parent's current data; the connection string stays"),
                   "resetBranchAction", &BranchTreeDock::resetBranch);
    m_discard = make("branch-delete", tr("&Discard…"), tr("Delete the branch and its compute"), "discardBranchAction",
                     &BranchTreeDock::discardBranch);
    m_protect = make("branch-protect", tr("&Protect"), tr("Protect the branch from reset and discard"),
                     "protectBranchAction", &BranchTreeDock::toggleProtection);
    m_compute = make("compute-start", tr("&Start Compute"), tr("Start the branch's PostgreSQL server"),
                     "computeAction", &BranchTreeDock::toggleCompute);
    m_copy = make("copy", tr("&Copy Connection String"),
                  tr("Copy the branch's postgresql:// URI, with its password, to the clipboard"),
                  "copyConnectionAction", &BranchTreeDock::copyConnection);
    m_openSql = make("tab-new", tr("&Open SQL Tab"), tr("Open an SQL tab on the branch (double-click)"),
                     "openSqlAction", &BranchTreeDock::openSql);
    m_setDefault = make("badge-default", tr("Set as De&fault"),
                        tr("Make this the branch new branches start from and tools use when none is named"), "setDefaultAction",
                        &BranchTreeDock::setDefault);

    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_discard);

    m_toolBar->addAction(m_newBranch);
    m_toolBar->addAction(m_reset);
    m_toolBar->addAction(m_discard);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_protect);
    m_toolBar->addAction(m_compute);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copy);
    m_toolBar->addAction(m_openSql);
}

QList<QAction *> BranchTreeDock::branchActions() const
{
    return {m_newBranch, m_reset, m_discard, nullptr, m_protect, m_setDefault, m_compute, nullptr, m_copy, m_openSql};
}

void BranchTreeDock::setFabric(Fabric *fabric)
{
    if (m_fabric == fabric)
        return;
    if (m_fabric)
        disconnect(m_fabric, nullptr, this, nullptr);
    m_fabric = fabric;
    m_failure.clear();
    m_notice.clear();
    m_openWhenRunning.clear();
    m_unfinished.clear();
    m_selectWhenShown.clear();
    m_details->setFabric(fabric);
    m_model->setFabric(fabric);
    if (m_fabric) {
        // After the model's own connection, so the tree is current when these run.
        connect(m_fabric, &Fabric::branchesChanged, this, &BranchTreeDock::branchesChanged);
        connect(m_fabric, &Fabric::readyChanged, this, [this] {
            updateActions();
            updateBanner();
        });
        connect(m_fabric, &Fabric::operationChanged, this, &BranchTreeDock::operationChanged);
        connect(m_fabric, &Fabric::fabricFailed, this, [this](const QString &message) {
            m_failure = message;
            updateActions();
            updateBanner();
        });
        connect(m_fabric, &QObject::destroyed, this, [this] {
            m_details->setFabric(nullptr);
            updateActions();
            updateBanner();
        });
        m_view->setToolTip(m_fabric->displayName());
    } else {
        m_view->setToolTip({});
    }
    currentChanged();
    updateBanner();
}

BranchInfo BranchTreeDock::currentBranch() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(BranchTreeModel::BranchRole).value<BranchInfo>();
}

bool BranchTreeDock::selectBranch(const QString &name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(name));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString BranchTreeDock::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void BranchTreeDock::currentChanged()
{
    m_details->setBranch(currentBranch());
    updateActions();
}

void BranchTreeDock::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_expandedOnce) {
        // The first tree arrives expanded, with the default branch selected; later, only what
        // is new opens (a collapsed branch stays collapsed when a child appears in it).
        m_expandedOnce = true;
        m_view->expandAll();
        if (!m_view->currentIndex().isValid() && m_fabric) {
            for (const BranchInfo &b : m_fabric->branches()) {
                if (b.isDefault && selectBranch(b.name))
                    break;
            }
        }
        return;
    }
    for (int row = first; row <= last; ++row)
        m_view->expandRecursively(m_proxy->index(row, 0, parent));
}

void BranchTreeDock::branchesChanged()
{
    if (!m_selectWhenShown.isEmpty() && selectBranch(m_selectWhenShown))
        m_selectWhenShown.clear();

    for (auto it = m_openWhenRunning.begin(); it != m_openWhenRunning.end();) {
        bool found = false;
        const BranchInfo b = m_fabric ? m_fabric->branch(*it, &found) : BranchInfo();
        if (!found || b.state == BranchState::Deleting) {
            it = m_openWhenRunning.erase(it);
        } else if (b.state == BranchState::Ready && b.compute == ComputeState::Running) {
            const ConnectionInfo info = m_fabric->connectionInfo(b.name);
            it = m_openWhenRunning.erase(it);
            if (!m_noticeIsError)
                m_notice.clear(); // "Starting the compute…" is over
            if (info.isValid())
                Q_EMIT openSqlTabRequested(b.name, info);
        } else {
            ++it;
        }
    }
    // The selected branch's details change in place.
    m_details->setBranch(currentBranch());
    updateActions();
    updateBanner();
}

void BranchTreeDock::operationChanged(const OperationInfo &operation)
{
    if (!operation.isFinished()) {
        m_unfinished.insert(operation.id);
        if (operation.kind == QLatin1String("init"))
            updateBanner(); // the progress of the first start
        return;
    }
    const bool seenRunning = m_unfinished.remove(operation.id);
    if (!OperationsModel::isFailure(operation))
        return;
    // No time: a refusal made just now, before the operation was recorded.
    const bool fresh = !operation.updatedAt.isValid()
        || operation.updatedAt.msecsTo(QDateTime::currentDateTimeUtc()) < FreshFailureMs;
    if (!seenRunning && !fresh)
        return;
    // An SQL tab that waited for this compute does not open; the notice says why.
    if (operation.kind == QLatin1String("start"))
        m_openWhenRunning.remove(operation.branch);
    showNotice(tr("%1 “%2” failed: %3")
                   .arg(OperationsModel::kindDisplayName(operation.kind), operation.branch,
                        operation.error.isEmpty() ? tr("no reason given; see the Operations panel") : operation.error),
               true);
}

void BranchTreeDock::showNotice(const QString &text, bool error)
{
    m_notice = text;
    m_noticeIsError = error;
    m_noticeTimer->start(NoticeMs);
    updateBanner();
}

void BranchTreeDock::updateBanner()
{
    static const QString errorStyle = QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;");
    static const QString infoStyle = QStringLiteral("background:#e3edf8; color:#1f3b5c; border-radius:3px;");
    const auto paragraph = [](const QString &text) {
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html;
    bool error = false;
    if (!m_fabric) {
        html = paragraph(tr("No fabric is open, so there are no branches to show. Pixetric Studio was started with "
                            "--no-fabric; start it without that option to browse and branch databases."));
    } else if (!m_failure.isEmpty()) {
        error = true;
        html = paragraph(m_failure)
            + paragraph(tr("The SQL workbench works without the fabric. Fix the problem above and restart Pixetric "
                           "Studio, or start it with --fabric FOLDER to use another fabric folder."));
    } else if (!m_notice.isEmpty()) {
        error = m_noticeIsError;
        html = paragraph(m_notice);
        if (error)
            html += QStringLiteral("<p><a href=\"dismiss\">%1</a></p>").arg(tr("Dismiss"));
    } else if (!m_fabric->isReady() || m_model->branchCount() == 0) {
        // A new fabric makes its first branch before anything else can happen.
        QString text = m_fabric->isReady() ? tr("The fabric has no branches yet.") : tr("Opening the fabric…");
        if (m_model->branchCount() == 0) {
            for (const OperationInfo &op : m_fabric->operations()) {
                if (op.kind == QLatin1String("init") && !op.isFinished()) {
                    text = tr("Creating the first branch “%1”; this takes a minute. %2 (%3 %)")
                               .arg(op.branch.isEmpty() ? QStringLiteral("main") : op.branch, op.step)
                               .arg(qRound(op.progress * 100));
                    break;
                }
            }
        }
        html = paragraph(text);
    }
    // Called on every refresh of the fabric: touch the label only when something changed
    // (a new style sheet means a new polish).
    m_banner->setText(html);
    if (const QString &style = error ? errorStyle : infoStyle; m_banner->styleSheet() != style)
        m_banner->setStyleSheet(style);
    m_banner->setVisible(!html.isEmpty());
}

void BranchTreeDock::updateActions()
{
    const bool usable = m_fabric && m_fabric->isReady() && m_failure.isEmpty();
    const BranchInfo b = currentBranch();
    const bool selected = usable && !b.name.isEmpty();
    const bool busy = selected && isBusy(b);
    const bool ready = selected && b.state == BranchState::Ready;

    m_newBranch->setEnabled(usable && (b.name.isEmpty() || ready));
    m_reset->setEnabled(selected && !b.isRoot() && !busy);
    m_discard->setEnabled(selected && !b.isRoot() && b.state != BranchState::Creating && b.state != BranchState::Deleting);
    m_protect->setEnabled(selected && !busy);
    m_protect->setText(b.isProtected ? tr("Un&protect") : tr("&Protect"));
    m_protect->setToolTip(b.isProtected ? tr("Remove the protection, so the branch can be reset and discarded")
                                        : tr("Protect the branch from reset and discard"));
    const bool running = b.compute == ComputeState::Running;
    const bool transition = b.compute == ComputeState::Starting || b.compute == ComputeState::Stopping;
    m_compute->setEnabled(ready && !transition);
    // The fabric refreshes every second or so; the icon is only swapped when the meaning flips.
    if (m_compute->property("suspends").toBool() != running || !m_compute->property("suspends").isValid()) {
        m_compute->setProperty("suspends", running);
        m_compute->setText(running ? tr("&Suspend Compute") : tr("&Start Compute"));
        m_compute->setIcon(icon(running ? "compute-suspend" : "compute-start"));
        m_compute->setToolTip(running ? tr("Stop the branch's PostgreSQL server; it keeps its data and endpoint")
                                      : tr("Start the branch's PostgreSQL server"));
    }
    m_copy->setEnabled(selected && b.state != BranchState::Creating && b.state != BranchState::Deleting);
    m_openSql->setEnabled(ready && b.compute != ComputeState::Stopping);
    m_setDefault->setEnabled(ready && !b.isDefault);
}

void BranchTreeDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clear();
    QMenu menu;
    for (QAction *action : branchActions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void BranchTreeDock::newBranch()
{
    if (!m_fabric)
        return;
    QString parent = currentBranch().name;
    if (parent.isEmpty()) {
        for (const BranchInfo &b : m_fabric->branches()) {
            if (b.isDefault || parent.isEmpty())
                parent = b.name;
            if (b.isDefault)
                break;
        }
    }
    auto *dialog = new CreateBranchDialog(m_fabric, parent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_fabric)
            return;
        m_notice.clear();
        m_selectWhenShown = dialog->branchName();
        m_fabric->createBranch(dialog->branchName(), dialog->parentBranch());
    });
    dialog->open();
}

void BranchTreeDock::resetBranch()
{
    const BranchInfo b = currentBranch();
    if (!m_fabric || b.name.isEmpty() || b.isRoot())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset Branch"),
                                tr("Reset “%1” to the current data of “%2”?").arg(b.name, b.parent), QMessageBox::Cancel, this);
    box->setInformativeText(tr("Everything written on “%1” since it was branched is lost. Open sessions are "
                               "disconnected; the connection string stays the same.")
                                .arg(b.name));
    QPushButton *reset = box->addButton(tr("Reset"), QMessageBox::DestructiveRole);
    reset->setIcon(icon("branch-reset"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setObjectName(QStringLiteral("resetConfirmation"));
    connect(box, &QMessageBox::finished, this, [this, box, reset, name = b.name] {
        if (box->clickedButton() == reset && m_fabric) {
            m_notice.clear();
            m_fabric->resetBranch(name);
        }
    });
    box->open();
}

void BranchTreeDock::discardBranch()
{
    const BranchInfo b = currentBranch();
    if (!m_fabric || b.name.isEmpty() || b.isRoot())
        return;
    const QStringList below = m_model->descendants(b.name);
    QStringList protectedNames;
    if (b.isProtected)
        protectedNames.append(b.name);
    for (const QString &name : below) {
        if (m_model->branch(m_model->indexOf(name)).isProtected)
            protectedNames.append(name);
    }
    auto *dialog = new DiscardBranchDialog(b, below, protectedNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, name = b.name, protectedNames, recursive = dialog->isRecursive()] {
        if (!m_fabric)
            return;
        m_notice.clear();
        // Typing the name lifted the protection. The fabric runs actions in the order given, so
        // the protection is gone before the discard runs.
        for (const QString &p : protectedNames)
            m_fabric->setProtected(p, false);
        m_fabric->deleteBranch(name, recursive);
    });
    dialog->open();
}

void BranchTreeDock::toggleProtection()
{
    const BranchInfo b = currentBranch();
    if (m_fabric && !b.name.isEmpty())
        m_fabric->setProtected(b.name, !b.isProtected);
}

void BranchTreeDock::toggleCompute()
{
    const BranchInfo b = currentBranch();
    if (!m_fabric || b.name.isEmpty())
        return;
    if (b.compute == ComputeState::Running)
        m_fabric->suspendCompute(b.name);
    else
        m_fabric->startCompute(b.name);
}

void BranchTreeDock::copyConnection()
{
    const BranchInfo b = currentBranch();
    if (!m_fabric || b.name.isEmpty())
        return;
    const ConnectionInfo info = m_fabric->connectionInfo(b.name);
    if (!info.isValid()) {
        showNotice(tr("“%1” has no connection string yet; wait until the branch is ready.").arg(b.name), true);
        return;
    }
    QApplication::clipboard()->setText(info.uri());
    showNotice(b.compute == ComputeState::Running
                   ? tr("Copied the connection string of “%1”, with its password.").arg(b.name)
                   : tr("Copied the connection string of “%1”, with its password. Start its compute before connecting.")
                         .arg(b.name),
               false);
}

void BranchTreeDock::openSql()
{
    const BranchInfo b = currentBranch();
    if (!m_fabric || b.name.isEmpty())
        return;
    if (b.state == BranchState::Ready && b.compute == ComputeState::Running) {
        const ConnectionInfo info = m_fabric->connectionInfo(b.name);
        if (info.isValid())
            Q_EMIT openSqlTabRequested(b.name, info);
        else
            showNotice(tr("“%1” has no connection string yet; wait until the branch is ready.").arg(b.name), true);
        return;
    }
    // The tab opens once the compute runs.
    m_openWhenRunning.insert(b.name);
    if (b.compute != ComputeState::Starting)
        m_fabric->startCompute(b.name);
    showNotice(tr("Starting the compute of “%1”; the SQL tab opens when it runs.").arg(b.name), false);
}

void BranchTreeDock::setDefault()
{
    const BranchInfo b = currentBranch();
    if (m_fabric && !b.name.isEmpty())
        m_fabric->setDefault(b.name);
}

} // namespace Pixetric
