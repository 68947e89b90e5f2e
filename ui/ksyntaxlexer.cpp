#include "ksyntaxlexer.h"

#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING

#include "qsciheaders.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGlobalStatic>
#include <QVarLengthArray>

#include <algorithm>

namespace Pixetric {

namespace {

// Loading the definitions reads dozens of files: once per program.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

// Styles 32–39 are Scintilla's own (default, line numbers, braces, …).
constexpr int FirstPredefinedStyle = 32;
constexpr int LastPredefinedStyle = 39;
constexpr int MaxStyle = 255;

} // namespace

KSyntaxLexer *KSyntaxLexer::create(const QString &definitionName, const QFont &font, bool dark, QObject *parent)
{
    const KSyntaxHighlighting::Definition definition = s_repository->definitionForName(definitionName);
    if (!definition.isValid())
        return nullptr;
    auto *lexer = new KSyntaxLexer(font, parent);
    lexer->m_language = definitionName.toUtf8();
    lexer->setDefinition(definition);
    const KSyntaxHighlighting::Theme theme = s_repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    lexer->setTheme(theme);

    Style normal;
    normal.name = tr("Normal");
    normal.color = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    normal.paper = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    lexer->m_styles.insert(0, normal);
    lexer->setDefaultColor(normal.color);
    lexer->setDefaultPaper(normal.paper);
    lexer->setColor(normal.color, 0);
    lexer->setPaper(normal.paper, 0);
    // Every format known up front gets its style before an editor reads the lexer's styles.
    const QList<KSyntaxHighlighting::Format> formats = definition.formats();
    for (const KSyntaxHighlighting::Format &format : formats)
        lexer->styleFor(format);
    return lexer;
}

KSyntaxLexer::KSyntaxLexer(const QFont &font, QObject *parent) : QsciLexerCustom(parent), m_font(font)
{
    setDefaultFont(font);
    setAutoIndentStyle(QsciScintilla::AiMaintain);
}

KSyntaxLexer::~KSyntaxLexer() = default;

const char *KSyntaxLexer::language() const
{
    return m_language.constData();
}

QString KSyntaxLexer::description(int style) const
{
    const auto it = m_styles.constFind(style);
    return it == m_styles.constEnd() ? QString() : it->name;
}

QColor KSyntaxLexer::defaultColor(int style) const
{
    return m_styles.value(style, m_styles.value(0)).color;
}

QColor KSyntaxLexer::defaultPaper(int style) const
{
    return m_styles.value(style, m_styles.value(0)).paper;
}

QFont KSyntaxLexer::defaultFont(int style) const
{
    const Style s = m_styles.value(style, m_styles.value(0));
    QFont font = m_font;
    font.setBold(s.bold);
    font.setItalic(s.italic);
    font.setUnderline(s.underline);
    return font;
}

const char *KSyntaxLexer::wordCharacters() const
{
    return "_$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
}

int KSyntaxLexer::styleFor(const KSyntaxHighlighting::Format &format)
{
    if (!format.isValid())
        return 0;
    const auto it = m_styleOfFormat.constFind(format.id());
    if (it != m_styleOfFormat.constEnd())
        return it.value();
    if (m_nextStyle == FirstPredefinedStyle)
        m_nextStyle = LastPredefinedStyle + 1;
    if (m_nextStyle > MaxStyle)
        return 0;

    const KSyntaxHighlighting::Theme current = theme();
    const Style normal = m_styles.value(0);
    Style s;
    s.name = format.name();
    s.color = format.hasTextColor(current) ? format.textColor(current) : normal.color;
    s.paper = format.hasBackgroundColor(current) ? format.backgroundColor(current) : normal.paper;
    s.bold = format.isBold(current);
    s.italic = format.isItalic(current);
    s.underline = format.isUnderline(current);
    const int style = m_nextStyle++;
    m_styles.insert(style, s);
    m_styleOfFormat.insert(format.id(), style);
    applyStyle(style);
    return style;
}

void KSyntaxLexer::applyStyle(int style) const
{
    // Through QsciLexer's setters: an attached editor picks the change up from their signals,
    // which matters for formats of included definitions that first show up while styling.
    auto *self = const_cast<KSyntaxLexer *>(this);
    self->setColor(defaultColor(style), style);
    self->setPaper(defaultPaper(style), style);
    self->setFont(defaultFont(style), style);
}

void KSyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length > 0)
        m_runs.append({offset, length, styleFor(format)});
}

void KSyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end <= start)
        return;

    // Scintilla asks from the first line not styled since the last edit; the state at the end
    // of the line before it is still valid. Never start past the last line with a state.
    const int lineCount = int(ed->SendScintilla(QsciScintillaBase::SCI_GETLINECOUNT));
    int firstLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    firstLine = qMin(firstLine, int(m_lineStates.size()));
    const int lastLine = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end - 1)));
    const auto lineStart = [&](int line) {
        return line < lineCount ? int(ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)))
                                : int(ed->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    };
    const int from = lineStart(firstLine);
    const int to = lineStart(lastLine + 1);
    if (to <= from)
        return;
    QByteArray bytes(to - from + 1, '\0');
    ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, long(from), long(to), bytes.data());
    bytes.truncate(to - from);

    KSyntaxHighlighting::State state = firstLine > 0 ? m_lineStates.at(firstLine - 1) : KSyntaxHighlighting::State();
    startStyling(from);
    QVarLengthArray<int, 256> byteAt; // UTF-8 offset of each UTF-16 index of the line
    for (int line = firstLine; line <= lastLine; ++line) {
        const int begin = lineStart(line) - from;
        const int stop = lineStart(line + 1) - from;
        int contentEnd = stop;
        while (contentEnd > begin && (bytes.at(contentEnd - 1) == '\n' || bytes.at(contentEnd - 1) == '\r'))
            --contentEnd;
        const QString text = QString::fromUtf8(bytes.constData() + begin, contentEnd - begin);

        m_runs.clear();
        state = highlightLine(text, state);

        byteAt.resize(text.size() + 1);
        int offset = 0;
        for (int i = 0; i < text.size(); ++i) {
            byteAt[i] = offset;
            const char16_t c = text.at(i).unicode();
            if (c < 0x80)
                offset += 1;
            else if (c < 0x800)
                offset += 2;
            else if (QChar::isHighSurrogate(c))
                offset += 4;
            else if (QChar::isLowSurrogate(c))
                offset += 0; // counted with its high surrogate
            else
                offset += 3;
        }
        byteAt[text.size()] = offset;

        std::sort(m_runs.begin(), m_runs.end(), [](const Run &a, const Run &b) { return a.offset < b.offset; });
        int done = 0; // UTF-16
        for (const Run &run : std::as_const(m_runs)) {
            const int runStart = qBound(done, run.offset, int(text.size()));
            const int runEnd = qBound(runStart, run.offset + run.length, int(text.size()));
            if (runStart > done)
                setStyling(byteAt[runStart] - byteAt[done], 0);
            if (runEnd > runStart)
                setStyling(byteAt[runEnd] - byteAt[runStart], run.style);
            done = runEnd;
        }
        const int rest = (stop - begin) - byteAt[done]; // unformatted tail and the line end
        if (rest > 0)
            setStyling(rest, 0);

        if (m_lineStates.size() <= line)
            m_lineStates.resize(line + 1);
        m_lineStates[line] = state;
    }
    // States past here belong to text that has changed; they are recomputed before use.
    m_lineStates.resize(qMin(int(m_lineStates.size()), lastLine + 1));
}

} // namespace Pixetric

#endif // PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
