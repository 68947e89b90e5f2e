// Recovery of a local fabric after a crash: runs when a fabric is opened and no other program
// holds its lock, so every operation still marked running was interrupted. Creations are undone,
// deletions finished, resets undone before the data folders were swapped and finished after.
// Then every folder and server that belongs to no branch goes.

#include "filecloner.h"
#include "localfabricengine.h"
#include "localfabricengine_p.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace Pixetric {

void LocalFabricEngine::Private::recover()
{
    const QList<OperationInfo> interrupted = registry.operationsInState(OperationInfo::State::Running);
    for (const OperationInfo &operation : interrupted)
        recoverOperation(operation);

    // Branches left in a transitional state by anything else (an older interrupted action whose
    // operation was pruned) end up consistent as well.
    QList<BranchRecord> all = registry.branches();
    for (BranchRecord &b : all) {
        if (b.state == QLatin1String("creating")) {
            qCWarning(lcFabric) << "removing half-made branch" << b.name;
            removeFolder(absolute(b.dataDirectory));
            registry.removeBranch(b.id);
        } else if (b.state == QLatin1String("deleting")) {
            removeFolder(absolute(b.dataDirectory));
            removeFolder(absolute(b.dataDirectory) + QStringLiteral(".trash"));
            registry.removeBranch(b.id);
        } else if (b.state == QLatin1String("resetting")) {
            b.state = QStringLiteral("ready");
            registry.updateBranch(b);
        }
        if (b.compute == QLatin1String("starting") || b.compute == QLatin1String("stopping")) {
            const bool running = cluster(b).process().status == ClusterProcess::Status::Running;
            b.compute = running ? QStringLiteral("running") : QStringLiteral("suspended");
            registry.updateBranch(b);
        }
    }
    removeOrphans();
}

void LocalFabricEngine::Private::recoverOperation(const OperationInfo &operation)
{
    OperationContext op(registry, operation, {});
    const QList<JournalEntry> steps = registry.journalOf(operation.id);
    const auto has = [&](const QString &action) {
        return std::any_of(steps.begin(), steps.end(), [&](const JournalEntry &e) { return e.action == action; });
    };
    const auto payloadOf = [&](const QString &action) {
        for (const JournalEntry &e : steps) {
            if (e.action == action)
                return e.payload;
        }
        return QString();
    };
    qCWarning(lcFabric) << "recovering interrupted operation" << operation.id << operation.kind << operation.branch;

    if (operation.kind == QLatin1String("create") || operation.kind == QLatin1String("init")) {
        // The branch row, if the action got that far, is still "creating": the pass over the
        // branches in recover() removes it with its folder. A branch marked ready stays.
        BranchRecord b;
        if (find(operation.branch, &b, nullptr) && b.state == QLatin1String("ready")) {
            op.finish({});
            return;
        }
        if (has(QStringLiteral("make-folder")))
            removeFolder(absolute(payloadOf(QStringLiteral("make-folder"))));
        op.finish(LocalFabricEngine::tr("Interrupted; the half-made branch was removed. Run it again."), true);
        return;
    }

    if (operation.kind == QLatin1String("delete")) {
        // Deletions are finished: the branches already marked "deleting" go (see recover()).
        op.finish(LocalFabricEngine::tr("Interrupted; the deletion was finished when the fabric was next opened."), false);
        return;
    }

    if (operation.kind == QLatin1String("reset")) {
        BranchRecord b;
        if (!find(operation.branch, &b, nullptr)) {
            op.finish(LocalFabricEngine::tr("Interrupted; the branch no longer exists."), true);
            return;
        }
        const QString folder = absolute(b.dataDirectory);
        const QString fresh = folder + QStringLiteral(".new");
        const QString old = folder + QStringLiteral(".old");
        if (has(QStringLiteral("swap"))) {
            // The new copy was complete before "swap" was written: finish the swap.
            if (QFileInfo::exists(fresh)) {
                if (QFileInfo::exists(folder))
                    QDir().rename(folder, old);
                QDir().rename(fresh, folder);
            }
            if (!has(QStringLiteral("swapped"))) {
                const QStringList parts = payloadOf(QStringLiteral("swap")).split(QLatin1Char('\n'));
                b.cloneMethod = parts.value(0);
                b.branchLsn = parts.value(1);
                b.branchTime = QDateTime::currentDateTimeUtc();
            }
            removeFolder(old);
            b.state = QStringLiteral("ready");
            registry.updateBranch(b);
            op.finish({});
            return;
        }
        // Undo: the branch keeps its data as it was.
        removeFolder(fresh);
        removeFolder(old);
        b.state = QStringLiteral("ready");
        registry.updateBranch(b);
        op.finish(LocalFabricEngine::tr("Interrupted before the data was replaced; the branch is as it was. Run it again."), true);
        return;
    }

    if (operation.kind == QLatin1String("swap")) {
        // "swapped" is committed with the swap itself: either it took place or nothing did. A
        // compute that ran before the swap runs again, with whichever data the branch has now.
        BranchRecord b;
        if (payloadOf(QStringLiteral("stop")) == QLatin1String("running") && find(operation.branch, &b, nullptr)
            && cluster(b).process().status != ClusterProcess::Status::Running) {
            if (const QString started = startCluster(b); !started.isEmpty())
                qCWarning(lcFabric) << "could not start again after an interrupted swap:" << started;
        }
        if (has(QStringLiteral("swapped")))
            op.finish({});
        else
            op.finish(LocalFabricEngine::tr("Interrupted before the data was swapped; both branches are as they were. Run it again."), true);
        return;
    }

    // One-step actions (start, suspend, rename, protect, …) leave nothing half-done.
    op.finish(LocalFabricEngine::tr("Interrupted. Run it again if it did not take effect."), false);
}

void LocalFabricEngine::Private::removeOrphans()
{
    QSet<QString> known;
    const QList<BranchRecord> all = registry.branches();
    for (const BranchRecord &b : all)
        known.insert(QFileInfo(absolute(b.dataDirectory)).fileName());
    QDir branches(branchesFolder());
    const QStringList entries = branches.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (known.contains(entry))
            continue;
        qCWarning(lcFabric) << "removing orphan folder" << entry;
        removeFolder(branches.filePath(entry));
    }
    // Dumps of an interrupted import.
    const QStringList imports = QDir(directory).entryList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : imports)
        FileCloner::removeTree(QDir(directory).filePath(entry));
}

} // namespace Pixetric
