#include "explainplan.h"

#include <QTest>

#include <cmath>

using namespace Pixetric;

namespace {

// Captured from PostgreSQL 15 with EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) unless named
// otherwise, then compacted. Fixture: customers(2,000 rows, region = id % 10),
// orders(300,000 rows, index on customer_id), small(50 rows), corr(a = b, 100 values).

// small ⋈ customers ⋈ orders without parallelism: the inner index scan runs 19 times.
const char kNestLoop[] =
    R"json([{"Plan":{"Node Type":"Nested Loop","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":2.7,"Total Cost":164.37,"Plan Rows":2700,"Plan Width":9,"Actual Startup Time":0.041,"Actual Total Time":3.097,"Actual Rows":2850,"Actual Loops":1,"Inner Unique":false,"Shared Hit Blocks":2911,"Shared Read Blocks":2,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Merge Join","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":2.28,"Total Cost":4.57,"Plan Rows":18,"Plan Width":13,"Actual Startup Time":0.03,"Actual Total Time":0.043,"Actual Rows":19,"Actual Loops":1,"Inner Unique":false,"Merge Cond":"(c.id = s.id)","Shared Hit Blocks":4,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Index Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Scan Direction":"Forward","Index Name":"customers_pkey","Relation Name":"customers","Alias":"c","Startup Cost":0.28,"Total Cost":76.28,"Plan Rows":2000,"Plan Width":9,"Actual Startup Time":0.009,"Actual Total Time":0.013,"Actual Rows":20,"Actual Loops":1,"Shared Hit Blocks":3,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},{"Node Type":"Sort","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Startup Co)json"
    R"json(st":2.0,"Total Cost":2.05,"Plan Rows":18,"Plan Width":4,"Actual Startup Time":0.018,"Actual Total Time":0.019,"Actual Rows":19,"Actual Loops":1,"Sort Key":["s.id"],"Sort Method":"quicksort","Sort Space Used":25,"Sort Space Type":"Memory","Shared Hit Blocks":1,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"small","Alias":"s","Startup Cost":0.0,"Total Cost":1.62,"Plan Rows":18,"Plan Width":4,"Actual Startup Time":0.005,"Actual Total Time":0.007,"Actual Rows":19,"Actual Loops":1,"Filter":"(id < 20)","Rows Removed by Filter":31,"Shared Hit Blocks":1,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]}]},{"Node Type":"Index Scan","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Scan Direction":"Forward","Index Name":"orders_customer_id_idx","Relation Name":"orders","Alias":"o","Startup Cost":0.42,"Total Cost":7.38,"Plan Rows":150,"Plan Width":8,"Actual Startup Time":0.002,"Actual Total Time":0.149,"Actual Rows":150,"Actual Loops":19,"Index Cond":"(customer_id = c.id)","Rows Removed by Index Recheck":0,"Shared Hit Blocks":2907,"Shared Read Blocks":2,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},"Planning":{"Shared Hit Blocks":202,"Shared Read Blocks":6,"Shared)json"
    R"json( Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.613,"Triggers":[],"Execution Time":3.256}])json";

// GROUP BY over a parallel hash join, 2 workers launched: loops count the leader and the workers.
const char kParallel[] =
    R"json([{"Plan":{"Node Type":"Aggregate","Strategy":"Sorted","Partial Mode":"Finalize","Parallel Aware":false,"Async Capable":false,"Startup Cost":4144.85,"Total Cost":4145.28,"Plan Rows":10,"Plan Width":12,"Actual Startup Time":49.089,"Actual Total Time":50.569,"Actual Rows":10,"Actual Loops":1,"Group Key":["c.region"],"Shared Hit Blocks":1942,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Gather Merge","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":4144.85,"Total Cost":4145.08,"Plan Rows":20,"Plan Width":12,"Actual Startup Time":49.084,"Actual Total Time":50.56,"Actual Rows":30,"Actual Loops":1,"Workers Planned":2,"Workers Launched":2,"Shared Hit Blocks":1942,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Sort","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":4144.83,"Total Cost":4144.85,"Plan Rows":10,"Plan Width":12,"Actual Startup Time":44.978,"Actual Total Time":44.98,"Actual Rows":10,"Actual Loops":3,"Sort Key":["c.region"],"Sort Method":"quicksort","Sort Space Used":25,"Sort Space Type":"Memory","Shared Hit Blocks":1942,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[{"Worker Number":0,"Sort Method":"quicksort","Sort Space Used":25,"Sort Space)json"
    R"json( Type":"Memory"},{"Worker Number":1,"Sort Method":"quicksort","Sort Space Used":25,"Sort Space Type":"Memory"}],"Plans":[{"Node Type":"Aggregate","Strategy":"Hashed","Partial Mode":"Partial","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":4144.56,"Total Cost":4144.66,"Plan Rows":10,"Plan Width":12,"Actual Startup Time":44.961,"Actual Total Time":44.964,"Actual Rows":10,"Actual Loops":3,"Group Key":["c.region"],"Planned Partitions":0,"HashAgg Batches":1,"Peak Memory Usage":24,"Disk Usage":0,"Shared Hit Blocks":1928,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[{"Worker Number":0,"HashAgg Batches":1,"Peak Memory Usage":24,"Disk Usage":0},{"Worker Number":1,"HashAgg Batches":1,"Peak Memory Usage":24,"Disk Usage":0}],"Plans":[{"Node Type":"Hash Join","Parent Relationship":"Outer","Parallel Aware":true,"Async Capable":false,"Join Type":"Inner","Startup Cost":29.75,"Total Cost":3519.56,"Plan Rows":125000,"Plan Width":4,"Actual Startup Time":0.219,"Actual Total Time":31.757,"Actual Rows":100000,"Actual Loops":3,"Inner Unique":true,"Hash Cond":"(o.customer_id = c.id)","Shared Hit Blocks":1928,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[],"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":true,"Async Capable":false,"Relation Name":"orders","Alias":"o","Startup Cost":0.0,"Total Cost":3161.0,"Plan Rows":125000,"Plan Width":4,"Actual Startup Time":0.005,"Actual)json"
    R"json( Total Time":10.289,"Actual Rows":100000,"Actual Loops":3,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[]},{"Node Type":"Hash","Parent Relationship":"Inner","Parallel Aware":true,"Async Capable":false,"Startup Cost":19.33,"Total Cost":19.33,"Plan Rows":833,"Plan Width":8,"Actual Startup Time":0.12,"Actual Total Time":0.121,"Actual Rows":667,"Actual Loops":3,"Hash Buckets":2048,"Original Hash Buckets":2048,"Hash Batches":1,"Original Hash Batches":1,"Peak Memory Usage":112,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[],"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":true,"Async Capable":false,"Relation Name":"customers","Alias":"c","Startup Cost":0.0,"Total Cost":19.33,"Plan Rows":833,"Plan Width":8,"Actual Startup Time":0.004,"Actual Total Time":0.147,"Actual Rows":2000,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Workers":[]}]}]}]}]}]}]},"Planning":{"Shared Hit Blocks":126,"Shared Read Blocks":2,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.403,"Triggers":[],"Execution Time":5)json"
    R"json(0.692}])json";

// An InitPlan ($1) and a correlated SubPlan (10 loops), both attached to the scan that uses them.
const char kSubPlans[] =
    R"json([{"Plan":{"Node Type":"Index Scan","Parallel Aware":false,"Async Capable":false,"Scan Direction":"Forward","Index Name":"customers_pkey","Relation Name":"customers","Alias":"c","Startup Cost":36.29,"Total Cost":4726.48,"Plan Rows":10,"Plan Width":13,"Actual Startup Time":1.013,"Actual Total Time":2.909,"Actual Rows":10,"Actual Loops":1,"Index Cond":"(id < 100)","Rows Removed by Index Recheck":0,"Filter":"(region = $1)","Rows Removed by Filter":89,"Shared Hit Blocks":1536,"Shared Read Blocks":8,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parent Relationship":"InitPlan","Subplan Name":"InitPlan 2 (returns $1)","Parallel Aware":false,"Async Capable":false,"Startup Cost":36.0,"Total Cost":36.01,"Plan Rows":1,"Plan Width":4,"Actual Startup Time":0.256,"Actual Total Time":0.257,"Actual Rows":1,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"customers","Startup Cost":0.0,"Total Cost":31.0,"Plan Rows":2000,"Plan Width":4,"Actual Startup Time":0.003,"Actual Total Time":0.109,"Actual Rows":2000,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks")json"
    R"json(:0,"Temp Written Blocks":0}]},{"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parent Relationship":"SubPlan","Subplan Name":"SubPlan 1","Parallel Aware":false,"Async Capable":false,"Startup Cost":468.01,"Total Cost":468.02,"Plan Rows":1,"Plan Width":8,"Actual Startup Time":0.262,"Actual Total Time":0.262,"Actual Rows":1,"Actual Loops":10,"Shared Hit Blocks":1522,"Shared Read Blocks":8,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Bitmap Heap Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"orders","Alias":"o","Startup Cost":5.58,"Total Cost":467.64,"Plan Rows":150,"Plan Width":0,"Actual Startup Time":0.024,"Actual Total Time":0.255,"Actual Rows":150,"Actual Loops":10,"Recheck Cond":"(customer_id = c.id)","Rows Removed by Index Recheck":0,"Exact Heap Blocks":1500,"Lossy Heap Blocks":0,"Shared Hit Blocks":1522,"Shared Read Blocks":8,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Bitmap Index Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Index Name":"orders_customer_id_idx","Startup Cost":0.0,"Total Cost":5.55,"Plan Rows":150,"Plan Width":0,"Actual Startup Time":0.012,"Actual Total Time":0.012,"Actual Rows":150,"Actual Loops":10,"Index Cond":"(customer_id = c.id)","Shared Hit Blocks":22,"Shared Read Blocks":8,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written )json"
    R"json(Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]}]}]},"Planning":{"Shared Hit Blocks":114,"Shared Read Blocks":1,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.404,"Triggers":[],"Execution Time":2.984}])json";

// The InitPlan hangs from the Hash Join but the scan below the Hash evaluates it.
const char kInitPlanDeep[] =
    R"json([{"Plan":{"Node Type":"Hash Join","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":74.51,"Total Cost":5760.22,"Plan Rows":939,"Plan Width":4,"Actual Startup Time":0.558,"Actual Total Time":31.771,"Actual Rows":3000,"Actual Loops":1,"Inner Unique":true,"Hash Cond":"(o.customer_id = c.id)","Shared Hit Blocks":1933,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parent Relationship":"InitPlan","Subplan Name":"InitPlan 1 (returns $0)","Parallel Aware":false,"Async Capable":false,"Startup Cost":36.0,"Total Cost":36.01,"Plan Rows":1,"Plan Width":4,"Actual Startup Time":0.352,"Actual Total Time":0.354,"Actual Rows":1,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"customers","Startup Cost":0.0,"Total Cost":31.0,"Plan Rows":2000,"Plan Width":4,"Actual Startup Time":0.002,"Actual Total Time":0.127,"Actual Rows":2000,"Actual Loops":1,"Shared Hit Blocks":11,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"R)json"
    R"json(elation Name":"orders","Alias":"o","Startup Cost":0.0,"Total Cost":5661.0,"Plan Rows":9390,"Plan Width":8,"Actual Startup Time":0.005,"Actual Total Time":30.084,"Actual Rows":9000,"Actual Loops":1,"Filter":"(amount < '3'::numeric)","Rows Removed by Filter":291000,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},{"Node Type":"Hash","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Startup Cost":36.0,"Total Cost":36.0,"Plan Rows":200,"Plan Width":4,"Actual Startup Time":0.533,"Actual Total Time":0.533,"Actual Rows":200,"Actual Loops":1,"Hash Buckets":1024,"Original Hash Buckets":1024,"Hash Batches":1,"Original Hash Batches":1,"Peak Memory Usage":16,"Shared Hit Blocks":22,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"c","Startup Cost":0.0,"Total Cost":36.0,"Plan Rows":200,"Plan Width":4,"Actual Startup Time":0.359,"Actual Total Time":0.494,"Actual Rows":200,"Actual Loops":1,"Filter":"(region = $0)","Rows Removed by Filter":1800,"Shared Hit Blocks":22,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]}]},"Planning":{"Shared Hit Blocks":203,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared)json"
    R"json( Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.911,"Triggers":[],"Execution Time":31.961}])json";

// A MATERIALIZED CTE read by two CTE scans.
const char kCte[] =
    R"json([{"Plan":{"Node Type":"Merge Join","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":6661.95,"Total Cost":6783.67,"Plan Rows":6670,"Plan Width":72,"Actual Startup Time":64.784,"Actual Total Time":65.29,"Actual Rows":1980,"Actual Loops":1,"Inner Unique":false,"Merge Cond":"(b1.customer_id = ((b2.customer_id + 1)))","Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Aggregate","Strategy":"Hashed","Partial Mode":"Simple","Parent Relationship":"InitPlan","Subplan Name":"CTE big","Parallel Aware":false,"Async Capable":false,"Startup Cost":6411.0,"Total Cost":6436.0,"Plan Rows":2000,"Plan Width":36,"Actual Startup Time":63.237,"Actual Total Time":63.569,"Actual Rows":2000,"Actual Loops":1,"Group Key":["orders.customer_id"],"Planned Partitions":0,"HashAgg Batches":1,"Peak Memory Usage":1137,"Disk Usage":0,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"orders","Alias":"orders","Startup Cost":0.0,"Total Cost":4911.0,"Plan Rows":300000,"Plan Width":8,"Actual Startup Time":0.004,"Actual Total Time":17.536,"Actual Rows":300000,"Actual Loops":1,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Te)json"
    R"json(mp Read Blocks":0,"Temp Written Blocks":0}]},{"Node Type":"Sort","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":76.29,"Total Cost":77.95,"Plan Rows":667,"Plan Width":36,"Actual Startup Time":64.285,"Actual Total Time":64.355,"Actual Rows":1980,"Actual Loops":1,"Sort Key":["b1.customer_id"],"Sort Method":"quicksort","Sort Space Used":157,"Sort Space Type":"Memory","Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"CTE Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"CTE Name":"big","Alias":"b1","Startup Cost":0.0,"Total Cost":45.0,"Plan Rows":667,"Plan Width":36,"Actual Startup Time":63.241,"Actual Total Time":63.968,"Actual Rows":1980,"Actual Loops":1,"Filter":"(s > '10'::numeric)","Rows Removed by Filter":20,"Shared Hit Blocks":1911,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},{"Node Type":"Sort","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Startup Cost":149.66,"Total Cost":154.66,"Plan Rows":2000,"Plan Width":36,"Actual Startup Time":0.495,"Actual Total Time":0.557,"Actual Rows":2000,"Actual Loops":1,"Sort Key":["((b2.customer_id + 1))"],"Sort Method":"quicksort","Sort Space Used":158,"Sort Space Type":"Memory","Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written B)json"
    R"json(locks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"CTE Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"CTE Name":"big","Alias":"b2","Startup Cost":0.0,"Total Cost":40.0,"Plan Rows":2000,"Plan Width":36,"Actual Startup Time":0.001,"Actual Total Time":0.139,"Actual Rows":2000,"Actual Loops":1,"Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]}]},"Planning":{"Shared Hit Blocks":87,"Shared Read Blocks":2,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.347,"Triggers":[],"Execution Time":65.55}])json";

// INSERT … WHERE false: 0 rows estimated and 0 produced.
const char kZeroRows[] =
    R"json([{"Plan":{"Node Type":"ModifyTable","Operation":"Insert","Parallel Aware":false,"Async Capable":false,"Relation Name":"small","Alias":"small","Startup Cost":0.0,"Total Cost":0.0,"Plan Rows":0,"Plan Width":0,"Actual Startup Time":0.002,"Actual Total Time":0.002,"Actual Rows":0,"Actual Loops":1,"Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Result","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":0.0,"Total Cost":0.0,"Plan Rows":0,"Plan Width":36,"Actual Startup Time":0.001,"Actual Total Time":0.001,"Actual Rows":0,"Actual Loops":1,"One-Time Filter":"false","Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},"Planning":{"Shared Hit Blocks":0,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.061,"Triggers":[],"Execution Time":0.023}])json";

// LIMIT 10 over an index scan estimated at 300,000 rows.
const char kLimit[] =
    R"json([{"Plan":{"Node Type":"Limit","Parallel Aware":false,"Async Capable":false,"Startup Cost":0.42,"Total Cost":0.75,"Plan Rows":10,"Plan Width":16,"Actual Startup Time":0.024,"Actual Total Time":0.026,"Actual Rows":10,"Actual Loops":1,"Shared Hit Blocks":4,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Index Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Scan Direction":"Forward","Index Name":"orders_pkey","Relation Name":"orders","Alias":"orders","Startup Cost":0.42,"Total Cost":9714.42,"Plan Rows":300000,"Plan Width":16,"Actual Startup Time":0.023,"Actual Total Time":0.025,"Actual Rows":10,"Actual Loops":1,"Shared Hit Blocks":4,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},"Planning":{"Shared Hit Blocks":83,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.311,"Triggers":[],"Execution Time":0.057}])json";

// a = b in every row: the planner multiplies the selectivities and expects 10 rows, not 1,000.
const char kCorrelated[] =
    R"json([{"Plan":{"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parallel Aware":false,"Async Capable":false,"Startup Cost":1943.03,"Total Cost":1943.04,"Plan Rows":1,"Plan Width":8,"Actual Startup Time":4.622,"Actual Total Time":4.624,"Actual Rows":1,"Actual Loops":1,"Shared Hit Blocks":443,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"corr","Alias":"corr","Startup Cost":0.0,"Total Cost":1943.0,"Plan Rows":10,"Plan Width":0,"Actual Startup Time":0.013,"Actual Total Time":4.569,"Actual Rows":1000,"Actual Loops":1,"Filter":"((a = 7) AND (b = 7))","Rows Removed by Filter":99000,"Shared Hit Blocks":443,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},"Planning":{"Shared Hit Blocks":39,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.221,"Triggers":[],"Execution Time":4.662}])json";

// INSERT into a table with a foreign key: the RI trigger's time is outside every node.
const char kTrigger[] =
    R"json([{"Plan":{"Node Type":"ModifyTable","Operation":"Insert","Parallel Aware":false,"Async Capable":false,"Relation Name":"child","Alias":"child","Startup Cost":0.0,"Total Cost":10.0,"Plan Rows":0,"Plan Width":0,"Actual Startup Time":1.06,"Actual Total Time":1.06,"Actual Rows":0,"Actual Loops":1,"Shared Hit Blocks":1639,"Shared Read Blocks":3,"Shared Dirtied Blocks":7,"Shared Written Blocks":6,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0,"Plans":[{"Node Type":"Function Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Function Name":"generate_series","Alias":"g","Startup Cost":0.0,"Total Cost":10.0,"Plan Rows":500,"Plan Width":8,"Actual Startup Time":0.073,"Actual Total Time":0.236,"Actual Rows":500,"Actual Loops":1,"Shared Hit Blocks":512,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0}]},"Planning":{"Shared Hit Blocks":6,"Shared Read Blocks":0,"Shared Dirtied Blocks":0,"Shared Written Blocks":0,"Local Hit Blocks":0,"Local Read Blocks":0,"Local Dirtied Blocks":0,"Local Written Blocks":0,"Temp Read Blocks":0,"Temp Written Blocks":0},"Planning Time":0.078,"Triggers":[{"Trigger Name":"RI_ConstraintTrigger_c_16428","Constraint Name":"child_parent_id_fkey","Relation":"child","Time":2.045,"Calls":500}],"Execution Time":3.169}])json";

// Plain EXPLAIN (FORMAT JSON): costs and estimates only.
const char kCostsOnly[] =
    R"json([{"Plan":{"Node Type":"Limit","Parallel Aware":false,"Async Capable":false,"Startup Cost":5559.78,"Total Cost":5560.93,"Plan Rows":10,"Plan Width":9,"Plans":[{"Node Type":"Gather Merge","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":5559.78,"Total Cost":7589.18,"Plan Rows":17647,"Plan Width":9,"Workers Planned":1,"Plans":[{"Node Type":"Sort","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Startup Cost":4559.77,"Total Cost":4603.88,"Plan Rows":17647,"Plan Width":9,"Sort Key":["o.amount DESC"],"Plans":[{"Node Type":"Hash Join","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Join Type":"Inner","Startup Cost":38.5,"Total Cost":4178.42,"Plan Rows":17647,"Plan Width":9,"Inner Unique":true,"Hash Cond":"(o.customer_id = c.id)","Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":true,"Async Capable":false,"Relation Name":"orders","Alias":"o","Startup Cost":0.0,"Total Cost":3675.71,"Plan Rows":176471,"Plan Width":8},{"Node Type":"Hash","Parent Relationship":"Inner","Parallel Aware":false,"Async Capable":false,"Startup Cost":36.0,"Total Cost":36.0,"Plan Rows":200,"Plan Width":9,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"customers","Alias":"c","Startup Cost":0.0,"Total Cost":36.0,"Plan Rows":200,"Plan Width":9,"Filter":"(region = 3)"}]}]}]}]}]}}])json";

// EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON): rows and loops, no times.
const char kNoTiming[] =
    R"json([{"Plan":{"Node Type":"Aggregate","Strategy":"Plain","Partial Mode":"Simple","Parallel Aware":false,"Async Capable":false,"Startup Cost":6027.23,"Total Cost":6027.24,"Plan Rows":1,"Plan Width":8,"Actual Rows":1,"Actual Loops":1,"Plans":[{"Node Type":"Seq Scan","Parent Relationship":"Outer","Parallel Aware":false,"Async Capable":false,"Relation Name":"orders","Alias":"orders","Startup Cost":0.0,"Total Cost":5661.0,"Plan Rows":146490,"Plan Width":0,"Actual Rows":147000,"Actual Loops":1,"Filter":"(amount > '50'::numeric)","Rows Removed by Filter":153000}]},"Planning Time":0.233,"Triggers":[],"Execution Time":24.122}])json";

const PlanNode *findNode(const ExplainPlan &plan, const QString &label)
{
    const PlanNode *found = nullptr;
    for (const PlanNode &n : plan.nodes()) {
        if (n.label() == label) {
            if (found)
                return nullptr; // ambiguous: the test must name a unique node
            found = &n;
        }
    }
    return found;
}

QStringList describe(const ExplainPlan &plan)
{
    QStringList result;
    for (const PlanNode &n : plan.nodes())
        result << QString(n.depth * 2, QLatin1Char(' ')) + n.label();
    return result;
}

bool near(double a, double b, double eps = 1e-6)
{
    return std::abs(a - b) <= eps;
}

} // namespace

class TestExplainPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturedPlans_data();
    void capturedPlans();
    void times_data();
    void times();
    void estimates_data();
    void estimates();
    void summaryAndTriggers();
    void estimateOnlyUsesCosts();
    void nestedLoopCostsScaleByOuterRows();
    void analyzeWithoutTiming();
    void acceptsOneStatementOrBareNode();
    void labels_data();
    void labels();
    void malformed_data();
    void malformed();
};

void TestExplainPlan::capturedPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("nodeCount");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("hottest");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<bool>("analyzed");

    QTest::addRow("nested loop, inner side runs 19 times")
        << QByteArray(kNestLoop) << 6 << "Nested Loop" << "Index Scan using orders_customer_id_idx on orders o"
        << QStringList() << true;
    QTest::addRow("parallel hash join with 2 workers")
        << QByteArray(kParallel) << 8 << "Finalize GroupAggregate" << "Parallel Hash Join"
        << QStringList() << true;
    QTest::addRow("InitPlan and correlated SubPlan")
        << QByteArray(kSubPlans) << 6 << "Index Scan using customers_pkey on customers c"
        << "Bitmap Heap Scan on orders o" << QStringList() << true;
    QTest::addRow("InitPlan evaluated below the node it hangs from")
        << QByteArray(kInitPlanDeep) << 6 << "Hash Join" << "Seq Scan on orders o" << QStringList() << true;
    QTest::addRow("materialized CTE read by two scans")
        << QByteArray(kCte) << 7 << "Merge Join" << "HashAggregate" << QStringList() << true;
    QTest::addRow("insert with 0 estimated rows")
        << QByteArray(kZeroRows) << 2 << "Insert on small" << "Insert on small" << QStringList() << true;
    QTest::addRow("limit stops the scan early")
        << QByteArray(kLimit) << 2 << "Limit" << "Index Scan using orders_pkey on orders" << QStringList() << true;
    QTest::addRow("correlated columns fool the estimate")
        << QByteArray(kCorrelated) << 2 << "Aggregate" << "Seq Scan on corr" << QStringList{"Seq Scan on corr"} << true;
    QTest::addRow("foreign-key trigger")
        << QByteArray(kTrigger) << 2 << "Insert on child" << "Insert on child" << QStringList() << true;
    QTest::addRow("estimate only (no ANALYZE)")
        << QByteArray(kCostsOnly) << 7 << "Limit" << "Parallel Seq Scan on orders o" << QStringList() << false;
    QTest::addRow("ANALYZE with TIMING OFF")
        << QByteArray(kNoTiming) << 2 << "Aggregate" << "Seq Scan on orders" << QStringList() << true;
}

void TestExplainPlan::capturedPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(int, nodeCount);
    QFETCH(QString, root);
    QFETCH(QString, hottest);
    QFETCH(QStringList, flagged);
    QFETCH(bool, analyzed);

    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QVERIFY(plan.errorString().isEmpty());
    QCOMPARE(plan.nodeCount(), nodeCount);
    QCOMPARE(plan.roots().size(), 1);
    QCOMPARE(plan.node(plan.roots().first()).label(), root);
    QCOMPARE(plan.hasActuals(), analyzed);
    QVERIFY(plan.hottestNode() >= 0);
    QVERIFY2(plan.node(plan.hottestNode()).label() == hottest, qPrintable(describe(plan).join(QLatin1Char('\n'))));

    QStringList misestimated;
    for (int id : plan.misestimatedNodes())
        misestimated << plan.node(id).label();
    QCOMPARE(misestimated, flagged);

    double shares = 0;
    double best = 0;
    for (const PlanNode &n : plan.nodes()) {
        QCOMPARE(n.id, int(&n - plan.nodes().data()));
        QVERIFY(n.exclusiveMs >= 0);
        QVERIFY(n.exclusiveMs <= n.inclusiveMs + 1e-9);
        QVERIFY(n.exclusiveCost >= 0);
        QVERIFY(n.share >= 0 && n.share <= 1);
        shares += n.share;
        best = qMax(best, n.share);
        // The tree is consistent both ways.
        const QList<int> &siblings = n.parent < 0 ? plan.roots() : plan.node(n.parent).children;
        QCOMPARE(siblings.value(n.row, -1), n.id);
        if (n.parent >= 0)
            QCOMPARE(n.depth, plan.node(n.parent).depth + 1);
        if (n.hasActuals && n.actualLoops > 0)
            QVERIFY(n.estimateFactor >= 1);
    }
    QCOMPARE(plan.node(plan.hottestNode()).share, best);
    QVERIFY2(shares <= 1 + 1e-9, qPrintable(QString::number(shares)));
    if (plan.hasTiming()) {
        // Shares are of execution time; what no node accounts for is executor overhead and triggers.
        double attributed = 0;
        for (const PlanNode &n : plan.nodes())
            attributed += n.exclusiveMs;
        QVERIFY(near(shares, attributed / plan.shareBase()));
        QVERIFY(plan.shareBase() >= plan.executionMs());
    } else {
        QVERIFY(near(shares, 1.0));
    }
}

void TestExplainPlan::times_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("inclusive");
    QTest::addColumn<double>("exclusive");

    QTest::addRow("nested loop: inner index scan counts all 19 loops")
        << QByteArray(kNestLoop) << "Index Scan using orders_customer_id_idx on orders o" << 0.149 * 19 << 0.149 * 19;
    QTest::addRow("nested loop: join minus both children")
        << QByteArray(kNestLoop) << "Nested Loop" << 3.097 << 3.097 - 0.043 - 0.149 * 19;
    QTest::addRow("parallel: loops of 3 processes are wall clock, not a sum")
        << QByteArray(kParallel) << "Sort" << 44.98 << 44.98 - 44.964;
    QTest::addRow("parallel: Gather Merge keeps what the workers don't account for")
        << QByteArray(kParallel) << "Gather Merge" << 50.56 << 50.56 - 44.98;
    QTest::addRow("parallel: a node only one process ran")
        << QByteArray(kParallel) << "Parallel Seq Scan on customers c" << 0.147 << 0.147;
    QTest::addRow("parallel: averages that don't add up never go below zero")
        << QByteArray(kParallel) << "Parallel Hash" << 0.121 << 0.0;
    QTest::addRow("SubPlan × 10 and InitPlan on the node that evaluates them")
        << QByteArray(kSubPlans) << "Index Scan using customers_pkey on customers c" << 2.909 << 2.909 - 0.262 * 10 - 0.257;
    QTest::addRow("correlated SubPlan counts all loops")
        << QByteArray(kSubPlans) << "Bitmap Heap Scan on orders o" << 0.255 * 10 << (0.255 - 0.012) * 10;
    QTest::addRow("InitPlan charged to the scan that evaluates its parameter")
        << QByteArray(kInitPlanDeep) << "Seq Scan on customers c" << 0.494 << 0.494 - 0.354;
    QTest::addRow("InitPlan not subtracted twice from the join above")
        << QByteArray(kInitPlanDeep) << "Hash Join" << 31.771 << 31.771 - 30.084 - 0.533;
    QTest::addRow("CTE charged to the scan that ran it")
        << QByteArray(kCte) << "CTE Scan on big b1" << 63.968 << 63.968 - 63.569;
    QTest::addRow("second CTE scan reads stored rows")
        << QByteArray(kCte) << "CTE Scan on big b2" << 0.139 << 0.139;
    QTest::addRow("CTE body")
        << QByteArray(kCte) << "HashAggregate" << 63.569 << 63.569 - 17.536;
    QTest::addRow("CTE not subtracted from the node it hangs from")
        << QByteArray(kCte) << "Merge Join" << 65.29 << 65.29 - 64.355 - 0.557;
    QTest::addRow("trigger time is not a node's")
        << QByteArray(kTrigger) << "Insert on child" << 1.06 << 1.06 - 0.236;
}

void TestExplainPlan::times()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QFETCH(double, inclusive);
    QFETCH(double, exclusive);

    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    const PlanNode *n = findNode(plan, label);
    QVERIFY2(n, qPrintable(describe(plan).join(QLatin1Char('\n'))));
    QVERIFY2(near(n->inclusiveMs, inclusive), qPrintable(QString::number(n->inclusiveMs)));
    QVERIFY2(near(n->exclusiveMs, exclusive), qPrintable(QString::number(n->exclusiveMs)));
    QVERIFY(near(n->share, n->exclusiveMs / plan.shareBase()));
}

void TestExplainPlan::estimates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("factor");
    QTest::addColumn<bool>("flagged");

    QTest::addRow("correlated columns: 1000 rows, 10 expected")
        << QByteArray(kCorrelated) << "Seq Scan on corr" << 100.0 << true;
    QTest::addRow("per-loop rows: 150 a loop, 150 expected, 19 loops")
        << QByteArray(kNestLoop) << "Index Scan using orders_customer_id_idx on orders o" << 1.0 << false;
    QTest::addRow("0 estimated, 0 actual")
        << QByteArray(kZeroRows) << "Insert on small" << 1.0 << false;
    QTest::addRow("0 estimated below a 0-row insert")
        << QByteArray(kZeroRows) << "Result" << 1.0 << false;
    QTest::addRow("a Limit stopped the scan: not a bad estimate")
        << QByteArray(kLimit) << "Index Scan using orders_pkey on orders" << 30000.0 << false;
    QTest::addRow("a merge join stopped its outer side early")
        << QByteArray(kNestLoop) << "Index Scan using customers_pkey on customers c" << 100.0 << false;
    QTest::addRow("parallel: per-process rows")
        << QByteArray(kParallel) << "Parallel Seq Scan on customers c" << 2000.0 / 833 << false;
    QTest::addRow("no ANALYZE: unknown")
        << QByteArray(kCostsOnly) << "Parallel Seq Scan on orders o" << 0.0 << false;
    QTest::addRow("TIMING OFF still has rows")
        << QByteArray(kNoTiming) << "Seq Scan on orders" << 147000.0 / 146490 << false;
}

void TestExplainPlan::estimates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QFETCH(double, factor);
    QFETCH(bool, flagged);

    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    const PlanNode *n = findNode(plan, label);
    QVERIFY2(n, qPrintable(describe(plan).join(QLatin1Char('\n'))));
    QVERIFY2(near(n->estimateFactor, factor, 1e-9), qPrintable(QString::number(n->estimateFactor)));
    QCOMPARE(n->isMisestimated(ExplainPlan::MisestimateThreshold), flagged);
    QCOMPARE(plan.misestimatedNodes().contains(n->id), flagged);
}

void TestExplainPlan::summaryAndTriggers()
{
    const ExplainPlan plan = ExplainPlan::fromJson(QByteArray(kTrigger));
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QCOMPARE(plan.planningMs(), 0.078);
    QCOMPARE(plan.executionMs(), 3.169);
    QCOMPARE(plan.jitMs(), -1.0);
    QCOMPARE(plan.triggers().size(), 1);
    const PlanTrigger &t = plan.triggers().first();
    QCOMPARE(t.name, QStringLiteral("RI_ConstraintTrigger_c_16428"));
    QCOMPARE(t.constraintName, QStringLiteral("child_parent_id_fkey"));
    QCOMPARE(t.relation, QStringLiteral("child"));
    QCOMPARE(t.calls, 500);
    QCOMPARE(plan.triggerMs(), 2.045);
    QVERIFY(plan.hasBuffers());
    QVERIFY(plan.planningBuffers().present);
    // The trigger ran outside every node: node shares leave its time out.
    double shares = 0;
    for (const PlanNode &n : plan.nodes())
        shares += n.share;
    QVERIFY2(near(shares, 1.06 / 3.169), qPrintable(QString::number(shares)));

    const ExplainPlan nested = ExplainPlan::fromJson(QByteArray(kNestLoop));
    const PlanNode *scan = findNode(nested, QStringLiteral("Index Scan using orders_customer_id_idx on orders o"));
    QVERIFY(scan);
    QCOMPARE(scan->buffers.sharedHit, 2907);
    QCOMPARE(scan->buffers.sharedRead, 2);
    QCOMPARE(scan->actualLoops, 19.0);
    QCOMPARE(scan->indexCond, QStringLiteral("(customer_id = c.id)"));
    QCOMPARE(scan->parentRelationship, QStringLiteral("Inner"));
    const PlanNode *seq = findNode(nested, QStringLiteral("Seq Scan on small s"));
    QVERIFY(seq);
    QCOMPARE(seq->filter, QStringLiteral("(id < 20)"));
    QCOMPARE(seq->rowsRemovedByFilter, 31.0);
    // Every JSON field of the node is kept for the details pane.
    const auto has = [&](const char *key, const char *value) {
        return seq->fields.contains(qMakePair(QString::fromLatin1(key), QString::fromUtf8(value)));
    };
    QVERIFY(has("Filter", "(id < 20)"));
    QVERIFY(has("Rows Removed by Filter", "31"));
    QVERIFY(has("Parallel Aware", "false"));
    QVERIFY(has("Total Cost", "1.62"));

    const ExplainPlan parallel = ExplainPlan::fromJson(QByteArray(kParallel));
    const PlanNode *gather = findNode(parallel, QStringLiteral("Gather Merge"));
    QVERIFY(gather);
    QCOMPARE(gather->workersPlanned, 2);
    QCOMPARE(gather->workersLaunched, 2);
    QCOMPARE(gather->processes, 1);
    QCOMPARE(parallel.node(gather->children.first()).processes, 3);

    const ExplainPlan sub = ExplainPlan::fromJson(QByteArray(kSubPlans));
    const PlanNode *init = findNode(sub, QStringLiteral("Aggregate"));
    QVERIFY(!init); // two plain Aggregates: one InitPlan, one SubPlan
    QStringList subplans;
    for (const PlanNode &n : sub.nodes()) {
        if (!n.subplanName.isEmpty())
            subplans << n.parentRelationship + QLatin1Char(':') + n.subplanName;
    }
    QCOMPARE(subplans, (QStringList{"InitPlan:InitPlan 2 (returns $1)", "SubPlan:SubPlan 1"}));
}

void TestExplainPlan::estimateOnlyUsesCosts()
{
    const ExplainPlan plan = ExplainPlan::fromJson(QByteArray(kCostsOnly));
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QVERIFY(!plan.hasActuals());
    QVERIFY(!plan.hasTiming());
    QVERIFY(!plan.hasBuffers());
    QCOMPARE(plan.executionMs(), -1.0);
    QVERIFY(plan.misestimatedNodes().isEmpty());
    double shares = 0;
    for (const PlanNode &n : plan.nodes()) {
        QCOMPARE(n.inclusiveMs, 0.0);
        QCOMPARE(n.exclusiveMs, 0.0);
        QCOMPARE(n.estimateFactor, 0.0);
        QVERIFY(!n.neverExecuted());
        shares += n.share;
    }
    QVERIFY(near(shares, 1.0));
    // A Limit costs less than its input: it never reads all of it. Clamped, not negative.
    const PlanNode *limit = findNode(plan, QStringLiteral("Limit"));
    QVERIFY(limit);
    QCOMPARE(limit->exclusiveCost, 0.0);
    const PlanNode *join = findNode(plan, QStringLiteral("Hash Join"));
    QVERIFY(join);
    QVERIFY(near(join->exclusiveCost, 4178.42 - 3675.71 - 36.00));
    QVERIFY(near(join->share, join->exclusiveCost / plan.shareBase()));
}

void TestExplainPlan::nestedLoopCostsScaleByOuterRows()
{
    const ExplainPlan plan = ExplainPlan::fromJson(QByteArray(kNestLoop));
    const PlanNode *inner = findNode(plan, QStringLiteral("Index Scan using orders_customer_id_idx on orders o"));
    QVERIFY(inner);
    QCOMPARE(inner->estimatedLoops, 18.0); // the Merge Join's 18 estimated rows
    const PlanNode *loop = findNode(plan, QStringLiteral("Nested Loop"));
    QVERIFY(loop);
    QVERIFY(near(loop->exclusiveCost, 164.37 - 4.57 - 7.38 * 18));
}

void TestExplainPlan::analyzeWithoutTiming()
{
    const ExplainPlan plan = ExplainPlan::fromJson(QByteArray(kNoTiming));
    QVERIFY(plan.isValid());
    QVERIFY(plan.hasActuals());
    QVERIFY(!plan.hasTiming());
    QCOMPARE(plan.executionMs(), 24.122);
    double shares = 0;
    for (const PlanNode &n : plan.nodes()) {
        QCOMPARE(n.exclusiveMs, 0.0);
        shares += n.share;
    }
    QVERIFY(near(shares, 1.0)); // by cost, as there are no times to go by
}

void TestExplainPlan::acceptsOneStatementOrBareNode()
{
    const QByteArray array(kCorrelated);
    const ExplainPlan whole = ExplainPlan::fromJson(array);
    QVERIFY(whole.isValid());

    // The first element of the list, as some tools copy it.
    const QByteArray element = array.mid(1, array.size() - 2);
    const ExplainPlan one = ExplainPlan::fromJson(element);
    QVERIFY2(one.isValid(), qPrintable(one.errorString()));
    QCOMPARE(one.nodeCount(), whole.nodeCount());
    QCOMPARE(one.executionMs(), whole.executionMs());

    const ExplainPlan bare = ExplainPlan::fromJson(
        "{\"Node Type\": \"Result\", \"Startup Cost\": 0, \"Total Cost\": 0.01, \"Plan Rows\": 1, \"Plan Width\": 4}");
    QVERIFY2(bare.isValid(), qPrintable(bare.errorString()));
    QCOMPARE(bare.nodeCount(), 1);
    QCOMPARE(bare.planningMs(), -1.0);

    // Rules can make EXPLAIN return several statements: each is a root.
    const QByteArray two = "[" + element + "," + element + "]";
    const ExplainPlan both = ExplainPlan::fromJson(two);
    QVERIFY(both.isValid());
    QCOMPARE(both.roots().size(), 2);
    QCOMPARE(both.nodeCount(), 2 * whole.nodeCount());
    QCOMPARE(both.node(both.roots().at(1)).row, 1);
    QVERIFY(near(both.executionMs(), 2 * whole.executionMs()));
}

void TestExplainPlan::labels_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("label");

    QTest::addRow("left hash join") << QByteArray(R"({"Node Type":"Hash Join","Join Type":"Left"})") << "Hash Left Join";
    QTest::addRow("anti nested loop") << QByteArray(R"({"Node Type":"Nested Loop","Join Type":"Anti"})") << "Nested Loop Anti Join";
    QTest::addRow("inner join says nothing") << QByteArray(R"({"Node Type":"Merge Join","Join Type":"Inner"})") << "Merge Join";
    QTest::addRow("backward index scan")
        << QByteArray(R"({"Node Type":"Index Scan","Scan Direction":"Backward","Index Name":"t_pkey","Relation Name":"t","Alias":"t"})")
        << "Index Scan Backward using t_pkey on t";
    QTest::addRow("bitmap index scan") << QByteArray(R"({"Node Type":"Bitmap Index Scan","Index Name":"i"})") << "Bitmap Index Scan on i";
    QTest::addRow("schema and alias")
        << QByteArray(R"({"Node Type":"Seq Scan","Relation Name":"Größe","Schema":"名前","Alias":"g"})") << "Seq Scan on 名前.Größe g";
    QTest::addRow("partial hash aggregate")
        << QByteArray(R"({"Node Type":"Aggregate","Strategy":"Hashed","Partial Mode":"Partial"})") << "Partial HashAggregate";
    QTest::addRow("update") << QByteArray(R"({"Node Type":"ModifyTable","Operation":"Update","Relation Name":"t","Alias":"t"})") << "Update on t";
    QTest::addRow("function scan")
        << QByteArray(R"({"Node Type":"Function Scan","Function Name":"generate_series","Alias":"g"})") << "Function Scan on generate_series g";
    QTest::addRow("parallel bitmap heap scan")
        << QByteArray(R"({"Node Type":"Bitmap Heap Scan","Parallel Aware":true,"Relation Name":"t","Alias":"x"})") << "Parallel Bitmap Heap Scan on t x";
}

void TestExplainPlan::labels()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, label);
    const ExplainPlan plan = ExplainPlan::fromJson(node);
    QVERIFY2(plan.isValid(), qPrintable(plan.errorString()));
    QCOMPARE(plan.node(0).label(), label);
}

void TestExplainPlan::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("empty") << QByteArray() << "no plan to show";
    QTest::addRow("only white space") << QByteArray(" \n\t ") << "no plan to show";
    QTest::addRow("cut off in the middle") << QByteArray(kNestLoop).left(300) << "not valid JSON";
    QTest::addRow("text format") << QByteArray("Seq Scan on t  (cost=0.00..35.50 rows=2550 width=4)") << "not valid JSON";
    QTest::addRow("empty list") << QByteArray("[]") << "the list is empty";
    QTest::addRow("list of strings") << QByteArray(R"(["QUERY PLAN"])") << "entry 1 of the list is not an object";
    QTest::addRow("no Plan") << QByteArray(R"([{"Planning Time": 0.1}])") << "no \"Plan\" object";
    QTest::addRow("node without a type") << QByteArray(R"([{"Plan": {"Total Cost": 1}}])") << "no \"Node Type\"";
    QTest::addRow("Plans is not a list")
        << QByteArray(R"({"Plan": {"Node Type": "Result", "Plans": {"Node Type": "Result"}}})") << "\"Plans\" of a Result node is not a list";
    QTest::addRow("child is not a node")
        << QByteArray(R"({"Plan": {"Node Type": "Append", "Plans": [{"Node Type": "Result"}, 7]}})") << "not a plan node";
    QTest::addRow("second statement broken")
        << QByteArray(R"([{"Plan": {"Node Type": "Result"}}, {"Plan": {}}])") << "statement 2: a plan node has no \"Node Type\"";
}

void TestExplainPlan::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const ExplainPlan plan = ExplainPlan::fromJson(json);
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.errorString().contains(fragment), qPrintable(plan.errorString()));
    // Every message says what to run instead.
    QVERIFY2(plan.errorString().contains(QLatin1String("EXPLAIN")), qPrintable(plan.errorString()));
    QCOMPARE(plan.nodeCount(), 0);
    QVERIFY(plan.roots().isEmpty());
    QCOMPARE(plan.hottestNode(), -1);
}

QTEST_GUILESS_MAIN(TestExplainPlan)
#include "tst_explainplan.moc"
