#include "connectionparams.h"

#include <libpq-fe.h>

namespace Pixetric {

bool ConnectionParams::parse(const QString &conninfo, ConnectionParams *out, QString *error)
{
    char *err = nullptr;
    const QByteArray utf8 = conninfo.trimmed().toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &err);
    if (!options) {
        if (error)
            *error = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("out of memory");
        PQfreemem(err);
        return false;
    }
    ConnectionParams params;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val)
            params.set(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    *out = params;
    return true;
}

void ConnectionParams::set(const QString &keyword, const QString &value)
{
    for (auto &pair : m_pairs) {
        if (pair.first == keyword) {
            pair.second = value;
            return;
        }
    }
    m_pairs.append({keyword, value});
}

QString ConnectionParams::value(const QString &keyword) const
{
    for (const auto &pair : m_pairs) {
        if (pair.first == keyword)
            return pair.second;
    }
    return {};
}

bool ConnectionParams::contains(const QString &keyword) const
{
    for (const auto &pair : m_pairs) {
        if (pair.first == keyword)
            return true;
    }
    return false;
}

void ConnectionParams::remove(const QString &keyword)
{
    m_pairs.removeIf([&](const auto &pair) { return pair.first == keyword; });
}

QString ConnectionParams::displayName() const
{
    QString host = value(QStringLiteral("host"));
    if (host.isEmpty())
        host = value(QStringLiteral("hostaddr"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString text = host;
    const QString port = value(QStringLiteral("port"));
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    const QString user = value(QStringLiteral("user"));
    if (!user.isEmpty())
        text = user + QLatin1Char('@') + text;
    const QString db = value(QStringLiteral("dbname"));
    if (!db.isEmpty())
        text += QLatin1Char('/') + db;
    return text;
}

QString ConnectionParams::toConninfo(bool includePassword) const
{
    QStringList parts;
    for (const auto &[key, val] : m_pairs) {
        if (!includePassword && key == QLatin1String("password"))
            continue;
        QString quoted = val;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        const bool needsQuotes = quoted.isEmpty() || quoted.contains(QLatin1Char(' '))
                                 || quoted != val;
        parts << key + QLatin1Char('=') + (needsQuotes ? QLatin1Char('\'') + quoted + QLatin1Char('\'') : val);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Pixetric
