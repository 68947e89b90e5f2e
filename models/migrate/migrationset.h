#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// One migration read from a folder. Its text is kept as PostgreSQL will see it: a UTF-8 byte
// order mark is gone and CRLF line ends are LF, so that saving a file with other line ends
// does not make it differ from what was applied.
struct MigrationFile
{
    enum class Layout {
        Pixetric,      // NNNN_name.sql or YYYYMMDDHHMMSS_name.sql, optional "-- down" section
        Flyway,        // V<version>__<description>.sql (U<version>__… holds the down part)
        Dbmate,        // <version>_<name>.sql with "-- migrate:up" / "-- migrate:down"
        GolangMigrate, // <version>_<title>.up.sql with <version>_<title>.down.sql beside it
    };

    QString version;  // as written ("0003", "20260101120000", "1.2")
    QString name;     // the description part of the file name, underscores as spaces
    QString fileName; // relative to the folder
    QString path;     // absolute
    Layout layout = Layout::Pixetric;
    QString up;       // the SQL that applies it
    QString down;     // the SQL that reverts it; empty when the file has none
    bool hasDown = false;
    // False when the file asks to run outside a transaction (dbmate's "transaction:false").
    bool transactional = true;
    int upLine = 1;   // the line of the file the up part starts on
    QString checksum; // SHA-256 of the up part, hex

    QString displayName() const { return version + QLatin1Char(' ') + name; }
};

// A folder of migrations in one of the layouts above, ordered by version (numerically, part by
// part: 1.10 comes after 1.9). Reading never throws and never stops at the first bad file:
// problems are listed, and a set with problems is not run.
//
// No thread affinity; reading touches the file system only.
class MigrationSet
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationSet)

public:
    static MigrationSet read(const QString &folder);
    // Reads one file's text as it would be read from a folder (for tests and for the editor).
    static bool parseText(const QString &fileName, const QByteArray &bytes, MigrationFile *file, QString *problem);

    // <0, 0, >0 as a sorts before, with or after b.
    static int compareVersions(const QString &a, const QString &b);
    static QString checksumOf(const QString &sql);

    QString folder;
    QList<MigrationFile> files;
    QStringList problems; // each says which file and what to do
    bool isUsable() const { return problems.isEmpty(); }
    const MigrationFile *find(const QString &version) const;
};

} // namespace Pixetric
