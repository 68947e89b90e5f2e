#include "pgbinaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Pixetric {

namespace {

const QStringList RequiredPrograms = {QStringLiteral("initdb"), QStringLiteral("pg_ctl"),
                                      QStringLiteral("postgres"), QStringLiteral("pg_basebackup")};

QString executableName(const QString &name)
{
#ifdef Q_OS_WIN
    return name + QStringLiteral(".exe");
#else
    return name;
#endif
}

// Runs a program that answers at once (--version, --bindir); empty on any failure.
QString quickOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// Subfolders of root matching pattern, each with suffix appended.
QStringList globDirectories(const QString &root, const QString &pattern, const QString &suffix)
{
    QStringList found;
    const QDir dir(root);
    for (const QString &entry : dir.entryList({pattern}, QDir::Dirs | QDir::NoDotAndDotDot))
        found << dir.filePath(entry) + suffix;
    return found;
}

} // namespace

QString PgInstallation::program(const QString &name) const
{
    return QDir(binDirectory).filePath(executableName(name));
}

QStringList PgBinaries::candidateDirectories()
{
    QStringList dirs;
    dirs += globDirectories(QStringLiteral("/usr/lib/postgresql"), QStringLiteral("*"), QStringLiteral("/bin"));
    dirs += globDirectories(QStringLiteral("/usr"), QStringLiteral("pgsql-*"), QStringLiteral("/bin"));
    for (const QString &brew : {QStringLiteral("/opt/homebrew/opt"), QStringLiteral("/usr/local/opt")})
        dirs += globDirectories(brew, QStringLiteral("postgresql*"), QStringLiteral("/bin"));
    dirs += globDirectories(QStringLiteral("/Applications/Postgres.app/Contents/Versions"), QStringLiteral("*"),
                            QStringLiteral("/bin"));
    const QString onPath = QStandardPaths::findExecutable(executableName(QStringLiteral("initdb")));
    if (!onPath.isEmpty())
        dirs << QFileInfo(onPath).absolutePath();
    return dirs;
}

PgInstallation PgBinaries::inspect(const QString &binDirectory)
{
    PgInstallation installation;
    const QDir dir(binDirectory);
    if (binDirectory.isEmpty() || !dir.exists())
        return installation;
    for (const QString &program : RequiredPrograms) {
        if (!QFileInfo(dir.filePath(executableName(program))).isExecutable())
            return installation;
    }
    // "postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
    const QString text = quickOutput(dir.filePath(executableName(QStringLiteral("postgres"))),
                                     {QStringLiteral("--version")});
    static const QRegularExpression versionPattern(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+(?:\\.\\d+)*)"));
    const QRegularExpressionMatch match = versionPattern.match(text);
    if (!match.hasMatch())
        return installation;
    installation.binDirectory = dir.canonicalPath();
    installation.version = QVersionNumber::fromString(match.captured(1));
    installation.versionText = text;
    return installation;
}

QList<PgInstallation> PgBinaries::discover(const QString &overrideDirectory)
{
    QStringList ordered;
    QList<PgInstallation> found;
    QSet<QString> seen;
    const auto consider = [&](const QString &directory, bool pinned) {
        const QString canonical = QDir(directory).canonicalPath();
        if (canonical.isEmpty() || seen.contains(canonical))
            return;
        seen.insert(canonical);
        const PgInstallation installation = inspect(canonical);
        if (!installation.isValid())
            return;
        if (pinned)
            ordered << canonical;
        found << installation;
    };

    consider(overrideDirectory, true);
    consider(qEnvironmentVariable("PIXETRIC_PG_BINDIR"), true);
    consider(quickOutput(QStringLiteral("pg_config"), {QStringLiteral("--bindir")}), false);
    for (const QString &directory : candidateDirectories())
        consider(directory, false);

    // Pinned directories keep their place in front; the rest go newest first.
    std::stable_sort(found.begin(), found.end(), [&](const PgInstallation &a, const PgInstallation &b) {
        const bool pa = ordered.contains(a.binDirectory), pb = ordered.contains(b.binDirectory);
        if (pa != pb)
            return pa;
        if (pa)
            return ordered.indexOf(a.binDirectory) < ordered.indexOf(b.binDirectory);
        return a.version > b.version;
    });
    return found;
}

PgInstallation PgBinaries::find(const QString &overrideDirectory, QString *error)
{
    if (!overrideDirectory.isEmpty()) {
        const PgInstallation pinned = inspect(overrideDirectory);
        if (!pinned.isValid()) {
            if (error)
                *error = QCoreApplication::translate("PgBinaries",
                    "%1 does not hold PostgreSQL's server programs (initdb, pg_ctl, postgres, pg_basebackup). "
                    "Choose the bin folder of a PostgreSQL installation.")
                    .arg(QDir::toNativeSeparators(overrideDirectory));
            return {};
        }
        return pinned;
    }
    const QList<PgInstallation> all = discover();
    if (all.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PgBinaries",
                "No PostgreSQL server programs were found on this computer. Install PostgreSQL "
                "(on Debian: apt install postgresql), or set PIXETRIC_PG_BINDIR to its bin folder.");
        return {};
    }
    return all.first();
}

} // namespace Pixetric
