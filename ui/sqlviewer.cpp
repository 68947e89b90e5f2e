#include "sqlviewer.h"

#include "ksyntaxlexer.h"
#include "sqlkeywordlexer.h"

#include <QFontDatabase>

namespace Pixetric {

SqlViewer::SqlViewer(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    setEolMode(EolUnix);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    bool ksyntax = false;
#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
    if (KSyntaxLexer *lexer = KSyntaxLexer::create(QStringLiteral("SQL (PostgreSQL)"), font, dark, this)) {
        setLexer(lexer);
        ksyntax = true;
    }
#endif
    if (!ksyntax)
        setLexer(new SqlKeywordLexer(font, dark, this));
    setMarginsFont(font);

    // Margin 0: line numbers; margin 1: the bar of marked lines.
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginMarkerMask(0, 0);
    setMarginType(1, SymbolMargin);
    setMarginWidth(1, 6);
    setMarginMarkerMask(1, 1 << BarMarker);
    setMarginWidth(2, 0);
    setMarginsBackgroundColor(pal.color(QPalette::Window));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    sci(SCI_MARKERDEFINE, LineMarker, SC_MARK_BACKGROUND);
    sci(SCI_MARKERDEFINE, BarMarker, SC_MARK_FULLRECT);

    setReadOnly(true);
    setCaretLineVisible(false);
    setCaretWidth(0); // nothing to type here
    setWrapMode(WrapNone);
    setScrollWidth(1);
    setScrollWidthTracking(true);
    setTabWidth(4);
    connect(this, &QsciScintilla::linesChanged, this, &SqlViewer::updateLineNumberWidth);
    updateLineNumberWidth();
}

long SqlViewer::sci(unsigned int message, long wParam, long lParam) const
{
    return SendScintilla(message, static_cast<unsigned long>(wParam), lParam);
}

void SqlViewer::setSql(const QString &sql)
{
    clearMarks();
    setText(sql);
    setCursorPosition(0, 0);
    sci(SCI_SETFIRSTVISIBLELINE, 0);
    sci(SCI_SETXOFFSET, 0);
}

void SqlViewer::markLines(const QList<int> &numbers, const QColor &color)
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    // A tint of the colour over the base, so highlighted text stays readable.
    const double share = dark ? 0.30 : 0.18;
    const QColor tint = QColor::fromRgbF(base.redF() + (color.redF() - base.redF()) * share,
                                         base.greenF() + (color.greenF() - base.greenF()) * share,
                                         base.blueF() + (color.blueF() - base.blueF()) * share);
    SendScintilla(SCI_MARKERSETBACK, static_cast<unsigned long>(LineMarker), tint);
    SendScintilla(SCI_MARKERSETBACK, static_cast<unsigned long>(BarMarker), color);
    SendScintilla(SCI_MARKERSETFORE, static_cast<unsigned long>(BarMarker), color);
    const int count = lines();
    for (const int line : numbers) {
        if (line < 0 || line >= count)
            continue;
        sci(SCI_MARKERADD, line, LineMarker);
        sci(SCI_MARKERADD, line, BarMarker);
    }
}

void SqlViewer::clearMarks()
{
    sci(SCI_MARKERDELETEALL, LineMarker);
    sci(SCI_MARKERDELETEALL, BarMarker);
}

QList<int> SqlViewer::markedLines() const
{
    QList<int> result;
    int line = int(sci(SCI_MARKERNEXT, 0, 1 << LineMarker));
    while (line >= 0) {
        result.append(line);
        line = int(sci(SCI_MARKERNEXT, line + 1, 1 << LineMarker));
    }
    return result;
}

void SqlViewer::updateLineNumberWidth()
{
    const int digits = int(QString::number(qMax(1, lines())).size());
    if (digits == m_lineDigits)
        return;
    m_lineDigits = digits;
    setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

} // namespace Pixetric
