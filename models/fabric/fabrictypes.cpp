#include "fabrictypes.h"

#include <QCoreApplication>
#include <QUrl>

namespace Pixetric {

namespace {

struct StateName
{
    int value;
    const char *text;
};

constexpr StateName BranchStates[] = {
    {int(BranchState::Creating), "creating"}, {int(BranchState::Ready), "ready"},
    {int(BranchState::Resetting), "resetting"}, {int(BranchState::Deleting), "deleting"},
    {int(BranchState::Failed), "failed"},
};
constexpr StateName ComputeStates[] = {
    {int(ComputeState::Running), "running"}, {int(ComputeState::Suspended), "suspended"},
    {int(ComputeState::Starting), "starting"}, {int(ComputeState::Stopping), "stopping"},
    {int(ComputeState::Failed), "failed"},
};
constexpr StateName OperationStates[] = {
    {int(OperationInfo::State::Pending), "pending"}, {int(OperationInfo::State::Running), "running"},
    {int(OperationInfo::State::Done), "done"}, {int(OperationInfo::State::Failed), "failed"},
    {int(OperationInfo::State::RolledBack), "rolled_back"},
};

template<size_t N>
QString nameOf(const StateName (&table)[N], int value)
{
    for (const StateName &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.text);
    }
    return {};
}

template<size_t N>
int valueOf(const StateName (&table)[N], const QString &text, int fallback)
{
    for (const StateName &entry : table) {
        if (text == QLatin1String(entry.text))
            return entry.value;
    }
    return fallback;
}

QString percentEncoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

QString toString(BranchState state) { return nameOf(BranchStates, int(state)); }
QString toString(ComputeState state) { return nameOf(ComputeStates, int(state)); }
QString toString(OperationInfo::State state) { return nameOf(OperationStates, int(state)); }

BranchState branchStateFromString(const QString &text)
{
    return BranchState(valueOf(BranchStates, text, int(BranchState::Failed)));
}

ComputeState computeStateFromString(const QString &text)
{
    return ComputeState(valueOf(ComputeStates, text, int(ComputeState::Suspended)));
}

OperationInfo::State operationStateFromString(const QString &text)
{
    return OperationInfo::State(valueOf(OperationStates, text, int(OperationInfo::State::Failed)));
}

QString displayName(BranchState state)
{
    switch (state) {
    case BranchState::Creating: return QCoreApplication::translate("Pixetric::Fabric", "creating");
    case BranchState::Ready: return QCoreApplication::translate("Pixetric::Fabric", "ready");
    case BranchState::Resetting: return QCoreApplication::translate("Pixetric::Fabric", "resetting");
    case BranchState::Deleting: return QCoreApplication::translate("Pixetric::Fabric", "deleting");
    case BranchState::Failed: return QCoreApplication::translate("Pixetric::Fabric", "failed");
    }
    return {};
}

QString displayName(ComputeState state)
{
    switch (state) {
    case ComputeState::Running: return QCoreApplication::translate("Pixetric::Fabric", "running");
    case ComputeState::Suspended: return QCoreApplication::translate("Pixetric::Fabric", "suspended");
    case ComputeState::Starting: return QCoreApplication::translate("Pixetric::Fabric", "starting");
    case ComputeState::Stopping: return QCoreApplication::translate("Pixetric::Fabric", "stopping");
    case ComputeState::Failed: return QCoreApplication::translate("Pixetric::Fabric", "failed");
    }
    return {};
}

QString displayName(OperationInfo::State state)
{
    switch (state) {
    case OperationInfo::State::Pending: return QCoreApplication::translate("Pixetric::Fabric", "queued");
    case OperationInfo::State::Running: return QCoreApplication::translate("Pixetric::Fabric", "running");
    case OperationInfo::State::Done: return QCoreApplication::translate("Pixetric::Fabric", "done");
    case OperationInfo::State::Failed: return QCoreApplication::translate("Pixetric::Fabric", "failed");
    case OperationInfo::State::RolledBack: return QCoreApplication::translate("Pixetric::Fabric", "rolled back");
    }
    return {};
}

QString ConnectionInfo::uri(bool withPassword) const
{
    QString result = QStringLiteral("postgresql://") + percentEncoded(user);
    if (withPassword && !password.isEmpty())
        result += QLatin1Char(':') + percentEncoded(password);
    result += QLatin1Char('@') + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/')
              + percentEncoded(database) + QStringLiteral("?sslmode=disable");
    return result;
}

ConnectionParams ConnectionInfo::params(const QString &applicationName, bool viaSocket) const
{
    ConnectionParams p;
    p.set(QStringLiteral("host"), viaSocket ? socketDirectory : host);
    p.set(QStringLiteral("port"), QString::number(port));
    p.set(QStringLiteral("user"), user);
    if (!password.isEmpty())
        p.set(QStringLiteral("password"), password);
    p.set(QStringLiteral("dbname"), database);
    p.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
    if (!applicationName.isEmpty())
        p.set(QStringLiteral("application_name"), applicationName);
    return p;
}

void registerFabricMetaTypes()
{
    qRegisterMetaType<BranchInfo>();
    qRegisterMetaType<OperationInfo>();
    qRegisterMetaType<ConnectionInfo>();
    qRegisterMetaType<QList<BranchInfo>>();
}

} // namespace Pixetric
