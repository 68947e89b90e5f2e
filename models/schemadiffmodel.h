#pragma once

#include "schemadiff.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace Pixetric {

// A schema comparison (SchemaDiff) as a tree: one row per object kind ("Tables (12)"), under
// it the objects of that kind, and under each table or view its sub-objects (columns by
// position, then constraints, indexes, triggers, rules and policies). A sub-object whose
// table is not part of the comparison shows under its own kind.
//
// Columns: the object, how it compares (identical, changed, only in FROM, only in TO) and
// which attributes changed. Kind rows summarize their objects in the last column.
//
// Custom roles: StateRole (ObjectDiff::State as int; invalid on kind rows), KeyRole (the
// object's identity key), KindRole (ObjectKind as int), KindRowRole (true on kind rows),
// SubtreeStatesRole (stateBit() of the row and of everything below it, OR-ed).
//
// The tree is made in one go by setDiff() (a model reset) in time linear in the number of
// objects, so a large comparison costs one pass on the GUI thread and nothing per row
// afterwards. The model keeps its own copy of the diff (implicitly shared).
//
// Thread affinity: GUI thread.
class SchemaDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, ChangeColumn, AttributesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1,
        KeyRole,
        KindRole,
        KindRowRole,
        SubtreeStatesRole,
    };
    Q_ENUM(Role)

    static constexpr int stateBit(ObjectDiff::State state) { return 1 << int(state); }
    static constexpr int AllStates = 0xf;

    explicit SchemaDiffModel(QObject *parent = nullptr);
    ~SchemaDiffModel() override;

    void setDiff(const SchemaDiff &diff);
    void clear();
    const SchemaDiff &diff() const { return m_diff; }

    // Objects of the comparison (sub-objects included) in that state.
    int stateCount(ObjectDiff::State state) const { return m_stateCounts.at(size_t(state)); }
    int objectCount() const { return int(m_diff.objects.size()); }

    // The object at index (any column); null on kind rows and invalid indexes. Valid until
    // the next setDiff() or clear().
    const ObjectDiff *objectDiff(const QModelIndex &index) const;
    // Invalid when no object has that key.
    QModelIndex indexOfKey(const QString &key, int column = ObjectColumn) const;
    QModelIndex indexOfKind(ObjectKind kind, int column = ObjectColumn) const;

    // "Tables (12)": what a kind row says when count of its objects show.
    static QString kindRowText(ObjectKind kind, int count);
    // "Tables", "Columns", …: plural, translated.
    static QString kindPlural(ObjectKind kind);
    // "identical", "changed", "only in FROM", "only in TO": translated.
    static QString stateText(ObjectDiff::State state);
    // The colour a state is drawn in (invalid for Identical: the palette's text colour);
    // readable on light and dark bases alike.
    static QColor stateColor(ObjectDiff::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        int diffIndex = -1; // into m_diff.objects; -1 on kind rows
        ObjectKind kind = ObjectKind::Table;
        int parent = -1;    // node number; -1 at the top level
        int row = 0;
        QList<int> children;
        int subtreeStates = 0;
        int differingChildren = 0; // children whose own state is not Identical
    };

    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node, int column) const;
    QVariant kindRowData(const Node &node, int column, int role) const;
    QVariant objectData(const Node &node, int column, int role) const;
    QString objectText(const Node &node) const;
    int computeStates(int node);

    SchemaDiff m_diff;
    std::vector<Node> m_nodes;
    QList<int> m_topLevel;          // kind rows, in ObjectKind order
    QHash<QString, int> m_nodeByKey; // object key → node
    std::array<int, 4> m_stateCounts{};
};

} // namespace Pixetric
