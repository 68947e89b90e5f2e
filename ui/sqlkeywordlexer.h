#pragma once

#include "qsciheaders.h"

#include <QByteArray>
#include <QFont>
#include <QStringList>

namespace Pixetric {

// QScintilla's SQL lexer taught PostgreSQL's keywords (from :/sql/keywords.txt) and, once a
// catalog is known, the names of its types, with colours for a light or a dark palette. The
// highlighting used when KDE's syntax definitions are not available.
//
// Thread affinity: GUI thread. Ownership: usually owned by its editor (QObject parent).
class SqlKeywordLexer : public QsciLexerSQL
{
    Q_OBJECT
public:
    SqlKeywordLexer(const QFont &font, bool dark, QObject *parent = nullptr);

    const char *keywords(int set) const override;

    // Type names to highlight (keyword set 5), e.g. those of a CatalogSnapshot. Returns false
    // when they are the ones already set.
    bool setTypeNames(const QStringList &names);
    static constexpr int TypeKeywordSet = 5;

private:
    QByteArray m_keywords;
    QByteArray m_types;
};

} // namespace Pixetric
