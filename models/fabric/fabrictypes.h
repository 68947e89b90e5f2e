#pragma once

#include "connectionparams.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pixetric {

// What the UI and the CLI know about one branch, whichever fabric it lives in.
// Plain values, implicitly copyable; safe to pass between threads and through queued signals.

enum class BranchState {
    Creating,  // being made; not usable yet
    Ready,
    Resetting, // being replaced by its parent's current head
    Deleting,
    Failed,    // an operation left it unusable; delete it or retry
};

enum class ComputeState {
    Running,
    Suspended,
    Starting,
    Stopping,
    Failed, // stopped unexpectedly (crash) or could not start
};

struct BranchInfo
{
    QString name;
    QString parent; // empty for the root branch
    BranchState state = BranchState::Creating;
    ComputeState compute = ComputeState::Suspended;
    qint64 sizeBytes = -1; // logical size of the branch's data; -1 while unknown
    QDateTime createdAt;   // UTC
    QString branchLsn;     // the parent's LSN the branch starts from ("0/3000028"); empty for a root
    QDateTime branchTime;  // when the branch point was taken (UTC)
    bool isProtected = false;
    bool isDefault = false;
    QString cloneMethod;   // initdb, import, reflink, copy, basebackup
    int port = 0;          // stable for the branch's whole life
    QString socketDirectory;
    int autoSuspendSeconds = 300; // 0: never suspended for idleness
    QString serverVersion; // "15.20"
    QString computeMessage; // why the compute failed, when it did

    bool isRoot() const { return parent.isEmpty(); }
};

struct OperationInfo
{
    enum class State { Pending, Running, Done, Failed, RolledBack };

    qint64 id = 0;
    QString kind;       // init, create, reset, delete, rename, protect, unprotect, set-default,
                        // start, suspend, auto-suspend
    QString branch;
    QStringList arguments; // what retry needs: the parent for create, the new name for rename, …
    State state = State::Pending;
    double progress = 0; // 0…1
    QString step;        // what it is doing now, for people
    QString error;       // for people; empty unless Failed
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFinished() const { return state == State::Done || state == State::Failed || state == State::RolledBack; }
};

// How to reach a branch's compute.
struct ConnectionInfo
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString socketDirectory;
    QString user;
    QString password;
    QString database;

    bool isValid() const { return port > 0 && !user.isEmpty(); }
    // "postgresql://user:password@127.0.0.1:port/database?sslmode=disable": psql and pgbench
    // take it as it is. Every part is percent-encoded where needed.
    QString uri(bool withPassword = true) const;
    // libpq parameters over TCP (or the Unix socket when viaSocket).
    ConnectionParams params(const QString &applicationName = {}, bool viaSocket = false) const;
};

QString toString(BranchState state);
QString toString(ComputeState state);
QString toString(OperationInfo::State state);
BranchState branchStateFromString(const QString &text);
ComputeState computeStateFromString(const QString &text);
OperationInfo::State operationStateFromString(const QString &text);

// Translated words for the UI ("running", "suspended", …).
QString displayName(BranchState state);
QString displayName(ComputeState state);
QString displayName(OperationInfo::State state);

void registerFabricMetaTypes();

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::BranchInfo)
Q_DECLARE_METATYPE(Pixetric::OperationInfo)
Q_DECLARE_METATYPE(Pixetric::ConnectionInfo)
