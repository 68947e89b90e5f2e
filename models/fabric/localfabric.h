#pragma once

#include "fabric.h"

#include <QHash>
#include <QThread>

namespace Pixetric {

class LocalFabricWorker;

// The local fabric behind the Fabric interface: a LocalFabricEngine on a worker thread of its
// own. Actions queue there and run one after the other; the branch list is re-read every
// second (and after every action), so changes made by other programs on the same fabric — the
// CLI, another window — show up without a refresh. While the window is open, idle computes are
// suspended here (see LocalFabricEngine::suspendIdleComputes).
//
// Thread affinity: create, use and destroy on the GUI thread; it never blocks it.
class LocalFabric : public Fabric
{
    Q_OBJECT

public:
    struct Options
    {
        QString directory;          // empty: LocalFabricEngine::resolveDirectory({})
        bool initializeIfEmpty = false; // make a seeded "main" when the fabric has no branches
        int pollIntervalMs = 1000;
        int superviseIntervalMs = 10000;
    };

    explicit LocalFabric(const Options &options, QObject *parent = nullptr);
    ~LocalFabric() override;

    QString directory() const { return m_directory; }

    QString displayName() const override;
    bool isReady() const override { return m_ready; }
    QList<BranchInfo> branches() const override { return m_branches; }
    QList<OperationInfo> operations() const override { return m_operations; }
    ConnectionInfo connectionInfo(const QString &branch) const override;

    void createBranch(const QString &name, const QString &parent) override;
    void resetBranch(const QString &name) override;
    void deleteBranch(const QString &name, bool recursive = false) override;
    void renameBranch(const QString &name, const QString &newName) override;
    void setProtected(const QString &name, bool on) override;
    void setDefault(const QString &name) override;
    void startCompute(const QString &name) override;
    void suspendCompute(const QString &name) override;
    void setAutoSuspend(const QString &name, int seconds) override;
    void retryOperation(qint64 id) override;
    QString checkNewBranchName(const QString &name) const override;

private:
    void submit(const QString &kind, const QString &branch, const QStringList &arguments);
    void onSnapshot(const QList<Pixetric::BranchInfo> &branches, const QHash<QString, Pixetric::ConnectionInfo> &connections,
                    const QList<Pixetric::OperationInfo> &operations);
    void onOperation(const Pixetric::OperationInfo &operation);

    QString m_directory;
    QThread m_thread;
    LocalFabricWorker *m_worker = nullptr; // lives on m_thread
    bool m_ready = false;
    QList<BranchInfo> m_branches;
    QList<OperationInfo> m_operations;
    QHash<QString, ConnectionInfo> m_connections;
};

} // namespace Pixetric
