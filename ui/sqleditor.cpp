#include "sqleditor.h"

#include "ksyntaxlexer.h"
#include "sqlkeywordlexer.h"

#include <QFontDatabase>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace Pixetric {

namespace {

// Up to this size the document is split on the GUI thread (a few milliseconds); larger ones
// are split on a pool thread so typing never waits for the marking.
constexpr int SyncSplitLimit = 64 * 1024;
// Completion looks at this much text around the cursor at most.
constexpr int CompletionWindow = 256 * 1024;
// The statement mark follows the cursor quickly, edits after a pause in typing.
constexpr int MarkAfterMoveMs = 60;
constexpr int MarkAfterEditMs = 250;

// Separates an item's text from its image number in the popup. The default '?' can be part
// of a quoted identifier.
constexpr char TypeSeparator = '\x1e';

enum Image { KeywordImage = 1, SchemaImage, TableImage, ViewImage, ColumnImage, FunctionImage, TypeImage, AliasImage };

Image imageFor(CompletionItem::Kind kind)
{
    switch (kind) {
    case CompletionItem::Kind::Keyword: return KeywordImage;
    case CompletionItem::Kind::Schema: return SchemaImage;
    case CompletionItem::Kind::Table:
    case CompletionItem::Kind::ForeignTable: return TableImage;
    case CompletionItem::Kind::View:
    case CompletionItem::Kind::MaterializedView: return ViewImage;
    case CompletionItem::Kind::Column: return ColumnImage;
    case CompletionItem::Kind::Function: return FunctionImage;
    case CompletionItem::Kind::Type: return TypeImage;
    case CompletionItem::Kind::Alias: return AliasImage;
    }
    return KeywordImage;
}

QImage badge(const QColor &color, QChar letter, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    QFont font = p.font();
    font.setPixelSize(size - 4);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(letter));
    return image;
}

bool isIdentifierByte(char c, bool first)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80
           || (!first && ((u >= '0' && u <= '9') || u == '$'));
}

// The statement the byte offset is in, or the one before it between statements; -1 if none.
int statementAtByte(const QList<SqlStatement> &statements, int byte)
{
    int found = statements.isEmpty() ? -1 : 0;
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).byteBegin <= byte)
            found = i;
        else
            break;
    }
    return found;
}

bool isOwnShortcut(const QKeyEvent *e)
{
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    return (enter && (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier)))
           || (e->key() == Qt::Key_F5 && mods == Qt::NoModifier)
           || (e->key() == Qt::Key_Space && mods == Qt::ControlModifier);
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent) : QsciScintilla(parent)
{
    qRegisterMetaType<RunScope>();
    setUtf8(true);
    setEolMode(EolUnix);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
    if (KSyntaxLexer *lexer = KSyntaxLexer::create(QStringLiteral("SQL (PostgreSQL)"), font, dark, this)) {
        setLexer(lexer);
        m_ksyntax = true;
    }
#endif
    if (!m_ksyntax)
        setLexer(new SqlKeywordLexer(font, dark, this));
    setMarginsFont(font);
    setUpLook();

    m_markTimer.setSingleShot(true);
    connect(&m_markTimer, &QTimer::timeout, this, &SqlEditor::updateStatementMark);
    connect(&m_splitWatcher, &QFutureWatcher<SplitResult>::finished, this, [this] {
        if (m_asyncRevision != m_revision) {
            updateStatementMark(); // the text changed meanwhile: drop this split, make a new one
            return;
        }
        m_split = m_splitWatcher.result();
        m_splitRevision = m_asyncRevision;
        applyStatementMark();
    });
    connect(this, &QsciScintilla::textChanged, this, &SqlEditor::onTextChanged);
    connect(this, &QsciScintilla::cursorPositionChanged, this, &SqlEditor::onCursorMoved);
    connect(this, &QsciScintilla::selectionChanged, this, &SqlEditor::onCursorMoved);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);

    m_completeTimer.setSingleShot(true);
    m_completeTimer.setInterval(0);
    connect(&m_completeTimer, &QTimer::timeout, this, [this] { complete(m_pendingTrigger); });
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &SqlEditor::onCharAdded);
    connect(this, &QsciScintillaBase::SCN_AUTOCCHARDELETED, this, [this] {
        m_pendingTrigger = Trigger::Refresh;
        m_completeTimer.start();
    });
    connect(this, &QsciScintillaBase::SCN_AUTOCCANCELLED, this, [this] { m_completionActive = false; });
    connect(this, &QsciScintilla::userListActivated, this, [this](int id, const QString &text) {
        if (id == CompletionListId)
            acceptCompletion(text);
    });
    updateLineNumberWidth();
}

SqlEditor::~SqlEditor()
{
    // A split still running works on its own copy of the text; its result is not wanted.
    disconnect(&m_splitWatcher, nullptr, this, nullptr);
}

long SqlEditor::sci(unsigned int message, long wParam, long lParam) const
{
    return SendScintilla(message, static_cast<unsigned long>(wParam), lParam);
}

void SqlEditor::setUpLook()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor error(0xda, 0x44, 0x53);

    // Margin 0: line numbers; margin 1: the statement bar and error markers; no fold margin.
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginMarkerMask(0, 0);
    setMarginType(1, SymbolMargin);
    setMarginWidth(1, 8);
    setMarginMarkerMask(1, (1 << CurrentStatementMarker) | (1 << ErrorMarker));
    setMarginWidth(2, 0);
    setMarginsBackgroundColor(pal.color(QPalette::Window));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));

    sci(SCI_MARKERDEFINE, CurrentStatementMarker, SC_MARK_LEFTRECT);
    SendScintilla(SCI_MARKERSETBACK, static_cast<unsigned long>(CurrentStatementMarker), accent);
    sci(SCI_MARKERDEFINE, ErrorMarker, SC_MARK_CIRCLE);
    SendScintilla(SCI_MARKERSETBACK, static_cast<unsigned long>(ErrorMarker), error);
    SendScintilla(SCI_MARKERSETFORE, static_cast<unsigned long>(ErrorMarker), error.darker(130));

    // A faint box behind the statement under the cursor, drawn under the text.
    sci(SCI_INDICSETSTYLE, CurrentStatementIndicator, INDIC_STRAIGHTBOX);
    SendScintilla(SCI_INDICSETFORE, static_cast<unsigned long>(CurrentStatementIndicator), accent);
    sci(SCI_INDICSETALPHA, CurrentStatementIndicator, dark ? 40 : 22);
    sci(SCI_INDICSETOUTLINEALPHA, CurrentStatementIndicator, 0);
    sci(SCI_INDICSETUNDER, CurrentStatementIndicator, 1);
    sci(SCI_INDICSETSTYLE, ErrorIndicator, INDIC_SQUIGGLE);
    SendScintilla(SCI_INDICSETFORE, static_cast<unsigned long>(ErrorIndicator), error);

    setCaretLineVisible(true);
    setCaretLineBackgroundColor(dark ? pal.color(QPalette::Base).lighter(125) : pal.color(QPalette::Base).darker(104));
    setCaretForegroundColor(pal.color(QPalette::Text));
    setBraceMatching(SloppyBraceMatch);
    setMatchedBraceBackgroundColor(accent.lighter(dark ? 80 : 170));
    setAutoIndent(true);
    setTabWidth(4);
    setIndentationWidth(4);
    setIndentationsUseTabs(false);
    setTabIndents(true);
    setBackspaceUnindents(true);
    setScrollWidth(1);
    setScrollWidthTracking(true);
    setWrapMode(WrapNone);

    // Completion popup: our own order (best first), matched without regard to case, kept
    // open while the user types (each key refreshes it), quoted names may contain '?'.
    sci(SCI_AUTOCSETORDER, SC_ORDER_CUSTOM);
    sci(SCI_AUTOCSETIGNORECASE, 1);
    sci(SCI_AUTOCSETAUTOHIDE, 0);
    sci(SCI_AUTOCSETCANCELATSTART, 0);
    sci(SCI_AUTOCSETTYPESEPARATOR, TypeSeparator);
    sci(SCI_AUTOCSETMAXHEIGHT, 12);
    const int size = qMax(12, QFontMetrics(lexer() ? lexer()->defaultFont(0) : font()).height() - 2);
    registerImage(KeywordImage, badge(QColor(0x7f, 0x8c, 0x8d), QLatin1Char('K'), size));
    registerImage(SchemaImage, badge(QColor(0x8e, 0x44, 0xad), QLatin1Char('S'), size));
    registerImage(TableImage, badge(QColor(0x29, 0x80, 0xb9), QLatin1Char('T'), size));
    registerImage(ViewImage, badge(QColor(0x16, 0xa0, 0x85), QLatin1Char('V'), size));
    registerImage(ColumnImage, badge(QColor(0xd3, 0x54, 0x00), QLatin1Char('C'), size));
    registerImage(FunctionImage, badge(QColor(0x27, 0xae, 0x60), QLatin1Char('F'), size));
    registerImage(TypeImage, badge(QColor(0xc0, 0x39, 0x2b), QLatin1Char('Y'), size));
    registerImage(AliasImage, badge(QColor(0x34, 0x49, 0x5e), QLatin1Char('A'), size));
}

void SqlEditor::updateLineNumberWidth()
{
    const int digits = int(QString::number(qMax(1, lines())).size());
    if (digits == m_lineDigits)
        return;
    m_lineDigits = digits;
    setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

QByteArray SqlEditor::documentBytes() const
{
    const int length = int(sci(SCI_GETLENGTH));
    const auto *data = static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    return data ? QByteArray(data, length) : QByteArray();
}

bool SqlEditor::event(QEvent *event)
{
    // Claim the run and completion keys before the window's shortcuts see them.
    if (event->type() == QEvent::ShortcutOverride && isOwnShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QsciScintilla::event(event);
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (isOwnShortcut(event)) {
        event->accept();
        if (event->key() == Qt::Key_Space) {
            showCompletions();
            return;
        }
        if (isListActive())
            cancelList();
        const bool statement = event->key() != Qt::Key_F5 && !(event->modifiers() & Qt::ShiftModifier);
        Q_EMIT runRequested(statement ? RunScope::Statement : RunScope::All);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

// ---------------------------------------------------------------------------------------
// Running

RunRequest SqlEditor::runRequest(RunScope scope) const
{
    RunRequest request;
    request.scope = scope;
    const QByteArray doc = documentBytes();
    const int selStart = int(sci(SCI_GETSELECTIONSTART));
    const int selEnd = int(sci(SCI_GETSELECTIONEND));
    const bool hasSelection = selEnd > selStart;
    if (scope == RunScope::Statement && hasSelection)
        request.scope = scope = RunScope::Selection;

    if (scope == RunScope::Selection) {
        if (!hasSelection)
            return request;
        const QString text = QString::fromUtf8(doc.constData() + selStart, selEnd - selStart);
        const int utf16Start = SqlText::utf16FromUtf8(doc, selStart);
        const SplitResult split = StatementSplitter::split(text);
        for (SqlStatement s : split.statements) {
            s.begin += utf16Start;
            s.end += utf16Start;
            s.byteBegin += selStart;
            s.byteEnd += selStart;
            request.statements.append(s);
        }
        request.parsed = split.parsed;
        request.syntaxError = split.syntaxError;
        request.syntaxErrorOffset = split.syntaxErrorOffset >= 0 ? utf16Start + split.syntaxErrorOffset : -1;
        return request;
    }

    const SplitResult split = StatementSplitter::split(QString::fromUtf8(doc));
    if (scope == RunScope::All) {
        request.statements = split.statements;
        request.parsed = split.parsed;
        request.syntaxError = split.syntaxError;
        request.syntaxErrorOffset = split.syntaxErrorOffset;
        return request;
    }
    const int index = statementAtByte(split.statements, int(sci(SCI_GETCURRENTPOS)));
    if (index < 0)
        return request;
    const SqlStatement statement = split.statements.at(index);
    request.statements = {statement};
    // Whether this statement parses, regardless of mistakes elsewhere in the script.
    const SplitResult own = StatementSplitter::split(statement.text);
    request.parsed = own.parsed;
    request.syntaxError = own.syntaxError;
    request.syntaxErrorOffset = own.syntaxErrorOffset >= 0 ? statement.begin + own.syntaxErrorOffset : -1;
    return request;
}

// ---------------------------------------------------------------------------------------
// Error marks

void SqlEditor::markError(const SqlStatement &statementInDocument, int serverPosition)
{
    const QByteArray doc = documentBytes();
    int base = statementInDocument.byteBegin;
    const QByteArray statementBytes = statementInDocument.text.toUtf8();
    if (doc.mid(base, statementBytes.size()) != statementBytes) {
        // Edited since the run: the statement's nearest occurrence is the one that failed.
        int best = -1;
        for (qsizetype at = doc.indexOf(statementBytes); at >= 0; at = doc.indexOf(statementBytes, at + 1)) {
            if (best < 0 || qAbs(int(at) - base) < qAbs(best - base))
                best = int(at);
        }
        if (best >= 0)
            base = best;
    }
    const int utf16 = serverPosition > 0 ? SqlText::utf16FromServerPosition(statementInDocument.text, serverPosition) : 0;
    const int byte = qBound(0, base + SqlText::utf8FromUtf16(statementInDocument.text, utf16), int(doc.size()));
    markRange(byte, tokenEnd(doc, byte));
}

void SqlEditor::markSyntaxError(int utf16Offset)
{
    const QByteArray doc = documentBytes();
    const QString text = QString::fromUtf8(doc);
    const int byte = SqlText::utf8FromUtf16(text, qBound(0, utf16Offset, int(text.size())));
    markRange(byte, tokenEnd(doc, byte));
}

int SqlEditor::tokenEnd(const QByteArray &doc, int byte) const
{
    const int n = int(doc.size());
    if (byte >= n)
        return byte;
    const char c = doc.at(byte);
    int end = byte;
    if (isIdentifierByte(c, true)) {
        while (end < n && isIdentifierByte(doc.at(end), end == byte))
            ++end;
    } else if (c == '"' || c == '\'') {
        // A quoted name or string, up to its closing quote on the same line.
        end = byte + 1;
        while (end < n && doc.at(end) != '\n') {
            if (doc.at(end) == c) {
                if (end + 1 < n && doc.at(end + 1) == c) {
                    end += 2;
                    continue;
                }
                ++end;
                break;
            }
            ++end;
        }
    } else if (c >= '0' && c <= '9') {
        while (end < n && ((doc.at(end) >= '0' && doc.at(end) <= '9') || doc.at(end) == '.'))
            ++end;
    } else {
        end = int(sci(SCI_POSITIONAFTER, byte)); // one character, however many bytes
    }
    return end;
}

void SqlEditor::markRange(int byteStart, int byteEnd)
{
    const int length = int(sci(SCI_GETLENGTH));
    if (byteEnd <= byteStart) {
        // At the very end ("at end of input"): mark the last character.
        byteEnd = byteStart;
        byteStart = int(sci(SCI_POSITIONBEFORE, byteStart));
    }
    byteStart = qBound(0, byteStart, length);
    byteEnd = qBound(byteStart, byteEnd, length);
    sci(SCI_SETINDICATORCURRENT, ErrorIndicator);
    if (byteEnd > byteStart)
        sci(SCI_INDICATORFILLRANGE, byteStart, byteEnd - byteStart);
    const int line = int(sci(SCI_LINEFROMPOSITION, byteStart));
    sci(SCI_MARKERADD, line, ErrorMarker);
    sci(SCI_ENSUREVISIBLEENFORCEPOLICY, line);
    sci(SCI_GOTOPOS, byteStart);
}

void SqlEditor::clearErrorMarks()
{
    sci(SCI_SETINDICATORCURRENT, ErrorIndicator);
    sci(SCI_INDICATORCLEARRANGE, 0, sci(SCI_GETLENGTH));
    sci(SCI_MARKERDELETEALL, ErrorMarker);
}

QList<QPair<int, int>> SqlEditor::errorMarks() const
{
    // Read back from the document: the marks move with edits.
    QList<QPair<int, int>> marks;
    const int length = int(sci(SCI_GETLENGTH));
    int pos = 0;
    while (pos < length) {
        const int end = int(sci(SCI_INDICATOREND, ErrorIndicator, pos));
        if (sci(SCI_INDICATORVALUEAT, ErrorIndicator, pos))
            marks.append({pos, end > pos ? end : length});
        if (end <= pos)
            break;
        pos = end;
    }
    return marks;
}

// ---------------------------------------------------------------------------------------
// The statement under the cursor

bool SqlEditor::currentStatement(SqlStatement *statement) const
{
    if (m_hasMark && statement)
        *statement = m_marked;
    return m_hasMark;
}

void SqlEditor::onTextChanged()
{
    ++m_revision;
    scheduleMarking(MarkAfterEditMs);
}

void SqlEditor::onCursorMoved()
{
    scheduleMarking(m_splitRevision == m_revision ? MarkAfterMoveMs : MarkAfterEditMs);
}

void SqlEditor::scheduleMarking(int delayMs)
{
    m_markTimer.start(delayMs);
}

void SqlEditor::updateStatementMark()
{
    if (m_splitRevision == m_revision) {
        applyStatementMark();
        return;
    }
    const QByteArray doc = documentBytes();
    if (doc.size() <= SyncSplitLimit) {
        m_split = StatementSplitter::split(QString::fromUtf8(doc));
        m_splitRevision = m_revision;
        applyStatementMark();
        return;
    }
    if (m_splitWatcher.isRunning())
        return; // its result is stale on arrival and starts the next split
    m_asyncRevision = m_revision;
    m_splitWatcher.setFuture(QtConcurrent::run([doc] { return StatementSplitter::split(QString::fromUtf8(doc)); }));
}

void SqlEditor::applyStatementMark()
{
    const int length = int(sci(SCI_GETLENGTH));
    const int index = hasSelectedText() ? -1 : statementAtByte(m_split.statements, int(sci(SCI_GETCURRENTPOS)));
    const SqlStatement *s = index >= 0 ? &m_split.statements.at(index) : nullptr;
    const bool same = s && m_hasMark && s->byteBegin == m_marked.byteBegin && s->byteEnd == m_marked.byteEnd
                      && s->text == m_marked.text;
    if (same || (!s && !m_hasMark))
        return;

    sci(SCI_SETINDICATORCURRENT, CurrentStatementIndicator);
    sci(SCI_INDICATORCLEARRANGE, 0, length);
    sci(SCI_MARKERDELETEALL, CurrentStatementMarker);
    m_hasMark = s != nullptr;
    if (s) {
        m_marked = *s;
        const int begin = qBound(0, s->byteBegin, length);
        const int end = qBound(begin, s->byteEnd, length);
        sci(SCI_INDICATORFILLRANGE, begin, end - begin);
        const int firstLine = int(sci(SCI_LINEFROMPOSITION, begin));
        const int lastLine = int(sci(SCI_LINEFROMPOSITION, end));
        for (int line = firstLine; line <= lastLine; ++line)
            sci(SCI_MARKERADD, line, CurrentStatementMarker);
    } else {
        m_marked = SqlStatement();
    }
    Q_EMIT currentStatementChanged();
}

// ---------------------------------------------------------------------------------------
// Completion

void SqlEditor::setCatalogSnapshot(CatalogSnapshotPtr snapshot)
{
    // QScintilla's SQL lexer has no list of type names of its own: give it the catalog's.
    if (auto *keywordLexer = qobject_cast<SqlKeywordLexer *>(lexer()); keywordLexer && snapshot) {
        QStringList names;
        for (const CatalogSnapshot::Type &t : snapshot->types()) {
            if (snapshot->isOnSearchPath(t.schema))
                names << t.name << t.spelling;
        }
        if (keywordLexer->setTypeNames(names)) {
            // Scintilla restyles from the first word the new list affects.
            SendScintilla(SCI_SETKEYWORDS, static_cast<uintptr_t>(SqlKeywordLexer::TypeKeywordSet - 1),
                          keywordLexer->keywords(SqlKeywordLexer::TypeKeywordSet));
        }
    }
    m_engine.setSnapshot(std::move(snapshot));
}

void SqlEditor::showCompletions()
{
    complete(Trigger::Explicit);
}

void SqlEditor::onCharAdded(int ch)
{
    const bool identifier = ch == '_' || ch == '$' || ch == '"' || ch >= 0x80 || (ch >= 'a' && ch <= 'z')
                            || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (ch == '.') {
        m_pendingTrigger = Trigger::Typing;
    } else if (identifier && m_completionActive) {
        m_pendingTrigger = Trigger::Refresh;
    } else if (identifier) {
        // Three characters of a word before the popup opens by itself, or any after "name.".
        const int caret = int(sci(SCI_GETCURRENTPOS));
        const int wordStart = int(sci(SCI_WORDSTARTPOSITION, caret, 1));
        const bool qualified = wordStart > 0 && sci(SCI_GETCHARAT, wordStart - 1) == '.';
        if (!qualified && sci(SCI_COUNTCHARACTERS, wordStart, caret) < 3)
            return;
        m_pendingTrigger = Trigger::Typing;
    } else {
        if (m_completionActive)
            cancelList();
        return;
    }
    m_completeTimer.start();
}

CompletionResult SqlEditor::completionAtCaret(int *windowStart, QString *window) const
{
    const int length = int(sci(SCI_GETLENGTH));
    const int caret = int(sci(SCI_GETCURRENTPOS));
    int from = 0;
    int to = length;
    if (length > CompletionWindow) {
        // The engine only looks at the statement around the cursor; in a huge script a window
        // of whole lines around it is enough and keeps each keystroke cheap.
        from = int(sci(SCI_POSITIONFROMLINE, sci(SCI_LINEFROMPOSITION, qMax(0, caret - CompletionWindow / 2))));
        to = int(sci(SCI_GETLINEENDPOSITION, sci(SCI_LINEFROMPOSITION, qMin(length, caret + CompletionWindow / 2))));
    }
    QByteArray bytes(to - from + 1, '\0');
    SendScintilla(SCI_GETTEXTRANGE, long(from), long(to), bytes.data());
    bytes.truncate(to - from);
    *windowStart = from;
    *window = QString::fromUtf8(bytes);
    return m_engine.complete(*window, SqlText::utf16FromUtf8(bytes, caret - from));
}

void SqlEditor::complete(Trigger trigger)
{
    int windowStart = 0;
    QString window;
    const CompletionResult result = completionAtCaret(&windowStart, &window);
    const QString word = window.mid(result.replaceStart, result.replaceEnd - result.replaceStart);
    bool show = !result.items.isEmpty();
    // While typing, a lone candidate that is already written out is no help.
    if (trigger != Trigger::Explicit && result.items.size() == 1 && result.items.first().text == word)
        show = false;
    // Refreshing after the word was deleted, or a space: nothing left to complete.
    if (trigger == Trigger::Refresh && result.prefix.isEmpty() && result.qualifier.isEmpty())
        show = false;
    if (!show) {
        if (isListActive())
            cancelList();
        m_completionActive = false;
        return;
    }

    QStringList list;
    list.reserve(result.items.size());
    for (const CompletionItem &item : result.items) {
        if (item.text.contains(QLatin1Char('\x04')) || item.text.contains(QLatin1Char(TypeSeparator)))
            continue;
        list << item.text + QLatin1Char(TypeSeparator) + QString::number(imageFor(item.kind));
    }
    sci(SCI_AUTOCSETORDER, SC_ORDER_CUSTOM);
    sci(SCI_AUTOCSETTYPESEPARATOR, TypeSeparator);
    showUserList(CompletionListId, list);
    m_completionActive = true;
}

void SqlEditor::acceptCompletion(const QString &text)
{
    m_completionActive = false;
    // The word may have grown since the list opened: replace what is there now.
    int windowStart = 0;
    QString window;
    const CompletionResult result = completionAtCaret(&windowStart, &window);
    const int start = windowStart + SqlText::utf8FromUtf16(window, result.replaceStart);
    const int end = windowStart + SqlText::utf8FromUtf16(window, result.replaceEnd);
    const QByteArray bytes = text.toUtf8();
    sci(SCI_BEGINUNDOACTION);
    sci(SCI_SETTARGETSTART, start);
    sci(SCI_SETTARGETEND, end);
    SendScintilla(SCI_REPLACETARGET, static_cast<uintptr_t>(bytes.size()), bytes.constData());
    sci(SCI_GOTOPOS, start + int(bytes.size()));
    sci(SCI_ENDUNDOACTION);
}

} // namespace Pixetric
