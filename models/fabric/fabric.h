#pragma once

#include "fabrictypes.h"

#include <QObject>

namespace Pixetric {

// Where branches come from. Everything above the fabric library talks to this interface only,
// so the local fabric and the Neon fabric are interchangeable.
//
// Every action is asynchronous: it returns at once, runs as an operation, and reports through
// operationChanged() (queued, pending, running with progress, done / failed / rolled back) and
// branchesChanged(). Refusals (a bad name, a protected branch) arrive as a failed operation with
// a message that says what to do.
//
// Thread affinity: create, use and destroy on one thread (the GUI thread); implementations do
// their work elsewhere and never block the caller.
class Fabric : public QObject
{
    Q_OBJECT

public:
    explicit Fabric(QObject *parent = nullptr);
    ~Fabric() override;

    // "Local fabric — /home/ann/.local/share/…" / "Neon project …".
    virtual QString displayName() const = 0;
    // True once the first list of branches has arrived.
    virtual bool isReady() const = 0;

    // The latest known branch tree (parents before children) and operations (newest first).
    virtual QList<BranchInfo> branches() const = 0;
    virtual QList<OperationInfo> operations() const = 0;
    BranchInfo branch(const QString &name, bool *found = nullptr) const;
    // Children of name, in tree order.
    QStringList children(const QString &name) const;

    // Empty when the branch is unknown.
    virtual ConnectionInfo connectionInfo(const QString &branch) const = 0;

    virtual void createBranch(const QString &name, const QString &parent) = 0;
    virtual void resetBranch(const QString &name) = 0;
    virtual void deleteBranch(const QString &name, bool recursive = false) = 0;
    virtual void renameBranch(const QString &name, const QString &newName) = 0;
    virtual void setProtected(const QString &name, bool on) = 0;
    virtual void setDefault(const QString &name) = 0;
    virtual void startCompute(const QString &name) = 0;
    virtual void suspendCompute(const QString &name) = 0;
    virtual void setAutoSuspend(const QString &name, int seconds) = 0;
    // Runs a failed operation again with the same arguments.
    virtual void retryOperation(qint64 id) = 0;

    // Why name cannot name a new branch here (syntax or a duplicate), or an empty string.
    virtual QString checkNewBranchName(const QString &name) const = 0;

Q_SIGNALS:
    void readyChanged(bool ready);
    void branchesChanged();
    void operationChanged(const Pixetric::OperationInfo &operation);
    // The fabric itself cannot be used (cannot be opened, newer registry, no binaries).
    void fabricFailed(const QString &message);
};

} // namespace Pixetric
