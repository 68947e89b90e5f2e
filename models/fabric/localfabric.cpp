#include "localfabric.h"

#include "localfabricengine.h"
#include "localfabricworker.h"

#include <QDir>

namespace Pixetric {

LocalFabric::LocalFabric(const Options &options, QObject *parent)
    : Fabric(parent)
{
    Options resolved = options;
    resolved.directory = LocalFabricEngine::resolveDirectory(options.directory);
    m_directory = resolved.directory;
    qRegisterMetaType<QHash<QString, ConnectionInfo>>();
    qRegisterMetaType<QList<OperationInfo>>();

    m_worker = new LocalFabricWorker(resolved);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LocalFabricWorker::snapshotReady, this, &LocalFabric::onSnapshot);
    connect(m_worker, &LocalFabricWorker::operationChanged, this, &LocalFabric::onOperation);
    connect(m_worker, &LocalFabricWorker::failed, this, &Fabric::fabricFailed);
    m_thread.setObjectName(QStringLiteral("pixetric-fabric"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &LocalFabricWorker::start, Qt::QueuedConnection);
}

LocalFabric::~LocalFabric()
{
    // An action that is running finishes first: stopping it half-way would only leave work for
    // the next opening's recovery.
    m_thread.quit();
    m_thread.wait();
}

QString LocalFabric::displayName() const
{
    return tr("Local fabric — %1").arg(QDir::toNativeSeparators(m_directory));
}

ConnectionInfo LocalFabric::connectionInfo(const QString &branch) const
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it.key().compare(branch, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

void LocalFabric::submit(const QString &kind, const QString &branch, const QStringList &arguments)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, kind, branch, arguments] {
        worker->runAction(kind, branch, arguments);
    }, Qt::QueuedConnection);
}

void LocalFabric::createBranch(const QString &name, const QString &parent) { submit(QStringLiteral("create"), name, {parent}); }
void LocalFabric::resetBranch(const QString &name) { submit(QStringLiteral("reset"), name, {}); }

void LocalFabric::deleteBranch(const QString &name, bool recursive)
{
    submit(QStringLiteral("delete"), name, recursive ? QStringList{QStringLiteral("recursive")} : QStringList{});
}

void LocalFabric::renameBranch(const QString &name, const QString &newName) { submit(QStringLiteral("rename"), name, {newName}); }

void LocalFabric::setProtected(const QString &name, bool on)
{
    submit(on ? QStringLiteral("protect") : QStringLiteral("unprotect"), name, {});
}

void LocalFabric::setDefault(const QString &name) { submit(QStringLiteral("set-default"), name, {}); }
void LocalFabric::startCompute(const QString &name) { submit(QStringLiteral("start"), name, {}); }
void LocalFabric::suspendCompute(const QString &name) { submit(QStringLiteral("suspend"), name, {}); }

void LocalFabric::setAutoSuspend(const QString &name, int seconds)
{
    submit(QStringLiteral("auto-suspend"), name, {QString::number(seconds)});
}

void LocalFabric::retryOperation(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->retry(id); }, Qt::QueuedConnection);
}

QString LocalFabric::checkNewBranchName(const QString &name) const
{
    if (const QString problem = FabricRegistry::checkBranchName(name); !problem.isEmpty())
        return problem;
    bool found = false;
    const BranchInfo existing = branch(name, &found);
    if (found)
        return LocalFabricEngine::tr("A branch called “%1” exists already (names are compared without case). Choose another name.")
            .arg(existing.name);
    return {};
}

void LocalFabric::onSnapshot(const QList<BranchInfo> &branches, const QHash<QString, ConnectionInfo> &connections,
                             const QList<OperationInfo> &operations)
{
    const bool wasReady = m_ready;
    m_branches = branches;
    m_connections = connections;
    // Operations another program ran (or that changed in the registry) are reported too.
    QHash<qint64, OperationInfo> known;
    for (const OperationInfo &op : std::as_const(m_operations))
        known.insert(op.id, op);
    m_operations = operations;
    for (const OperationInfo &op : operations) {
        const auto it = known.constFind(op.id);
        if (it == known.constEnd() || it->state != op.state || it->progress != op.progress || it->step != op.step)
            Q_EMIT operationChanged(op);
    }
    m_ready = true;
    Q_EMIT branchesChanged();
    if (!wasReady)
        Q_EMIT readyChanged(true);
}

void LocalFabric::onOperation(const OperationInfo &operation)
{
    bool replaced = false;
    for (OperationInfo &op : m_operations) {
        if (op.id == operation.id && operation.id != 0) {
            op = operation;
            replaced = true;
        }
    }
    if (!replaced)
        m_operations.prepend(operation);
    Q_EMIT operationChanged(operation);
}

} // namespace Pixetric
