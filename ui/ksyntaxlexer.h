#pragma once

#ifdef PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING

#include "qsciheaders.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>

namespace KSyntaxHighlighting {
class Format;
}

namespace Pixetric {

// A QScintilla lexer that styles text with a KDE Syntax Highlighting definition, e.g.
// "SQL (PostgreSQL)": dollar quotes, nested comments, PostgreSQL's keywords and functions.
//
// Scintilla asks for styling from the first line an edit touched; the highlighter's state at
// the end of every line is kept, so styling restarts there instead of at the top and an edit
// costs the lines from the edit to the end of the visible text. Each of the definition's
// formats becomes one Scintilla style, coloured from the KDE theme.
//
// Thread affinity: GUI thread. Ownership: usually owned by its editor (QObject parent).
class KSyntaxLexer : public QsciLexerCustom, private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    // Null when no installed definition has that name.
    static KSyntaxLexer *create(const QString &definitionName, const QFont &font, bool dark,
                                QObject *parent = nullptr);
    ~KSyntaxLexer() override;

    const char *language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    const char *wordCharacters() const override;
    void styleText(int start, int end) override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Style
    {
        QString name;
        QColor color;
        QColor paper;
        bool bold = false;
        bool italic = false;
        bool underline = false;
    };
    struct Run
    {
        int offset; // UTF-16, within the line
        int length;
        int style;
    };

    KSyntaxLexer(const QFont &font, QObject *parent);
    int styleFor(const KSyntaxHighlighting::Format &format);
    void applyStyle(int style) const;

    QFont m_font;
    QByteArray m_language;
    QHash<int, Style> m_styles;      // Scintilla style number -> look
    QHash<int, int> m_styleOfFormat; // KSyntaxHighlighting::Format::id() -> style number
    int m_nextStyle = 1;
    QList<KSyntaxHighlighting::State> m_lineStates; // state at the end of each styled line
    QList<Run> m_runs;                              // the line being highlighted
};

} // namespace Pixetric

#endif // PIXETRIC_HAVE_KSYNTAXHIGHLIGHTING
