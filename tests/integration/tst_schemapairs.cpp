// The proof of the schema diff: every schema pair of ../shared/fixtures/schema-pairs (taken from
// three other projects' test suites) is loaded into two fresh databases A and B; the migration
// from A to B must apply to A, after which the normalized pg_dump --schema-only of A equals B's
// and a second comparison finds nothing. The same for B to A, and A to A and B to B find
// nothing. Each pair that does not get there is listed below with its reason.
#include "migrationplanner.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "schemadiff.h"
#include "schemaroundtrip.h"
#include "schemareader.h"

#include <QDir>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;
using Pixetric::Test::SchemaRoundTrip;

namespace {

QString fixturesDirectory()
{
    return QDir(QStringLiteral(PIXETRIC_SHARED_DIR)).filePath(QStringLiteral("fixtures/schema-pairs"));
}

// Pairs the server itself refuses (per the fixtures' README): out of scope on that version.
// The test checks that the server does refuse them, so the list cannot go stale.
const QHash<QString, QString> &rejectedByServer()
{
    static const QHash<QString, QString> cases = {
        {QStringLiteral("pgschema/create_table__add_fk"), QStringLiteral("temporal foreign keys (PostgreSQL 18)")},
        {QStringLiteral("pgschema/create_table__add_pk"), QStringLiteral("temporal primary keys (PostgreSQL 18)")},
        {QStringLiteral("pgschema/create_table__issue_501_virtual_generated_column"), QStringLiteral("virtual generated columns (PostgreSQL 18)")},
        {QStringLiteral("pgschema/create_table__issue_295_pgvector_typmod"), QStringLiteral("needs the pgvector extension")},
        {QStringLiteral("apgdiff/drop_with_oids"), QStringLiteral("WITH OIDS was removed in PostgreSQL 12")},
        {QStringLiteral("apgdiff/add_table_bug102"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/add_table_partition_by"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/alter_inherited_column"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/view_triggers"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/alter_view_add_default"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/alter_view_change_default"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/alter_view_drop_default"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/view_alias_with_quote"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/grant_on_view_cols_mixed"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/create_trigger_postgres12"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/foreign_alter_type"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/foreign_create_table"), QStringLiteral("invalid on every version")},
        {QStringLiteral("apgdiff/foreign_drop_table"), QStringLiteral("invalid on every version")},
    };
    return cases;
}

// Pairs the server accepts where the migration does not (yet) converge, with the reason. A
// pair listed here that passes fails the test (XPASS), so the list only ever shrinks.
const QHash<QString, QString> &knownExceptions()
{
    static const QHash<QString, QString> cases = {
        {QStringLiteral("migra/inherit2"),
         QStringLiteral("B to A turns a child's own column into one it only inherits: PostgreSQL has no statement that "
                        "keeps the column and ends the child's own definition of it")},
        {QStringLiteral("migra/extversions"),
         QStringLiteral("B to A moves pg_trgm from 1.4 back to 1.3: extensions ship no downgrade scripts")},
        {QStringLiteral("pgschema/create_index__issue_473_partial_index_in_list"),
         QStringLiteral("PostgreSQL prints `varchar_column IN (...)` in a form that reads back as a different expression "
                        "(pg_dump and restore change it the same way)")},
        {QStringLiteral("pgschema/online__add_constraint"),
         QStringLiteral("PostgreSQL prints `varchar_column IN (...)` in a form that reads back as a different expression "
                        "(pg_dump and restore change it the same way)")},
    };
    return cases;
}

struct Counts
{
    int cases = 0;
    int passed = 0;
    int rejected = 0;
    int excepted = 0;
};

// What one pair gave; pairs are worked on several at a time in initTestCase(), each data row
// of pairs() then reports its own.
struct Outcome
{
    QString errorsA; // the server's errors loading a.sql
    QString errorsB;
    QString problem; // empty when the pair converged both ways
};

} // namespace

class TestSchemaPairs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pairs_data();
    void pairs();

private:
    struct Case
    {
        QString name;   // "origin/case"
        QString folder;
        int serial = 0;
    };
    static QList<Case> cases();
    Outcome work(const Case &c);

    PgTestCluster m_cluster;
    QTemporaryDir m_work;
    std::unique_ptr<SchemaRoundTrip> m_roundTrip;
    Counts m_counts;
    QHash<QString, Outcome> m_outcomes;
};

void TestSchemaPairs::initTestCase()
{
    QVERIFY2(QFileInfo(fixturesDirectory()).isDir(),
             qPrintable(QStringLiteral("The schema pairs are missing: expected them in %1 (../shared/fixtures/schema-pairs "
                                       "beside the checkout, as CI has it).")
                            .arg(QDir::cleanPath(fixturesDirectory()))));
    QVERIFY2(m_cluster.start({QStringLiteral("max_connections = 40")}), qPrintable(m_cluster.error()));
    QVERIFY(m_work.isValid());
    m_roundTrip = std::make_unique<SchemaRoundTrip>(m_cluster, m_work.path());

    // Three pairs at a time keep both cores and the server busy.
    const QList<Case> all = cases();
    QVERIFY2(!all.isEmpty(), "no schema pairs found");
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    QMutex mutex;
    QtConcurrent::blockingMap(&pool, all, [this, &mutex](const Case &c) {
        const Outcome outcome = work(c);
        const QMutexLocker lock(&mutex);
        m_outcomes.insert(c.name, outcome);
    });
}

void TestSchemaPairs::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("schema pairs on PostgreSQL %1: %2 of %3 converge; %4 rejected by the server; %5 known exceptions")
                             .arg(m_cluster.majorVersion())
                             .arg(m_counts.passed)
                             .arg(m_counts.cases - m_counts.rejected - m_counts.excepted)
                             .arg(m_counts.rejected)
                             .arg(m_counts.excepted);
}

QList<TestSchemaPairs::Case> TestSchemaPairs::cases()
{
    QList<Case> list;
    const QDir root(fixturesDirectory());
    for (const QString &origin : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir sub(root.filePath(origin));
        for (const QString &name : sub.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            list << Case{origin + QLatin1Char('/') + name, sub.filePath(name), int(list.size()) + 1};
    }
    return list;
}

Outcome TestSchemaPairs::work(const Case &c)
{
    Outcome outcome;
    PgSession admin;
    if (!admin.open(m_cluster.params())) {
        outcome.problem = admin.errorText();
        return outcome;
    }
    const QString a = QStringLiteral("a%1").arg(c.serial);
    const QString b = QStringLiteral("b%1").arg(c.serial);
    const QString a2 = QStringLiteral("a%1_again").arg(c.serial);
    const QString b2 = QStringLiteral("b%1_again").arg(c.serial);
    outcome.errorsA = m_roundTrip->load(admin, a, QDir(c.folder).filePath(QStringLiteral("a.sql")));
    outcome.errorsB = m_roundTrip->load(admin, b, QDir(c.folder).filePath(QStringLiteral("b.sql")));
    if (outcome.errorsA.isEmpty() && outcome.errorsB.isEmpty()) {
        if (!m_roundTrip->createDatabase(admin, a2, a) || !m_roundTrip->createDatabase(admin, b2, b)) {
            outcome.problem = admin.errorText();
        } else {
            SchemaSnapshot aFirst, bFirst, aSecond, bSecond;
            outcome.problem = m_roundTrip->converge(a, b, QStringLiteral("A to B"), &aFirst, &bFirst);
            if (outcome.problem.isEmpty())
                outcome.problem = m_roundTrip->converge(b2, a2, QStringLiteral("B to A"), &bSecond, &aSecond);
            // A to A and B to B: two databases of the same schema compare equal.
            if (outcome.problem.isEmpty() && SchemaDiff::compare(aFirst, aSecond).hasDifferences())
                outcome.problem = QStringLiteral("A compared with A differs:\n") + SchemaRoundTrip::describe(SchemaDiff::compare(aFirst, aSecond));
            if (outcome.problem.isEmpty() && SchemaDiff::compare(bFirst, bSecond).hasDifferences())
                outcome.problem = QStringLiteral("B compared with B differs:\n") + SchemaRoundTrip::describe(SchemaDiff::compare(bFirst, bSecond));
        }
    }
    for (const QString &db : {a, b, a2, b2})
        admin.query(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
    return outcome;
}

void TestSchemaPairs::pairs_data()
{
    QTest::addColumn<QString>("name");
    for (const Case &c : cases())
        QTest::addRow("%s", qPrintable(c.name)) << c.name;
}

void TestSchemaPairs::pairs()
{
    QFETCH(QString, name);
    QVERIFY2(m_outcomes.contains(name), "the pair was not worked on");
    const Outcome outcome = m_outcomes.value(name);
    ++m_counts.cases;
    if (rejectedByServer().contains(name)) {
        ++m_counts.rejected;
        QVERIFY2(!outcome.errorsA.isEmpty() || !outcome.errorsB.isEmpty(),
                 qPrintable(QStringLiteral("listed as refused by the server (%1), but PostgreSQL %2 accepts it")
                                .arg(rejectedByServer().value(name)).arg(m_cluster.majorVersion())));
        return;
    }
    QVERIFY2(outcome.errorsA.isEmpty(), qPrintable(QStringLiteral("PostgreSQL refuses a.sql: ") + outcome.errorsA));
    QVERIFY2(outcome.errorsB.isEmpty(), qPrintable(QStringLiteral("PostgreSQL refuses b.sql: ") + outcome.errorsB));
    if (knownExceptions().contains(name)) {
        ++m_counts.excepted;
        QEXPECT_FAIL("", qPrintable(knownExceptions().value(name)), Continue);
    }
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    if (outcome.problem.isEmpty() && !knownExceptions().contains(name))
        ++m_counts.passed;
}

QTEST_GUILESS_MAIN(TestSchemaPairs)
#include "tst_schemapairs.moc"
