#include "schemadiffmodel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace Pixetric {

namespace {

constexpr int StateCount = 4;

bool isParentKind(ObjectKind kind)
{
    return kind == ObjectKind::Table || kind == ObjectKind::ForeignTable || kind == ObjectKind::View
           || kind == ObjectKind::MaterializedView;
}

bool isSubObjectKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Column:
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Rule:
    case ObjectKind::Policy:
        return true;
    default:
        return false;
    }
}

QString shortened(const QString &text, int limit = 160)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.size() > limit ? flat.left(limit - 1) + QChar(0x2026) : flat;
}

} // namespace

SchemaDiffModel::SchemaDiffModel(QObject *parent) : QAbstractItemModel(parent)
{
}

SchemaDiffModel::~SchemaDiffModel() = default;

QString SchemaDiffModel::kindPlural(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return tr("Schemas");
    case ObjectKind::Extension: return tr("Extensions");
    case ObjectKind::Collation: return tr("Collations");
    case ObjectKind::ForeignDataWrapper: return tr("Foreign data wrappers");
    case ObjectKind::Server: return tr("Foreign servers");
    case ObjectKind::UserMapping: return tr("User mappings");
    case ObjectKind::Enum: return tr("Enum types");
    case ObjectKind::Composite: return tr("Composite types");
    case ObjectKind::Domain: return tr("Domains");
    case ObjectKind::Range: return tr("Range types");
    case ObjectKind::TextSearchDictionary: return tr("Text search dictionaries");
    case ObjectKind::TextSearchConfiguration: return tr("Text search configurations");
    case ObjectKind::Function: return tr("Functions");
    case ObjectKind::Aggregate: return tr("Aggregates");
    case ObjectKind::Procedure: return tr("Procedures");
    case ObjectKind::Sequence: return tr("Sequences");
    case ObjectKind::Table: return tr("Tables");
    case ObjectKind::ForeignTable: return tr("Foreign tables");
    case ObjectKind::Column: return tr("Columns");
    case ObjectKind::Constraint: return tr("Constraints");
    case ObjectKind::Index: return tr("Indexes");
    case ObjectKind::View: return tr("Views");
    case ObjectKind::MaterializedView: return tr("Materialized views");
    case ObjectKind::Statistics: return tr("Extended statistics");
    case ObjectKind::Trigger: return tr("Triggers");
    case ObjectKind::Rule: return tr("Rules");
    case ObjectKind::Policy: return tr("Policies");
    case ObjectKind::EventTrigger: return tr("Event triggers");
    case ObjectKind::Publication: return tr("Publications");
    case ObjectKind::DefaultPrivileges: return tr("Default privileges");
    }
    return SchemaObject::kindLabel(kind);
}

QString SchemaDiffModel::kindRowText(ObjectKind kind, int count)
{
    return tr("%1 (%2)", "kind row: plural kind name (number of objects shown)").arg(kindPlural(kind)).arg(count);
}

QString SchemaDiffModel::stateText(ObjectDiff::State state)
{
    switch (state) {
    case ObjectDiff::State::Identical: return tr("identical");
    case ObjectDiff::State::Changed: return tr("changed");
    case ObjectDiff::State::OnlyInFrom: return tr("only in FROM");
    case ObjectDiff::State::OnlyInTo: return tr("only in TO");
    }
    return {};
}

QColor SchemaDiffModel::stateColor(ObjectDiff::State state)
{
    switch (state) {
    case ObjectDiff::State::Identical: return {};
    case ObjectDiff::State::Changed: return QColor(0xc0, 0x7a, 0x12);
    case ObjectDiff::State::OnlyInFrom: return QColor(0xd0, 0x3b, 0x3b);
    case ObjectDiff::State::OnlyInTo: return QColor(0x2f, 0x9e, 0x44);
    }
    return {};
}

void SchemaDiffModel::clear()
{
    setDiff(SchemaDiff());
}

void SchemaDiffModel::setDiff(const SchemaDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_nodes.clear();
    m_topLevel.clear();
    m_nodeByKey.clear();
    m_stateCounts.fill(0);

    const qsizetype n = m_diff.objects.size();
    m_nodes.reserve(size_t(n) + 32);
    m_nodeByKey.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const ObjectDiff &d = m_diff.objects.at(i);
        Node node;
        node.diffIndex = int(i);
        node.kind = d.kind;
        m_nodeByKey.insert(d.key, int(m_nodes.size()));
        m_nodes.push_back(node);
        ++m_stateCounts[size_t(d.state)];
    }

    // Sub-objects go under their table or view; everything else (and a sub-object whose
    // table is filtered out) under its kind's row.
    std::array<QList<int>, size_t(ObjectKind::DefaultPrivileges) + 1> byKind;
    for (int i = 0; i < int(n); ++i) {
        Node &node = m_nodes[size_t(i)];
        int parent = -1;
        if (isSubObjectKind(node.kind)) {
            const SchemaObject &o = m_diff.objects.at(i).object();
            for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::ForeignTable, ObjectKind::View,
                                          ObjectKind::MaterializedView}) {
                const auto found = m_nodeByKey.constFind(SchemaObject::makeKey(kind, o.schema, o.table));
                if (found != m_nodeByKey.constEnd()) {
                    parent = *found;
                    break;
                }
            }
        }
        if (parent >= 0) {
            node.parent = parent;
            m_nodes[size_t(parent)].children.append(i);
        } else {
            byKind[size_t(node.kind)].append(i);
        }
    }
    for (size_t k = 0; k < byKind.size(); ++k) {
        if (byKind[k].isEmpty())
            continue;
        Node kindRow;
        kindRow.kind = ObjectKind(k);
        kindRow.row = int(m_topLevel.size());
        kindRow.children = byKind[k];
        const int number = int(m_nodes.size());
        for (const int child : std::as_const(kindRow.children))
            m_nodes[size_t(child)].parent = number;
        m_topLevel.append(number);
        m_nodes.push_back(std::move(kindRow));
    }

    // A table's parts in the order a person reads CREATE TABLE: columns by position, then
    // constraints, indexes, triggers, rules, policies; each kind by key. Columns FROM has come
    // in FROM's order, the ones only TO has after them in TO's (ADD COLUMN appends).
    const auto position = [this](int node) {
        const ObjectDiff &d = m_diff.objects.at(m_nodes[size_t(node)].diffIndex);
        const SchemaObject &o = d.from ? *d.from : *d.to;
        return std::pair(d.from ? 0 : 1, o.attr(QStringLiteral("position")).toInt());
    };
    for (Node &node : m_nodes) {
        if (node.diffIndex < 0 || node.children.isEmpty() || !isParentKind(node.kind))
            continue;
        std::stable_sort(node.children.begin(), node.children.end(), [&](int a, int b) {
            const Node &x = m_nodes[size_t(a)];
            const Node &y = m_nodes[size_t(b)];
            if (x.kind != y.kind)
                return x.kind < y.kind;
            if (x.kind == ObjectKind::Column)
                return position(a) < position(b);
            return false; // already in key order
        });
    }
    for (Node &node : m_nodes) {
        for (int r = 0; r < node.children.size(); ++r)
            m_nodes[size_t(node.children.at(r))].row = r;
    }
    for (const int top : std::as_const(m_topLevel))
        computeStates(top);
    endResetModel();
}

int SchemaDiffModel::computeStates(int number)
{
    int states = 0;
    int differing = 0;
    {
        const Node &node = m_nodes[size_t(number)];
        if (node.diffIndex >= 0)
            states = stateBit(m_diff.objects.at(node.diffIndex).state);
    }
    const QList<int> children = m_nodes[size_t(number)].children;
    for (const int child : children) {
        states |= computeStates(child);
        if (m_diff.objects.at(m_nodes[size_t(child)].diffIndex).state != ObjectDiff::State::Identical)
            ++differing;
    }
    Node &node = m_nodes[size_t(number)];
    node.subtreeStates = states;
    node.differingChildren = differing;
    return states;
}

const SchemaDiffModel::Node *SchemaDiffModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0 || index.internalId() > m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId() - 1)];
}

QModelIndex SchemaDiffModel::indexOfNode(int number, int column) const
{
    if (number < 0 || size_t(number) >= m_nodes.size())
        return {};
    return createIndex(m_nodes[size_t(number)].row, column, quintptr(number + 1));
}

const ObjectDiff *SchemaDiffModel::objectDiff(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->diffIndex >= 0 ? &m_diff.objects.at(node->diffIndex) : nullptr;
}

QModelIndex SchemaDiffModel::indexOfKey(const QString &key, int column) const
{
    const auto found = m_nodeByKey.constFind(key);
    return found == m_nodeByKey.constEnd() ? QModelIndex() : indexOfNode(*found, column);
}

QModelIndex SchemaDiffModel::indexOfKind(ObjectKind kind, int column) const
{
    for (const int top : m_topLevel) {
        if (m_nodes[size_t(top)].kind == kind)
            return indexOfNode(top, column);
    }
    return {};
}

QModelIndex SchemaDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_topLevel.size())
            return {};
        return createIndex(row, column, quintptr(m_topLevel.at(row) + 1));
    }
    const Node *node = nodeOf(parent);
    if (!node || parent.column() != 0 || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children.at(row) + 1));
}

QModelIndex SchemaDiffModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return indexOfNode(node->parent, 0);
}

int SchemaDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int SchemaDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SchemaDiffModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString SchemaDiffModel::objectText(const Node &node) const
{
    const SchemaObject &o = m_diff.objects.at(node.diffIndex).object();
    const Node *parent = node.parent >= 0 ? &m_nodes[size_t(node.parent)] : nullptr;
    if (parent && parent->diffIndex >= 0) // under its table: the table need not be said again
        return SchemaObject::kindLabel(o.kind) + QLatin1Char(' ') + SchemaObject::quoteIdentifier(o.name);
    // Under its kind's row: the kind need not be said again.
    const QString label = SchemaObject::kindLabel(o.kind) + QLatin1Char(' ');
    const QString name = o.displayName();
    return name.startsWith(label) ? name.mid(label.size()) : name;
}

QVariant SchemaDiffModel::kindRowData(const Node &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == ObjectColumn)
            return kindRowText(node.kind, int(node.children.size()));
        if (column == AttributesColumn) { // the widest column: room for the summary
            std::array<int, StateCount> counts{};
            int inside = 0;
            for (const int child : node.children) {
                const Node &c = m_nodes[size_t(child)];
                const ObjectDiff::State state = m_diff.objects.at(c.diffIndex).state;
                ++counts[size_t(state)];
                if (state == ObjectDiff::State::Identical && c.differingChildren > 0)
                    ++inside;
            }
            QStringList parts;
            if (const int c = counts[size_t(ObjectDiff::State::Changed)])
                parts << tr("%1 changed").arg(c);
            if (const int c = counts[size_t(ObjectDiff::State::OnlyInFrom)])
                parts << tr("%1 only in FROM").arg(c);
            if (const int c = counts[size_t(ObjectDiff::State::OnlyInTo)])
                parts << tr("%1 only in TO").arg(c);
            if (inside)
                parts << tr("%1 with changed parts").arg(inside);
            return parts.isEmpty() ? stateText(ObjectDiff::State::Identical) : parts.join(QStringLiteral(" · "));
        }
        return {};
    case Qt::FontRole:
        if (column == ObjectColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return int(node.kind);
    case KindRowRole:
        return true;
    case SubtreeStatesRole:
        return node.subtreeStates;
    default:
        return {};
    }
}

QVariant SchemaDiffModel::objectData(const Node &node, int column, int role) const
{
    const ObjectDiff &d = m_diff.objects.at(node.diffIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ObjectColumn:
            return objectText(node);
        case ChangeColumn:
            return stateText(d.state);
        case AttributesColumn: {
            QStringList names;
            names.reserve(d.changes.size());
            for (const AttributeChange &c : d.changes)
                names << c.name;
            QString text = names.join(QStringLiteral(", "));
            if (node.differingChildren > 0) {
                const QString inside = tr("%n part(s) differ", nullptr, node.differingChildren);
                text = text.isEmpty() ? inside : text + QStringLiteral("; ") + inside;
            }
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AttributesColumn && !d.changes.isEmpty()) {
            QStringList lines;
            for (const AttributeChange &c : d.changes.mid(0, 12)) {
                lines << tr("%1: %2 → %3")
                             .arg(c.name, shortened(AttributeChange::text(c.from)), shortened(AttributeChange::text(c.to)));
            }
            if (d.changes.size() > 12)
                lines << tr("… and %n more", nullptr, int(d.changes.size() - 12));
            return lines.join(QLatin1Char('\n'));
        }
        return d.object().displayName();
    case Qt::ForegroundRole:
        if (column == ChangeColumn || (column == ObjectColumn && d.state != ObjectDiff::State::Changed)) {
            if (const QColor color = stateColor(d.state); color.isValid())
                return color;
        }
        return {};
    case StateRole:
        return int(d.state);
    case KeyRole:
        return d.key;
    case KindRole:
        return int(d.kind);
    case KindRowRole:
        return false;
    case SubtreeStatesRole:
        return node.subtreeStates;
    default:
        return {};
    }
}

QVariant SchemaDiffModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node || index.column() >= ColumnCount)
        return {};
    return node->diffIndex < 0 ? kindRowData(*node, index.column(), role) : objectData(*node, index.column(), role);
}

QVariant SchemaDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn: return tr("Object");
    case ChangeColumn: return tr("Change");
    case AttributesColumn: return tr("What changed");
    default: return {};
    }
}

QHash<int, QByteArray> SchemaDiffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(KeyRole, "key");
    names.insert(KindRole, "kind");
    names.insert(KindRowRole, "kindRow");
    names.insert(SubtreeStatesRole, "subtreeStates");
    return names;
}

} // namespace Pixetric
