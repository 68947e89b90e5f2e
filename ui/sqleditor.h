#pragma once

#include "catalogsnapshot.h"
#include "completionengine.h"
#include "statementsplitter.h"

#include "qsciheaders.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QTimer>

namespace Pixetric {

// Which statements a run takes from the editor.
enum class RunScope {
    All,       // the whole document
    Selection, // the selected text only; nothing when there is no selection
    Statement, // the selection when there is one, else the statement under the cursor
};

// What to run, as the editor split it. Every offset is relative to the whole document, also
// when only a selection was split: begin/end are UTF-16 indexes into text(), byteBegin/byteEnd
// UTF-8 byte offsets (which are also QScintilla positions). Hand a statement back to
// SqlEditor::markError() when the server reports an error for it.
struct RunRequest
{
    RunScope scope = RunScope::All; // what was actually taken (Statement becomes Selection
                                    // when there was a selection)
    QList<SqlStatement> statements;
    bool parsed = false;        // PostgreSQL's grammar accepted the split text
    QString syntaxError;        // otherwise the grammar's complaint …
    int syntaxErrorOffset = -1; // … and where, as a UTF-16 document offset (-1: unknown)

    bool isEmpty() const { return statements.isEmpty(); }
    // The statement texts, ready for PgConnection::execute().
    QStringList texts() const
    {
        QStringList list;
        for (const SqlStatement &s : statements)
            list << s.text;
        return list;
    }
};

// The SQL editor of the workbench: PostgreSQL highlighting (KDE's "SQL (PostgreSQL)" definition
// when built with KSyntaxHighlighting and installed, else QScintilla's SQL lexer with
// PostgreSQL's keywords), line numbers, brace matching, the statement under the cursor marked
// in the margin and with a faint background, server errors marked where they are, and
// schema-aware completion that never waits for the network.
//
// Running. The editor does not run anything: it says what the user asked for and hands out
// the statements.
//   Ctrl+Enter             runRequested(RunScope::Statement)  selection, else statement at cursor
//   Ctrl+Shift+Enter, F5   runRequested(RunScope::All)
// The window connects runRequested() to runRequest() and its PgConnection. The editor claims
// these keys while it has focus (ShortcutOverride), so window actions with the same shortcuts
// fire only when focus is elsewhere (e.g. in the result grid) and should then call
// runRequest() on the current editor themselves.
//
// Errors. Call clearErrorMarks() when a run starts; then markError() with the failing
// statement as runRequest() returned it and PgError::position. Marks stay (and move with
// edits) until clearErrorMarks().
//
// Completion. Give the editor a catalog with setCatalogSnapshot() (e.g. from
// CatalogReader::snapshotReady); without one it completes keywords only. The popup opens after
// '.' or after three identifier characters, and on Ctrl+Space; Enter or Tab takes an item,
// which replaces only the word at the cursor (one undo step).
//
// Nothing the editor does on its own replaces the document: the text is changed only by the
// user's typing and the user's choice of a completion.
//
// Thread affinity: GUI thread. Large documents are split on a pool thread; results that are
// stale by the time they arrive are dropped.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    // Scintilla indicator and marker numbers this editor uses (for tests and themes).
    static constexpr int CurrentStatementIndicator = 20;
    static constexpr int ErrorIndicator = 21;
    static constexpr int CurrentStatementMarker = 20;
    static constexpr int ErrorMarker = 21;
    // The user-list id of the completion popup.
    static constexpr int CompletionListId = 1;

    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    // The statements a run of this scope would execute (see RunRequest). Splits the current
    // text right away, so it is exact even while the marking is still pending.
    RunRequest runRequest(RunScope scope) const;

    // Marks the character the server's 1-based character position points at in
    // statementInDocument (as runRequest() returned it): a squiggle under the token there and a
    // marker in the margin; moves the cursor there and scrolls it into view. If the text was
    // edited since, the statement is looked up where it moved to. Position 0 marks the start.
    void markError(const SqlStatement &statementInDocument, int serverPosition);
    // The same for a UTF-16 document offset, e.g. RunRequest::syntaxErrorOffset.
    void markSyntaxError(int utf16Offset);
    void clearErrorMarks();
    // Document byte ranges (QScintilla positions) of the current error marks.
    QList<QPair<int, int>> errorMarks() const;

    // The statement marked as under the cursor (document offsets); false when there is none
    // (empty document, or a selection). Updated shortly after the cursor or the text changes.
    bool currentStatement(SqlStatement *statement) const;

    void setCatalogSnapshot(CatalogSnapshotPtr snapshot);
    CatalogSnapshotPtr catalogSnapshot() const { return m_engine.snapshot(); }

    // True when KDE's syntax definitions do the highlighting.
    bool usesKSyntaxHighlighting() const { return m_ksyntax; }

public Q_SLOTS:
    // Opens the completion popup for the word at the cursor (Ctrl+Space).
    void showCompletions();

Q_SIGNALS:
    void runRequested(Pixetric::RunScope scope);
    // The marked statement changed (see currentStatement()).
    void currentStatementChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Trigger { Explicit, Typing, Refresh };

    QByteArray documentBytes() const;
    void setUpLook();
    void onTextChanged();
    void onCursorMoved();
    void scheduleMarking(int delayMs);
    void updateStatementMark();
    void applyStatementMark();
    void onCharAdded(int ch);
    void complete(Trigger trigger);
    // Completion for the caret; *windowStart and *window say which text the offsets refer to.
    CompletionResult completionAtCaret(int *windowStart, QString *window) const;
    void acceptCompletion(const QString &text);
    void markRange(int byteStart, int byteEnd);
    int tokenEnd(const QByteArray &doc, int byte) const;
    void updateLineNumberWidth();
    long sci(unsigned int message, long wParam = 0, long lParam = 0) const;

    CompletionEngine m_engine;
    bool m_ksyntax = false;

    // Statement marking: the split of the document at m_splitRevision.
    quint64 m_revision = 0;
    quint64 m_splitRevision = ~quint64(0);
    SplitResult m_split;
    QTimer m_markTimer;
    QFutureWatcher<SplitResult> m_splitWatcher;
    quint64 m_asyncRevision = 0;
    bool m_hasMark = false;
    SqlStatement m_marked;

    bool m_completionActive = false;
    QTimer m_completeTimer; // runs completion after Scintilla has finished with a key
    Trigger m_pendingTrigger = Trigger::Refresh;
    int m_lineDigits = 0;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::RunScope)
