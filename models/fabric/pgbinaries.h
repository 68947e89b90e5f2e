#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace Pixetric {

// One set of PostgreSQL server programs on this computer (initdb, pg_ctl, postgres, …).
struct PgInstallation
{
    QString binDirectory;
    QVersionNumber version; // e.g. 15.20
    QString versionText;    // as `postgres --version` prints it

    int major() const { return version.majorVersion(); }
    QString program(const QString &name) const;
    bool isValid() const { return !binDirectory.isEmpty() && !version.isNull(); }
};

// Finds the PostgreSQL server programs the local fabric runs: the directory named by
// $PIXETRIC_PG_BINDIR or an explicit override first, then `pg_config --bindir`,
// /usr/lib/postgresql/*/bin (Debian), /usr/pgsql-*/bin (RHEL), Homebrew and Postgres.app, and
// the PATH. A directory counts only when it holds initdb, pg_ctl, postgres and pg_basebackup
// and `postgres --version` answers. Blocking (runs a few short processes): call it off the GUI
// thread or once at start-up. Thread-safe.
class PgBinaries
{
public:
    // Every installation found, newest version first; an override comes first whatever its
    // version. Directories are looked at once even when several routes lead to them.
    static QList<PgInstallation> discover(const QString &overrideDirectory = {});

    // The installation to use: the override when given (and valid), else the newest.
    // On failure returns an invalid installation and fills *error with what to do.
    static PgInstallation find(const QString &overrideDirectory = {}, QString *error = nullptr);

    // Reads one directory; an invalid installation when it is not a usable server directory.
    static PgInstallation inspect(const QString &binDirectory);

    // The folders searched besides the override, $PIXETRIC_PG_BINDIR and pg_config, in order.
    static QStringList candidateDirectories();
};

} // namespace Pixetric
