#pragma once

#include "schemasnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace Pixetric {

class ConnectionParams;
class PgSession;

// Reads a SchemaSnapshot over an open PgSession with one bulk query per object kind
// (resources/sql/schema_catalog.sql) and one for pg_depend, inside one read-only REPEATABLE READ
// transaction so all kinds see the same catalog. PostgreSQL 12 to 17.
//
// Thread affinity: the session's thread (never the GUI thread: PgSession waits). The reader
// does not own the session; it leaves it open and outside any transaction.
class SchemaReader
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::SchemaReader)

public:
    explicit SchemaReader(PgSession *session);

    // Fills *snapshot and returns an empty string, or returns a message and leaves *snapshot
    // untouched: a failed read never yields a partial snapshot.
    QString read(SchemaSnapshot *snapshot);
    // Connects with params, reads, disconnects: what a comparison of two databases does on
    // each side (on a worker thread of its own).
    static QString read(const ConnectionParams &params, SchemaSnapshot *snapshot);

    // The SQL of the statement name for a server of that version (server_version_num): the
    // variant NAME_NN serves servers up to major version NN, the oldest fitting one wins.
    // Empty when the resource holds no such statement.
    static QString statement(const QString &name, int serverVersion);

    static constexpr int minimumServerVersion = 120000;
    static constexpr int maximumServerVersion = 179999;

private:
    QString failure(const QString &what) const;

    PgSession *m_session;
};

} // namespace Pixetric
