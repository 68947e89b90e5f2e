#include "localfabricworker.h"

#include <QDir>

namespace Pixetric {

namespace {
// Sizes walk every data folder: only every so many polls.
constexpr int SizeEveryPolls = 15;
} // namespace

LocalFabricWorker::LocalFabricWorker(const LocalFabric::Options &options)
    : m_options(options)
{
}

LocalFabricWorker::~LocalFabricWorker() = default;

void LocalFabricWorker::start()
{
    m_engine = std::make_unique<LocalFabricEngine>();
    const QString error = m_engine->open(m_options.directory);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    QString installError;
    if (!m_engine->installation(&installError).isValid()) {
        Q_EMIT failed(installError);
        return;
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(m_options.pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &LocalFabricWorker::refresh);
    m_supervise = new QTimer(this);
    m_supervise->setInterval(m_options.superviseIntervalMs);
    connect(m_supervise, &QTimer::timeout, this, &LocalFabricWorker::supervise);
    // The first look skips sizes (they walk every data folder), so the tree shows at once; the
    // sizes follow right after.
    m_polls = 0;
    refresh();
    m_polls = SizeEveryPolls - 1;
    QTimer::singleShot(0, this, &LocalFabricWorker::refresh);
    if (m_options.initializeIfEmpty && !m_engine->isInitialized()) {
        LocalFabricEngine::InitOptions init;
        init.seedSample = true;
        const QString initError = m_engine->init(init, [this](double fraction, const QString &step) {
            OperationInfo op;
            op.kind = QStringLiteral("init");
            op.branch = QStringLiteral("main");
            op.state = OperationInfo::State::Running;
            op.progress = fraction;
            op.step = step;
            const QList<OperationInfo> recent = m_engine->operations(1);
            if (!recent.isEmpty())
                op.id = recent.first().id;
            Q_EMIT operationChanged(op);
        });
        if (!initError.isEmpty())
            Q_EMIT failed(initError);
        m_polls = SizeEveryPolls - 1;
        refresh();
    }
    m_poll->start();
    m_supervise->start();
}

void LocalFabricWorker::refresh()
{
    if (!m_engine)
        return;
    const bool withSizes = ++m_polls >= SizeEveryPolls;
    if (withSizes)
        m_polls = 0;
    QString error;
    QList<BranchInfo> branches = m_engine->branches(&error, withSizes);
    QHash<QString, ConnectionInfo> connections;
    for (BranchInfo &b : branches) {
        if (withSizes)
            m_sizes.insert(b.name, b.sizeBytes);
        else
            b.sizeBytes = m_sizes.value(b.name, -1);
        connections.insert(b.name, m_engine->connectionInfo(b));
    }
    Q_EMIT snapshotReady(branches, connections, m_engine->operations(200));
}

void LocalFabricWorker::supervise()
{
    if (!m_engine)
        return;
    if (!m_supervisorLock) {
        m_supervisorLock = std::make_unique<QLockFile>(QDir(m_engine->directory()).filePath(QStringLiteral("supervisor.lock")));
        m_supervisorLock->setStaleLockTime(0);
    }
    // One supervisor per fabric: a command-line supervisor may hold it already.
    if (!m_supervisorLock->isLocked())
        LocalFabricEngine::clearAbandonedLock(m_supervisorLock->fileName());
    if (!m_supervisorLock->isLocked() && !m_supervisorLock->tryLock(0))
        return;
    if (m_engine->suspendIdleComputes() > 0)
        refresh();
}

void LocalFabricWorker::runAction(const QString &kind, const QString &branch, const QStringList &arguments)
{
    if (!m_engine)
        return;
    QString error;
    const qint64 id = m_engine->recordOperation(kind, branch, arguments, &error);
    if (id == 0) {
        OperationInfo op;
        op.kind = kind;
        op.branch = branch;
        op.state = OperationInfo::State::Failed;
        op.error = error;
        Q_EMIT operationChanged(op);
        return;
    }
    execute(id);
}

void LocalFabricWorker::retry(qint64 operationId)
{
    if (m_engine)
        execute(operationId);
}

void LocalFabricWorker::execute(qint64 operationId)
{
    OperationInfo op;
    const QList<OperationInfo> recent = m_engine->operations(200);
    for (const OperationInfo &candidate : recent) {
        if (candidate.id == operationId)
            op = candidate;
    }
    op.id = operationId;
    op.state = OperationInfo::State::Running;
    op.progress = 0;
    op.error.clear();
    Q_EMIT operationChanged(op);
    m_engine->runOperation(operationId, [&](double fraction, const QString &step) {
        op.progress = fraction;
        op.step = step;
        Q_EMIT operationChanged(op);
    });
    refresh();
}

} // namespace Pixetric
