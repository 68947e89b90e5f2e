#pragma once

#include "fabricregistry.h"
#include "fabrictypes.h"
#include "pgbinaries.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace Pixetric {

// The local fabric's actions, synchronous: a folder with one SQLite registry and one
// PostgreSQL cluster per branch (see DESIGN §1).
//
// Layout of a fabric folder:
//   registry.sqlite        branches, operations, journal, settings (mode 0600)
//   fabric.lock            held while an action changes the fabric (QLockFile; a dead holder's
//                          lock is taken over)
//   branches/<id>/         the data folder of branch <id> (owned by the service account as root)
//   branches/<id>.new|.old|.trash   transient folders of reset and delete
//   logs/<id>.log          server log of branch <id>
//   run/                   Unix sockets (.s.PGSQL.<port>), when the path is short enough;
//                          else a folder under the system's temporary folder
//
// Every multi-step action is journaled in the registry before each step, so open() after a
// crash finishes or undoes it: no orphan folder, no orphan server, no half-made branch ready.
//
// Blocking: every call may run server programs and wait for them. Use it on a worker thread
// (LocalFabric does) or in the CLI, never on the GUI thread. Thread affinity: the thread that
// called open(); one engine per thread. Several engines, also in other processes, may use one
// fabric at the same time: changes take fabric.lock, reads do not.
//
// Errors are values: every action returns an empty string on success, else a message for
// people that says what to do.
class LocalFabricEngine
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::LocalFabricEngine)

public:
    // Reports progress of an action: fraction 0…1 and the current step, for people.
    using Progress = std::function<void(double fraction, const QString &step)>;

    struct InitOptions
    {
        QString importConninfo; // empty: a fresh initdb
        bool seedSample = false; // fresh main only: the sample shop database
        int jobs = 2;           // parallel pg_dump/pg_restore jobs for an import
        QString database = QStringLiteral("app"); // the database connection strings name
    };

    LocalFabricEngine();
    ~LocalFabricEngine();
    LocalFabricEngine(const LocalFabricEngine &) = delete;
    LocalFabricEngine &operator=(const LocalFabricEngine &) = delete;

    // The folder used when neither --fabric nor $PIXETRIC_FABRIC names one: the platform's
    // application data folder (…/fabric); as root /var/lib/pixetric/fabric, which the service
    // account can reach.
    static QString defaultDirectory();
    // --fabric, else $PIXETRIC_FABRIC, else defaultDirectory().
    static QString resolveDirectory(const QString &explicitDirectory);

    // Opens (creating the folder and registry when needed) and recovers interrupted actions
    // when recover is true and no other process is changing the fabric right now.
    QString open(const QString &directory, bool recover = true);
    QString directory() const { return m_directory; }
    bool isInitialized() const; // has a root branch
    // The PostgreSQL installation the fabric runs (found once, then remembered per fabric).
    PgInstallation installation(QString *error = nullptr);

    // Creates the root branch "main": fresh (optionally seeded) or imported.
    QString init(const InitOptions &options, const Progress &progress = {});

    // Each action below records an operation in the registry (so every client's operations
    // panel shows it) unless operationId names one recorded already with recordOperation().
    QString createBranch(const QString &name, const QString &parent, const Progress &progress = {},
                         qint64 operationId = 0);
    QString deleteBranch(const QString &name, bool recursive, const Progress &progress = {}, qint64 operationId = 0);
    QString resetBranch(const QString &name, const Progress &progress = {}, qint64 operationId = 0);
    QString renameBranch(const QString &name, const QString &newName, qint64 operationId = 0);
    QString setProtected(const QString &name, bool on, qint64 operationId = 0);
    QString setDefault(const QString &name, qint64 operationId = 0);
    QString startCompute(const QString &name, qint64 operationId = 0);
    QString suspendCompute(const QString &name, qint64 operationId = 0);
    QString setAutoSuspend(const QString &name, int seconds, qint64 operationId = 0);
    // Gives name the data of other, and other the data of name: each keeps its own endpoint
    // (port, socket), settings and place in the tree; other is renamed to otherNewName unless
    // that is empty. Both computes stop for the swap, and name's starts again if it ran. The
    // swap, the rename and notes (key → value, as setNote()) are one registry transaction: after
    // a crash both branches are wholly swapped, notes written, or all is as it was.
    QString swapBranchData(const QString &name, const QString &other, const QString &otherNewName,
                           const QHash<QString, QString> &notes = {}, const Progress &progress = {}, qint64 operationId = 0);

    // Small records other libraries keep with the fabric under keys of their own (a preview
    // branch's fork point); an empty value removes one. setNote() returns an empty string on
    // success, else what went wrong.
    QString note(const QString &key) const;
    QString setNote(const QString &key, const QString &value);

    // Whether createBranch() starts the new branch's compute (the default) or leaves it suspended.
    void setStartNewBranches(bool on);

    // Records a pending operation (for clients that show it before it runs).
    qint64 recordOperation(const QString &kind, const QString &branch, const QStringList &arguments,
                           QString *error = nullptr);
    // Runs a recorded operation by its kind and arguments (used for retry, too).
    QString runOperation(qint64 operationId, const Progress &progress = {});

    // The branch tree, parents before children; the compute state is read from the servers'
    // pid files. Sizes only when withSizes (walks the data folders).
    QList<BranchInfo> branches(QString *error = nullptr, bool withSizes = false) const;
    bool branch(const QString &name, BranchInfo *out, QString *error = nullptr) const;
    QList<OperationInfo> operations(int limit = 200, QString *error = nullptr) const;
    ConnectionInfo connectionInfo(const QString &name, QString *error = nullptr) const;
    // The same for a branch just listed by branches(), without reading the registry again.
    ConnectionInfo connectionInfo(const BranchInfo &branch) const;
    QString checkNewBranchName(const QString &name) const;

    // Suspends every running compute idle for longer than its auto-suspend time (client
    // sessions with application_name "pixetric-monitor" do not count as activity).
    // Returns how many were suspended. For the supervisor: call every few seconds.
    int suspendIdleComputes(QString *error = nullptr);
    // Whether any compute of the fabric runs.
    bool anyComputeRunning() const;

    // QLockFile leaves an empty lock file when its process is killed between creating and
    // writing it; such a file names no holder, so it would never count as stale. Removes
    // lockFile when it is like that and older than a few seconds. Call before tryLock().
    static void clearAbandonedLock(const QString &lockFile);

    // Stops every compute of the fabric (immediate when fast is false… for tests and shutdown).
    QString stopAll(const QString &mode = QStringLiteral("fast"));

private:
    QString initRoot(const InitOptions &options, struct BranchRecord &root, class OperationContext &op);

    struct Private;
    std::unique_ptr<Private> d;
    QString m_directory;
};

} // namespace Pixetric
