#pragma once

#include "migrationset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// One thing a migration does that can hurt a live database, and what to do instead.
struct LintFinding
{
    enum class Severity {
        Danger, // blocks a busy table, rewrites it or loses data
        Advice, // works, but a later change or a growing table will hurt
    };

    QString rule;      // the rule's name, as written in a silencing comment
    Severity severity = Severity::Danger;
    QString fileName;  // the migration file, relative to its folder
    QString version;
    int line = 1;      // of the statement, in the file
    QString statement; // its first line, shortened
    QString object;    // the table (or index, type …) it is about
    QString lock;      // the lock it takes and on what ("ACCESS EXCLUSIVE on orders"); empty: none worth a word
    bool rewrite = false; // the table's storage is written anew
    QString dataLoss;  // what data is lost; empty: none
    QString problem;   // what happens, for people
    QString safer;     // the safe alternative, for people

    static QString severityName(Severity severity);
    QJsonObject toJson() const;
    QString toText() const; // a few lines for a terminal or a report
};

struct LintRule
{
    QString name;
    LintFinding::Severity severity;
    QString summary; // one line, for people
};

struct LintOptions
{
    int serverVersion = 170000; // server_version_num of the database the migrations will run on
    // What the runner sets for the whole run (MigrationRunOptions); -1: nothing, so the files
    // have to set them themselves.
    int lockTimeoutMs = -1;
    int statementTimeoutMs = -1;
};

struct LintReport
{
    QList<LintFinding> findings;
    QStringList problems; // files whose text the grammar rejected, where it stopped
    int files = 0;        // files checked
    int statements = 0;   // statements checked
    int silenced = 0;     // findings a comment asked to leave out

    int dangerCount() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Checks migrations for the operations that hurt a live PostgreSQL: long ACCESS EXCLUSIVE locks,
// table rewrites, validation scans under a lock, lost data, renames that break running code,
// and types that will have to change later. Statements are read with libpg_query (PostgreSQL's
// own grammar), and verdicts that depend on the server version take it from the options.
// A finding is silenced for one statement by a comment before it or inside it:
//     -- pixetric-lint: ignore creating-index-blocking-writes, missing-lock-timeout
//     -- pixetric-lint: ignore          (every rule)
// Tables created earlier in the same set are new and empty: locking them hurts nobody.
//
// Pure CPU work; no thread affinity.
class MigrationLinter
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationLinter)

public:
    static QList<LintRule> rules();
    static LintReport lint(const QList<MigrationFile> &files, const LintOptions &options = {});
    // "15.4" for 150004, "9.6" for 90624.
    static QString versionName(int serverVersion);
};

} // namespace Pixetric
