#pragma once

#include "pgerror.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pixetric {

// Mirrors libpq's PGTransactionStatusType without exposing libpq to callers.
enum class TransactionStatus { Idle, Active, InTransaction, InError, Unknown };

// Well-known type OIDs the client formats specially.
namespace TypeOid {
constexpr quint32 Bool = 16, Bytea = 17, Int8 = 20, Int2 = 21, Int4 = 23, Text = 25, Oid = 26,
                  Json = 114, Float4 = 700, Float8 = 701, Money = 790, Numeric = 1700,
                  Jsonb = 3802;
}

struct ColumnInfo
{
    QString name;
    quint32 typeOid = 0;
    int typeModifier = -1;
    quint32 tableOid = 0;   // 0 when the column is not a plain table column
    int tableColumn = 0;    // attnum within tableOid

    bool isNumeric() const;
    bool isBoolean() const { return typeOid == TypeOid::Bool; }
    bool isJson() const { return typeOid == TypeOid::Json || typeOid == TypeOid::Jsonb; }
};
using ResultColumns = QList<ColumnInfo>;

struct TlsInfo
{
    bool inUse = false;
    QString protocol;  // e.g. TLSv1.3
    QString cipher;
    int keyBits = 0;
};

struct ServerInfo
{
    int serverVersion = 0;      // e.g. 150018
    QString serverVersionText;  // e.g. "15.18 (Debian 15.18-0+deb12u1)"
    QString host;
    QString port;
    QString database;
    QString user;
    int backendPid = 0;
    TlsInfo tls;
};

// A NOTICE, WARNING, INFO, LOG or DEBUG message, including RAISE output from PL/pgSQL.
struct PgNotice
{
    QString severity;
    QString sqlState;
    QString message;
    QString detail;
    QString hint;
    QString context;
    QDateTime receivedAt;
};

struct PgNotification
{
    QString channel;
    QString payload;
    int senderPid = 0;
    QDateTime receivedAt;
};

// What one statement of a run produced, apart from its rows.
struct StatementOutcome
{
    int statementIndex = 0;
    QString commandTag;       // e.g. "SELECT 3", "INSERT 0 1"
    qint64 rowsAffected = -1; // from the command tag, -1 when it carries none
    qint64 rowsReturned = 0;  // rows streamed for this statement
    bool returnedRows = false;
    qint64 elapsedMicros = 0;
    PgError error;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::TransactionStatus)
Q_DECLARE_METATYPE(Pixetric::ColumnInfo)
Q_DECLARE_METATYPE(Pixetric::ServerInfo)
Q_DECLARE_METATYPE(Pixetric::PgNotice)
Q_DECLARE_METATYPE(Pixetric::PgNotification)
Q_DECLARE_METATYPE(Pixetric::StatementOutcome)
