#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Pixetric {

// libpq connection parameters as keyword/value pairs, in the order given.
// Built from a URI or key=value string, or field by field from the connection dialog.
class ConnectionParams
{
public:
    ConnectionParams() = default;

    // Parses "postgresql://…" or "host=… dbname=…"; on failure returns false and sets *error
    // to libpq's explanation.
    static bool parse(const QString &conninfo, ConnectionParams *out, QString *error);

    void set(const QString &keyword, const QString &value);
    QString value(const QString &keyword) const;
    bool contains(const QString &keyword) const;
    void remove(const QString &keyword);
    const QList<QPair<QString, QString>> &pairs() const { return m_pairs; }
    bool isEmpty() const { return m_pairs.isEmpty(); }

    // "user@host:port/dbname" for titles and lists; never includes the password.
    QString displayName() const;
    // A key=value string without the password, for settings and logs.
    QString toConninfo(bool includePassword = false) const;

private:
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::ConnectionParams)
