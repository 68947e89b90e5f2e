#pragma once

#include "fabric.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace Pixetric {


// A fabric's branches as a tree by parent: name (with the compute state as its icon; the
// default branch in bold), compute state, size, creation time, branch point and endpoint.
//
// Each refresh is applied in place: rows are matched by branch name, changed rows report
// dataChanged, new and vanished branches are inserted and removed, and a branch whose parent
// changed is removed and inserted again under its new parent. The model is never reset, so a
// view's selection, current row and expanded branches stay where they are across the fabric's
// regular refreshes. Lookups go through a name hash, so a refresh of n branches costs O(n)
// plus the rows that actually move.
//
// Custom roles: BranchRole (the whole BranchInfo), NameRole, SortRole (bytes for the size,
// QDateTime for times, the port for the endpoint), ComputeStateRole and BranchStateRole (the
// enum as int), ProtectedRole, DefaultRole.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric, which may be destroyed
// first (the model then keeps the last tree it saw).
class BranchTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ComputeColumn, SizeColumn, CreatedColumn, BranchPointColumn, EndpointColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        BranchRole = Qt::UserRole + 1,
        NameRole,
        SortRole,
        ComputeStateRole,
        BranchStateRole,
        ProtectedRole,
        DefaultRole,
    };
    Q_ENUM(Role)

    explicit BranchTreeModel(QObject *parent = nullptr);
    ~BranchTreeModel() override;

    // Follows fabric's branchesChanged(); null shows an empty tree.
    void setFabric(Fabric *fabric);
    Fabric *fabric() const { return m_fabric; }

    // Applies a new branch list (parents before children; a branch whose parent is missing
    // shows at the top level) in place, as described above. Public so other sources can feed
    // the model as well.
    void setBranches(const QList<BranchInfo> &branches);

    int branchCount() const { return int(m_byName.size()); }
    bool contains(const QString &name) const { return m_byName.contains(name); }
    // Invalid when no branch has that name.
    QModelIndex indexOf(const QString &name, int column = NameColumn) const;
    // The branch at index (any column); a default BranchInfo for an invalid index.
    BranchInfo branch(const QModelIndex &index) const;
    // Names of every branch below name, depth first (children before grandchildren of the
    // next child), without name itself.
    QStringList descendants(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "1.4 MB" (units of 1024, as pg_size_pretty); empty while unknown (negative).
    static QString formatSize(qint64 bytes);
    // Whether two snapshots of a branch differ in anything the model shows or hands out.
    static bool sameBranch(const BranchInfo &a, const BranchInfo &b);

private:
    struct Node
    {
        BranchInfo info;
        Node *parent = nullptr;
        int row = 0; // position in parent->children, kept current on every insert and remove
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = NameColumn) const;
    void renumber(Node *parent, int from);
    void forget(const Node *node); // drops node and its subtree from m_byName
    void removeStale(Node *parent, const QHash<QString, int> &incoming, const QStringList &effectiveParent);
    void insertMissing(Node *parent, const QString &parentName, const QList<BranchInfo> &branches,
                       const QHash<QString, QList<int>> &childrenOf);
    std::unique_ptr<Node> buildSubtree(int at, Node *parent, const QList<BranchInfo> &branches,
                                       const QHash<QString, QList<int>> &childrenOf);

    QPointer<Fabric> m_fabric;
    Node m_root; // invisible; its children are the top-level branches
    QHash<QString, Node *> m_byName;
};

} // namespace Pixetric
