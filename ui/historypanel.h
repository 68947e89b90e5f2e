#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

namespace Pixetric {

class HistoryModel;
class QueryHistory;

// The query history as a searchable list: time, connection, duration, rows and the first line
// of each statement, failed ones marked. Typing in the search field filters after a short
// pause. Double-click or Enter emits entryActivated() with the whole statement; the context
// menu (and Ctrl+C, Delete) copies or deletes the selected entries.
//
// Thread affinity: GUI thread. Ownership: does not own the history, which must outlive the
// panel; owns its model.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 250;

    explicit HistoryPanel(QueryHistory *history, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // Puts text in the search field; the list filters after the debounce interval.
    void setSearchText(const QString &text);
    QString searchText() const;
    void setDebounceInterval(int ms);
    int debounceInterval() const;

    // Act on the selected entries, like the context menu does.
    QAction *openAction() const { return m_openAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // The SQL of the selected entries, top to bottom.
    QStringList selectedSql() const;
    // The message shown above the list (a failed search or delete), empty when none.
    QString messageText() const;

Q_SIGNALS:
    // The user wants to open this statement in the editor.
    void entryActivated(const QString &sql);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void copySelected();
    void deleteSelected();
    void showContextMenu(const QPoint &position);
    void showMessage(const QString &text);
    QList<int> selectedRows() const;

    QueryHistory *m_history = nullptr;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace Pixetric
