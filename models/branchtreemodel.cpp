#include "branchtreemodel.h"

#include "fabric.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace Pixetric {

namespace {

QIcon stateIcon(const BranchInfo &info)
{
    // Icons live in the widgets library's resources; without them (unit tests) the icon is
    // simply null.
    const auto icon = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    switch (info.state) {
    case BranchState::Creating:
    case BranchState::Resetting:
    case BranchState::Deleting:
        return icon("state-starting");
    case BranchState::Failed:
        return icon("state-failed");
    case BranchState::Ready:
        break;
    }
    switch (info.compute) {
    case ComputeState::Running:
        return icon("state-running");
    case ComputeState::Suspended:
        return icon("state-suspended");
    case ComputeState::Starting:
    case ComputeState::Stopping:
        return icon("state-starting");
    case ComputeState::Failed:
        return icon("state-failed");
    }
    return {};
}

bool isBusy(const BranchInfo &info)
{
    return info.state == BranchState::Creating || info.state == BranchState::Deleting
        || info.state == BranchState::Resetting;
}

bool isBroken(const BranchInfo &info)
{
    return info.state == BranchState::Failed || (info.state == BranchState::Ready && info.compute == ComputeState::Failed);
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

BranchTreeModel::BranchTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

BranchTreeModel::~BranchTreeModel() = default;

void BranchTreeModel::setFabric(Fabric *fabric)
{
    if (m_fabric == fabric)
        return;
    if (m_fabric)
        disconnect(m_fabric, nullptr, this, nullptr);
    m_fabric = fabric;
    if (m_fabric) {
        connect(m_fabric, &Fabric::branchesChanged, this, [this] {
            if (m_fabric)
                setBranches(m_fabric->branches());
        });
        setBranches(m_fabric->branches());
    } else {
        setBranches({});
    }
}

bool BranchTreeModel::sameBranch(const BranchInfo &a, const BranchInfo &b)
{
    return a.name == b.name && a.parent == b.parent && a.state == b.state && a.compute == b.compute
        && a.sizeBytes == b.sizeBytes && a.createdAt == b.createdAt && a.branchLsn == b.branchLsn
        && a.branchTime == b.branchTime && a.isProtected == b.isProtected && a.isDefault == b.isDefault
        && a.cloneMethod == b.cloneMethod && a.port == b.port && a.socketDirectory == b.socketDirectory
        && a.autoSuspendSeconds == b.autoSuspendSeconds && a.serverVersion == b.serverVersion
        && a.computeMessage == b.computeMessage;
}

QString BranchTreeModel::formatSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void BranchTreeModel::setBranches(const QList<BranchInfo> &input)
{
    // The incoming list by name (a repeated name keeps its first entry).
    QList<BranchInfo> branches;
    branches.reserve(input.size());
    QHash<QString, int> incoming;
    incoming.reserve(input.size());
    for (const BranchInfo &b : input) {
        if (b.name.isEmpty() || incoming.contains(b.name))
            continue;
        incoming.insert(b.name, int(branches.size()));
        branches.append(b);
    }

    // Where each branch goes: under its parent when that is in the list, else at the top.
    QStringList effectiveParent;
    effectiveParent.reserve(branches.size());
    QHash<QString, QList<int>> childrenOf;
    for (int i = 0; i < branches.size(); ++i) {
        const BranchInfo &b = branches.at(i);
        const QString parent = (b.parent != b.name && incoming.contains(b.parent)) ? b.parent : QString();
        effectiveParent.append(parent);
        childrenOf[parent].append(i);
    }
    // A parent cycle (a registry damaged by hand) would hide its members from the tree: the
    // first member found unreachable moves to the top level, which breaks the cycle.
    QList<bool> reached(branches.size(), false);
    const auto reach = [&](int start) {
        QList<int> stack{start};
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            if (reached.at(i))
                continue;
            reached[i] = true;
            for (int c : childrenOf.value(branches.at(i).name))
                stack.append(c);
        }
    };
    for (int i : childrenOf.value(QString()))
        reach(i);
    for (int i = 0; i < branches.size(); ++i) {
        if (reached.at(i))
            continue;
        childrenOf[effectiveParent.at(i)].removeOne(i);
        effectiveParent[i] = QString();
        childrenOf[QString()].append(i);
        reach(i);
    }

    removeStale(&m_root, incoming, effectiveParent);

    // One dataChanged per parent, spanning its first to last changed row: views handle each
    // signal with a walk of their rows, so one per branch would cost 500² steps for 500 branches
    // when every size changes at once.
    QHash<Node *, std::pair<int, int>> changedRows;
    for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
        Node *node = it.value();
        const BranchInfo &fresh = branches.at(incoming.value(it.key()));
        if (sameBranch(node->info, fresh))
            continue;
        node->info = fresh;
        auto span = changedRows.find(node->parent);
        if (span == changedRows.end())
            changedRows.insert(node->parent, {node->row, node->row});
        else
            *span = {std::min(span->first, node->row), std::max(span->second, node->row)};
    }
    for (auto it = changedRows.cbegin(); it != changedRows.cend(); ++it) {
        const QModelIndex parent = it.key() == &m_root ? QModelIndex() : indexOfNode(it.key(), 0);
        Q_EMIT dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
    }

    insertMissing(&m_root, QString(), branches, childrenOf);
}

void BranchTreeModel::removeStale(Node *parent, const QHash<QString, int> &incoming, const QStringList &effectiveParent)
{
    const QString parentName = parent == &m_root ? QString() : parent->info.name;
    const auto stale = [&](const Node *node) {
        const auto it = incoming.constFind(node->info.name);
        return it == incoming.cend() || effectiveParent.at(it.value()) != parentName;
    };
    // Back to front, so rows still to be visited keep their numbers; neighbouring stale rows go
    // in one removal.
    int row = int(parent->children.size()) - 1;
    while (row >= 0) {
        if (!stale(parent->children[size_t(row)].get())) {
            removeStale(parent->children[size_t(row)].get(), incoming, effectiveParent);
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && stale(parent->children[size_t(row - 1)].get()))
            --row;
        const int first = row;
        beginRemoveRows(indexOfNode(parent), first, last);
        for (int r = first; r <= last; ++r)
            forget(parent->children[size_t(r)].get());
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
        renumber(parent, first);
        endRemoveRows();
        --row;
    }
}

void BranchTreeModel::insertMissing(Node *parent, const QString &parentName, const QList<BranchInfo> &branches,
                                    const QHash<QString, QList<int>> &childrenOf)
{
    const QList<int> wanted = childrenOf.value(parentName);
    int position = 0; // where the next new branch goes: after the last known sibling before it
    for (int k = 0; k < wanted.size();) {
        const QString &name = branches.at(wanted.at(k)).name;
        if (Node *existing = m_byName.value(name)) {
            position = existing->row + 1;
            insertMissing(existing, name, branches, childrenOf);
            ++k;
            continue;
        }
        int end = k + 1;
        while (end < wanted.size() && !m_byName.contains(branches.at(wanted.at(end)).name))
            ++end;
        const int count = end - k;
        position = std::min(position, int(parent->children.size()));
        beginInsertRows(indexOfNode(parent), position, position + count - 1);
        std::vector<std::unique_ptr<Node>> fresh;
        fresh.reserve(size_t(count));
        for (int i = k; i < end; ++i)
            fresh.push_back(buildSubtree(wanted.at(i), parent, branches, childrenOf));
        parent->children.insert(parent->children.begin() + position, std::make_move_iterator(fresh.begin()),
                                std::make_move_iterator(fresh.end()));
        renumber(parent, position);
        endInsertRows();
        position += count;
        k = end;
    }
}

std::unique_ptr<BranchTreeModel::Node> BranchTreeModel::buildSubtree(int at, Node *parent, const QList<BranchInfo> &branches,
                                                                     const QHash<QString, QList<int>> &childrenOf)
{
    auto node = std::make_unique<Node>();
    node->info = branches.at(at);
    node->parent = parent;
    m_byName.insert(node->info.name, node.get());
    const QList<int> kids = childrenOf.value(node->info.name);
    node->children.reserve(size_t(kids.size()));
    for (int i = 0; i < kids.size(); ++i) {
        node->children.push_back(buildSubtree(kids.at(i), node.get(), branches, childrenOf));
        node->children.back()->row = i;
    }
    return node;
}

void BranchTreeModel::renumber(Node *parent, int from)
{
    for (size_t r = size_t(std::max(from, 0)); r < parent->children.size(); ++r)
        parent->children[r]->row = int(r);
}

void BranchTreeModel::forget(const Node *node)
{
    m_byName.remove(node->info.name);
    for (const auto &child : node->children)
        forget(child.get());
}

BranchTreeModel::Node *BranchTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<Node *>(&m_root);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex BranchTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex BranchTreeModel::indexOf(const QString &name, int column) const
{
    return indexOfNode(m_byName.value(name), column);
}

BranchInfo BranchTreeModel::branch(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return nodeOf(index)->info;
}

QStringList BranchTreeModel::descendants(const QString &name) const
{
    QStringList out;
    const Node *node = m_byName.value(name);
    if (!node)
        return out;
    QList<const Node *> stack;
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
        stack.append(it->get());
    while (!stack.isEmpty()) {
        const Node *n = stack.takeLast();
        out.append(n->info.name);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.append(it->get());
    }
    return out;
}

QModelIndex BranchTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex BranchTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int BranchTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int BranchTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool BranchTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant BranchTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const BranchInfo &b = nodeOf(index)->info;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return b.name;
        case ComputeColumn:
            return b.state == BranchState::Ready ? displayName(b.compute) : displayName(b.state);
        case SizeColumn:
            return formatSize(b.sizeBytes);
        case CreatedColumn:
            return localTime(b.createdAt);
        case BranchPointColumn:
            if (b.isRoot())
                return QString();
            if (b.branchLsn.isEmpty())
                return localTime(b.branchTime);
            if (!b.branchTime.isValid())
                return b.branchLsn;
            return tr("%1 at %2", "branch point: LSN at time").arg(b.branchLsn, localTime(b.branchTime));
        case EndpointColumn:
            return b.port > 0 ? QString::number(b.port) : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return stateIcon(b);
        return {};
    case Qt::FontRole:
        if (column == NameColumn && b.isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isBroken(b) && (column == NameColumn || column == ComputeColumn))
            return QColor(0xc6, 0x28, 0x28);
        if (isBusy(b))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == EndpointColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole: {
        if (column == ComputeColumn && isBroken(b) && !b.computeMessage.isEmpty())
            return b.computeMessage;
        if (column == EndpointColumn && b.port > 0)
            return tr("127.0.0.1:%1, Unix socket in %2").arg(b.port).arg(b.socketDirectory);
        if (column == SizeColumn && b.sizeBytes >= 0)
            return tr("%1 bytes").arg(QLocale().toString(b.sizeBytes));
        QStringList lines{b.name};
        if (b.isDefault)
            lines.append(tr("Default branch"));
        if (b.isProtected)
            lines.append(tr("Protected: reset and discard need the protection removed first"));
        if (b.state == BranchState::Ready)
            lines.append(tr("Compute: %1").arg(displayName(b.compute)));
        else
            lines.append(tr("State: %1").arg(displayName(b.state)));
        if (!b.computeMessage.isEmpty())
            lines.append(b.computeMessage);
        return lines.join(QLatin1Char('\n'));
    }
    case BranchRole:
        return QVariant::fromValue(b);
    case NameRole:
        return b.name;
    case SortRole:
        switch (column) {
        case NameColumn:
            return b.name;
        case ComputeColumn:
            return data(index, Qt::DisplayRole);
        case SizeColumn:
            return b.sizeBytes;
        case CreatedColumn:
            return b.createdAt;
        case BranchPointColumn:
            return b.branchTime;
        case EndpointColumn:
            return b.port;
        }
        return {};
    case ComputeStateRole:
        return int(b.compute);
    case BranchStateRole:
        return int(b.state);
    case ProtectedRole:
        return b.isProtected;
    case DefaultRole:
        return b.isDefault;
    }
    return {};
}

QVariant BranchTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == SizeColumn || section == EndpointColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SizeColumn:
            return tr("Logical size of the branch's data");
        case BranchPointColumn:
            return tr("The parent's WAL position (LSN) and time the branch starts from");
        case EndpointColumn:
            return tr("Port on 127.0.0.1; it stays the same for the branch's whole life");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ComputeColumn:
        return tr("Compute");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    case BranchPointColumn:
        return tr("Branch point");
    case EndpointColumn:
        return tr("Port");
    }
    return {};
}

QHash<int, QByteArray> BranchTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(BranchRole, "branch");
    names.insert(NameRole, "name");
    names.insert(SortRole, "sortValue");
    names.insert(ComputeStateRole, "computeState");
    names.insert(BranchStateRole, "branchState");
    names.insert(ProtectedRole, "isProtected");
    names.insert(DefaultRole, "isDefault");
    return names;
}

} // namespace Pixetric
