#pragma once

#include "migrationset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pixetric {

class PgSession;

// One row of pixetric.schema_migrations.
struct AppliedMigration
{
    QString version;
    QString name;
    QString fileName;
    QString checksum;
    QString appliedAt; // ISO 8601, UTC
    double durationMs = 0;
    QString appliedBy;
    bool success = false;
    QString error;
    QString failingStatement;
    QString upSql;
    QString downSql;
};

// What a migration is on one database, file and history side by side.
struct MigrationStatus
{
    enum class State {
        Pending,    // in the folder, not applied
        Applied,    // applied, the file unchanged
        Drifted,    // applied, and the file was edited since
        Failed,     // its last run failed
        Missing,    // applied, the file is gone from the folder
        OutOfOrder, // not applied, but a later version is
    };
    State state = State::Pending;
    QString version;
    QString name;
    const MigrationFile *file = nullptr;       // in the set, or null (Missing)
    const AppliedMigration *applied = nullptr; // in the history, or null (Pending, OutOfOrder)
    QString explanation;                       // for people: what is wrong and what to do

    static QString stateName(State state); // "pending", "applied", … (stable, for JSON)
};

// The history table in the target database: created on first use, read, written. Every
// function runs on the session's thread (a worker thread or the command line).
class MigrationHistory
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationHistory)

public:
    // A named statement of resources/sql/migrations.sql, the migration library's SQL.
    static QString sql(const char *name);

    // The advisory lock key every runner of a database agrees on.
    static constexpr qint64 LockKey = 0x5058'4D49'4752'4154LL;

    // False with *error when the table cannot be read; an absent table is an empty history.
    static bool read(PgSession &session, QList<AppliedMigration> *history, QString *error);
    static bool ensureTable(PgSession &session, QString *error);
    static bool record(PgSession &session, const MigrationFile &file, double durationMs, bool success,
                       const QString &error, const QString &failingStatement, QString *problem);
    static bool forget(PgSession &session, const QString &version, QString *error);

    // The state of each migration, in version order; history rows without a file come where
    // their version sorts. The list points into set and history, which must outlive it.
    static QList<MigrationStatus> compare(const MigrationSet &set, const QList<AppliedMigration> &history);
    // The files still to run, in order (pending, out of order and failed ones).
    static QList<MigrationFile> pending(const QList<MigrationStatus> &status);
    // How an applied text and the file's differ: the first differing line, for people.
    static QString describeEdit(const QString &applied, const QString &now);
};

} // namespace Pixetric
