#include "fabricregistry.h"

#include "namedsql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace Pixetric {

namespace {

const QString SqlFile = QStringLiteral(":/sql/fabric_registry.sql");

QString statement(const QString &name)
{
    return NamedSql::statements(SqlFile).value(name);
}

// Qt binds a null QString as NULL; the registry's text columns are NOT NULL, empty when unset.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMsecs(qint64 value)
{
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc()) : QDateTime();
}

OperationInfo readOperation(const QSqlQuery &q)
{
    OperationInfo op;
    op.id = q.value(0).toLongLong();
    op.kind = q.value(1).toString();
    op.branch = q.value(2).toString();
    const QString arguments = q.value(3).toString();
    op.arguments = arguments.isEmpty() ? QStringList() : arguments.split(QLatin1Char('\n'));
    op.state = operationStateFromString(q.value(4).toString());
    op.progress = q.value(5).toDouble();
    op.step = q.value(6).toString();
    op.error = q.value(7).toString();
    op.createdAt = fromMsecs(q.value(8).toLongLong());
    op.updatedAt = fromMsecs(q.value(9).toLongLong());
    return op;
}

// SQLite's extended code for a UNIQUE constraint.
constexpr int SqliteConstraintUnique = 2067;

} // namespace

FabricRegistry::FabricRegistry()
    : m_connectionName(QStringLiteral("pixetric-registry-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

FabricRegistry::~FabricRegistry()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool FabricRegistry::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString FabricRegistry::open(const QString &fabricDirectory)
{
    if (statement(QStringLiteral("create_branches")).isEmpty())
        return tr("The registry's SQL is missing from this build of Pixetric Studio. Reinstall it.");
    if (!QDir().mkpath(fabricDirectory))
        return tr("Cannot create the fabric folder %1. Check that its parent may be written to, or choose another folder.")
            .arg(QDir::toNativeSeparators(fabricDirectory));
    m_path = QDir(fabricDirectory).filePath(fileName());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return tr("Cannot open the fabric registry %1: %2.").arg(QDir::toNativeSeparators(m_path), db.lastError().text());

    QSqlQuery q(db);
    if (!q.exec(statement(QStringLiteral("read_version"))) || !q.next()) {
        const QString message = tr("%1 is not a fabric registry that can be read (%2). Choose another folder for the fabric.")
                                    .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        db.close();
        return message;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        // Written by a newer Pixetric Studio: read nothing more, write nothing at all.
        db.close();
        return tr("The fabric in %1 was written by a newer Pixetric Studio (registry version %2; this version "
                  "reads up to %3). Update Pixetric Studio to use it; nothing in it was changed.")
            .arg(QDir::toNativeSeparators(fabricDirectory))
            .arg(version)
            .arg(SchemaVersion);
    }
    for (const char *pragma : {"wal", "synchronous", "foreign_keys", "busy_timeout"}) {
        if (!q.exec(statement(QString::fromLatin1(pragma))))
            return tr("Cannot set up the fabric registry %1: %2.").arg(QDir::toNativeSeparators(m_path), q.lastError().text());
    }
    // Holds the branches' generated passwords: the owner alone may read it.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (version == 0) {
        // A new registry: every table in one transaction, so a crash leaves none or all.
        db.transaction();
        for (const char *name : {"create_branches", "create_operations", "create_journal", "create_settings",
                                 "set_version_1"}) {
            if (!q.exec(statement(QString::fromLatin1(name)))) {
                const QString message = tr("Cannot create the fabric registry %1: %2. Check the free space and "
                                           "permissions of the folder.")
                                            .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
                db.rollback();
                return message;
            }
        }
        if (!db.commit())
            return tr("Cannot create the fabric registry %1: %2.").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
    }
    return {};
}

QString FabricRegistry::checkBranchName(const QString &name)
{
    if (name.isEmpty())
        return tr("A branch needs a name.");
    if (name.size() > 63)
        return tr("“%1…” is %2 characters long; a branch name has at most 63.").arg(name.left(20)).arg(name.size());
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!allowed.match(name).hasMatch())
        return tr("“%1” cannot name a branch: use letters, digits, “-”, “_” and “.”, starting with a letter or digit.")
            .arg(name);
    return {};
}

QString FabricRegistry::addBranch(const BranchRecord &branch, qint64 *id)
{
    if (const QString problem = checkBranchName(branch.name); !problem.isEmpty())
        return problem;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(statement(QStringLiteral("insert_branch")));
    q.bindValue(QStringLiteral(":name"), branch.name);
    q.bindValue(QStringLiteral(":parent_id"), branch.parentId > 0 ? QVariant(branch.parentId) : QVariant());
    q.bindValue(QStringLiteral(":created_at"), (branch.createdAt.isValid() ? branch.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":state"), text(branch.state));
    q.bindValue(QStringLiteral(":compute"), text(branch.compute));
    q.bindValue(QStringLiteral(":port"), branch.port);
    q.bindValue(QStringLiteral(":data_dir"), text(branch.dataDirectory));
    q.bindValue(QStringLiteral(":clone_method"), text(branch.cloneMethod));
    q.bindValue(QStringLiteral(":branch_lsn"), text(branch.branchLsn));
    q.bindValue(QStringLiteral(":branch_time"), branch.branchTime.isValid() ? branch.branchTime.toMSecsSinceEpoch() : 0);
    q.bindValue(QStringLiteral(":protected"), branch.isProtected ? 1 : 0);
    q.bindValue(QStringLiteral(":is_default"), branch.isDefault ? 1 : 0);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode().toInt() == SqliteConstraintUnique) {
            if (q.lastError().databaseText().contains(QLatin1String("branches.name")))
                return tr("A branch called “%1” exists already (names are compared without case). Choose another name.")
                    .arg(branch.name);
            return tr("Port %1 or folder %2 belongs to another branch already.")
                .arg(branch.port)
                .arg(QDir::toNativeSeparators(branch.dataDirectory));
        }
        return tr("Cannot record the branch “%1”: %2.").arg(branch.name, q.lastError().text());
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return {};
}

QList<BranchRecord> FabricRegistry::branches(QString *error) const
{
    QList<BranchRecord> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(statement(QStringLiteral("select_branches")))) {
        if (error)
            *error = tr("Cannot read the branches from %1: %2.").arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return result;
    }
    while (q.next()) {
        BranchRecord b;
        b.id = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        b.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
        b.state = q.value(4).toString();
        b.compute = q.value(5).toString();
        b.port = q.value(6).toInt();
        b.dataDirectory = q.value(7).toString();
        b.cloneMethod = q.value(8).toString();
        b.branchLsn = q.value(9).toString();
        const qint64 branchTime = q.value(10).toLongLong();
        b.branchTime = branchTime > 0 ? QDateTime::fromMSecsSinceEpoch(branchTime, QTimeZone::utc()) : QDateTime();
        b.isProtected = q.value(11).toBool();
        b.isDefault = q.value(12).toBool();
        b.autoSuspendSeconds = q.value(13).toInt();
        const qint64 lastActive = q.value(14).toLongLong();
        b.lastActiveAt = lastActive > 0 ? QDateTime::fromMSecsSinceEpoch(lastActive, QTimeZone::utc()) : QDateTime();
        b.computeMessage = q.value(15).toString();
        result << b;
    }
    return result;
}

QString FabricRegistry::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(statement(QStringLiteral("select_setting")));
    q.bindValue(QStringLiteral(":key"), key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QString FabricRegistry::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(statement(QStringLiteral("upsert_setting")));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), text(value));
    if (!q.exec())
        return tr("Cannot save the setting %1 in %2: %3.").arg(key, QDir::toNativeSeparators(m_path), q.lastError().text());
    return {};
}

QString FabricRegistry::exec(const QString &name, const QVariantMap &bindings, QSqlQuery *query) const
{
    QSqlQuery local(QSqlDatabase::database(m_connectionName, false));
    QSqlQuery &q = query ? *query : local;
    if (!q.prepare(statement(name)))
        return tr("Cannot read the fabric registry %1: %2.").arg(QDir::toNativeSeparators(m_path), q.lastError().text());
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return tr("Cannot update the fabric registry %1: %2. Check the free space and permissions of its folder.")
            .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
    return {};
}

QString FabricRegistry::updateBranch(const BranchRecord &branch)
{
    if (const QString problem = checkBranchName(branch.name); !problem.isEmpty())
        return problem;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString error = exec(QStringLiteral("update_branch"),
                               {{QStringLiteral("id"), branch.id},
                                {QStringLiteral("name"), branch.name},
                                {QStringLiteral("parent_id"), branch.parentId > 0 ? QVariant(branch.parentId) : QVariant()},
                                {QStringLiteral("state"), text(branch.state)},
                                {QStringLiteral("compute"), text(branch.compute)},
                                {QStringLiteral("data_dir"), text(branch.dataDirectory)},
                                {QStringLiteral("clone_method"), text(branch.cloneMethod)},
                                {QStringLiteral("branch_lsn"), text(branch.branchLsn)},
                                {QStringLiteral("branch_time"), msecs(branch.branchTime)},
                                {QStringLiteral("protected"), branch.isProtected ? 1 : 0},
                                {QStringLiteral("is_default"), branch.isDefault ? 1 : 0},
                                {QStringLiteral("auto_suspend_seconds"), branch.autoSuspendSeconds},
                                {QStringLiteral("last_active_at"), msecs(branch.lastActiveAt)},
                                {QStringLiteral("compute_message"), text(branch.computeMessage)}},
                               &q);
    if (!error.isEmpty() && q.lastError().nativeErrorCode().toInt() == SqliteConstraintUnique)
        return tr("A branch called “%1” exists already (names are compared without case). Choose another name.")
            .arg(branch.name);
    return error;
}

QString FabricRegistry::removeBranch(qint64 id)
{
    return exec(QStringLiteral("delete_branch"), {{QStringLiteral("id"), id}});
}

QString FabricRegistry::makeDefault(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QString error = exec(QStringLiteral("clear_default"), {});
    if (error.isEmpty())
        error = exec(QStringLiteral("set_default"), {{QStringLiteral("id"), id}});
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    db.commit();
    return {};
}

qint64 FabricRegistry::addOperation(const QString &kind, const QString &branch, const QStringList &arguments,
                                    OperationInfo::State state, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString problem = exec(QStringLiteral("insert_operation"),
                                 {{QStringLiteral("kind"), kind},
                                  {QStringLiteral("branch_name"), text(branch)},
                                  {QStringLiteral("arguments"), text(arguments.join(QLatin1Char('\n')))},
                                  {QStringLiteral("state"), toString(state)},
                                  {QStringLiteral("created_at"), now},
                                  {QStringLiteral("updated_at"), now},
                                  {QStringLiteral("pid"), QCoreApplication::applicationPid()}},
                                 &q);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    exec(QStringLiteral("prune_operations"), {});
    return id;
}

QString FabricRegistry::updateOperation(const OperationInfo &operation)
{
    return exec(QStringLiteral("update_operation"),
                {{QStringLiteral("id"), operation.id},
                 {QStringLiteral("state"), toString(operation.state)},
                 {QStringLiteral("progress"), operation.progress},
                 {QStringLiteral("step"), text(operation.step)},
                 {QStringLiteral("error"), text(operation.error)},
                 {QStringLiteral("now"), QDateTime::currentMSecsSinceEpoch()},
                 {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
}

bool FabricRegistry::operation(qint64 id, OperationInfo *out) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!exec(QStringLiteral("select_operation"), {{QStringLiteral("id"), id}}, &q).isEmpty() || !q.next())
        return false;
    if (out)
        *out = readOperation(q);
    return true;
}

QList<OperationInfo> FabricRegistry::operations(int limit, QString *error) const
{
    QList<OperationInfo> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString problem = exec(QStringLiteral("select_operations"), {{QStringLiteral("limit"), limit}}, &q);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return result;
    }
    while (q.next())
        result << readOperation(q);
    return result;
}

QList<OperationInfo> FabricRegistry::operationsInState(OperationInfo::State state) const
{
    QList<OperationInfo> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!exec(QStringLiteral("select_operations_in_state"), {{QStringLiteral("state"), toString(state)}}, &q).isEmpty())
        return result;
    while (q.next())
        result << readOperation(q);
    return result;
}

QString FabricRegistry::journal(qint64 operationId, const QString &action, const QString &payload)
{
    return exec(QStringLiteral("insert_journal"), {{QStringLiteral("operation_id"), operationId},
                                                  {QStringLiteral("same_operation"), operationId},
                                                  {QStringLiteral("action"), action},
                                                  {QStringLiteral("payload"), text(payload)}});
}

QList<JournalEntry> FabricRegistry::journalOf(qint64 operationId) const
{
    QList<JournalEntry> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!exec(QStringLiteral("select_journal"), {{QStringLiteral("operation_id"), operationId}}, &q).isEmpty())
        return result;
    while (q.next())
        result << JournalEntry{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
    return result;
}

bool FabricRegistry::beginTransaction()
{
    return QSqlDatabase::database(m_connectionName, false).transaction();
}

QString FabricRegistry::commitTransaction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        const QString message = tr("Cannot update the fabric registry %1: %2.").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        db.rollback();
        return message;
    }
    return {};
}

void FabricRegistry::rollbackTransaction()
{
    QSqlDatabase::database(m_connectionName, false).rollback();
}

} // namespace Pixetric
