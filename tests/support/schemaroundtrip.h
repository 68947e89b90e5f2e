#pragma once

#include "pgtestcluster.h"

#include <QString>
#include <QStringList>

namespace Pixetric {
class PgSession;
class SchemaDiff;
class SchemaSnapshot;
struct Migration;
}

namespace Pixetric::Test {

// What the schema-diff tests do with a pair of databases on a throwaway cluster: load SQL into
// a fresh database, migrate one database into the other with the project's migration and
// check that it got there (normalized pg_dump --schema-only equal, a second comparison empty).
//
// Thread affinity: any thread; several may be used at once on one cluster (each call opens
// the sessions and programs it needs).
class SchemaRoundTrip
{
public:
    SchemaRoundTrip(const PgTestCluster &cluster, const QString &workDirectory);

    // Loads file into a new database (dropped first if there); returns the server's errors
    // that matter, empty when it loaded. Roles a file names that do not exist are made for the
    // whole cluster. admin is a session on the cluster's "postgres" database.
    QString load(PgSession &admin, const QString &database, const QString &file);
    // CREATE DATABASE database TEMPLATE from; false with admin's error when it fails. On
    // PostgreSQL 15 and later the template's files are copied (STRATEGY FILE_COPY): for these
    // small databases it is quicker, and dropping one no longer writes out its copied pages.
    bool createDatabase(PgSession &admin, const QString &database, const QString &from) const;
    // Migrates database from into database to; empty on success, else what went wrong (with
    // the script). *fromBefore and *toBefore get both snapshots as they were; *migration,
    // when given, the migration that ran.
    QString converge(const QString &from, const QString &to, const QString &label, SchemaSnapshot *fromBefore,
                     SchemaSnapshot *toBefore, Migration *migration = nullptr);
    QString read(const QString &database, SchemaSnapshot *snapshot);
    QString dump(const QString &database, QString *error);
    // Runs one of the cluster's programs (psql, pg_dump) with the superuser's password.
    bool run(const QString &program, const QStringList &arguments, QString *output);

    // psql's errors in output, without those a fresh database gives for what it has already
    // (schema public, plpgsql).
    static QString psqlErrors(const QString &output);
    // The differences of a comparison, one object a line with its attributes below.
    static QString describe(const SchemaDiff &diff);

private:
    const PgTestCluster &m_cluster;
    QString m_work;
};

} // namespace Pixetric::Test
