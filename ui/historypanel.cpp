#include "historypanel.h"

#include "headercolumnmenu.h"
#include "historymodel.h"
#include "queryhistory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Pixetric {

namespace {

// Marks failed statements with the style's error icon in front of their SQL.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    explicit HistoryDelegate(QObject *parent) : QStyledItemDelegate(parent)
    {
        m_errorIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == HistoryModel::SqlColumn && index.data(HistoryModel::FailedRole).toBool()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = m_errorIcon;
            const int size = option->fontMetrics.height();
            option->decorationSize = QSize(size, size);
        }
    }

private:
    QIcon m_errorIcon;
};

} // namespace

HistoryPanel::HistoryPanel(QueryHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new HistoryModel(history, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search statements, connections and databases"));
    m_search->setClearButtonEnabled(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HistoryDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The statement is what people scan for: show it right after the time, taking the room;
    // connection, duration and rows follow and stay as narrow as their contents.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(HistoryModel::SqlColumn), 1);
    for (int c = 0; c < HistoryModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == HistoryModel::SqlColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    // In a narrow dock the connection and row count crowd the statement out; the header's
    // context menu brings them back.
    header->setSectionHidden(HistoryModel::ConnectionColumn, true);
    header->setSectionHidden(HistoryModel::RowsColumn, true);
    installColumnToggleMenu(header, HistoryModel::SqlColumn);
    m_view->installEventFilter(this);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);

    m_openAction = new QAction(tr("Open in Editor"), this);
    m_copyAction = new QAction(tr("Copy SQL"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_deleteAction = new QAction(tr("Delete from History"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_copyAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    // Searching runs a query; wait until the user pauses typing.
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilter(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_model->setFilter(m_search->text());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryPanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    connect(m_openAction, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });
    connect(m_copyAction, &QAction::triggered, this, &HistoryPanel::copySelected);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    connect(m_model, &HistoryModel::errorChanged, this, &HistoryPanel::showMessage);
    if (m_history) {
        connect(m_history, &QueryHistory::recovered, this, [this](const QString &movedAside) {
            showMessage(tr("The history file was damaged and has been moved to %1; a new history was started.")
                            .arg(QDir::toNativeSeparators(movedAside)));
        });
    }
    showMessage(m_model->errorString());
    for (int c = 0; c < HistoryModel::SqlColumn; ++c)
        m_view->resizeColumnToContents(c);
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString HistoryPanel::searchText() const
{
    return m_search->text();
}

void HistoryPanel::setDebounceInterval(int ms)
{
    m_debounce->setInterval(qMax(0, ms));
}

int HistoryPanel::debounceInterval() const
{
    return m_debounce->interval();
}

QString HistoryPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HistoryPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString sql = index.siblingAtColumn(HistoryModel::SqlColumn).data(HistoryModel::SqlRole).toString();
    if (!sql.isEmpty())
        Q_EMIT entryActivated(sql);
}

QList<int> HistoryPanel::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList HistoryPanel::selectedSql() const
{
    QStringList sql;
    for (int row : selectedRows())
        sql << m_model->entry(row).sql;
    return sql;
}

void HistoryPanel::copySelected()
{
    QStringList statements = selectedSql();
    if (statements.isEmpty())
        return;
    // Each statement ends with a semicolon so the copy runs as a script when pasted.
    for (QString &s : statements) {
        s = s.trimmed();
        if (!s.endsWith(QLatin1Char(';')))
            s += QLatin1Char(';');
    }
    QGuiApplication::clipboard()->setText(statements.join(QStringLiteral("\n\n")));
}

void HistoryPanel::deleteSelected()
{
    if (!m_history)
        return;
    QList<qint64> ids;
    for (int row : selectedRows())
        ids << m_model->entry(row).id;
    for (qint64 id : std::as_const(ids)) {
        const QueryHistory::Error error = m_history->remove(id);
        if (error) {
            showMessage(error.message);
            return;
        }
    }
}

void HistoryPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int selected = int(selectedRows().size());
    QMenu menu(this);
    m_openAction->setEnabled(selected == 1);
    menu.addAction(m_openAction);
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
    m_openAction->setEnabled(true);
}

} // namespace Pixetric
