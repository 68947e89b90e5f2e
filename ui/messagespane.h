#pragma once

#include "pgtypes.h"

#include <QWidget>

class QTextBrowser;

namespace Pixetric {

// What the server said during a tab's runs: statement results, notices and RAISE output,
// errors with detail, hint and the line and column they point at.
// Thread affinity: GUI thread.
class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesPane(QWidget *parent = nullptr);

    void addInfo(const QString &text);
    void addStatement(const StatementOutcome &outcome, const QString &statementText);
    // line and column are 1-based in the editor; 0 when unknown.
    void addError(const PgError &error, int line = 0, int column = 0);
    void addNotice(const PgNotice &notice);
    void clear();

    // Plain text of everything shown, for tests and copying.
    QString plainText() const;
    int errorCount() const { return m_errors; }

private:
    void append(const QString &html);

    QTextBrowser *m_view;
    int m_errors = 0;
};

} // namespace Pixetric
