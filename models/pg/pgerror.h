#pragma once

#include <QMetaType>
#include <QString>

namespace Pixetric {

// An error as a value. Lower layers return these; nothing throws across threads or signals.
// Server errors carry every field libpq reports; client-side errors set kind and message.
struct PgError
{
    enum class Kind {
        None,            // no error
        Connection,      // could not connect (host, authentication, TLS, timeout)
        Server,          // the server reported an error for a statement
        ConnectionLost,  // the connection broke while in use
        Client,          // misuse or a local failure (bad parameters, busy connection)
        Cancelled,       // the statement was cancelled on request
    };

    Kind kind = Kind::None;
    QString severity;      // ERROR, FATAL, PANIC (untranslated, as sent)
    QString sqlState;      // five-character SQLSTATE
    QString message;       // primary message
    QString detail;
    QString hint;
    QString context;
    int position = 0;      // 1-based character position in the statement sent, 0 if none
    int internalPosition = 0;
    QString internalQuery;
    QString schemaName;
    QString tableName;
    QString columnName;
    QString dataTypeName;
    QString constraintName;
    QString sourceFile;
    QString sourceLine;
    QString sourceFunction;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A short multi-line text for people: message, then detail and hint lines when present.
    QString toDisplayString() const;

    static PgError client(const QString &message, const QString &hint = {});
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::PgError)
