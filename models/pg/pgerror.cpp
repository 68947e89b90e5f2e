#include "pgerror.h"

#include <QCoreApplication>

namespace Pixetric {

QString PgError::toDisplayString() const
{
    QString text = message.trimmed();
    if (!sqlState.isEmpty() && kind == Kind::Server)
        text = QStringLiteral("%1 [%2]").arg(text, sqlState);
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("PgError", "Detail: %1").arg(detail);
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("PgError", "Hint: %1").arg(hint);
    return text;
}

PgError PgError::client(const QString &message, const QString &hint)
{
    PgError e;
    e.kind = Kind::Client;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace Pixetric
