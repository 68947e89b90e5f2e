#pragma once

#include "connectionparams.h"
#include "pgconnection.h"
#include "statementsplitter.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace Pixetric {

class CatalogReader;
class MessagesPane;
class QueryHistory;
class ResultView;
class SqlEditor;
enum class RunScope;

// One SQL tab: an editor, its own session (one connection per activity), the result sets and
// messages of its runs. The window shows the results and messages in docks; this object owns
// them. Typed text lives in the editor only and is never replaced by a run.
// Thread affinity: GUI thread.
class EditorTab : public QWidget
{
    Q_OBJECT
public:
    // history may be null (no history recorded); it must outlive the tab.
    EditorTab(const ConnectionParams &params, QueryHistory *history, QWidget *parent = nullptr);
    ~EditorTab() override;

    SqlEditor *editor() const { return m_editor; }
    QWidget *resultsWidget() const;
    MessagesPane *messages() const { return m_messages; }
    PgConnection *connection() const { return m_connection; }
    const ConnectionParams &params() const { return m_params; }

    QString title() const;
    // What the tab is called instead of the database name (e.g. the branch it works on).
    void setLabel(const QString &label);
    bool isBusy() const { return m_runId != 0; }
    bool autoCommit() const { return m_autoCommit; }
    void setAutoCommit(bool on);
    // Elapsed time of the run in progress, 0 when idle.
    qint64 runningMillis() const;

    void run(RunScope scope);
    void explain(bool analyze);
    void cancel();
    void commit();
    void rollback();
    void reconnect();

Q_SIGNALS:
    // Connection state, transaction status, busy state or title changed.
    void statusChanged();
    // Something arrived that the person should see: rows (Results) or an error (Messages).
    void resultsArrived();
    void errorReported();

private:
    enum class RunKind { Script, Explain, Control };
    struct ActiveRun
    {
        quint64 id = 0;
        RunKind kind = RunKind::Script;
        QList<SqlStatement> statements; // as in the document
        int injected = 0;               // statements we added before the person's (BEGIN)
        int explainPrefix = 0;          // characters added in front of an explained statement
        bool explainAnalyze = false;
        QElapsedTimer timer;
        qint64 rows = 0;
        bool failed = false;
        QString errorText;
    };

    void startRun(RunKind kind, const QList<SqlStatement> &statements, const QStringList &texts, int injected);
    void onResultStarted(quint64 runId, int statementIndex, const ResultColumns &columns);
    void onRows(quint64 runId, int statementIndex, const ResultChunk &rows);
    void onStatementFinished(quint64 runId, const StatementOutcome &outcome);
    void onRunFinished(quint64 runId, bool ok);
    void showError(const PgError &error, const SqlStatement *statement, int explainPrefix);
    void clearResults();
    void recordHistory(const ActiveRun &run, bool ok);

    ConnectionParams m_params;
    QueryHistory *m_history;
    PgConnection *m_connection;
    CatalogReader *m_catalog;
    SqlEditor *m_editor;
    // Shown in the window's docks, owned here; the docks may be destroyed first.
    QPointer<QTabWidget> m_results;
    QPointer<MessagesPane> m_messages;
    ActiveRun m_run;
    quint64 m_runId = 0;
    QList<ResultView *> m_views; // per statement index of the current run, null when no rows
    bool m_autoCommit = true;
    bool m_rollbackAfter = false;
    bool m_refreshCatalog = false;
    QString m_label;
};

} // namespace Pixetric
