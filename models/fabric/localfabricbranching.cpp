// The local fabric's multi-step actions: making the root branch, cloning a child, resetting and
// deleting. Each writes its journal before every step that changes something on disk, so that
// LocalFabricEngine::Private::recover() can finish or undo it after a crash.

#include "filecloner.h"
#include "localfabricengine.h"
#include "localfabricengine_p.h"
#include "logging.h"
#include "namedsql.h"
#include "serviceaccount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>

namespace Pixetric {

namespace {

// Folders whose contents a copy of a running cluster must not carry (as pg_basebackup leaves
// them out): replication slots, statistics temporaries, notification and snapshot state.
const char *const TransientFolders[] = {"pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
                                        "pg_snapshots", "pg_stat_tmp", "pg_subtrans"};

QString generatedPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString result;
    for (int i = 0; i < 24; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return result;
}

QString sqlLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString sqlIdentifier(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString emptyFolderContents(const QString &folder)
{
    QDir dir(folder);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString path = dir.filePath(entry);
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink()) {
            if (const QString error = FileCloner::removeTree(path); !error.isEmpty())
                return error;
        } else if (!QFile::remove(path)) {
            return LocalFabricEngine::tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path));
        }
    }
    return {};
}

// The End-LSN of a base backup's manifest ("0/2000100"), or an empty string.
QString manifestEndLsn(const QString &dataDirectory)
{
    QFile file(QDir(dataDirectory).filePath(QStringLiteral("backup_manifest")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray ranges = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("WAL-Ranges")).toArray();
    return ranges.isEmpty() ? QString() : ranges.last().toObject().value(QStringLiteral("End-LSN")).toString();
}

} // namespace

// ---- building blocks ----------------------------------------------------------------------

QString LocalFabricEngine::Private::makeFolders()
{
    // As root the folder tree must let the service account reach branches/, logs/ and run/.
    QDir root(directory);
    for (const char *name : {"branches", "logs"}) {
        const QString path = root.filePath(QString::fromLatin1(name));
        if (!root.mkpath(path))
            return LocalFabricEngine::tr("Cannot create %1. Check the permissions and free space of the fabric's folder.")
                .arg(QDir::toNativeSeparators(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (const QString error = ServiceAccount::handOver(path, false); !error.isEmpty())
            return error;
    }
    const QString sockets = socketFolder();
    if (!QDir().mkpath(sockets))
        return LocalFabricEngine::tr("Cannot create the socket folder %1.").arg(QDir::toNativeSeparators(sockets));
    QFile::setPermissions(sockets, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                       | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    return ServiceAccount::handOver(sockets, false);
}

int LocalFabricEngine::Private::allocatePort() const
{
    // Each fabric gets its own block of a hundred ports below the ephemeral range, derived from its
    // folder, so that fabrics side by side rarely meet; a branch keeps its port for life.
    const QList<BranchRecord> all = registry.branches();
    QSet<int> used;
    for (const BranchRecord &b : all)
        used.insert(b.port);
    int base = registry.setting(QStringLiteral("port_base")).toInt();
    if (base <= 0)
        base = 20000 + int(qHash(directory) % 120) * 100;
    for (int offset = 0; offset < 12000; ++offset) {
        const int port = 20000 + (base - 20000 + offset) % 12000;
        if (used.contains(port))
            continue;
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return 0;
}

QString LocalFabricEngine::Private::newDataFolderName() const
{
    const QString name = QStringLiteral("branches/b%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return QFileInfo::exists(absolute(name)) ? newDataFolderName() : name;
}

QString LocalFabricEngine::Private::removeFolder(const QString &folder)
{
    // Programs an interrupted action left working in it go first, then a server left running.
    if (ServiceAccount::killProgramsWorkingIn(folder) > 0)
        qCWarning(lcFabric) << "stopped programs left working in" << folder;
    if (!QFileInfo::exists(folder))
        return {};
    PgCluster server = clusterAt(folder);
    if (server.process().status == ClusterProcess::Status::Running)
        server.stop(QStringLiteral("immediate"));
    return FileCloner::removeTree(folder);
}

LocalFabricEngine::Private::CloneResult LocalFabricEngine::Private::cloneInto(const BranchRecord &parent, const QString &target,
                                                                             OperationContext &op, double from, double to)
{
    CloneResult result;
    const auto span = [&](double fraction) { return from + (to - from) * fraction; };
    PgCluster source = cluster(parent);
    ClusterProcess process = source.process();
    if (process.status == ClusterProcess::Status::Crashed) {
        // The parent's compute died. Starting it recovers its data; the clone is then taken online.
        op.progress(span(0.02), LocalFabricEngine::tr("recovering “%1”, whose compute stopped unexpectedly").arg(parent.name));
        BranchRecord copy = parent;
        if (const QString error = startCluster(copy); !error.isEmpty()) {
            result.error = LocalFabricEngine::tr("The parent “%1” crashed and could not be recovered: %2").arg(parent.name, error);
            return result;
        }
        process = source.process();
    }
    if (reflink < 0)
        reflink = FileCloner::supportsReflink(branchesFolder()) ? 1 : 0;
    const QString sourceFolder = absolute(parent.dataDirectory);
    const auto copyProgress = [&](qint64 done, qint64 total) {
        op.progress(span(0.1 + 0.7 * (total > 0 ? double(done) / double(total) : 1.0)), LocalFabricEngine::tr("cloning files"));
        return true;
    };

    if (process.status != ClusterProcess::Status::Running) {
        // A suspended parent is quiet: its folder is a consistent copy as it is.
        FileCloner::Method used = FileCloner::Method::Copy;
        result.error = FileCloner::copyTree(sourceFolder, target, reflink ? FileCloner::Method::Reflink : FileCloner::Method::Copy,
                                            copyProgress, &used);
        if (!result.error.isEmpty())
            return result;
        result.method = used == FileCloner::Method::Reflink ? QStringLiteral("reflink") : QStringLiteral("copy");
        result.error = PgCluster::cleanCopiedDirectory(target);
        if (result.error.isEmpty())
            result.lsn = clusterAt(target).checkpointLsn(&result.error);
        return result;
    }

    ConnectionInfo info = connection(parent);
    info.database = QStringLiteral("postgres");
    if (!reflink) {
        // No copy-on-write here: a streamed base backup, which the parent serves while it works.
        op.progress(span(0.05), LocalFabricEngine::tr("taking a base backup of “%1”").arg(parent.name));
        result.error = source.baseBackup(info.params().toConninfo(true), target, [&](double fraction) {
            op.progress(span(0.05 + 0.85 * fraction), LocalFabricEngine::tr("taking a base backup of “%1”").arg(parent.name));
        });
        if (!result.error.isEmpty())
            return result;
        result.method = QStringLiteral("basebackup");
        result.lsn = manifestEndLsn(target);
        QFile::remove(QDir(target).filePath(QStringLiteral("backup_manifest")));
        return result;
    }

    // Copy-on-write clone of a running parent: backup mode, clone the files, end backup mode, then
    // clone the WAL written meanwhile (it holds the backup's end), as a low-level base backup does.
    op.progress(span(0.05), LocalFabricEngine::tr("starting backup mode on “%1”").arg(parent.name));
    PgSession session;
    if (!session.open(info.params(QStringLiteral("pixetric-fabric"), true), 15000)) {
        result.error = LocalFabricEngine::tr("Cannot connect to the parent “%1”: %2").arg(parent.name, session.errorText());
        return result;
    }
    const bool modern = installation.major() >= 15;
    const QString label = sqlLiteral(QStringLiteral("pixetric clone of ") + parent.name);
    if (!session.query(modern ? QStringLiteral("SELECT pg_backup_start(%1, true)").arg(label)
                              : QStringLiteral("SELECT pg_start_backup(%1, true, false)").arg(label))) {
        result.error = LocalFabricEngine::tr("The parent “%1” refused backup mode: %2").arg(parent.name, session.errorText());
        return result;
    }
    FileCloner::Method used = FileCloner::Method::Copy;
    result.error = FileCloner::copyTree(sourceFolder, target, FileCloner::Method::Reflink, copyProgress, &used);
    QList<QStringList> stopRows;
    const bool stopped = session.query(modern ? QStringLiteral("SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)")
                                              : QStringLiteral("SELECT lsn, labelfile, spcmapfile FROM pg_stop_backup(false, false)"),
                                       &stopRows);
    if (!result.error.isEmpty())
        return result;
    if (!stopped || stopRows.isEmpty()) {
        result.error = LocalFabricEngine::tr("Backup mode on the parent “%1” could not be ended: %2").arg(parent.name, session.errorText());
        return result;
    }
    session.close();
    result.method = used == FileCloner::Method::Reflink ? QStringLiteral("reflink") : QStringLiteral("copy");
    result.lsn = stopRows.first().value(0);
    op.progress(span(0.85), LocalFabricEngine::tr("adding the write-ahead log"));
    const QString targetWal = QDir(target).filePath(QStringLiteral("pg_wal"));
    if (!(result.error = emptyFolderContents(targetWal)).isEmpty())
        return result;
    const QString walCopy = target + QStringLiteral(".wal");
    FileCloner::removeTree(walCopy);
    result.error = FileCloner::copyTree(QDir(sourceFolder).filePath(QStringLiteral("pg_wal")), walCopy, FileCloner::Method::Reflink);
    if (result.error.isEmpty()) {
        FileCloner::removeTree(targetWal);
        if (!QDir().rename(walCopy, targetWal))
            result.error = LocalFabricEngine::tr("Cannot move the write-ahead log into %1.").arg(QDir::toNativeSeparators(target));
    }
    FileCloner::removeTree(walCopy);
    if (!result.error.isEmpty())
        return result;
    emptyFolderContents(QDir(targetWal).filePath(QStringLiteral("archive_status")));
    for (const char *folder : TransientFolders)
        emptyFolderContents(QDir(target).filePath(QString::fromLatin1(folder)));
    const auto writeFile = [&](const QString &name, const QString &content) -> QString {
        const QString path = QDir(target).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) != content.toUtf8().size() || !file.flush())
            return LocalFabricEngine::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.close();
        return ServiceAccount::handOver(path, false);
    };
    if (!(result.error = writeFile(QStringLiteral("backup_label"), stopRows.first().value(1))).isEmpty())
        return result;
    if (!stopRows.first().value(2).isEmpty())
        result.error = writeFile(QStringLiteral("tablespace_map"), stopRows.first().value(2));
    if (result.error.isEmpty())
        result.error = PgCluster::cleanCopiedDirectory(target);
    return result;
}

// ---- init -----------------------------------------------------------------------------------

QString LocalFabricEngine::init(const InitOptions &options, const Progress &progress)
{
    if (isInitialized())
        return tr("The fabric in %1 has a root branch already.").arg(QDir::toNativeSeparators(m_directory));
    QString error;
    if (!installation(&error).isValid())
        return error;
    const QString rootName = QStringLiteral("main");
    BranchRecord root;
    return d->run(QStringLiteral("init"), rootName, {options.importConninfo}, 0, progress, [&](OperationContext &op) -> QString {
        const QString error = initRoot(options, root, op);
        if (!error.isEmpty() && root.id > 0) {
            // Nothing of a main that could not be made stays: its server, folder and record go.
            d->removeFolder(d->absolute(root.dataDirectory));
            d->registry.removeBranch(root.id);
        }
        return error;
    });
}

QString LocalFabricEngine::initRoot(const InitOptions &options, BranchRecord &root, OperationContext &op)
{
    const QString rootName = QStringLiteral("main");
    {
        FabricRegistry &registry = d->registry;
        d->settingsCache.clear();
        registry.setSetting(QStringLiteral("bindir"), d->installation.binDirectory);
        registry.setSetting(QStringLiteral("major"), QString::number(d->installation.major()));
        if (registry.setting(QStringLiteral("password")).isEmpty()) {
            // Not "pixetric": through "$user" in the default search_path, that role would
            // create unqualified tables in the migration history's schema pixetric.
            registry.setSetting(QStringLiteral("superuser"), QStringLiteral("app_owner"));
            registry.setSetting(QStringLiteral("password"), generatedPassword());
        }
        QString database = options.database;
        ConnectionParams source;
        if (!options.importConninfo.isEmpty()) {
            QString parseError;
            if (!ConnectionParams::parse(options.importConninfo, &source, &parseError))
                return tr("The connection string to import from cannot be read: %1").arg(parseError);
            if (!source.value(QStringLiteral("dbname")).isEmpty())
                database = source.value(QStringLiteral("dbname"));
        }
        registry.setSetting(QStringLiteral("database"), database);
        if (const QString folderError = d->makeFolders(); !folderError.isEmpty())
            return folderError;

        root.name = rootName;
        root.port = d->allocatePort();
        if (root.port == 0)
            return tr("No free TCP port was found for the branch. Close programs that hold many ports and try again.");
        root.dataDirectory = d->newDataFolderName();
        root.cloneMethod = options.importConninfo.isEmpty() ? QStringLiteral("initdb") : QStringLiteral("import");
        root.isDefault = true;
        root.state = QStringLiteral("creating");
        if (const QString addError = registry.addBranch(root, &root.id); !addError.isEmpty())
            return addError;
        op.journal(QStringLiteral("make-folder"), root.dataDirectory);

        op.progress(0.05, tr("creating the cluster"));
        PgCluster server = d->cluster(root);
        if (const QString initError = server.initialize(d->superuser(), d->password()); !initError.isEmpty())
            return initError;
        if (const QString settingsError = server.writeBaseSettings(); !settingsError.isEmpty())
            return settingsError;
        op.progress(0.3, tr("starting the compute"));
        if (const QString startError = d->startCluster(root); !startError.isEmpty())
            return startError;

        ConnectionInfo info = d->connection(root);
        info.database = QStringLiteral("postgres");
        {
            PgSession session;
            if (!session.open(info.params(QStringLiteral("pixetric-fabric"), true)))
                return tr("Cannot connect to the new branch: %1").arg(session.errorText());
            if (!session.query(QStringLiteral("CREATE DATABASE %1").arg(sqlIdentifier(database))))
                return tr("Cannot create the database “%1”: %2").arg(database, session.errorText());
        }
        info.database = database;

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), d->password());
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("pixetric-fabric"));
        const auto runTool = [&](const QString &program, const QStringList &arguments, const QByteArray &input,
                                 const QProcessEnvironment &environment) -> QString {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(d->installation.program(program), arguments);
            if (!process.waitForStarted(10000))
                return tr("Cannot run %1: %2").arg(program, process.errorString());
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(-1);
            const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                return tr("%1 failed: %2").arg(program, output.right(2000));
            return {};
        };

        if (options.seedSample && options.importConninfo.isEmpty()) {
            op.progress(0.4, tr("loading the sample database"));
            QFile seed(QStringLiteral(":/sql/seed_sample.sql"));
            if (!seed.open(QIODevice::ReadOnly))
                return tr("The sample database is missing from this build of Pixetric Studio.");
            if (const QString seedError = runTool(QStringLiteral("psql"),
                                                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), info.uri(false),
                                                   QStringLiteral("-f"), QStringLiteral("-")},
                                                  seed.readAll(), env);
                !seedError.isEmpty())
                return seedError;
        }
        if (!options.importConninfo.isEmpty()) {
            // A snapshot of the source: pg_dump in directory format with parallel jobs, then
            // pg_restore with as many jobs. Owners and grants of the source are left out: the
            // branch's roles are the fabric's own.
            op.progress(0.35, tr("dumping %1").arg(source.displayName()));
            QTemporaryDir dump(QDir(m_directory).filePath(QStringLiteral("import-XXXXXX")));
            if (!dump.isValid())
                return tr("Cannot create a folder for the dump in %1.").arg(QDir::toNativeSeparators(m_directory));
            const QString dumpFolder = dump.filePath(QStringLiteral("dump"));
            const QString jobs = QString::number(std::max(1, options.jobs));
            if (const QString dumpError = runTool(QStringLiteral("pg_dump"),
                                                  {QStringLiteral("-Fd"), QStringLiteral("-j"), jobs, QStringLiteral("-f"),
                                                   dumpFolder, QStringLiteral("-d"), options.importConninfo},
                                                  {}, QProcessEnvironment::systemEnvironment());
                !dumpError.isEmpty())
                return dumpError;
            op.progress(0.65, tr("restoring into main"));
            if (const QString restoreError = runTool(QStringLiteral("pg_restore"),
                                                     {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                                      QStringLiteral("-j"), jobs, QStringLiteral("-d"), info.uri(false), dumpFolder},
                                                     {}, env);
                !restoreError.isEmpty())
                return restoreError;
        }
        op.progress(0.95, tr("checkpoint"));
        {
            PgSession session;
            if (session.open(info.params(QStringLiteral("pixetric-fabric"), true)))
                session.query(QStringLiteral("CHECKPOINT"));
        }
        root.state = QStringLiteral("ready");
        root.branchTime = QDateTime::currentDateTimeUtc();
        return registry.updateBranch(root);
    }
}

// ---- create ---------------------------------------------------------------------------------

QString LocalFabricEngine::createBranch(const QString &name, const QString &parentName, const Progress &progress,
                                        qint64 operationId)
{
    return d->run(QStringLiteral("create"), name, {parentName}, operationId, progress, [&](OperationContext &op) -> QString {
        BranchRecord parent;
        QString error;
        QString parentToUse = parentName;
        if (parentToUse.isEmpty()) {
            const QList<BranchRecord> all = d->registry.branches();
            const auto it = std::find_if(all.begin(), all.end(), [](const BranchRecord &b) { return b.isDefault; });
            if (it == all.end())
                return tr("The fabric has no default branch to branch from. Name the parent.");
            parentToUse = it->name;
        }
        if (!d->find(parentToUse, &parent, &error))
            return error;
        if (parent.state != QLatin1String("ready"))
            return tr("The parent “%1” is %2; branch from it once it is ready.")
                .arg(parent.name, displayName(branchStateFromString(parent.state)));
        if (const QString problem = checkNewBranchName(name); !problem.isEmpty())
            return problem;

        BranchRecord child;
        child.name = name;
        child.parentId = parent.id;
        child.port = d->allocatePort();
        if (child.port == 0)
            return tr("No free TCP port was found for the branch. Close programs that hold many ports and try again.");
        child.dataDirectory = d->newDataFolderName();
        child.autoSuspendSeconds = parent.autoSuspendSeconds;
        child.state = QStringLiteral("creating");
        if (const QString addError = d->registry.addBranch(child, &child.id); !addError.isEmpty())
            return addError;
        if (const QString journalError = op.journal(QStringLiteral("make-folder"), child.dataDirectory); !journalError.isEmpty())
            return journalError;

        const QString target = d->absolute(child.dataDirectory);
        const Private::CloneResult clone = d->cloneInto(parent, target, op, 0.0, 0.85);
        if (!clone.error.isEmpty()) {
            // Nothing of the half-made branch stays.
            d->removeFolder(target);
            d->registry.removeBranch(child.id);
            return clone.error;
        }
        child.cloneMethod = clone.method;
        child.branchLsn = clone.lsn;
        child.branchTime = QDateTime::currentDateTimeUtc();
        child.state = QStringLiteral("ready");
        op.journal(QStringLiteral("ready"));
        if (const QString updateError = d->registry.updateBranch(child); !updateError.isEmpty()) {
            d->removeFolder(target);
            d->registry.removeBranch(child.id);
            return updateError;
        }
        if (!d->startNewBranches)
            return {};
        op.progress(0.9, tr("starting the compute"));
        return d->startCluster(child);
    });
}

// ---- reset ----------------------------------------------------------------------------------

QString LocalFabricEngine::resetBranch(const QString &name, const Progress &progress, qint64 operationId)
{
    return d->run(QStringLiteral("reset"), name, {}, operationId, progress, [&](OperationContext &op) -> QString {
        BranchRecord branch;
        BranchRecord parent;
        QString error;
        if (!d->find(name, &branch, &error))
            return error;
        if (branch.parentId == 0)
            return tr("“%1” is a root branch: it has no parent to reset to.").arg(branch.name);
        if (branch.isProtected)
            return tr("“%1” is protected. Unprotect it first if you really want to replace its data.").arg(branch.name);
        if (branch.state != QLatin1String("ready"))
            return tr("“%1” is %2; reset it once it is ready.").arg(branch.name, displayName(branchStateFromString(branch.state)));
        d->findId(branch.parentId, &parent);
        if (parent.state != QLatin1String("ready"))
            return tr("The parent “%1” is not ready.").arg(parent.name);

        const bool wasRunning = d->cluster(branch).process().status == ClusterProcess::Status::Running;
        const QString folder = d->absolute(branch.dataDirectory);
        const QString fresh = folder + QStringLiteral(".new");
        const QString old = folder + QStringLiteral(".old");
        d->removeFolder(fresh);
        d->removeFolder(old);
        branch.state = QStringLiteral("resetting");
        if (const QString updateError = d->registry.updateBranch(branch); !updateError.isEmpty())
            return updateError;
        op.journal(QStringLiteral("clone"), wasRunning ? QStringLiteral("running") : QStringLiteral("suspended"));
        const Private::CloneResult clone = d->cloneInto(parent, fresh, op, 0.0, 0.8);
        if (!clone.error.isEmpty()) {
            d->removeFolder(fresh);
            branch.state = QStringLiteral("ready");
            d->registry.updateBranch(branch);
            return clone.error;
        }
        op.progress(0.85, tr("stopping the compute"));
        if (const QString stopError = d->stopCluster(branch, QStringLiteral("fast")); !stopError.isEmpty()) {
            d->removeFolder(fresh);
            branch.state = QStringLiteral("ready");
            d->registry.updateBranch(branch);
            return stopError;
        }
        // From here on recovery finishes the reset rather than undoing it.
        op.journal(QStringLiteral("swap"), QStringList{clone.method, clone.lsn}.join(QLatin1Char('\n')));
        if (!QDir().rename(folder, old) || !QDir().rename(fresh, folder)) {
            if (!QFileInfo::exists(folder))
                QDir().rename(old, folder);
            d->removeFolder(fresh);
            branch.state = QStringLiteral("ready");
            d->registry.updateBranch(branch);
            return tr("Cannot swap the data folders of “%1”. Check the fabric folder's permissions.").arg(branch.name);
        }
        branch.state = QStringLiteral("ready");
        branch.cloneMethod = clone.method;
        branch.branchLsn = clone.lsn;
        branch.branchTime = QDateTime::currentDateTimeUtc();
        if (const QString updateError = d->registry.updateBranch(branch); !updateError.isEmpty())
            return updateError;
        op.journal(QStringLiteral("swapped"));
        op.progress(0.9, tr("removing the old data"));
        d->removeFolder(old);
        if (wasRunning) {
            op.progress(0.95, tr("starting the compute"));
            return d->startCluster(branch);
        }
        return {};
    });
}

// ---- swap ----------------------------------------------------------------------------------

QString LocalFabricEngine::swapBranchData(const QString &name, const QString &other, const QString &otherNewName,
                                          const QHash<QString, QString> &notes, const Progress &progress, qint64 operationId)
{
    return d->run(QStringLiteral("swap"), name, {other, otherNewName}, operationId, progress, [&](OperationContext &op) -> QString {
        BranchRecord a;
        BranchRecord b;
        QString error;
        if (!d->find(name, &a, &error) || !d->find(other, &b, &error))
            return error;
        if (a.id == b.id)
            return tr("A branch cannot swap its data with itself.");
        for (const BranchRecord *r : {&a, &b}) {
            if (r->state != QLatin1String("ready"))
                return tr("“%1” is %2; swap once it is ready.").arg(r->name, displayName(branchStateFromString(r->state)));
        }
        if (!otherNewName.isEmpty() && otherNewName.compare(b.name, Qt::CaseInsensitive) != 0) {
            if (const QString problem = FabricRegistry::checkBranchName(otherNewName); !problem.isEmpty())
                return problem;
            BranchRecord clash;
            if (d->find(otherNewName, &clash, nullptr))
                return tr("A branch called “%1” exists already (names are compared without case). Choose another name.").arg(clash.name);
        }
        const bool wasRunning = d->cluster(a).process().status == ClusterProcess::Status::Running;
        op.journal(QStringLiteral("stop"), wasRunning ? QStringLiteral("running") : QStringLiteral("suspended"));
        op.progress(0.1, tr("stopping the computes of “%1” and “%2”").arg(a.name, b.name));
        for (BranchRecord *r : {&a, &b}) {
            if (const QString stopError = d->stopCluster(*r, QStringLiteral("fast")); !stopError.isEmpty()) {
                if (wasRunning)
                    d->startCluster(a);
                return stopError;
            }
        }
        op.progress(0.5, tr("swapping the data of “%1” and “%2”").arg(a.name, b.name));
        std::swap(a.dataDirectory, b.dataDirectory);
        std::swap(a.cloneMethod, b.cloneMethod);
        if (!otherNewName.isEmpty())
            b.name = otherNewName;
        // The journal's "swapped" is written in the same transaction: recovery reads it to tell a
        // swap that took place from one that did not.
        QString commitError;
        if (!d->registry.beginTransaction()) {
            commitError = tr("Cannot write the fabric's registry.");
        } else {
            // Folders are unique in the registry: b lets go of a's old folder before a takes it.
            BranchRecord parked = b;
            parked.dataDirectory += QStringLiteral(".swapping");
            for (const QString &e : {d->registry.updateBranch(parked), d->registry.updateBranch(a), d->registry.updateBranch(b),
                                     op.journal(QStringLiteral("swapped"))}) {
                if (commitError.isEmpty())
                    commitError = e;
            }
            for (auto it = notes.constBegin(); it != notes.constEnd() && commitError.isEmpty(); ++it)
                commitError = setNote(it.key(), it.value());
            if (commitError.isEmpty())
                commitError = d->registry.commitTransaction();
            else
                d->registry.rollbackTransaction();
        }
        d->monitors.remove(a.id);
        d->monitors.remove(b.id);
        if (!commitError.isEmpty()) {
            std::swap(a.dataDirectory, b.dataDirectory);
            if (wasRunning)
                d->startCluster(a);
            return commitError;
        }
        if (wasRunning) {
            op.progress(0.9, tr("starting the compute of “%1”").arg(a.name));
            return d->startCluster(a);
        }
        return {};
    });
}

// ---- delete ---------------------------------------------------------------------------------

QString LocalFabricEngine::deleteBranch(const QString &name, bool recursive, const Progress &progress, qint64 operationId)
{
    const QStringList arguments = recursive ? QStringList{QStringLiteral("recursive")} : QStringList{};
    return d->run(QStringLiteral("delete"), name, arguments, operationId, progress, [&](OperationContext &op) -> QString {
        BranchRecord branch;
        QString error;
        if (!d->find(name, &branch, &error))
            return error;
        // The branch and its descendants, deepest first.
        const QList<BranchRecord> all = d->registry.branches();
        QList<BranchRecord> doomed{branch};
        for (int i = 0; i < doomed.size(); ++i) {
            for (const BranchRecord &b : all) {
                if (b.parentId == doomed.at(i).id)
                    doomed << b;
            }
        }
        if (doomed.size() > 1 && !recursive) {
            QStringList names;
            for (int i = 1; i < doomed.size(); ++i)
                names << doomed.at(i).name;
            return tr("“%1” has child branches (%2). Delete them first, or delete recursively.")
                .arg(branch.name, names.join(QStringLiteral(", ")));
        }
        for (const BranchRecord &b : doomed) {
            if (b.isProtected)
                return tr("“%1” is protected. Unprotect it first if you really want to delete it.").arg(b.name);
            if (b.isDefault)
                return tr("“%1” is the default branch. Make another branch the default first.").arg(b.name);
        }
        std::reverse(doomed.begin(), doomed.end());
        int done = 0;
        for (BranchRecord b : doomed) {
            op.progress(double(done) / doomed.size(), tr("deleting “%1”").arg(b.name));
            // Marked first: from here on recovery finishes the deletion.
            op.journal(QStringLiteral("delete"), QString::number(b.id));
            b.state = QStringLiteral("deleting");
            if (const QString updateError = d->registry.updateBranch(b); !updateError.isEmpty())
                return updateError;
            d->monitors.remove(b.id);
            PgCluster server = d->cluster(b);
            if (server.process().status == ClusterProcess::Status::Running)
                server.stop(QStringLiteral("fast"));
            const QString folder = d->absolute(b.dataDirectory);
            const QString trash = folder + QStringLiteral(".trash");
            if (QFileInfo::exists(folder) && !QDir().rename(folder, trash))
                return tr("Cannot remove the data folder of “%1”. Check the fabric folder's permissions.").arg(b.name);
            if (const QString removeError = d->registry.removeBranch(b.id); !removeError.isEmpty())
                return removeError;
            FileCloner::removeTree(trash);
            QFile::remove(d->logFile(b.id));
            ++done;
        }
        return {};
    });
}

} // namespace Pixetric
