#pragma once

#include "localfabric.h"
#include "localfabricengine.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Pixetric {

// LocalFabric's other half: owns the engine on the worker thread, runs the queued actions one
// after the other, re-reads the registry on a timer and suspends idle computes.
// Thread affinity: the worker thread (moved there by LocalFabric); talks through signals only.
class LocalFabricWorker : public QObject
{
    Q_OBJECT

public:
    explicit LocalFabricWorker(const LocalFabric::Options &options);
    ~LocalFabricWorker() override;

    void start();
    void runAction(const QString &kind, const QString &branch, const QStringList &arguments);
    void retry(qint64 operationId);

Q_SIGNALS:
    void snapshotReady(const QList<Pixetric::BranchInfo> &branches,
                       const QHash<QString, Pixetric::ConnectionInfo> &connections,
                       const QList<Pixetric::OperationInfo> &operations);
    void operationChanged(const Pixetric::OperationInfo &operation);
    void failed(const QString &message);

private:
    void refresh();
    void supervise();
    void execute(qint64 operationId);

    LocalFabric::Options m_options;
    std::unique_ptr<LocalFabricEngine> m_engine;
    QTimer *m_poll = nullptr;
    QTimer *m_supervise = nullptr;
    std::unique_ptr<QLockFile> m_supervisorLock;
    QHash<QString, qint64> m_sizes;
    int m_polls = 0;
};

} // namespace Pixetric
