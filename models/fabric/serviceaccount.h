#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Pixetric {

// The account PostgreSQL's programs run as. PostgreSQL refuses to run as root, so when this
// process is root (containers, CI) every server program runs as "postgres" and the files it
// needs are handed to that account, as Debian's pg_ctlcluster does; otherwise programs run as
// the current user and nothing is handed over.
//
// Programs started here die with this process (Linux: a parent-death signal), so a killed
// action leaves no initdb or base backup writing on behind it.
// Thread-safe; blocking where it waits for a program.
class ServiceAccount
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::ServiceAccount)

public:
    // True when this process is root and programs therefore run as name().
    static bool isUsed();
    static QString name() { return QStringLiteral("postgres"); }

    // Makes path (a file or folder, recursively when a folder) owned by the account when it is
    // used; does nothing otherwise. An empty string on success, else a message.
    static QString handOver(const QString &path, bool recursive = true);
    // Whether the account can reach (search) folder; always true when it is not used.
    static bool canReach(const QString &folder);

    // Starts exe in process as the account (when used), in the file system's root folder.
    static void start(QProcess &process, const QString &exe, const QStringList &arguments);
    // Stops a program that overran its time: politely first, then with SIGKILL.
    static void stop(QProcess &process);
    // Runs exe to its end; an empty string on success, else a message with the program's output.
    // environment: empty for ours.
    static QString run(const QString &exe, const QStringList &arguments, const QProcessEnvironment &environment,
                       QString *output, int timeoutMs);

    // Kills (SIGKILL) every program other than a server whose command line names folder — a
    // base backup or initdb left behind by a process that was killed — and waits until they are
    // gone. Returns how many there were. Linux only (reads /proc); elsewhere does nothing.
    static int killProgramsWorkingIn(const QString &folder);
};

// The last count lines of text, for messages that must stay readable.
QString lastLines(const QString &text, int count);

} // namespace Pixetric
