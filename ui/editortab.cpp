#include "editortab.h"

#include "catalogreader.h"
#include "explainplan.h"
#include "messagespane.h"
#include "planview.h"
#include "queryhistory.h"
#include "resultmodel.h"
#include "resultview.h"
#include "sqleditor.h"

#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

// EXPLAIN ANALYZE executes the statement; for one that changes data we roll it back after.
bool changesData(const QString &statement)
{
    static const QRegularExpression dml(
        QStringLiteral("^\\s*(insert|update|delete|merge)\\b|^\\s*with\\b.*\\b(insert|update|delete|merge)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return dml.match(statement).hasMatch();
}

// 1-based line and column (in characters) of a UTF-16 offset in text.
QPair<int, int> lineAndColumn(const QString &text, int offset)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (int i = lineStart; i < offset && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++column;
    }
    return {line, column};
}

} // namespace

EditorTab::EditorTab(const ConnectionParams &params, QueryHistory *history, QWidget *parent)
    : QWidget(parent), m_params(params), m_history(history)
{
    m_connection = new PgConnection(this);
    m_catalog = new CatalogReader(this);
    m_catalog->setConnectionParams(m_params);
    m_editor = new SqlEditor(this);
    m_results = new QTabWidget;
    m_results->setDocumentMode(true);
    m_messages = new MessagesPane;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);

    connect(m_editor, &SqlEditor::runRequested, this, &EditorTab::run);
    connect(m_catalog, &CatalogReader::snapshotReady, m_editor, &SqlEditor::setCatalogSnapshot);

    connect(m_connection, &PgConnection::opened, this, [this](const ServerInfo &info) {
        const QString tls = info.tls.inUse ? tr("TLS %1").arg(info.tls.protocol) : tr("no TLS");
        m_messages->addInfo(tr("Connected to %1 — PostgreSQL %2, %3.")
                                .arg(m_params.displayName(), info.serverVersionText, tls));
        m_catalog->refresh();
        Q_EMIT statusChanged();
    });
    connect(m_connection, &PgConnection::openFailed, this, [this](const PgError &error) {
        showError(error, nullptr, 0);
        Q_EMIT statusChanged();
    });
    connect(m_connection, &PgConnection::connectionLost, this, [this](const PgError &error) {
        showError(error, nullptr, 0);
        m_messages->addInfo(tr("Your text is kept. Use Query ▸ Reconnect to continue."));
        Q_EMIT statusChanged();
    });
    connect(m_connection, &PgConnection::stateChanged, this, &EditorTab::statusChanged);
    connect(m_connection, &PgConnection::transactionStatusChanged, this, &EditorTab::statusChanged);
    connect(m_connection, &PgConnection::resultStarted, this, &EditorTab::onResultStarted);
    connect(m_connection, &PgConnection::rowsArrived, this, &EditorTab::onRows);
    connect(m_connection, &PgConnection::statementFinished, this, &EditorTab::onStatementFinished);
    connect(m_connection, &PgConnection::runFinished, this, &EditorTab::onRunFinished);
    connect(m_connection, &PgConnection::noticeReceived, m_messages, &MessagesPane::addNotice);

    m_connection->open(m_params);
}

EditorTab::~EditorTab()
{
    // The docks may hold these; they belong to the tab.
    delete m_results;
    delete m_messages;
}

QWidget *EditorTab::resultsWidget() const
{
    return m_results;
}

void EditorTab::setLabel(const QString &label)
{
    m_label = label;
    Q_EMIT statusChanged();
}

QString EditorTab::title() const
{
    QString name = m_label.isEmpty() ? m_params.value(QStringLiteral("dbname")) : m_label;
    if (name.isEmpty())
        name = m_params.displayName();
    switch (m_connection->transactionStatus()) {
    case TransactionStatus::InTransaction:
    case TransactionStatus::InError:
        return name + QStringLiteral(" *");
    default:
        return name;
    }
}

void EditorTab::setAutoCommit(bool on)
{
    m_autoCommit = on;
    Q_EMIT statusChanged();
}

qint64 EditorTab::runningMillis() const
{
    return m_runId != 0 && m_run.timer.isValid() ? m_run.timer.elapsed() : 0;
}

void EditorTab::run(RunScope scope)
{
    if (isBusy())
        return;
    const RunRequest request = m_editor->runRequest(scope);
    if (request.statements.isEmpty()) {
        m_messages->addInfo(tr("Nothing to run: the editor holds no statement there."));
        return;
    }
    QStringList texts;
    for (const SqlStatement &s : request.statements)
        texts << s.text;
    int injected = 0;
    if (!m_autoCommit && m_connection->transactionStatus() == TransactionStatus::Idle) {
        texts.prepend(QStringLiteral("BEGIN"));
        injected = 1;
    }
    startRun(RunKind::Script, request.statements, texts, injected);
}

void EditorTab::explain(bool analyze)
{
    if (isBusy())
        return;
    const RunRequest request = m_editor->runRequest(RunScope::Statement);
    if (request.statements.isEmpty()) {
        m_messages->addInfo(tr("Nothing to explain: put the cursor on a statement."));
        return;
    }
    const SqlStatement statement = request.statements.first();
    const QString prefix = analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                                   : QStringLiteral("EXPLAIN (FORMAT JSON) ");
    QStringList texts{prefix + statement.text};
    int injected = 0;
    m_rollbackAfter = false;
    if (analyze && changesData(statement.text) && m_connection->transactionStatus() == TransactionStatus::Idle) {
        texts.prepend(QStringLiteral("BEGIN"));
        texts.append(QStringLiteral("ROLLBACK"));
        injected = 1;
        m_rollbackAfter = true;
        m_messages->addInfo(tr("EXPLAIN ANALYZE runs the statement; its changes are rolled back afterwards."));
    } else if (analyze && changesData(statement.text)) {
        m_messages->addInfo(tr("EXPLAIN ANALYZE runs the statement inside your open transaction: "
                               "roll back to undo its changes."));
    }
    startRun(RunKind::Explain, {statement}, texts, injected);
    m_run.explainPrefix = int(prefix.size());
    m_run.explainAnalyze = analyze;
}

void EditorTab::startRun(RunKind kind, const QList<SqlStatement> &statements, const QStringList &texts, int injected)
{
    if (!m_connection->isOpen()) {
        PgError e = PgError::client(tr("Not connected."), tr("Use Query ▸ Reconnect, then run again."));
        showError(e, nullptr, 0);
        return;
    }
    clearResults();
    m_editor->clearErrorMarks();
    m_run = ActiveRun();
    m_run.kind = kind;
    m_run.statements = statements;
    m_run.injected = injected;
    m_run.timer.start();
    m_runId = m_connection->execute(texts);
    m_run.id = m_runId;
    Q_EMIT statusChanged();
}

void EditorTab::cancel()
{
    if (isBusy())
        m_connection->cancel();
}

void EditorTab::commit()
{
    if (isBusy())
        return;
    startRun(RunKind::Control, {}, {QStringLiteral("COMMIT")}, 0);
}

void EditorTab::rollback()
{
    if (isBusy())
        return;
    startRun(RunKind::Control, {}, {QStringLiteral("ROLLBACK")}, 0);
}

void EditorTab::reconnect()
{
    m_messages->addInfo(tr("Reconnecting to %1…").arg(m_params.displayName()));
    m_connection->open(m_params);
}

void EditorTab::clearResults()
{
    while (m_results->count() > 0) {
        QWidget *w = m_results->widget(0);
        m_results->removeTab(0);
        w->deleteLater();
    }
    m_views.clear();
}

void EditorTab::onResultStarted(quint64 runId, int statementIndex, const ResultColumns &columns)
{
    if (runId != m_runId || m_run.kind == RunKind::Explain)
        return;
    const int index = statementIndex - m_run.injected;
    auto *view = new ResultView;
    view->model()->setColumns(columns);
    while (m_views.size() <= statementIndex)
        m_views.append(nullptr);
    m_views[statementIndex] = view;
    const int tab = m_results->addTab(view, tr("Result %1").arg(m_results->count() + 1));
    if (index >= 0 && index < m_run.statements.size())
        m_results->setTabToolTip(tab, m_run.statements.at(index).text.left(500));
    if (m_results->count() == 1) {
        m_results->setCurrentIndex(tab);
        Q_EMIT resultsArrived();
    }
}

void EditorTab::onRows(quint64 runId, int statementIndex, const ResultChunk &rows)
{
    if (runId != m_runId)
        return;
    m_run.rows += rows.rowCount();
    if (m_run.kind == RunKind::Explain) {
        if (statementIndex == m_run.injected) {
            QByteArray json;
            for (int r = 0; r < rows.rowCount(); ++r)
                json += rows.value(r, 0).toByteArray() + '\n';
            const ExplainPlan plan = ExplainPlan::fromJson(json);
            auto *view = new PlanView;
            view->setPlan(plan);
            m_results->addTab(view, m_run.explainAnalyze ? tr("Plan (analyzed)") : tr("Plan"));
            m_results->setCurrentWidget(view);
            Q_EMIT resultsArrived();
        }
        return;
    }
    if (statementIndex < m_views.size() && m_views.at(statementIndex))
        m_views.at(statementIndex)->model()->appendChunk(rows);
}

void EditorTab::onStatementFinished(quint64 runId, const StatementOutcome &outcome)
{
    if (runId != m_runId)
        return;
    const int index = outcome.statementIndex - m_run.injected;
    const SqlStatement *statement = index >= 0 && index < m_run.statements.size() ? &m_run.statements.at(index) : nullptr;
    if (outcome.error.isError()) {
        m_run.failed = true;
        m_run.errorText = outcome.error.message;
        showError(outcome.error, statement, m_run.kind == RunKind::Explain ? m_run.explainPrefix : 0);
        return;
    }
    if (outcome.statementIndex < m_views.size()) {
        if (ResultView *view = m_views.at(outcome.statementIndex)) {
            view->setTiming(outcome.elapsedMicros);
            view->setFinished(true);
        }
    }
    if (m_run.kind != RunKind::Explain || index == 0)
        m_messages->addStatement(outcome, statement ? statement->text : QString());
    // Completion should know about objects the person just created, altered or dropped.
    static const QRegularExpression ddl(QStringLiteral("^(CREATE|ALTER|DROP|COMMENT|GRANT|REVOKE|IMPORT)\\b"));
    if (ddl.match(outcome.commandTag).hasMatch())
        m_refreshCatalog = true;
}

void EditorTab::onRunFinished(quint64 runId, bool ok)
{
    if (runId != m_runId)
        return;
    const ActiveRun finished = m_run;
    m_runId = 0;
    if (m_rollbackAfter) {
        m_rollbackAfter = false;
        if (m_connection->transactionStatus() != TransactionStatus::Idle && m_connection->isOpen())
            m_connection->execute(QStringLiteral("ROLLBACK"));
    }
    if (finished.kind != RunKind::Control)
        recordHistory(finished, ok);
    if (m_refreshCatalog || finished.kind == RunKind::Control) {
        m_refreshCatalog = false;
        m_catalog->refresh();
    }
    Q_EMIT statusChanged();
}

void EditorTab::showError(const PgError &error, const SqlStatement *statement, int explainPrefix)
{
    int line = 0, column = 0;
    if (statement && error.position > explainPrefix) {
        const int serverPosition = error.position - explainPrefix;
        m_editor->markError(*statement, serverPosition);
        const int offset = statement->begin + SqlText::utf16FromServerPosition(statement->text, serverPosition);
        std::tie(line, column) = lineAndColumn(m_editor->text(), offset);
    }
    m_messages->addError(error, line, column);
    Q_EMIT errorReported();
}

void EditorTab::recordHistory(const ActiveRun &run, bool ok)
{
    if (!m_history || run.statements.isEmpty())
        return;
    QStringList texts;
    for (const SqlStatement &s : run.statements)
        texts << s.text;
    QString sql = texts.join(QStringLiteral(";\n"));
    if (run.kind == RunKind::Explain)
        sql = (run.explainAnalyze ? QStringLiteral("EXPLAIN ANALYZE ") : QStringLiteral("EXPLAIN ")) + sql;
    QueryHistory::Entry entry;
    entry.sql = sql;
    entry.connectionName = m_params.displayName();
    entry.database = m_connection->serverInfo().database;
    entry.startedAt = QDateTime::currentDateTime().addMSecs(-run.timer.elapsed());
    entry.durationMs = run.timer.elapsed();
    entry.rows = run.rows;
    entry.errorText = ok ? QString() : (run.errorText.isEmpty() ? tr("failed") : run.errorText);
    m_history->record(entry, nullptr);
}

} // namespace Pixetric
