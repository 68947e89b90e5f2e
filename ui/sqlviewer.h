#pragma once

#include "qsciheaders.h"

#include <QColor>
#include <QList>

namespace Pixetric {

// A read-only SQL text with the workbench's highlighting (KDE's PostgreSQL definition where
// available, else QScintilla's SQL lexer with PostgreSQL's keywords), line numbers and whole
// lines marked with a background and a bar in the margin: how the schema diff view shows
// DDL side by side and the migration script.
//
// Thread affinity: GUI thread.
class SqlViewer : public QsciScintilla
{
    Q_OBJECT
public:
    // Scintilla marker numbers used for marked lines (background, margin bar).
    static constexpr int LineMarker = 22;
    static constexpr int BarMarker = 23;

    explicit SqlViewer(QWidget *parent = nullptr);

    // Replaces the text (read-only to the user, not to the program), clears the marks and
    // scrolls to the top.
    void setSql(const QString &text);
    // Marks these 0-based lines with color (e.g. removed lines red, added lines green).
    void markLines(const QList<int> &numbers, const QColor &color);
    void clearMarks();
    QList<int> markedLines() const;

private:
    void updateLineNumberWidth();
    long sci(unsigned int message, long wParam = 0, long lParam = 0) const;

    int m_lineDigits = 0;
};

} // namespace Pixetric
