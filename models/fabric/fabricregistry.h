#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

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

    QString setting(const QString &key, const QString &fallback = {}) const;
    QString setSetting(const QString &key, const QString &value);

    // Why name cannot name a branch, or an empty string when it can: 1 to 63 characters,
    // letters, digits, '-', '_' and '.', starting with a letter or digit.
    static QString checkBranchName(const QString &name);

private:
    QString m_connectionName;
    QString m_path;
};

} // namespace Pixetric
