#include "sqleditor.h"

#include "qsciheaders.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <cstring>

using namespace Pixetric;

namespace {

// "|" marks the cursor, "«" and "»" a selection (anchor at «, cursor at »).
void load(SqlEditor *editor, const QString &marked)
{
    QString text = marked;
    const int cursor = int(text.indexOf(QChar(u'|')));
    if (cursor >= 0)
        text.remove(cursor, 1);
    const int selStart = int(text.indexOf(QChar(u'«')));
    if (selStart >= 0)
        text.remove(selStart, 1);
    const int selEnd = int(text.indexOf(QChar(u'»')));
    if (selEnd >= 0)
        text.remove(selEnd, 1);
    editor->setText(text);
    const auto bytes = [&](int utf16) { return long(text.left(utf16).toUtf8().size()); };
    if (selStart >= 0 && selEnd >= 0)
        editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, static_cast<unsigned long>(bytes(selStart)), bytes(selEnd));
    else
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, bytes(cursor >= 0 ? cursor : 0));
}

long sci(const SqlEditor &editor, unsigned int message, long w = 0, long l = 0)
{
    return editor.SendScintilla(message, static_cast<unsigned long>(w), l);
}

QByteArray documentBytes(const SqlEditor &editor)
{
    return editor.text().toUtf8();
}

// The server counts positions in characters (code points), 1-based.
int serverPosition(const QString &statement, const QString &token)
{
    const int at = int(statement.indexOf(token));
    Q_ASSERT(at >= 0);
    return int(statement.left(at).toUcs4().size()) + 1;
}

bool indicatorAt(const SqlEditor &editor, int indicator, int position)
{
    return sci(editor, QsciScintillaBase::SCI_INDICATORALLONFOR, position) & (1 << indicator);
}

bool markerOnLine(const SqlEditor &editor, int marker, int line)
{
    return sci(editor, QsciScintillaBase::SCI_MARKERGET, line) & (1 << marker);
}

CatalogSnapshotPtr smallCatalog()
{
    ResultChunk chunk(9);
    const auto row = [&](std::initializer_list<const char *> cells) {
        for (const char *cell : cells) {
            if (cell)
                chunk.appendValue(cell, qsizetype(std::strlen(cell)));
            else
                chunk.appendNull();
        }
    };
    row({"p", nullptr, nullptr, "1", nullptr, "pg_catalog", nullptr, nullptr, nullptr});
    row({"p", nullptr, nullptr, "2", nullptr, "public", nullptr, nullptr, nullptr});
    row({"n", "2200", nullptr, nullptr, "public", "public", nullptr, nullptr, nullptr});
    row({"r", "100", nullptr, nullptr, "public", "orders", "r", nullptr, nullptr});
    row({"a", nullptr, "100", "1", nullptr, "id", nullptr, "integer", nullptr});
    row({"a", nullptr, "100", "2", nullptr, "customer_id", nullptr, "integer", nullptr});
    row({"a", nullptr, "100", "3", nullptr, "Größe", nullptr, "text", nullptr});
    row({"r", "101", nullptr, nullptr, "public", "customers", "r", nullptr, nullptr});
    row({"a", nullptr, "101", "1", nullptr, "name", nullptr, "text", nullptr});
    row({"t", "23", nullptr, nullptr, "pg_catalog", "int4", "b", "integer", nullptr});
    row({"t", "16500", nullptr, nullptr, "public", "mood", "e", "mood", nullptr});
    return CatalogSnapshot::fromRows({chunk});
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runRequest_data();
    void runRequest();
    void markError_data();
    void markError();
    void markErrorFindsAnEditedStatement();
    void markErrorAtEndOfInput();
    void markSyntaxError();
    void clearErrorMarks();
    void statementMarkFollowsTheCursor();
    void statementMarkInALargeDocument();
    void runKeys_data();
    void runKeys();
    void runKeysWinOverWindowShortcuts();
    void completionReplacesTheWord_data();
    void completionReplacesTheWord();
    void typingOpensCompletion();
    void lineNumberMarginFollowsLineCount();
    void highlighting();
#ifndef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING // the QScintilla fallback lexer only
    void typeNamesFromTheCatalog();
#endif
};

void TestSqlEditor::runRequest_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<RunScope>("scope");
    QTest::addColumn<RunScope>("taken");
    QTest::addColumn<QStringList>("statements");

    const QString script = "select 'ä' as \"Größe\";\n-- note 😀\nselect '😀', 2;\n  select 3";
    QTest::addRow("all, with multibyte characters and an emoji")
        << script << RunScope::All << RunScope::All
        << QStringList{"select 'ä' as \"Größe\"", "select '😀', 2", "select 3"};
    QTest::addRow("selection starting mid-document")
        << "select 'ä😀';\nselect 0; «select 1;\nselect 'ü😀'»;\nselect 4" << RunScope::Selection
        << RunScope::Selection << QStringList{"select 1", "select 'ü😀'"};
    QTest::addRow("selection part-way into a statement")
        << "select '😀', «'ä', 3»;" << RunScope::Selection << RunScope::Selection << QStringList{"'ä', 3"};
    QTest::addRow("selection scope without a selection runs nothing")
        << "select 1|" << RunScope::Selection << RunScope::Selection << QStringList{};
    QTest::addRow("statement under the cursor")
        << "select 'ä';\nselect '😀'|, 2;\nselect 3" << RunScope::Statement << RunScope::Statement
        << QStringList{"select '😀', 2"};
    QTest::addRow("cursor between statements takes the one before")
        << "select 'ä😀';\n|\nselect 2" << RunScope::Statement << RunScope::Statement << QStringList{"select 'ä😀'"};
    QTest::addRow("cursor at the start of a statement takes it")
        << "select 1;\n|select '😀'" << RunScope::Statement << RunScope::Statement << QStringList{"select '😀'"};
    QTest::addRow("statement scope with a selection takes the selection")
        << "«select 'ä'»;\nselect 2" << RunScope::Statement << RunScope::Selection << QStringList{"select 'ä'"};
    QTest::addRow("empty document") << "|" << RunScope::Statement << RunScope::Statement << QStringList{};
}

void TestSqlEditor::runRequest()
{
    QFETCH(QString, document);
    QFETCH(RunScope, scope);
    QFETCH(RunScope, taken);
    QFETCH(QStringList, statements);

    SqlEditor editor;
    load(&editor, document);
    const RunRequest request = editor.runRequest(scope);
    QCOMPARE(request.scope, taken);
    QCOMPARE(request.texts(), statements);

    // Offsets are relative to the whole document, in both units.
    const QString text = editor.text();
    const QByteArray utf8 = text.toUtf8();
    for (const SqlStatement &s : request.statements) {
        QCOMPARE(text.mid(s.begin, s.end - s.begin), s.text);
        QCOMPARE(utf8.mid(s.byteBegin, s.byteEnd - s.byteBegin), s.text.toUtf8());
        QCOMPARE(s.byteBegin, int(text.left(s.begin).toUtf8().size()));
        QCOMPARE(editor.text(s.byteBegin, s.byteEnd), s.text); // QScintilla positions are the byte offsets
    }
}

void TestSqlEditor::markError_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<RunScope>("scope");
    QTest::addColumn<int>("statement");
    QTest::addColumn<QString>("token");

    QTest::addRow("plain statement") << "select nosuch from t" << RunScope::All << 0 << "nosuch";
    QTest::addRow("second statement of a script") << "select 1;\nselect nosuch from t;" << RunScope::All << 1
                                                  << "nosuch";
    QTest::addRow("statement inside a selection that starts mid-document")
        << "select 'ä', 1;\nselect 2; «select 3;\nselect 'ö😀', nosuch from t»;\nselect 4" << RunScope::Selection << 1
        << "nosuch";
    QTest::addRow("after ä and 😀 in the same statement")
        << "select 'ä😀', \"名前\", nosuch from t" << RunScope::All << 0 << "nosuch";
    QTest::addRow("after 😀 in earlier statements and a selection")
        << "select '😀😀';\nselect 'ä';«select 'ä', '😀', nosuch»" << RunScope::Selection << 0 << "nosuch";
    QTest::addRow("quoted identifier with an emoji is marked whole")
        << "select 'ä' from \"Grö😀ße\"" << RunScope::All << 0 << "\"Grö😀ße\"";
    QTest::addRow("statement under the cursor")
        << "select 1;\nselect 'ä😀' as x, nos|uch;\nselect 3" << RunScope::Statement << 0 << "nosuch";
}

void TestSqlEditor::markError()
{
    QFETCH(QString, document);
    QFETCH(RunScope, scope);
    QFETCH(int, statement);
    QFETCH(QString, token);

    SqlEditor editor;
    load(&editor, document);
    const RunRequest request = editor.runRequest(scope);
    QVERIFY(statement < request.statements.size());
    const SqlStatement failed = request.statements.at(statement);
    editor.markError(failed, serverPosition(failed.text, token));

    const QByteArray doc = documentBytes(editor);
    const int expected = int(doc.indexOf(token.toUtf8()));
    const int expectedEnd = expected + int(token.toUtf8().size());
    QVERIFY(expected > 0);
    QVERIFY(indicatorAt(editor, SqlEditor::ErrorIndicator, expected));
    QVERIFY(!indicatorAt(editor, SqlEditor::ErrorIndicator, expected - 1));
    QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_INDICATORSTART, SqlEditor::ErrorIndicator, expected)), expected);
    QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_INDICATOREND, SqlEditor::ErrorIndicator, expected)), expectedEnd);
    QCOMPARE(editor.errorMarks(), (QList<QPair<int, int>>{{expected, expectedEnd}}));
    QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_GETCURRENTPOS)), expected);
    const int line = int(sci(editor, QsciScintillaBase::SCI_LINEFROMPOSITION, expected));
    QVERIFY(markerOnLine(editor, SqlEditor::ErrorMarker, line));
    QCOMPARE(editor.text(expected, expectedEnd), token);
}

void TestSqlEditor::markErrorFindsAnEditedStatement()
{
    SqlEditor editor;
    load(&editor, "select 1;\nselect 'ä😀', nosuch;");
    const SqlStatement failed = editor.runRequest(RunScope::All).statements.at(1);
    // The user types above the statement while it runs.
    editor.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, 0UL, "-- 😀 added\n");
    editor.markError(failed, serverPosition(failed.text, "nosuch"));
    const int expected = int(documentBytes(editor).indexOf("nosuch"));
    QCOMPARE(editor.errorMarks(), (QList<QPair<int, int>>{{expected, expected + 6}}));
    QCOMPARE(editor.text(), QString("-- 😀 added\nselect 1;\nselect 'ä😀', nosuch;"));
}

void TestSqlEditor::markErrorAtEndOfInput()
{
    SqlEditor editor;
    load(&editor, "select 'ä' +");
    const SqlStatement failed = editor.runRequest(RunScope::All).statements.at(0);
    editor.markError(failed, int(failed.text.toUcs4().size()) + 1); // "syntax error at end of input"
    const int length = int(documentBytes(editor).size());
    QCOMPARE(editor.errorMarks(), (QList<QPair<int, int>>{{length - 1, length}}));
}

void TestSqlEditor::markSyntaxError()
{
    SqlEditor editor;
    load(&editor, "select 'ä😀';\nselec 1;\nselect 2");
    const RunRequest request = editor.runRequest(RunScope::All);
    QVERIFY(!request.parsed);
    QVERIFY(request.syntaxErrorOffset > 0);
    editor.markSyntaxError(request.syntaxErrorOffset);
    const int expected = int(documentBytes(editor).indexOf("selec 1"));
    QCOMPARE(editor.errorMarks(), (QList<QPair<int, int>>{{expected, expected + 5}}));

    // The statement-scope request reports only its own statement's syntax.
    load(&editor, "selec 1;\nselect 'ä'|");
    QVERIFY(editor.runRequest(RunScope::Statement).parsed);
}

void TestSqlEditor::clearErrorMarks()
{
    SqlEditor editor;
    load(&editor, "select nosuch;\nselect other");
    const RunRequest request = editor.runRequest(RunScope::All);
    editor.markError(request.statements.at(0), 8);
    editor.markError(request.statements.at(1), 8);
    QCOMPARE(editor.errorMarks().size(), 2);
    editor.clearErrorMarks();
    QVERIFY(editor.errorMarks().isEmpty());
    QVERIFY(!markerOnLine(editor, SqlEditor::ErrorMarker, 0));
    QVERIFY(!markerOnLine(editor, SqlEditor::ErrorMarker, 1));
    QCOMPARE(editor.text(), QString("select nosuch;\nselect other"));
}

void TestSqlEditor::statementMarkFollowsTheCursor()
{
    SqlEditor editor;
    QSignalSpy changed(&editor, &SqlEditor::currentStatementChanged);
    load(&editor, "select 'ä';\nselect '😀'|;\nselect 3");
    SqlStatement marked;
    QTRY_VERIFY(editor.currentStatement(&marked) && marked.text == "select '😀'");
    const auto checkMark = [&](const QString &text, int line) {
        const int begin = int(documentBytes(editor).indexOf(text.toUtf8()));
        const int end = begin + int(text.toUtf8().size());
        QVERIFY(editor.currentStatement(&marked));
        QCOMPARE(marked.byteBegin, begin);
        QVERIFY(indicatorAt(editor, SqlEditor::CurrentStatementIndicator, begin));
        QVERIFY(begin == 0 || !indicatorAt(editor, SqlEditor::CurrentStatementIndicator, begin - 1));
        QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_INDICATOREND, SqlEditor::CurrentStatementIndicator, begin)), end);
        for (int l = 0; l < editor.lines(); ++l)
            QCOMPARE(markerOnLine(editor, SqlEditor::CurrentStatementMarker, l), l == line);
    };
    checkMark("select '😀'", 1);

    editor.setCursorPosition(2, 3);
    QTRY_VERIFY(editor.currentStatement(&marked) && marked.text == "select 3");
    checkMark("select 3", 2);

    editor.setCursorPosition(0, 0);
    QTRY_VERIFY(editor.currentStatement(&marked) && marked.text == "select 'ä'");
    checkMark("select 'ä'", 0);

    // Typing changes the statement, and the mark follows after a short pause.
    editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 6);
    QTest::keyClicks(&editor, " 1,");
    QCOMPARE(editor.text(), QString("select 1, 'ä';\nselect '😀';\nselect 3"));
    QTRY_VERIFY(editor.currentStatement(&marked) && marked.text == "select 1, 'ä'");
    checkMark("select 1, 'ä'", 0);
    QVERIFY(changed.size() >= 4);

    // A selection shows itself; no statement is marked meanwhile.
    editor.setSelection(1, 0, 1, 6);
    QTRY_VERIFY(!editor.currentStatement(nullptr));
    QVERIFY(!indicatorAt(editor, SqlEditor::CurrentStatementIndicator, 0));
    QCOMPARE(editor.text(), QString("select 1, 'ä';\nselect '😀';\nselect 3"));
}

void TestSqlEditor::statementMarkInALargeDocument()
{
    // Large enough to be split off the GUI thread.
    QString script;
    for (int i = 0; i < 4000; ++i)
        script += QStringLiteral("select %1, 'ä😀' as \"Größe\";\n").arg(i);
    SqlEditor editor;
    editor.setText(script);
    QVERIFY(documentBytes(editor).size() > 64 * 1024);
    editor.setCursorPosition(3000, 4);
    SqlStatement marked;
    QTRY_VERIFY_WITH_TIMEOUT(editor.currentStatement(&marked) && marked.text.startsWith("select 3000,"), 10000);
    const int before = marked.byteBegin;

    // Edits while a split may be running: whatever was split before them must not stick.
    editor.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, 0UL, "select 'first 😀';\n");
    editor.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, 0UL, "select 'zeroth';\n");
    const int inserted = int(QByteArray("select 'first 😀';\nselect 'zeroth';\n").size());
    QTRY_VERIFY_WITH_TIMEOUT(editor.currentStatement(&marked) && marked.byteBegin == before + inserted, 10000);
    QVERIFY(marked.text.startsWith("select 3000,"));
    QVERIFY(indicatorAt(editor, SqlEditor::CurrentStatementIndicator, marked.byteBegin));
    QVERIFY(markerOnLine(editor, SqlEditor::CurrentStatementMarker, 3002));
}

void TestSqlEditor::runKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<RunScope>("scope");

    QTest::addRow("Ctrl+Enter runs the statement") << int(Qt::Key_Return) << int(Qt::ControlModifier)
                                                   << RunScope::Statement;
    QTest::addRow("Ctrl+keypad Enter runs the statement")
        << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier) << RunScope::Statement;
    QTest::addRow("Ctrl+Shift+Enter runs all") << int(Qt::Key_Return) << int(Qt::ControlModifier | Qt::ShiftModifier)
                                               << RunScope::All;
    QTest::addRow("F5 runs all") << int(Qt::Key_F5) << int(Qt::NoModifier) << RunScope::All;
}

void TestSqlEditor::runKeys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(RunScope, scope);

    SqlEditor editor;
    load(&editor, "select 1;|\nselect 2");
    QSignalSpy run(&editor, &SqlEditor::runRequested);
    QTest::keyClick(&editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(run.size(), 1);
    QCOMPARE(run.at(0).at(0).value<RunScope>(), scope);
    QCOMPARE(editor.text(), QString("select 1;\nselect 2")); // no newline typed
}

void TestSqlEditor::runKeysWinOverWindowShortcuts()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new SqlEditor(&window);
    layout->addWidget(editor);
    QAction windowRun(QStringLiteral("Run"), &window);
    windowRun.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    window.addAction(&windowRun);
    QSignalSpy windowTriggered(&windowRun, &QAction::triggered);
    QSignalSpy run(editor, &SqlEditor::runRequested);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(run.size(), 1);
    QCOMPARE(windowTriggered.size(), 0);
}

void TestSqlEditor::completionReplacesTheWord_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("completed");

    QTest::addRow("first column of an alias") << "select o.| from orders o" << "select o.customer_id from orders o";
    QTest::addRow("mixed-case name gets quoted") << "select gr| from orders" << "select \"Größe\" from orders";
    QTest::addRow("cursor in the middle of a word") << "select * from cu|stom" << "select * from customers";
    QTest::addRow("after an emoji") << "select '😀', na| from customers" << "select '😀', name from customers";
    QTest::addRow("keyword") << "sel|" << "select";
}

void TestSqlEditor::completionReplacesTheWord()
{
    QFETCH(QString, document);
    QFETCH(QString, completed);

    SqlEditor editor;
    editor.setCatalogSnapshot(smallCatalog());
    load(&editor, document);
    const QString before = editor.text();
    editor.showCompletions();
    QVERIFY(editor.isListActive());
    QTest::keyClick(&editor, Qt::Key_Return);
    QVERIFY(!editor.isListActive());
    QCOMPARE(editor.text(), completed);
    // One undo step brings back exactly what was typed.
    editor.undo();
    QCOMPARE(editor.text(), before);
}

void TestSqlEditor::typingOpensCompletion()
{
    SqlEditor editor;
    editor.setCatalogSnapshot(smallCatalog());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, "select * from cust");
    QTRY_VERIFY(editor.isListActive());
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.text(), QString("select * from customers"));

    // '.' opens it without any letters; Escape closes it and leaves the text alone.
    QTest::keyClicks(&editor, " c where c.");
    QTRY_VERIFY(editor.isListActive());
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(!editor.isListActive());
    QCOMPARE(editor.text(), QString("select * from customers c where c."));

    // Keeps filtering as the word grows, and a space closes it.
    QTest::keyClicks(&editor, "na");
    QTRY_VERIFY(editor.isListActive());
    QTest::keyClicks(&editor, " ");
    QTRY_VERIFY(!editor.isListActive());
    QCOMPARE(editor.text(), QString("select * from customers c where c.na "));
}

void TestSqlEditor::lineNumberMarginFollowsLineCount()
{
    SqlEditor editor;
    editor.setText("select 1");
    const int narrow = editor.marginWidth(0);
    QString many;
    for (int i = 0; i < 20000; ++i)
        many += QStringLiteral("select %1;\n").arg(i);
    editor.setText(many);
    QVERIFY(editor.marginWidth(0) > narrow);
    editor.setText("select 1");
    QCOMPARE(editor.marginWidth(0), narrow);
}

void TestSqlEditor::highlighting()
{
    SqlEditor editor;
#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY2(editor.usesKSyntaxHighlighting(), "KDE's \"SQL (PostgreSQL)\" definition should be used");
#else
    QVERIFY(!editor.usesKSyntaxHighlighting());
#endif
    const QString text = "select abc, 'text' -- note\nfrom t where $$ select $$ is not null";
    editor.setText(text);
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
    const QByteArray utf8 = text.toUtf8();
    const auto styleAt = [&](const char *needle) {
        return int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, utf8.indexOf(needle)));
    };
    const int keyword = styleAt("select");
    QVERIFY(keyword != styleAt("abc"));
    QVERIFY(keyword != styleAt("'text'"));
    QVERIFY(styleAt("'text'") != styleAt("-- note"));
    QCOMPARE(styleAt("from"), keyword);
    QCOMPARE(styleAt("where"), keyword);
    QVERIFY(!editor.lexer()->description(keyword).isEmpty());
#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
    // Dollar quotes are strings in PostgreSQL's definition; the inner "select" is no keyword.
    QVERIFY(int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, utf8.indexOf("select $$"))) != keyword);
#endif

    // Restyling after an edit on the first line keeps later lines right.
    editor.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, 0UL, "/* block\n");
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
    const QByteArray edited = editor.text().toUtf8();
    const int commentStyle = int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, 0));
    QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, edited.indexOf("where"))), commentStyle);
    editor.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, 0UL, long(QByteArray("/* block\n").size()));
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
    QCOMPARE(int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, utf8.indexOf("where"))), keyword);
}

#ifndef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
// KDE's definition brings its own type names; this is about the QScintilla fallback.
void TestSqlEditor::typeNamesFromTheCatalog()
{
    SqlEditor editor;
    const QString text = "select 1::mood, 2::int4, abc";
    editor.setText(text);
    const QByteArray utf8 = text.toUtf8();
    const auto styleAt = [&](const char *needle) {
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
        return int(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, utf8.indexOf(needle)));
    };
    QCOMPARE(styleAt("mood"), styleAt("abc"));
    editor.setCatalogSnapshot(smallCatalog());
    QVERIFY(styleAt("mood") != styleAt("abc"));
    QCOMPARE(styleAt("int4"), styleAt("mood"));
    QCOMPARE(editor.text(), text);
}
#endif

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
