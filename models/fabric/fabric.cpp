#include "fabric.h"

namespace Pixetric {

Fabric::Fabric(QObject *parent)
    : QObject(parent)
{
    registerFabricMetaTypes();
}

Fabric::~Fabric() = default;

BranchInfo Fabric::branch(const QString &name, bool *found) const
{
    const QList<BranchInfo> all = branches();
    for (const BranchInfo &b : all) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return b;
        }
    }
    if (found)
        *found = false;
    return {};
}

QStringList Fabric::children(const QString &name) const
{
    QStringList result;
    const QList<BranchInfo> all = branches();
    for (const BranchInfo &b : all) {
        if (b.parent.compare(name, Qt::CaseInsensitive) == 0)
            result << b.name;
    }
    return result;
}

} // namespace Pixetric
