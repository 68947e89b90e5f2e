#pragma once

#include "fabrictypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

class QSqlQuery;

namespace Pixetric {

// A branch as the registry records it.
struct BranchRecord
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0 for a root branch
    QDateTime createdAt;
    QString state = QStringLiteral("creating"); // creating, ready, failed, deleting
    QString compute = QStringLiteral("suspended");
    int port = 0;
    QString dataDirectory;
    QString cloneMethod;
    QString branchLsn;
    QDateTime branchTime;
    bool isProtected = false;
    bool isDefault = false;
    int autoSuspendSeconds = 300;
    QDateTime lastActiveAt; // last client seen on the compute
    QString computeMessage; // why the compute failed, when it did
};

// One step of an operation's journal, written before the step starts.
struct JournalEntry
{
    int step = 0;
    QString action;
    QString payload;
};

// The registry of a local fabric: one SQLite file (WAL mode) in the fabric's folder holding its
// branches, operations, journal and settings (resources/sql/fabric_registry.sql).
// A registry written by a newer version is refused and left untouched.
// Thread affinity: the thread that called open(); one object per thread.
class FabricRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::FabricRegistry)

public:
    static constexpr int SchemaVersion = 1;
    static QString fileName() { return QStringLiteral("registry.sqlite"); }

    FabricRegistry();
    ~FabricRegistry();
    FabricRegistry(const FabricRegistry &) = delete;
    FabricRegistry &operator=(const FabricRegistry &) = delete;

    // Opens (creating when needed) the registry in fabricDirectory. Returns an empty string on
    // success, else a message for people that says what to do.
    QString open(const QString &fabricDirectory);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Adds a branch; *id receives its id. An empty string on success.
    QString addBranch(const BranchRecord &branch, qint64 *id = nullptr);
    QList<BranchRecord> branches(QString *error = nullptr) const;
    // Writes every field of branch (found by id) except its port and creation time.
    QString updateBranch(const BranchRecord &branch);
    QString removeBranch(qint64 id);
    // Makes id the only default branch.
    QString makeDefault(qint64 id);

    // Operations: id, kind, branch, arguments, state, progress, step and error; times UTC.
    qint64 addOperation(const QString &kind, const QString &branch, const QStringList &arguments,
                        OperationInfo::State state, QString *error = nullptr);
    QString updateOperation(const OperationInfo &operation);
    bool operation(qint64 id, OperationInfo *out) const;
    QList<OperationInfo> operations(int limit, QString *error = nullptr) const;
    QList<OperationInfo> operationsInState(OperationInfo::State state) const;

    // The journal of an operation.
    QString journal(qint64 operationId, const QString &action, const QString &payload = {});
    QList<JournalEntry> journalOf(qint64 operationId) const;

    // One transaction around several writes.
    bool beginTransaction();
    QString commitTransaction();
    void rollbackTransaction();

    QString setting(const QString &key, const QString &fallback = {}) const;
    QString setSetting(const QString &key, const QString &value);

    // Why name cannot name a branch, or an empty string when it can: 1 to 63 characters,
    // letters, digits, '-', '_' and '.', starting with a letter or digit.
    static QString checkBranchName(const QString &name);

private:
    // Runs the named statement of fabric_registry.sql with the bindings; the message on failure.
    QString exec(const QString &name, const QVariantMap &bindings, QSqlQuery *query = nullptr) const;

    QString m_connectionName;
    QString m_path;
};

} // namespace Pixetric
