#include "sqlkeywordlexer.h"

#include "completionengine.h"

#include "qsciheaders.h"

#include <QColor>

namespace Pixetric {

namespace {

struct Scheme
{
    QColor text, paper, comment, number, keyword, string, identifier, op, type;
};

Scheme scheme(bool dark)
{
    if (dark)
        return {QColor(0xdc, 0xdc, 0xdc), QColor(0x23, 0x26, 0x29), QColor(0x7a, 0x84, 0x8f), QColor(0xf6, 0x74, 0x00),
                QColor(0x56, 0x9c, 0xd6), QColor(0xce, 0x91, 0x78), QColor(0x9c, 0xdc, 0xfe), QColor(0xd4, 0xd4, 0xd4),
                QColor(0x4e, 0xc9, 0xb0)};
    return {QColor(0x1f, 0x1c, 0x1b), QColor(0xff, 0xff, 0xff), QColor(0x89, 0x88, 0x87), QColor(0xb0, 0x80, 0x00),
            QColor(0x1f, 0x1c, 0xa8), QColor(0xbf, 0x03, 0x03), QColor(0x00, 0x57, 0xae), QColor(0x1f, 0x1c, 0x1b),
            QColor(0x00, 0x6e, 0x28)};
}

} // namespace

SqlKeywordLexer::SqlKeywordLexer(const QFont &font, bool dark, QObject *parent) : QsciLexerSQL(parent)
{
    QStringList words;
    for (const SqlKeyword &k : CompletionEngine::keywords())
        words << k.word;
    m_keywords = words.join(QLatin1Char(' ')).toLatin1();

    const Scheme s = scheme(dark);
    setDefaultFont(font);
    setFont(font, -1);
    setDefaultPaper(s.paper);
    setPaper(s.paper, -1);
    setDefaultColor(s.text);
    setColor(s.text, -1);
    QFont bold = font;
    bold.setBold(true);
    setFont(bold, Keyword);
    QFont italic = font;
    italic.setItalic(true);
    for (const int style : {Comment, CommentLine, CommentDoc, CommentLineHash, PlusComment}) {
        setFont(italic, style);
        setColor(s.comment, style);
    }
    setColor(s.number, Number);
    setColor(s.keyword, Keyword);
    setColor(s.string, SingleQuotedString);
    // Double quotes are identifiers in PostgreSQL, not strings.
    setColor(s.identifier, DoubleQuotedString);
    setColor(s.op, Operator);
    setColor(s.text, Identifier);
    setColor(s.type, KeywordSet5);
    setAutoIndentStyle(QsciScintilla::AiMaintain);
}

const char *SqlKeywordLexer::keywords(int set) const
{
    switch (set) {
    case 1:
        return m_keywords.constData();
    case TypeKeywordSet:
        return m_types.constData();
    default:
        return nullptr;
    }
}

bool SqlKeywordLexer::setTypeNames(const QStringList &names)
{
    // Scintilla's SQL lexer compares lower-case words; quoted mixed-case names cannot match.
    QStringList words;
    for (const QString &name : names) {
        if (!name.isEmpty() && name == name.toLower() && !name.contains(QLatin1Char(' ')))
            words << name;
    }
    words.sort();
    words.removeDuplicates();
    const QByteArray list = words.join(QLatin1Char(' ')).toUtf8();
    if (list == m_types)
        return false;
    m_types = list;
    return true;
}

} // namespace Pixetric
