#include "localfabricengine.h"

#include "filecloner.h"
#include "localfabricengine_p.h"
#include "logging.h"
#include "namedsql.h"
#include "serviceaccount.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace Pixetric {

namespace {

// Unix socket paths are limited to about 107 bytes; keep ours well below.
constexpr int MaxSocketPath = 100;

} // namespace

// ---- OperationContext ---------------------------------------------------------------------

OperationContext::OperationContext(FabricRegistry &registry, OperationInfo operation, LocalFabricEngine::Progress progress)
    : m_registry(registry)
    , m_operation(std::move(operation))
    , m_callback(std::move(progress))
{
}

void OperationContext::progress(double fraction, const QString &step)
{
    const bool stepChanged = step != m_operation.step;
    m_operation.progress = std::clamp(fraction, 0.0, 1.0);
    m_operation.step = step;
    // The registry hears of it at most five times a second (other clients poll it).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (stepChanged || now - m_lastWrite >= 200) {
        m_lastWrite = now;
        m_registry.updateOperation(m_operation);
    }
    if (m_callback)
        m_callback(m_operation.progress, step);
}

QString OperationContext::journal(const QString &action, const QString &payload)
{
    return m_registry.journal(m_operation.id, action, payload);
}

void OperationContext::finish(const QString &error, bool rolledBack)
{
    m_operation.error = error;
    if (error.isEmpty()) {
        m_operation.state = OperationInfo::State::Done;
        m_operation.progress = 1;
        m_operation.step.clear();
    } else {
        m_operation.state = rolledBack ? OperationInfo::State::RolledBack : OperationInfo::State::Failed;
    }
    m_registry.updateOperation(m_operation);
}

// ---- Private: paths and settings -----------------------------------------------------------

QString LocalFabricEngine::Private::absolute(const QString &relative) const
{
    return QDir::isAbsolutePath(relative) ? relative : QDir(directory).filePath(relative);
}

QString LocalFabricEngine::Private::branchesFolder() const
{
    return QDir(directory).filePath(QStringLiteral("branches"));
}

QString LocalFabricEngine::Private::logFile(qint64 branchId) const
{
    return QDir(directory).filePath(QStringLiteral("logs/%1.log").arg(branchId));
}

QString LocalFabricEngine::Private::socketFolder() const
{
    const QString inside = QDir(directory).filePath(QStringLiteral("run"));
    if (inside.toLocal8Bit().size() + int(sizeof("/.s.PGSQL.65535")) <= MaxSocketPath)
        return inside;
    // Too long for a socket path: a folder under the system's temporary folder, named after
    // the fabric so that it stays the same for the fabric's whole life.
    const QByteArray hash = QCryptographicHash::hash(directory.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir::temp().filePath(QStringLiteral("pixetric-") + QString::fromLatin1(hash));
}

ClusterEndpoint LocalFabricEngine::Private::endpoint(const BranchRecord &branch) const
{
    return ClusterEndpoint{branch.port, socketFolder()};
}

PgCluster LocalFabricEngine::Private::cluster(const BranchRecord &branch) const
{
    return PgCluster(installation, absolute(branch.dataDirectory));
}

PgCluster LocalFabricEngine::Private::clusterAt(const QString &dataDirectory) const
{
    return PgCluster(installation, dataDirectory);
}

QString LocalFabricEngine::Private::superuser() const
{
    // Set once by init(); read for every branch listed, so kept.
    QString &cached = settingsCache[QStringLiteral("superuser")];
    if (cached.isEmpty())
        cached = registry.setting(QStringLiteral("superuser"), QStringLiteral("pixetric"));
    return cached;
}

QString LocalFabricEngine::Private::password() const
{
    // Set once by init(); read for every branch listed, so kept.
    QString &cached = settingsCache[QStringLiteral("password")];
    if (cached.isEmpty())
        cached = registry.setting(QStringLiteral("password"));
    return cached;
}

QString LocalFabricEngine::Private::database() const
{
    // Set once by init(); read for every branch listed, so kept.
    QString &cached = settingsCache[QStringLiteral("database")];
    if (cached.isEmpty())
        cached = registry.setting(QStringLiteral("database"), QStringLiteral("app"));
    return cached;
}

ConnectionInfo LocalFabricEngine::Private::connection(const BranchRecord &branch) const
{
    ConnectionInfo info;
    info.port = branch.port;
    info.socketDirectory = socketFolder();
    info.user = superuser();
    info.password = password();
    info.database = database();
    return info;
}

bool LocalFabricEngine::Private::find(const QString &name, BranchRecord *out, QString *error) const
{
    QString readError;
    const QList<BranchRecord> all = registry.branches(&readError);
    for (const BranchRecord &b : all) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0) {
            *out = b;
            return true;
        }
    }
    if (error) {
        *error = readError.isEmpty()
                     ? LocalFabricEngine::tr("There is no branch called “%1”. “pixetric branch list” shows the branches.").arg(name)
                     : readError;
    }
    return false;
}

bool LocalFabricEngine::Private::findId(qint64 id, BranchRecord *out) const
{
    const QList<BranchRecord> all = registry.branches();
    for (const BranchRecord &b : all) {
        if (b.id == id) {
            *out = b;
            return true;
        }
    }
    return false;
}

QString LocalFabricEngine::Private::lockFabric(int timeoutMs)
{
    if (lockDepth > 0) {
        ++lockDepth;
        return {};
    }
    const QString lockPath = QDir(directory).filePath(QStringLiteral("fabric.lock"));
    if (!lock) {
        lock = std::make_unique<QLockFile>(lockPath);
        // Only a lock whose holder is gone is taken over, however old it is.
        lock->setStaleLockTime(0);
    }
    // An empty lock file (its maker was killed between creating and writing it) only counts as
    // abandoned after a few seconds, so it is looked at again while waiting.
    QDeadlineTimer deadline(timeoutMs);
    bool locked = false;
    do {
        LocalFabricEngine::clearAbandonedLock(lockPath);
        locked = lock->tryLock(int(std::min<qint64>(deadline.remainingTime(), 500)));
    } while (!locked && !deadline.hasExpired());
    if (!locked) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return LocalFabricEngine::tr("Another program (%1, process %2) is changing this fabric. Try again when it "
                                         "has finished.")
                .arg(app.isEmpty() ? LocalFabricEngine::tr("unknown") : app)
                .arg(pid);
        return LocalFabricEngine::tr("Cannot lock the fabric in %1. Check that its folder may be written to.")
            .arg(QDir::toNativeSeparators(directory));
    }
    lockDepth = 1;
    return {};
}

void LocalFabricEngine::Private::unlockFabric()
{
    if (lockDepth > 0 && --lockDepth == 0)
        lock->unlock();
}

QString LocalFabricEngine::Private::run(const QString &kind, const QString &branch, const QStringList &arguments,
                                        qint64 operationId, const LocalFabricEngine::Progress &progress,
                                        const std::function<QString(OperationContext &)> &body)
{
    OperationInfo op;
    if (operationId > 0 && !registry.operation(operationId, &op))
        operationId = 0;
    if (operationId == 0) {
        QString error;
        const qint64 id = registry.addOperation(kind, branch, arguments, OperationInfo::State::Pending, &error);
        if (id == 0)
            return error;
        registry.operation(id, &op);
    }
    if (const QString error = lockFabric(30000); !error.isEmpty()) {
        OperationContext(registry, op, {}).finish(error);
        return error;
    }
    op.state = OperationInfo::State::Running;
    op.error.clear();
    op.progress = 0;
    registry.updateOperation(op);
    OperationContext context(registry, op, progress);
    const QString error = body(context);
    context.finish(error, false);
    unlockFabric();
    return error;
}

// ---- LocalFabricEngine --------------------------------------------------------------------

void LocalFabricEngine::clearAbandonedLock(const QString &lockFile)
{
    const QFileInfo info(lockFile);
    if (!info.exists() || info.size() > 0 || info.lastModified().secsTo(QDateTime::currentDateTime()) < 5)
        return;
    // Looked at once more right before: a holder that has just written its lock keeps it.
    QFile file(lockFile);
    if (file.open(QIODevice::ReadOnly) && file.size() == 0) {
        file.close();
        qCWarning(lcFabric) << "removing the empty lock file left by a killed process:" << lockFile;
        QFile::remove(lockFile);
    }
}

LocalFabricEngine::LocalFabricEngine()
    : d(std::make_unique<Private>())
{
    registerFabricMetaTypes();
}

LocalFabricEngine::~LocalFabricEngine() = default;

QString LocalFabricEngine::defaultDirectory()
{
    if (ServiceAccount::isUsed())
        return QStringLiteral("/var/lib/pixetric/fabric");
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir(base).filePath(QStringLiteral("pixetric/fabric"));
}

QString LocalFabricEngine::resolveDirectory(const QString &explicitDirectory)
{
    if (!explicitDirectory.isEmpty())
        return QDir(explicitDirectory).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("PIXETRIC_FABRIC");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return defaultDirectory();
}

QString LocalFabricEngine::open(const QString &directory, bool recover)
{
    m_directory = QDir(directory).absolutePath();
    d->directory = m_directory;
    if (const QString error = d->registry.open(m_directory); !error.isEmpty())
        return error;
    if (ServiceAccount::isUsed() && !ServiceAccount::canReach(m_directory))
        return tr("The PostgreSQL servers of this fabric run as the “%1” account, which cannot reach %2. Choose a "
                  "folder it can enter (for example under /var/lib or /srv), or let it through the folders above (chmod o+x).")
            .arg(ServiceAccount::name(), QDir::toNativeSeparators(m_directory));
    const QString bindir = d->registry.setting(QStringLiteral("bindir"));
    if (!bindir.isEmpty()) {
        d->installation = PgBinaries::inspect(bindir);
        if (!d->installation.isValid()) {
            const QString major = d->registry.setting(QStringLiteral("major"));
            return tr("This fabric's branches were made with PostgreSQL %1, whose programs are no longer in %2. Install "
                      "PostgreSQL %1 again (Debian: apt-get install postgresql-%1) to use it.")
                .arg(major, QDir::toNativeSeparators(bindir));
        }
    }
    if (recover && d->installation.isValid()) {
        // Busy means another program is at work on the fabric: it recovers what it finds, or
        // the next program to open the fabric does.
        if (const QString busy = d->lockFabric(0); busy.isEmpty()) {
            d->recover();
            d->unlockFabric();
        } else {
            qCInfo(lcFabric) << "recovery left for later:" << busy;
        }
    }
    return {};
}

bool LocalFabricEngine::isInitialized() const
{
    const QList<BranchRecord> all = d->registry.branches();
    return std::any_of(all.begin(), all.end(), [](const BranchRecord &b) { return b.parentId == 0; });
}

PgInstallation LocalFabricEngine::installation(QString *error)
{
    if (d->installation.isValid())
        return d->installation;
    QString findError;
    d->installation = PgBinaries::find({}, &findError);
    if (!d->installation.isValid() && error)
        *error = findError;
    return d->installation;
}

QString LocalFabricEngine::checkNewBranchName(const QString &name) const
{
    if (const QString problem = FabricRegistry::checkBranchName(name); !problem.isEmpty())
        return problem;
    BranchRecord existing;
    if (d->find(name, &existing, nullptr))
        return tr("A branch called “%1” exists already (names are compared without case). Choose another name.")
            .arg(existing.name);
    return {};
}

QList<BranchInfo> LocalFabricEngine::branches(QString *error, bool withSizes) const
{
    QList<BranchInfo> result;
    const QList<BranchRecord> records = d->registry.branches(error);
    QHash<qint64, QString> names;
    QHash<qint64, QList<qint64>> childrenOf;
    QHash<qint64, const BranchRecord *> byId;
    for (const BranchRecord &b : records) {
        names.insert(b.id, b.name);
        byId.insert(b.id, &b);
        childrenOf[b.parentId].append(b.id);
    }
    const QString sockets = d->socketFolder();
    const QString version = d->installation.version.toString();
    // Parents before children, siblings by creation (id).
    QList<qint64> stack = childrenOf.value(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        const BranchRecord &b = *byId.value(id);
        BranchInfo info;
        info.name = b.name;
        info.parent = names.value(b.parentId);
        info.state = branchStateFromString(b.state);
        info.createdAt = b.createdAt;
        info.branchLsn = b.branchLsn;
        info.branchTime = b.branchTime;
        info.isProtected = b.isProtected;
        info.isDefault = b.isDefault;
        info.cloneMethod = b.cloneMethod;
        info.port = b.port;
        info.socketDirectory = sockets;
        info.autoSuspendSeconds = b.autoSuspendSeconds;
        info.serverVersion = version;
        const ComputeState recorded = computeStateFromString(b.compute);
        const ClusterProcess process = d->cluster(b).process();
        switch (process.status) {
        case ClusterProcess::Status::Running:
            if (recorded == ComputeState::Stopping)
                info.compute = ComputeState::Stopping;
            else
                info.compute = process.acceptingConnections ? ComputeState::Running : ComputeState::Starting;
            break;
        case ClusterProcess::Status::Crashed:
            info.compute = ComputeState::Failed;
            info.computeMessage = tr("The compute stopped unexpectedly. Start it again: its data is recovered on start.");
            break;
        case ClusterProcess::Status::Stopped:
            if (recorded == ComputeState::Starting || recorded == ComputeState::Failed) {
                info.compute = recorded;
                info.computeMessage = b.computeMessage;
            } else {
                info.compute = ComputeState::Suspended;
            }
            break;
        }
        if (withSizes && info.state == BranchState::Ready)
            info.sizeBytes = FileCloner::treeSize(d->absolute(b.dataDirectory));
        result << info;
        QList<qint64> kids = childrenOf.value(id);
        std::reverse(kids.begin(), kids.end());
        stack += kids;
    }
    return result;
}

bool LocalFabricEngine::branch(const QString &name, BranchInfo *out, QString *error) const
{
    BranchRecord record;
    if (!d->find(name, &record, error))
        return false;
    // The list without sizes, then the size of this one branch: the others' folders need no walk.
    const QList<BranchInfo> all = branches(error, false);
    for (const BranchInfo &b : all) {
        if (b.name == record.name) {
            *out = b;
            if (b.state == BranchState::Ready)
                out->sizeBytes = FileCloner::treeSize(d->absolute(record.dataDirectory));
            return true;
        }
    }
    return false;
}

QList<OperationInfo> LocalFabricEngine::operations(int limit, QString *error) const
{
    return d->registry.operations(limit, error);
}

ConnectionInfo LocalFabricEngine::connectionInfo(const QString &name, QString *error) const
{
    BranchRecord record;
    if (!d->find(name, &record, error))
        return {};
    return d->connection(record);
}

void LocalFabricEngine::setStartNewBranches(bool on)
{
    d->startNewBranches = on;
}

ConnectionInfo LocalFabricEngine::connectionInfo(const BranchInfo &branch) const
{
    BranchRecord record;
    record.port = branch.port;
    return d->connection(record);
}

qint64 LocalFabricEngine::recordOperation(const QString &kind, const QString &branch, const QStringList &arguments,
                                          QString *error)
{
    return d->registry.addOperation(kind, branch, arguments, OperationInfo::State::Pending, error);
}

QString LocalFabricEngine::runOperation(qint64 operationId, const Progress &progress)
{
    OperationInfo op;
    if (!d->registry.operation(operationId, &op))
        return tr("Operation %1 is not in this fabric's registry.").arg(operationId);
    const QString &name = op.branch;
    const QString first = op.arguments.value(0);
    if (op.kind == QLatin1String("create"))
        return createBranch(name, first, progress, operationId);
    if (op.kind == QLatin1String("delete"))
        return deleteBranch(name, first == QLatin1String("recursive"), progress, operationId);
    if (op.kind == QLatin1String("reset"))
        return resetBranch(name, progress, operationId);
    if (op.kind == QLatin1String("rename"))
        return renameBranch(name, first, operationId);
    if (op.kind == QLatin1String("protect") || op.kind == QLatin1String("unprotect"))
        return setProtected(name, op.kind == QLatin1String("protect"), operationId);
    if (op.kind == QLatin1String("set-default"))
        return setDefault(name, operationId);
    if (op.kind == QLatin1String("start"))
        return startCompute(name, operationId);
    if (op.kind == QLatin1String("suspend"))
        return suspendCompute(name, operationId);
    if (op.kind == QLatin1String("auto-suspend"))
        return setAutoSuspend(name, first.toInt(), operationId);
    if (op.kind == QLatin1String("swap"))
        return swapBranchData(name, first, op.arguments.value(1), {}, progress, operationId);
    return tr("Operation %1 (%2) cannot be run again.").arg(operationId).arg(op.kind);
}

// ---- Small actions ------------------------------------------------------------------------

QString LocalFabricEngine::renameBranch(const QString &name, const QString &newName, qint64 operationId)
{
    return d->run(QStringLiteral("rename"), name, {newName}, operationId, {}, [&](OperationContext &) -> QString {
        BranchRecord record;
        QString error;
        if (!d->find(name, &record, &error))
            return error;
        if (const QString problem = FabricRegistry::checkBranchName(newName); !problem.isEmpty())
            return problem;
        BranchRecord other;
        if (d->find(newName, &other, nullptr) && other.id != record.id)
            return tr("A branch called “%1” exists already (names are compared without case). Choose another name.")
                .arg(other.name);
        record.name = newName;
        return d->registry.updateBranch(record);
    });
}

QString LocalFabricEngine::setProtected(const QString &name, bool on, qint64 operationId)
{
    return d->run(on ? QStringLiteral("protect") : QStringLiteral("unprotect"), name, {}, operationId, {},
                  [&](OperationContext &) -> QString {
                      BranchRecord record;
                      QString error;
                      if (!d->find(name, &record, &error))
                          return error;
                      record.isProtected = on;
                      return d->registry.updateBranch(record);
                  });
}

QString LocalFabricEngine::setDefault(const QString &name, qint64 operationId)
{
    return d->run(QStringLiteral("set-default"), name, {}, operationId, {}, [&](OperationContext &) -> QString {
        BranchRecord record;
        QString error;
        if (!d->find(name, &record, &error))
            return error;
        if (record.state != QLatin1String("ready"))
            return tr("“%1” is not ready; only a ready branch can be the default.").arg(record.name);
        return d->registry.makeDefault(record.id);
    });
}

QString LocalFabricEngine::setAutoSuspend(const QString &name, int seconds, qint64 operationId)
{
    return d->run(QStringLiteral("auto-suspend"), name, {QString::number(seconds)}, operationId, {},
                  [&](OperationContext &) -> QString {
                      BranchRecord record;
                      QString error;
                      if (!d->find(name, &record, &error))
                          return error;
                      if (seconds < 0)
                          return tr("The idle time before a compute is suspended cannot be negative (0 means never).");
                      record.autoSuspendSeconds = seconds;
                      return d->registry.updateBranch(record);
                  });
}

QString LocalFabricEngine::startCompute(const QString &name, qint64 operationId)
{
    return d->run(QStringLiteral("start"), name, {}, operationId, {}, [&](OperationContext &op) -> QString {
        BranchRecord record;
        QString error;
        if (!d->find(name, &record, &error))
            return error;
        if (record.state != QLatin1String("ready"))
            return tr("“%1” is %2; its compute can start once it is ready.")
                .arg(record.name, displayName(branchStateFromString(record.state)));
        op.progress(0.1, tr("starting the compute"));
        return d->startCluster(record);
    });
}

QString LocalFabricEngine::suspendCompute(const QString &name, qint64 operationId)
{
    return d->run(QStringLiteral("suspend"), name, {}, operationId, {}, [&](OperationContext &op) -> QString {
        BranchRecord record;
        QString error;
        if (!d->find(name, &record, &error))
            return error;
        op.progress(0.1, tr("suspending the compute"));
        return d->stopCluster(record, QStringLiteral("fast"));
    });
}

QString LocalFabricEngine::Private::startCluster(BranchRecord &branch)
{
    PgCluster server = cluster(branch);
    // A server another process started (and perhaps died meanwhile) may still be starting up:
    // it counts once it accepts connections.
    QElapsedTimer waited;
    waited.start();
    ClusterProcess running = server.process();
    while (running.status == ClusterProcess::Status::Running && !running.acceptingConnections && waited.elapsed() < 60000) {
        QThread::msleep(50);
        running = server.process();
    }
    if (running.status == ClusterProcess::Status::Running && running.acceptingConnections) {
        if (branch.compute != QLatin1String("running")) {
            branch.compute = QStringLiteral("running");
            registry.updateBranch(branch);
        }
        return {};
    }
    branch.compute = QStringLiteral("starting");
    branch.computeMessage.clear();
    if (const QString error = registry.updateBranch(branch); !error.isEmpty())
        return error;
    const QString error = server.start(endpoint(branch), logFile(branch.id));
    branch.compute = error.isEmpty() ? QStringLiteral("running") : QStringLiteral("failed");
    branch.computeMessage = error;
    branch.lastActiveAt = QDateTime::currentDateTimeUtc();
    registry.updateBranch(branch);
    if (!error.isEmpty())
        return LocalFabricEngine::tr("The compute of “%1” could not start: %2").arg(branch.name, error);
    return {};
}

QString LocalFabricEngine::Private::stopCluster(BranchRecord &branch, const QString &mode)
{
    monitors.remove(branch.id);
    PgCluster server = cluster(branch);
    if (server.process().status == ClusterProcess::Status::Running) {
        branch.compute = QStringLiteral("stopping");
        registry.updateBranch(branch);
        if (const QString error = server.stop(mode); !error.isEmpty()) {
            branch.compute = QStringLiteral("running");
            registry.updateBranch(branch);
            return LocalFabricEngine::tr("The compute of “%1” could not be suspended: %2").arg(branch.name, error);
        }
    }
    branch.compute = QStringLiteral("suspended");
    branch.computeMessage.clear();
    return registry.updateBranch(branch);
}

// ---- Supervisor ---------------------------------------------------------------------------

bool LocalFabricEngine::anyComputeRunning() const
{
    const QList<BranchRecord> all = d->registry.branches();
    return std::any_of(all.begin(), all.end(), [this](const BranchRecord &b) {
        return d->cluster(b).process().status == ClusterProcess::Status::Running;
    });
}

int LocalFabricEngine::suspendIdleComputes(QString *error)
{
    int suspended = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<BranchRecord> all = d->registry.branches(error);
    for (BranchRecord b : all) {
        const ClusterProcess process = d->cluster(b).process();
        if (process.status != ClusterProcess::Status::Running || b.state != QLatin1String("ready")) {
            d->monitors.remove(b.id);
            continue;
        }
        auto &monitor = d->monitors[b.id];
        if (!monitor)
            monitor = std::make_shared<Private::Monitor>();
        if (!monitor->session || !monitor->session->isOpen()) {
            monitor->session = std::make_unique<PgSession>();
            ConnectionInfo info = d->connection(b);
            info.database = QStringLiteral("postgres");
            if (!monitor->session->open(info.params(QStringLiteral("pixetric-monitor"), true), 5000)) {
                monitor->session.reset();
                continue;
            }
        }
        // Activity: a client session now (monitors excepted), or sessions that came and went
        // since the last look (pg_stat_database.sessions, PostgreSQL 14 and later).
        QList<QStringList> rows;
        const QString sql = NamedSql::statements(QStringLiteral(":/sql/fabric_activity.sql"))
                                .value(d->installation.major() >= 14 ? QStringLiteral("activity") : QStringLiteral("activity_13"));
        if (!monitor->session->query(sql, &rows, 5000) || rows.isEmpty()) {
            monitor->session.reset();
            continue;
        }
        const qint64 clients = rows.first().value(0).toLongLong();
        const qint64 sessions = rows.first().value(1).toLongLong();
        const bool active = clients > 0 || (monitor->sessions >= 0 && sessions > monitor->sessions);
        monitor->sessions = sessions;
        QDateTime lastActive = b.lastActiveAt;
        if (process.startedAt.isValid() && (!lastActive.isValid() || process.startedAt > lastActive))
            lastActive = process.startedAt;
        if (active) {
            b.lastActiveAt = now;
            d->registry.updateBranch(b);
            continue;
        }
        if (b.autoSuspendSeconds <= 0 || !lastActive.isValid() || lastActive.secsTo(now) < b.autoSuspendSeconds)
            continue;
        if (!d->lockFabric(0).isEmpty())
            continue; // an action is running; look again next time
        BranchRecord current;
        if (d->findId(b.id, &current)) {
            qCInfo(lcFabric) << "suspending idle compute of" << current.name;
            const qint64 id = d->registry.addOperation(QStringLiteral("suspend"), current.name, {QStringLiteral("idle")},
                                                       OperationInfo::State::Running);
            OperationInfo info;
            d->registry.operation(id, &info);
            OperationContext context(d->registry, info, {});
            context.progress(0.1, tr("suspending the idle compute"));
            const QString stopError = d->stopCluster(current, QStringLiteral("fast"));
            context.finish(stopError);
            if (stopError.isEmpty())
                ++suspended;
        }
        d->unlockFabric();
    }
    return suspended;
}

QString LocalFabricEngine::stopAll(const QString &mode)
{
    QString firstError;
    QList<BranchRecord> all = d->registry.branches();
    for (BranchRecord &b : all) {
        if (d->cluster(b).process().status != ClusterProcess::Status::Running)
            continue;
        const QString error = d->stopCluster(b, mode);
        if (firstError.isEmpty())
            firstError = error;
    }
    d->monitors.clear();
    return firstError;
}

QString LocalFabricEngine::note(const QString &key) const
{
    return d->registry.setting(QStringLiteral("note:") + key);
}

QString LocalFabricEngine::setNote(const QString &key, const QString &value)
{
    return d->registry.setSetting(QStringLiteral("note:") + key, value);
}

} // namespace Pixetric
