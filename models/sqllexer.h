#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace Pixetric::Completion {

enum class TokenType { Word, QuotedIdentifier, String, Number, Parameter, Operator, Punct, Comment };

struct Token
{
    TokenType type = TokenType::Punct;
    int begin = 0;
    int end = 0;
    int depth = 0;          // parenthesis depth; a '(' and its ')' sit at the outer depth
    bool terminated = true; // false for a quote or comment still open at the end of the text
    QString value;          // Word: ASCII-folded; QuotedIdentifier: unescaped; else the text
};

// Unquoted identifiers fold to lower case, and in a UTF-8 database only ASCII letters fold.
QString foldIdentifier(QStringView word);

inline bool isWordOneOf(const Token &t, std::initializer_list<QLatin1String> words)
{
    if (t.type != TokenType::Word)
        return false;
    for (const QLatin1String &w : words) {
        if (t.value == w)
            return true;
    }
    return false;
}

inline bool isWord(const Token &t, QLatin1String word)
{
    return t.type == TokenType::Word && t.value == word;
}

inline bool isPunct(const Token &t, QLatin1String text)
{
    return t.type == TokenType::Punct && t.value == text;
}

inline bool isName(const Token &t)
{
    return t.type == TokenType::Word || t.type == TokenType::QuotedIdentifier;
}

// Splits SQL into tokens for CompletionEngine, by PostgreSQL's lexical rules (quoting, dollar
// quotes, nested comments, E'…' and U&"…"), tolerant of text that is still being typed: an
// open quote or comment ends the text as an unterminated token rather than an error.
//
// Thread affinity: none; one instance serves one run() on one thread. It refers to the text
// it was given, which must outlive it.
class SqlLexer
{
public:
    // Lexes text[from, to). Without values, Word and QuotedIdentifier tokens carry no value:
    // a quick pass over a long script that only looks for the statement boundaries.
    SqlLexer(const QString &text, int from, int to, bool values);

    // Every ';' ends a statement and resets the depth, so an unbalanced parenthesis in one
    // statement (typing in progress) cannot confuse the next one.
    QList<Token> run();

private:
    char16_t at(int i) const;
    // From the opening quote; returns the index after the closing quote.
    int scanString(int i, bool backslashEscapes, bool *terminated);
    int scanQuotedIdentifier(int i, QString *value, bool *terminated);

    const QString &m_text;
    const int m_from;
    const int m_n;
    const bool m_values;
};

} // namespace Pixetric::Completion
