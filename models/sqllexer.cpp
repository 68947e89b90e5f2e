#include "sqllexer.h"

namespace Pixetric::Completion {

namespace {

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

// The server's scanner takes every byte with the high bit set as part of an identifier.
bool isIdentStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}

bool isIdentChar(char16_t c) { return isIdentStart(c) || isAsciiDigit(c) || c == u'$'; }

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isOperatorChar(char16_t c)
{
    switch (c) {
    case u'+': case u'-': case u'*': case u'/': case u'<': case u'>': case u'=': case u'~':
    case u'!': case u'@': case u'#': case u'%': case u'^': case u'&': case u'|': case u'`':
    case u'?':
        return true;
    default:
        return false;
    }
}

} // namespace

QString foldIdentifier(QStringView word)
{
    QString folded = word.toString();
    for (QChar &c : folded) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return folded;
}

SqlLexer::SqlLexer(const QString &text, int from, int to, bool values)
    : m_text(text), m_from(from), m_n(to), m_values(values)
{
}

QList<Token> SqlLexer::run()
{
    QList<Token> tokens;
    int depth = 0;
    int i = m_from;
    while (i < m_n) {
        const char16_t c = at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        t.depth = depth;
        if (c == u'-' && at(i + 1) == u'-') {
            while (i < m_n && at(i) != u'\n')
                ++i;
            t.type = TokenType::Comment;
            t.terminated = false; // a cursor at its end is still in it
        } else if (c == u'/' && at(i + 1) == u'*') {
            t.type = TokenType::Comment;
            t.terminated = false;
            int nesting = 0;
            while (i < m_n) {
                if (at(i) == u'/' && at(i + 1) == u'*') {
                    ++nesting;
                    i += 2;
                } else if (at(i) == u'*' && at(i + 1) == u'/') {
                    i += 2;
                    if (--nesting == 0) {
                        t.terminated = true;
                        break;
                    }
                } else {
                    ++i;
                }
            }
        } else if (c == u'\'') {
            t.type = TokenType::String;
            i = scanString(i, false, &t.terminated);
        } else if (c == u'"') {
            t.type = TokenType::QuotedIdentifier;
            i = scanQuotedIdentifier(i, &t.value, &t.terminated);
        } else if (c == u'$') {
            if (isAsciiDigit(at(i + 1))) {
                t.type = TokenType::Parameter;
                ++i;
                while (isAsciiDigit(at(i)))
                    ++i;
            } else {
                int j = i + 1;
                while (j < m_n && isIdentChar(at(j)) && at(j) != u'$')
                    ++j;
                if (at(j) == u'$') {
                    const QStringView tag = QStringView(m_text).mid(i, j - i + 1);
                    int close = int(m_text.indexOf(tag, j + 1));
                    if (close + int(tag.size()) > m_n)
                        close = -1;
                    t.type = TokenType::String;
                    t.terminated = close >= 0;
                    i = close >= 0 ? close + int(tag.size()) : m_n;
                } else {
                    t.type = TokenType::Operator;
                    t.value = QStringLiteral("$");
                    ++i;
                }
            }
        } else if (isAsciiDigit(c) || (c == u'.' && isAsciiDigit(at(i + 1)))) {
            t.type = TokenType::Number;
            ++i;
            while (i < m_n) {
                const char16_t d = at(i);
                if ((d == u'+' || d == u'-') && (at(i - 1) == u'e' || at(i - 1) == u'E'))
                    ++i;
                else if (isAsciiDigit(d) || d == u'.' || d == u'_' || (d < 0x80 && isIdentStart(d)))
                    ++i;
                else
                    break;
            }
        } else if (isIdentStart(c)) {
            int j = i;
            while (j < m_n && isIdentChar(at(j)))
                ++j;
            const bool single = j - i == 1;
            if (single && at(j) == u'\'' && QStringLiteral("eEbBxXnN").contains(QChar(c))) {
                t.type = TokenType::String;
                i = scanString(j, c == u'e' || c == u'E', &t.terminated);
            } else if (single && (c == u'u' || c == u'U') && at(j) == u'&' && at(j + 1) == u'\'') {
                t.type = TokenType::String;
                i = scanString(j + 1, false, &t.terminated);
            } else if (single && (c == u'u' || c == u'U') && at(j) == u'&' && at(j + 1) == u'"') {
                t.type = TokenType::QuotedIdentifier;
                i = scanQuotedIdentifier(j + 1, &t.value, &t.terminated);
            } else {
                t.type = TokenType::Word;
                if (m_values)
                    t.value = foldIdentifier(QStringView(m_text).mid(i, j - i));
                i = j;
            }
        } else if (c == u'(') {
            t.value = QStringLiteral("(");
            ++depth;
            ++i;
        } else if (c == u')') {
            depth = qMax(0, depth - 1);
            t.depth = depth;
            t.value = QStringLiteral(")");
            ++i;
        } else if (c == u':' && at(i + 1) == u':') {
            t.value = QStringLiteral("::");
            i += 2;
        } else if (isOperatorChar(c)) {
            t.type = TokenType::Operator;
            ++i;
            while (i < m_n && isOperatorChar(at(i)) && !(at(i) == u'-' && at(i + 1) == u'-')
                   && !(at(i) == u'/' && at(i + 1) == u'*'))
                ++i;
            t.value = m_text.mid(t.begin, i - t.begin);
        } else {
            if (m_values || c == u';')
                t.value = QString(QChar(c));
            ++i;
            if (c == u';')
                depth = 0;
        }
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

char16_t SqlLexer::at(int i) const
{
    return i >= 0 && i < m_n ? m_text.at(i).unicode() : 0;
}

int SqlLexer::scanString(int i, bool backslashEscapes, bool *terminated)
{
    *terminated = false;
    ++i;
    while (i < m_n) {
        const char16_t c = at(i);
        if (c == u'\\' && backslashEscapes) {
            i += 2;
        } else if (c == u'\'') {
            if (at(i + 1) == u'\'') {
                i += 2;
            } else {
                *terminated = true;
                return i + 1;
            }
        } else {
            ++i;
        }
    }
    return m_n;
}

// An identifier still being typed ends, for completion's sake, at the end of its line:
// otherwise one open quote would swallow the rest of the statement and its FROM clause.
int SqlLexer::scanQuotedIdentifier(int i, QString *value, bool *terminated)
{
    *terminated = false;
    const int open = i;
    ++i;
    while (i < m_n) {
        if (at(i) == u'"') {
            if (at(i + 1) == u'"') {
                value->append(QLatin1Char('"'));
                i += 2;
                continue;
            }
            *terminated = true;
            return i + 1;
        }
        value->append(m_text.at(i));
        ++i;
    }
    const int newline = int(m_text.indexOf(QLatin1Char('\n'), open));
    if (newline < 0 || newline >= m_n)
        return m_n;
    // No closing quote anywhere, so every quote inside is a doubled one.
    *value = m_text.mid(open + 1, newline - open - 1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return newline;
}

} // namespace Pixetric::Completion
