#pragma once

// Internals shared by the local fabric engine's source files.

#include "fabricregistry.h"
#include "localfabricengine.h"
#include "pgcluster.h"
#include "pgsession.h"

#include <QHash>
#include <QLockFile>

#include <memory>

namespace Pixetric {

// The running operation an action reports to: progress goes to the registry (throttled) and to
// the caller's callback; the journal records each step before it starts.
class OperationContext
{
public:
    OperationContext(FabricRegistry &registry, OperationInfo operation, LocalFabricEngine::Progress progress);

    qint64 id() const { return m_operation.id; }
    void progress(double fraction, const QString &step);
    // Writes a journal step; false when the registry cannot be written (the action must stop).
    QString journal(const QString &action, const QString &payload = {});
    // Marks the end: done on an empty error, else failed (or rolled back when rolledBack).
    void finish(const QString &error, bool rolledBack = false);
    const OperationInfo &info() const { return m_operation; }

private:
    FabricRegistry &m_registry;
    OperationInfo m_operation;
    LocalFabricEngine::Progress m_callback;
    qint64 m_lastWrite = 0;
};

struct LocalFabricEngine::Private
{
    QString directory;
    FabricRegistry registry;
    PgInstallation installation;
    std::unique_ptr<QLockFile> lock;
    int lockDepth = 0;
    bool startNewBranches = true;
    mutable QHash<QString, QString> settingsCache;
    int reflink = -1; // unknown, 0, 1: whether branches/ supports FICLONE

    // Supervisor state: one monitoring session per running compute and the session counter seen.
    struct Monitor
    {
        std::unique_ptr<PgSession> session;
        qint64 sessions = -1;
    };
    QHash<qint64, std::shared_ptr<Monitor>> monitors;

    // Paths inside the fabric folder.
    QString absolute(const QString &relative) const;
    QString branchesFolder() const;
    QString logFile(qint64 branchId) const;
    QString socketFolder() const;
    ClusterEndpoint endpoint(const BranchRecord &branch) const;
    PgCluster cluster(const BranchRecord &branch) const;
    PgCluster clusterAt(const QString &dataDirectory) const;

    // Settings of the fabric.
    QString superuser() const;
    QString password() const;
    QString database() const;
    ConnectionInfo connection(const BranchRecord &branch) const;

    // The registry's rows by name (case-blind) or id.
    bool find(const QString &name, BranchRecord *out, QString *error) const;
    bool findId(qint64 id, BranchRecord *out) const;

    // Takes fabric.lock (waiting up to timeoutMs); nested calls count. An empty string on success.
    QString lockFabric(int timeoutMs);
    void unlockFabric();

    // Runs body as a recorded operation under the fabric lock.
    QString run(const QString &kind, const QString &branch, const QStringList &arguments, qint64 operationId,
                const LocalFabricEngine::Progress &progress, const std::function<QString(OperationContext &)> &body);

    // Branch building blocks (localfabricbranching.cpp).
    QString makeFolders();
    int allocatePort() const;
    QString newDataFolderName() const;
    struct CloneResult
    {
        QString method;
        QString lsn;
        QString error;
    };
    CloneResult cloneInto(const BranchRecord &parent, const QString &target, OperationContext &op, double from, double to);
    QString startCluster(BranchRecord &branch);
    QString stopCluster(BranchRecord &branch, const QString &mode);
    QString removeFolder(const QString &folder);

    // Recovery after a crash (localfabricrecovery.cpp).
    void recover();
    void recoverOperation(const OperationInfo &operation);
    void removeOrphans();
};

} // namespace Pixetric
