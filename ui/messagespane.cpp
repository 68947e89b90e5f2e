#include "messagespane.h"

#include <QDateTime>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString timestamp()
{
    return QStringLiteral("<span style='color:#888'>%1</span> ")
        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
}

QString formatDuration(qint64 micros)
{
    if (micros < 1000)
        return MessagesPane::tr("%1 µs").arg(micros);
    if (micros < 10'000'000)
        return MessagesPane::tr("%1 ms").arg(QString::number(double(micros) / 1000.0, 'f', micros < 100'000 ? 1 : 0));
    return MessagesPane::tr("%1 s").arg(QString::number(double(micros) / 1e6, 'f', 2));
}

} // namespace

MessagesPane::MessagesPane(QWidget *parent) : QWidget(parent)
{
    m_view = new QTextBrowser(this);
    m_view->setOpenLinks(false);
    m_view->setUndoRedoEnabled(false);
    m_view->document()->setMaximumBlockCount(5000);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void MessagesPane::append(const QString &html)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_view->append(html);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void MessagesPane::addInfo(const QString &text)
{
    append(timestamp() + esc(text));
}

void MessagesPane::addStatement(const StatementOutcome &outcome, const QString &statementText)
{
    if (outcome.error.isError())
        return; // errors are reported through addError with their position
    QString what = outcome.commandTag;
    if (what.isEmpty())
        what = statementText.simplified().left(60);
    QString detail;
    if (outcome.returnedRows)
        detail = tr("%n row(s)", nullptr, int(qMin<qint64>(outcome.rowsReturned, INT_MAX)));
    else if (outcome.rowsAffected >= 0)
        detail = tr("%n row(s) affected", nullptr, int(qMin<qint64>(outcome.rowsAffected, INT_MAX)));
    QString text = esc(what);
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + esc(detail);
    text += QStringLiteral(" <span style='color:#888'>(%1)</span>").arg(esc(formatDuration(outcome.elapsedMicros)));
    append(timestamp() + text);
}

void MessagesPane::addError(const PgError &error, int line, int column)
{
    ++m_errors;
    QString title;
    switch (error.kind) {
    case PgError::Kind::Cancelled:
        title = tr("Cancelled");
        break;
    case PgError::Kind::ConnectionLost:
        title = tr("Connection lost");
        break;
    case PgError::Kind::Connection:
        title = tr("Could not connect");
        break;
    default:
        title = error.severity.isEmpty() ? tr("ERROR") : error.severity;
        break;
    }
    QString html = timestamp() + QStringLiteral("<b style='color:#b00020'>%1:</b> %2").arg(esc(title), esc(error.message));
    if (!error.sqlState.isEmpty())
        html += QStringLiteral(" <span style='color:#888'>[%1]</span>").arg(esc(error.sqlState));
    if (line > 0)
        html += QStringLiteral("<br>&nbsp;&nbsp;") + esc(tr("at line %1, column %2").arg(line).arg(column));
    if (!error.detail.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i> %2").arg(esc(tr("Detail:")), esc(error.detail));
    if (!error.hint.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i> %2").arg(esc(tr("Hint:")), esc(error.hint));
    if (!error.context.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i> %2").arg(esc(tr("Context:")), esc(error.context));
    append(html);
}

void MessagesPane::addNotice(const PgNotice &notice)
{
    QString html = timestamp() + QStringLiteral("<b style='color:#1f5f99'>%1:</b> %2").arg(esc(notice.severity), esc(notice.message));
    if (!notice.detail.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i> %2").arg(esc(tr("Detail:")), esc(notice.detail));
    if (!notice.hint.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i> %2").arg(esc(tr("Hint:")), esc(notice.hint));
    append(html);
}

void MessagesPane::clear()
{
    m_view->clear();
    m_errors = 0;
}

QString MessagesPane::plainText() const
{
    return m_view->toPlainText();
}

} // namespace Pixetric
