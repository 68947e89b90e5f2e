#include "explainplan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Pixetric {

namespace {

// QJsonDocument nests far deeper than real plans do; this keeps recursion bounded on hostile input.
constexpr int MaxDepth = 512;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

double number(const QJsonObject &o, const char *name, double fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isDouble() ? v.toDouble() : fallback;
}

QString formatNumber(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 12);
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        const bool allScalars = std::all_of(array.begin(), array.end(), [](const QJsonValue &e) {
            return e.isString() || e.isDouble() || e.isBool();
        });
        if (allScalars) {
            QStringList parts;
            for (const QJsonValue &e : array)
                parts << valueText(e);
            return parts.join(QStringLiteral(", "));
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

PlanBuffers readBuffers(const QJsonObject &o)
{
    PlanBuffers b;
    b.present = o.contains(QLatin1String("Shared Hit Blocks"));
    if (!b.present)
        return b;
    const auto blocks = [&](const char *name) { return qint64(number(o, name)); };
    b.sharedHit = blocks("Shared Hit Blocks");
    b.sharedRead = blocks("Shared Read Blocks");
    b.sharedDirtied = blocks("Shared Dirtied Blocks");
    b.sharedWritten = blocks("Shared Written Blocks");
    b.localHit = blocks("Local Hit Blocks");
    b.localRead = blocks("Local Read Blocks");
    b.localDirtied = blocks("Local Dirtied Blocks");
    b.localWritten = blocks("Local Written Blocks");
    b.tempRead = blocks("Temp Read Blocks");
    b.tempWritten = blocks("Temp Written Blocks");
    return b;
}

bool isGather(const PlanNode &n)
{
    return n.nodeType == QLatin1String("Gather") || n.nodeType == QLatin1String("Gather Merge");
}

bool isInitPlan(const PlanNode &n)
{
    return n.parentRelationship == QLatin1String("InitPlan");
}

// Crossing into an InitPlan or SubPlan starts another query level, which a Limit above does
// not stop early.
bool startsQueryLevel(const PlanNode &n)
{
    return isInitPlan(n) || n.parentRelationship == QLatin1String("SubPlan");
}

} // namespace

bool PlanNode::isMisestimated(double threshold) const
{
    return estimateFactor >= threshold && !cutShort;
}

QString PlanNode::label() const
{
    QString type = nodeType;
    if (nodeType == QLatin1String("Aggregate")) {
        if (strategy == QLatin1String("Hashed"))
            type = QStringLiteral("HashAggregate");
        else if (strategy == QLatin1String("Sorted"))
            type = QStringLiteral("GroupAggregate");
        else if (strategy == QLatin1String("Mixed"))
            type = QStringLiteral("MixedAggregate");
    } else if (nodeType == QLatin1String("SetOp") && strategy == QLatin1String("Hashed")) {
        type = QStringLiteral("HashSetOp");
    } else if (nodeType == QLatin1String("ModifyTable") && !operation.isEmpty()) {
        type = operation;
    }
    if (partialMode == QLatin1String("Partial") || partialMode == QLatin1String("Finalize"))
        type = partialMode + QLatin1Char(' ') + type;
    if (parallelAware)
        type = QStringLiteral("Parallel ") + type;
    if (!joinType.isEmpty() && joinType != QLatin1String("Inner")) {
        if (nodeType == QLatin1String("Nested Loop"))
            type += QLatin1Char(' ') + joinType + QStringLiteral(" Join");
        else if (type.endsWith(QLatin1String(" Join")))
            type.insert(type.size() - 5, QLatin1Char(' ') + joinType);
    }
    if (scanDirection == QLatin1String("Backward"))
        type += QStringLiteral(" Backward");

    QString target;
    if (!cteName.isEmpty())
        target = cteName;
    else if (!functionName.isEmpty())
        target = functionName;
    else if (!relationName.isEmpty())
        target = schema.isEmpty() ? relationName : schema + QLatin1Char('.') + relationName;
    if (!alias.isEmpty() && alias != target && alias != relationName)
        target = target.isEmpty() ? alias : target + QLatin1Char(' ') + alias;

    QString result = type;
    if (!indexName.isEmpty()) {
        if (nodeType == QLatin1String("Bitmap Index Scan"))
            result += QStringLiteral(" on ") + indexName;
        else
            result += QStringLiteral(" using ") + indexName;
    }
    if (!target.isEmpty())
        result += QStringLiteral(" on ") + target;
    return result;
}

double ExplainPlan::triggerMs() const
{
    double total = 0;
    for (const PlanTrigger &t : m_triggers)
        total += t.timeMs;
    return total;
}

QList<int> ExplainPlan::misestimatedNodes(double threshold) const
{
    QList<int> result;
    for (const PlanNode &n : m_nodes) {
        if (n.isMisestimated(threshold))
            result << n.id;
    }
    return result;
}

ExplainPlan ExplainPlan::fromJson(QByteArrayView json)
{
    ExplainPlan plan;
    const QByteArray bytes = json.toByteArray().trimmed();
    if (bytes.isEmpty()) {
        plan.m_error = tr("There is no plan to show. Run EXPLAIN (FORMAT JSON) on a statement, or "
                          "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) to see actual times.");
        return plan;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        plan.m_error = tr("The plan is not valid JSON (%1 at byte %2). Copy the complete output of "
                          "EXPLAIN (FORMAT JSON) and try again.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset + 1);
        return plan;
    }

    const auto notExplain = [&plan](const QString &why) {
        plan.m_error = tr("This is not EXPLAIN (FORMAT JSON) output: %1. Run EXPLAIN with FORMAT JSON; "
                          "the text, XML and YAML formats cannot be shown as a tree.")
                           .arg(why);
        plan.m_nodes.clear();
        plan.m_roots.clear();
    };

    QList<QJsonObject> statements;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        if (array.isEmpty()) {
            notExplain(tr("the list is empty"));
            return plan;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                notExplain(tr("entry %1 of the list is not an object").arg(i + 1));
                return plan;
            }
            statements << array.at(i).toObject();
        }
    } else if (doc.isObject()) {
        const QJsonObject object = doc.object();
        if (object.contains(QLatin1String("Node Type")))
            statements << QJsonObject{{key("Plan"), object}};
        else
            statements << object;
    } else {
        notExplain(tr("the text is neither a list nor an object"));
        return plan;
    }

    for (qsizetype i = 0; i < statements.size(); ++i) {
        QString why;
        if (!plan.parseStatement(statements.at(i), &why)) {
            notExplain(statements.size() > 1 ? tr("statement %1: %2").arg(i + 1).arg(why) : why);
            return plan;
        }
    }
    plan.derive();
    return plan;
}

bool ExplainPlan::parseStatement(const QJsonObject &statement, QString *error)
{
    const QJsonValue planValue = statement.value(QLatin1String("Plan"));
    if (!planValue.isObject()) {
        *error = tr("there is no \"Plan\" object");
        return false;
    }
    const int root = parseNode(planValue.toObject(), -1, 0, error);
    if (root < 0)
        return false;
    m_nodes[root].row = int(m_roots.size());
    m_roots << root;

    const auto addTime = [&statement](const char *name, double *total) {
        const QJsonValue v = statement.value(QLatin1String(name));
        if (v.isDouble())
            *total = qMax(0.0, *total) + v.toDouble();
    };
    addTime("Planning Time", &m_planningMs);
    addTime("Execution Time", &m_executionMs);

    const QJsonObject planning = statement.value(QLatin1String("Planning")).toObject();
    const PlanBuffers pb = readBuffers(planning);
    if (pb.present) {
        m_planningBuffers.present = true;
        m_planningBuffers.sharedHit += pb.sharedHit;
        m_planningBuffers.sharedRead += pb.sharedRead;
        m_planningBuffers.sharedDirtied += pb.sharedDirtied;
        m_planningBuffers.sharedWritten += pb.sharedWritten;
        m_planningBuffers.localHit += pb.localHit;
        m_planningBuffers.localRead += pb.localRead;
        m_planningBuffers.localDirtied += pb.localDirtied;
        m_planningBuffers.localWritten += pb.localWritten;
        m_planningBuffers.tempRead += pb.tempRead;
        m_planningBuffers.tempWritten += pb.tempWritten;
    }

    const QJsonArray triggers = statement.value(QLatin1String("Triggers")).toArray();
    for (const QJsonValue &v : triggers) {
        const QJsonObject o = v.toObject();
        PlanTrigger t;
        t.name = text(o, "Trigger Name");
        t.constraintName = text(o, "Constraint Name");
        t.relation = text(o, "Relation");
        t.timeMs = number(o, "Time");
        t.calls = qint64(number(o, "Calls"));
        m_triggers << t;
    }

    const QJsonObject jitTiming =
        statement.value(QLatin1String("JIT")).toObject().value(QLatin1String("Timing")).toObject();
    const QJsonValue jitTotal = jitTiming.value(QLatin1String("Total"));
    if (jitTotal.isDouble())
        m_jitMs = qMax(0.0, m_jitMs) + jitTotal.toDouble();
    return true;
}

int ExplainPlan::parseNode(const QJsonObject &o, int parent, int depth, QString *error)
{
    if (depth > MaxDepth) {
        *error = tr("the plan is nested more than %1 levels deep").arg(MaxDepth);
        return -1;
    }
    const QJsonValue type = o.value(QLatin1String("Node Type"));
    if (!type.isString() || type.toString().isEmpty()) {
        *error = tr("a plan node has no \"Node Type\"");
        return -1;
    }

    PlanNode n;
    n.id = int(m_nodes.size());
    n.parent = parent;
    n.depth = depth;
    n.nodeType = type.toString();
    n.parentRelationship = text(o, "Parent Relationship");
    n.subplanName = text(o, "Subplan Name");
    n.relationName = text(o, "Relation Name");
    n.schema = text(o, "Schema");
    n.alias = text(o, "Alias");
    n.indexName = text(o, "Index Name");
    n.cteName = text(o, "CTE Name");
    n.functionName = text(o, "Function Name");
    n.joinType = text(o, "Join Type");
    n.strategy = text(o, "Strategy");
    n.partialMode = text(o, "Partial Mode");
    n.operation = text(o, "Operation");
    n.scanDirection = text(o, "Scan Direction");
    n.parallelAware = o.value(QLatin1String("Parallel Aware")).toBool();
    n.startupCost = number(o, "Startup Cost");
    n.totalCost = number(o, "Total Cost");
    n.planRows = number(o, "Plan Rows");
    n.planWidth = int(number(o, "Plan Width"));
    n.hasActuals = o.contains(QLatin1String("Actual Loops"));
    n.hasTiming = o.contains(QLatin1String("Actual Total Time"));
    n.actualStartupMs = number(o, "Actual Startup Time");
    n.actualTotalMs = number(o, "Actual Total Time");
    n.actualRows = number(o, "Actual Rows");
    n.actualLoops = number(o, "Actual Loops");
    n.workersPlanned = int(number(o, "Workers Planned", -1));
    n.workersLaunched = int(number(o, "Workers Launched", -1));
    n.buffers = readBuffers(o);
    n.filter = text(o, "Filter");
    n.indexCond = text(o, "Index Cond");
    n.recheckCond = text(o, "Recheck Cond");
    n.hashCond = text(o, "Hash Cond");
    n.mergeCond = text(o, "Merge Cond");
    n.joinFilter = text(o, "Join Filter");
    n.oneTimeFilter = text(o, "One-Time Filter");
    n.rowsRemovedByFilter = number(o, "Rows Removed by Filter", -1);
    n.rowsRemovedByJoinFilter = number(o, "Rows Removed by Join Filter", -1);
    n.rowsRemovedByIndexRecheck = number(o, "Rows Removed by Index Recheck", -1);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("Plans"))
            n.fields.append({it.key(), valueText(it.value())});
    }

    m_hasActuals = m_hasActuals || n.hasActuals;
    m_hasTiming = m_hasTiming || n.hasTiming;
    m_hasBuffers = m_hasBuffers || n.buffers.present;
    m_nodes.append(n);
    const int id = n.id;

    const QJsonValue plans = o.value(QLatin1String("Plans"));
    if (plans.isUndefined())
        return id;
    if (!plans.isArray()) {
        *error = tr("\"Plans\" of a %1 node is not a list").arg(n.nodeType);
        return -1;
    }
    const QJsonArray children = plans.toArray();
    for (const QJsonValue &child : children) {
        if (!child.isObject()) {
            *error = tr("\"Plans\" of a %1 node holds something that is not a plan node").arg(n.nodeType);
            return -1;
        }
        const int childId = parseNode(child.toObject(), id, depth + 1, error);
        if (childId < 0)
            return -1;
        m_nodes[childId].row = int(m_nodes[id].children.size());
        m_nodes[id].children << childId;
    }
    return id;
}

void ExplainPlan::derive()
{
    // Nodes are stored in pre-order, so parents always come before their children.
    for (PlanNode &n : m_nodes) {
        if (n.parent < 0)
            continue;
        const PlanNode &p = m_nodes.at(n.parent);
        // Below a Gather every loop count adds up the workers and the leader.
        if (isGather(p)) {
            const int workers = p.workersLaunched >= 0 ? p.workersLaunched : qMax(0, p.workersPlanned);
            n.processes = workers + 1;
        } else {
            n.processes = p.processes;
        }
    }

    for (PlanNode &n : m_nodes) {
        if (!n.hasActuals || n.actualLoops <= 0)
            continue;
        // Actual rows are per loop, like the estimate; PostgreSQL rounds both up to at least
        // one row in its own estimates, so zero counts are compared as one.
        const double actual = qMax(n.actualRows, 1.0);
        const double planned = qMax(n.planRows, 1.0);
        n.estimateFactor = qMax(actual / planned, planned / actual);
        if (n.actualRows < n.planRows) {
            // A Limit, a merge join whose other side ran out, or the inner side of a nested
            // loop semi or anti join stops reading early: the node was never asked for all the
            // rows the planner expected it could produce.
            for (int child = n.id, up = n.parent; up >= 0; child = up, up = m_nodes.at(up).parent) {
                const PlanNode &c = m_nodes.at(child);
                const PlanNode &a = m_nodes.at(up);
                if (startsQueryLevel(c))
                    break;
                const bool semiOrAnti = a.joinType == QLatin1String("Semi") || a.joinType == QLatin1String("Anti");
                const bool stopsEarly = a.nodeType == QLatin1String("Limit")
                    || a.nodeType == QLatin1String("Merge Join")
                    || (semiOrAnti && a.nodeType == QLatin1String("Nested Loop")
                        && c.parentRelationship == QLatin1String("Inner"));
                if (stopsEarly) {
                    n.cutShort = true;
                    break;
                }
            }
        }
    }

    deriveCosts();
    if (m_hasTiming)
        deriveTimes();

    double total = 0;
    for (const PlanNode &n : m_nodes)
        total += m_hasTiming ? n.exclusiveMs : n.exclusiveCost;
    m_shareBase = m_hasTiming ? qMax(total, m_executionMs) : total;
    double best = 0;
    for (PlanNode &n : m_nodes) {
        const double part = m_hasTiming ? n.exclusiveMs : n.exclusiveCost;
        n.share = m_shareBase > 0 ? part / m_shareBase : 0;
        if (n.share > best) {
            best = n.share;
            m_hottest = n.id;
        }
    }
}

void ExplainPlan::deriveCosts()
{
    // Costs of a node are per execution, like actual times: the inner side of a nested loop
    // runs once per outer row, a correlated SubPlan once per row of its parent.
    for (PlanNode &n : m_nodes) {
        if (n.parent < 0) {
            n.estimatedLoops = 1;
            continue;
        }
        const PlanNode &p = m_nodes.at(n.parent);
        double loops = p.estimatedLoops;
        if (p.nodeType == QLatin1String("Nested Loop") && n.parentRelationship == QLatin1String("Inner")) {
            for (int sibling : p.children) {
                if (m_nodes.at(sibling).parentRelationship == QLatin1String("Outer"))
                    loops *= qMax(1.0, m_nodes.at(sibling).planRows);
            }
        } else if (n.parentRelationship == QLatin1String("SubPlan")) {
            // A hashed SubPlan runs once and is probed per row.
            const QString hashed = QStringLiteral("hashed ") + n.subplanName;
            const bool isHashed = std::any_of(p.fields.begin(), p.fields.end(),
                                              [&](const auto &f) { return f.second.contains(hashed); });
            if (!isHashed)
                loops *= qMax(1.0, p.planRows);
        }
        n.estimatedLoops = loops;
    }
    for (PlanNode &n : m_nodes) {
        double children = 0;
        for (int c : n.children)
            children += m_nodes.at(c).totalCost * m_nodes.at(c).estimatedLoops;
        n.exclusiveCost = qMax(0.0, n.totalCost * n.estimatedLoops - children);
    }
}

void ExplainPlan::deriveTimes()
{
    for (PlanNode &n : m_nodes) {
        if (n.actualLoops <= 0)
            continue;
        // In a parallel section each process runs the node about loops/processes times and
        // the processes run side by side, so wall-clock time is the per-process share.
        // A node only some processes reached (loops < processes) ran in that many.
        const double runners = qMin(n.actualLoops, double(qMax(1, n.processes)));
        n.inclusiveMs = n.actualTotalMs * n.actualLoops / qMax(1.0, runners);
    }

    // Where each node's time goes: normally to the parent, which includes it. An InitPlan's
    // time is counted by the node that first evaluates its parameter, and a CTE's by the CTE
    // scans that read it; those can be far below the node the InitPlan is attached to.
    QList<double> charged(m_nodes.size(), 0.0);
    QList<double> childTime(m_nodes.size(), 0.0);
    QList<QString> haystack(m_nodes.size());
    for (const PlanNode &n : m_nodes) {
        for (const auto &f : n.fields) {
            if (f.first != QLatin1String("Subplan Name"))
                haystack[n.id] += f.second + QLatin1Char('\n');
        }
    }
    const auto subtreeOf = [this](int top) {
        QList<int> order{top};
        for (qsizetype i = 0; i < order.size(); ++i)
            order += m_nodes.at(order.at(i)).children;
        return order;
    };
    const auto rootOf = [this](int id) {
        while (m_nodes.at(id).parent >= 0)
            id = m_nodes.at(id).parent;
        return id;
    };
    static const QRegularExpression returnsPattern(QStringLiteral("returns ([^)]*)\\)"));
    static const QRegularExpression initPlanPattern(QStringLiteral("^(InitPlan \\d+)"));

    for (const PlanNode &n : m_nodes) {
        if (n.parent < 0)
            continue;
        if (!isInitPlan(n)) {
            childTime[n.parent] += n.inclusiveMs;
            continue;
        }
        if (n.subplanName.startsWith(QLatin1String("CTE "))) {
            const QString name = n.subplanName.mid(4);
            QList<int> scans;
            for (int id : subtreeOf(rootOf(n.id))) {
                const PlanNode &s = m_nodes.at(id);
                if (s.nodeType == QLatin1String("CTE Scan") && s.cteName == name)
                    scans << id;
            }
            if (scans.isEmpty()) {
                charged[n.parent] += n.inclusiveMs;
                continue;
            }
            // The scan that pulled the rows first ran the CTE; later scans read the stored
            // rows. Without per-row attribution the slowest scans are the ones that paid.
            std::sort(scans.begin(), scans.end(), [this](int a, int b) {
                return m_nodes.at(a).inclusiveMs > m_nodes.at(b).inclusiveMs;
            });
            double remaining = n.inclusiveMs;
            for (int id : scans) {
                const double room = qMax(0.0, m_nodes.at(id).inclusiveMs - charged.at(id));
                const double take = qMin(room, remaining);
                charged[id] += take;
                remaining -= take;
            }
            // What no scan can absorb stays with the node the CTE hangs from.
            if (remaining > 0)
                charged[n.parent] += remaining;
            continue;
        }

        QStringList tokens;
        const QRegularExpressionMatch returns = returnsPattern.match(n.subplanName);
        if (returns.hasMatch()) {
            const QStringList params = returns.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &p : params)
                tokens << QRegularExpression::escape(p.trimmed()) + QStringLiteral("(?![0-9])");
        }
        const QRegularExpressionMatch initPlan = initPlanPattern.match(n.subplanName);
        if (initPlan.hasMatch()) // PostgreSQL 17 and later: "(InitPlan 1).col1"
            tokens << QRegularExpression::escape(QLatin1Char('(') + initPlan.captured(1) + QLatin1Char(')'));
        int target = n.parent;
        if (!tokens.isEmpty()) {
            const QRegularExpression reference(tokens.join(QLatin1Char('|')));
            const QList<int> own = subtreeOf(n.id);
            for (int id : subtreeOf(n.parent)) {
                if (own.contains(id))
                    continue;
                if (reference.match(haystack.at(id)).hasMatch()) {
                    target = id;
                    break;
                }
            }
        }
        charged[target] += n.inclusiveMs;
    }

    for (PlanNode &n : m_nodes)
        n.exclusiveMs = qMax(0.0, n.inclusiveMs - childTime.at(n.id) - charged.at(n.id));
}

} // namespace Pixetric
