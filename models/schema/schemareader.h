#pragma once

#include "schemasnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace Pixetric {

class PgSession;

// Reads a SchemaSnapshot over an open PgSession with one bulk query per object kind
// (resources/sql/schema_snapshot.sql), inside one read-only REPEATABLE READ transaction so all
// kinds see the same catalog. PostgreSQL 12 to 17.
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

    // The SQL of the statement name for a server of that version (server_version_num): the
    // variant NAME_NN serves servers up to major version NN, the oldest fitting one wins.
    // Empty when the resource holds no such statement.
    static QString statement(const QString &name, int serverVersion);

    static constexpr int minimumServerVersion = 120000;
    static constexpr int maximumServerVersion = 179999;

private:
    // Runs the statement named name (or its per-version variant) and hands each row's JSON
    // object to parse. Returns an empty string or a message.
    template<typename Parse>
    QString readKind(const QString &name, int serverVersion, Parse parse);
    QString failure(const QString &what) const;

    PgSession *m_session;
};

} // namespace Pixetric
