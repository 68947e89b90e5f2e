#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QJsonObject)

namespace Pixetric {

// Block counts of one node (or of planning), as EXPLAIN (BUFFERS) reports them.
struct PlanBuffers
{
    bool present = false;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 sharedDirtied = 0;
    qint64 sharedWritten = 0;
    qint64 localHit = 0;
    qint64 localRead = 0;
    qint64 localDirtied = 0;
    qint64 localWritten = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;
};

struct PlanTrigger
{
    QString name;
    QString constraintName; // empty unless the trigger enforces a constraint (foreign keys)
    QString relation;
    double timeMs = 0;
    qint64 calls = 0;
};

// One node of a plan. Fields mirror the EXPLAIN JSON keys; the derived values at the end are
// computed by ExplainPlan once the whole tree is known.
struct PlanNode
{
    int id = -1;      // index in ExplainPlan::nodes()
    int parent = -1;  // -1 for a root
    int row = 0;      // position among the parent's children, or among the roots
    int depth = 0;
    QList<int> children;

    QString nodeType;            // "Seq Scan", "Hash Join", …
    QString parentRelationship;  // Outer, Inner, InitPlan, SubPlan, Member, Subquery
    QString subplanName;         // "InitPlan 1 (returns $0)", "SubPlan 2", "CTE name"
    QString relationName;
    QString schema;
    QString alias;
    QString indexName;
    QString cteName;
    QString functionName;
    QString joinType;
    QString strategy;            // Plain, Sorted, Hashed, Mixed
    QString partialMode;         // Simple, Partial, Finalize
    QString operation;           // ModifyTable: Insert, Update, Delete, Merge
    QString scanDirection;
    bool parallelAware = false;

    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;         // per loop, as the planner estimated
    int planWidth = 0;

    // EXPLAIN ANALYZE. Times are milliseconds, averaged per loop; rows are averaged per loop.
    bool hasActuals = false;     // ANALYZE ran (rows and loops are known)
    bool hasTiming = false;      // ANALYZE ran with TIMING on
    double actualStartupMs = 0;
    double actualTotalMs = 0;
    double actualRows = 0;
    double actualLoops = 0;
    int workersPlanned = -1;     // -1 when not reported
    int workersLaunched = -1;
    PlanBuffers buffers;

    QString filter;
    QString indexCond;
    QString recheckCond;
    QString hashCond;
    QString mergeCond;
    QString joinFilter;
    QString oneTimeFilter;
    double rowsRemovedByFilter = -1;      // -1 when not reported
    double rowsRemovedByJoinFilter = -1;
    double rowsRemovedByIndexRecheck = -1;

    // Every key of the node's JSON object except "Plans", its value as text (arrays of
    // strings joined with ", ", objects as compact JSON), sorted by key.
    QList<QPair<QString, QString>> fields;

    // Derived.
    int processes = 1;         // processes sharing this node's loops (workers + leader under Gather)
    double inclusiveMs = 0;    // wall-clock time in this node and everything below it
    double exclusiveMs = 0;    // inclusiveMs minus what its children and sub-plans account for, >= 0
    double share = 0;          // exclusive share of the plan's total, 0…1 (time, or cost without timing)
    double estimatedLoops = 1; // how often the planner expected the node to run
    double exclusiveCost = 0;  // like exclusiveMs, in planner cost units
    double estimateFactor = 0; // max(actual/plan, plan/actual) per loop, >= 1; 0 when unknown
    bool cutShort = false;     // under a Limit: fewer actual rows than estimated are expected

    bool neverExecuted() const { return hasActuals && actualLoops <= 0; }
    bool underestimated() const { return actualRows > planRows; }
    // A row estimate off by at least the threshold, not explained by a Limit above the node.
    bool isMisestimated(double threshold) const;
    // A one-line description in the words of EXPLAIN's text format, e.g.
    // "Index Scan using orders_pkey on orders o" or "Hash Left Join".
    QString label() const;
};

// A parsed EXPLAIN (FORMAT JSON) result, with or without ANALYZE, BUFFERS or TIMING.
// Malformed input gives an invalid plan whose errorString() says what is wrong.
//
// A value type: cheap to copy, immutable after fromJson(), safe to read from any thread.
class ExplainPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExplainPlan)
public:
    // A row estimate off by this factor or more counts as a bad estimate.
    static constexpr double MisestimateThreshold = 10.0;

    ExplainPlan() = default;

    // Accepts the JSON array EXPLAIN returns, one element of it, or a bare plan node.
    static ExplainPlan fromJson(QByteArrayView json);

    bool isValid() const { return m_error.isEmpty() && !m_nodes.isEmpty(); }
    // Why the text could not be read, and what to do; empty for a valid plan.
    QString errorString() const { return m_error; }

    bool hasActuals() const { return m_hasActuals; }
    bool hasTiming() const { return m_hasTiming; }
    bool hasBuffers() const { return m_hasBuffers; }

    double planningMs() const { return m_planningMs; }   // -1 when not reported
    double executionMs() const { return m_executionMs; } // -1 without ANALYZE
    double jitMs() const { return m_jitMs; }             // -1 when JIT did not run
    const PlanBuffers &planningBuffers() const { return m_planningBuffers; }
    const QList<PlanTrigger> &triggers() const { return m_triggers; }
    double triggerMs() const;

    const QList<PlanNode> &nodes() const { return m_nodes; }
    const PlanNode &node(int id) const { return m_nodes.at(id); }
    int nodeCount() const { return int(m_nodes.size()); }
    // Top-level nodes: one per statement EXPLAIN produced (several when rules apply).
    const QList<int> &roots() const { return m_roots; }

    // The denominator of PlanNode::share: execution time (or the sum of exclusive times, if
    // larger); the sum of exclusive costs when there is no timing.
    double shareBase() const { return m_shareBase; }
    // The node with the largest share, -1 for an empty plan.
    int hottestNode() const { return m_hottest; }
    QList<int> misestimatedNodes(double threshold = MisestimateThreshold) const;

private:
    bool parseStatement(const QJsonObject &statement, QString *error);
    int parseNode(const QJsonObject &object, int parent, int depth, QString *error);
    void derive();
    void deriveTimes();
    void deriveCosts();

    QList<PlanNode> m_nodes;
    QList<int> m_roots;
    QList<PlanTrigger> m_triggers;
    PlanBuffers m_planningBuffers;
    QString m_error;
    double m_planningMs = -1;
    double m_executionMs = -1;
    double m_jitMs = -1;
    double m_shareBase = 0;
    int m_hottest = -1;
    bool m_hasActuals = false;
    bool m_hasTiming = false;
    bool m_hasBuffers = false;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::ExplainPlan)
