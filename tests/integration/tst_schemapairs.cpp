// The proof of the schema diff: every schema pair of ../shared/fixtures/schema-pairs (taken from
// three other projects' test suites) is loaded into two fresh databases A and B; the migration
// from A to B must apply to A, after which the normalized pg_dump --schema-only of A equals B's
// and a second comparison finds nothing. The same for B to A, and A to A and B to B find
// nothing. Each pair that does not get there is listed below with its reason.
#include "migrationplanner.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "schemadiff.h"
#include "schemadumpnormalizer.h"
#include "schemareader.h"

#include <QDir>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;
using Pixetric::Test::SchemaDumpNormalizer;

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
    // Loads file into a new database; returns the server's errors that matter (empty when it
    // loaded). Roles a case names are made once for the whole cluster.
    QString load(PgSession &admin, const QString &database, const QString &file);
    bool run(const QString &program, const QStringList &arguments, QString *output);
    QString dump(const QString &database, QString *error);
    static QString psqlErrors(const QString &output);
    // Migrates from into to; empty on success, else what went wrong. *before gets the
    // snapshots of both sides as they were.
    QString converge(const QString &from, const QString &to, const QString &label, SchemaSnapshot *fromBefore,
                     SchemaSnapshot *toBefore);
    QString read(const QString &database, SchemaSnapshot *snapshot);

    PgTestCluster m_cluster;
    QTemporaryDir m_work;
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

bool TestSchemaPairs::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), PgTestCluster::password());
    process.setProcessEnvironment(env);
    process.start(m_cluster.binDirectory() + QLatin1Char('/') + program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        *output = program + QStringLiteral(" did not finish in two minutes");
        return false;
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString TestSchemaPairs::psqlErrors(const QString &output)
{
    // Errors a fresh database gives for what it has already: the fixtures' authors ran them
    // on databases without a public schema or plpgsql.
    static const QRegularExpression harmless(
        QStringLiteral("(schema \"public\" already exists|language \"plpgsql\" already exists|extension \"plpgsql\" already exists)"));
    QStringList errors;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if ((line.contains(QLatin1String("ERROR:")) || line.contains(QLatin1String("FATAL:"))) && !harmless.match(line).hasMatch())
            errors << line.trimmed();
    }
    return errors.join(QLatin1Char('\n'));
}

QString TestSchemaPairs::load(PgSession &admin, const QString &database, const QString &file)
{
    static const QRegularExpression missingRole(QStringLiteral("role \"([^\"]+)\" does not exist"));
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!admin.query(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database))
            || !admin.query(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(database)))
            return admin.errorText();
        QString output;
        run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=0"),
                                     QStringLiteral("-d"), m_cluster.uri(database), QStringLiteral("-f"), file},
            &output);
        const QString errors = psqlErrors(output);
        const auto role = missingRole.match(errors);
        if (role.hasMatch()) {
            // Another pair may make the same role at the same moment: either way it exists.
            admin.query(QStringLiteral("CREATE ROLE %1").arg(SchemaObject::quoteIdentifier(role.captured(1))));
            continue;
        }
        return errors;
    }
    return QStringLiteral("too many missing roles");
}

QString TestSchemaPairs::dump(const QString &database, QString *error)
{
    QString output;
    if (!run(QStringLiteral("pg_dump"), {QStringLiteral("--schema-only"), QStringLiteral("-d"), m_cluster.uri(database)}, &output)) {
        *error = output;
        return {};
    }
    return SchemaDumpNormalizer::normalize(output);
}

QString TestSchemaPairs::read(const QString &database, SchemaSnapshot *snapshot)
{
    return SchemaReader::read(m_cluster.params(database), snapshot);
}

namespace {

QString describe(const SchemaDiff &diff)
{
    QStringList left;
    for (const ObjectDiff &d : diff.objects) {
        if (d.state == ObjectDiff::State::Identical)
            continue;
        QString line = d.key;
        for (const AttributeChange &c : d.changes)
            line += QStringLiteral("\n    %1: %2 → %3").arg(c.name, AttributeChange::text(c.from), AttributeChange::text(c.to));
        left << line;
    }
    return left.join(QLatin1Char('\n'));
}

} // namespace

QString TestSchemaPairs::converge(const QString &from, const QString &to, const QString &label, SchemaSnapshot *a,
                                  SchemaSnapshot *b)
{
    if (const QString error = read(from, a); !error.isEmpty())
        return label + QStringLiteral(": reading A: ") + error;
    if (const QString error = read(to, b); !error.isEmpty())
        return label + QStringLiteral(": reading B: ") + error;
    const SchemaDiff diff = SchemaDiff::compare(*a, *b);
    const Migration migration = MigrationPlanner::plan(*a, *b, diff);
    if (!migration.error.isEmpty())
        return label + QStringLiteral(": no migration: ") + migration.error;
    const QString script = migration.script();
    QFile scriptFile(m_work.filePath(QStringLiteral("%1-%2.sql").arg(from, to)));
    if (scriptFile.open(QIODevice::WriteOnly))
        scriptFile.write(script.toUtf8());
    scriptFile.close();
    if (!script.isEmpty()) {
        QString output;
        run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-d"), m_cluster.uri(from), QStringLiteral("-f"), scriptFile.fileName()},
            &output);
        const QString errors = psqlErrors(output);
        if (!errors.isEmpty())
            return label + QStringLiteral(": the migration does not apply: ") + errors + QStringLiteral("\n--- script:\n") + script;
    }
    QString dumpError;
    const QString dumpA = dump(from, &dumpError);
    const QString dumpB = dump(to, &dumpError);
    if (!dumpError.isEmpty())
        return label + QStringLiteral(": pg_dump: ") + dumpError;
    if (dumpA != dumpB) {
        return label + QStringLiteral(": after the migration the dumps differ:\n")
               + SchemaDumpNormalizer::difference(dumpA, dumpB) + QStringLiteral("\n--- script:\n") + script;
    }
    SchemaSnapshot again;
    if (const QString error = read(from, &again); !error.isEmpty())
        return label + QStringLiteral(": reading A again: ") + error;
    const SchemaDiff second = SchemaDiff::compare(again, *b);
    if (second.hasDifferences()) {
        return label + QStringLiteral(": a second comparison still finds differences:\n") + describe(second)
               + QStringLiteral("\n--- script:\n") + script;
    }
    return {};
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
    outcome.errorsA = load(admin, a, QDir(c.folder).filePath(QStringLiteral("a.sql")));
    outcome.errorsB = load(admin, b, QDir(c.folder).filePath(QStringLiteral("b.sql")));
    if (outcome.errorsA.isEmpty() && outcome.errorsB.isEmpty()) {
        if (!admin.query(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(a2, a))
            || !admin.query(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(b2, b))) {
            outcome.problem = admin.errorText();
        } else {
            SchemaSnapshot aFirst, bFirst, aSecond, bSecond;
            outcome.problem = converge(a, b, QStringLiteral("A to B"), &aFirst, &bFirst);
            if (outcome.problem.isEmpty())
                outcome.problem = converge(b2, a2, QStringLiteral("B to A"), &bSecond, &aSecond);
            // A to A and B to B: two databases of the same schema compare equal.
            if (outcome.problem.isEmpty() && SchemaDiff::compare(aFirst, aSecond).hasDifferences())
                outcome.problem = QStringLiteral("A compared with A differs:\n") + describe(SchemaDiff::compare(aFirst, aSecond));
            if (outcome.problem.isEmpty() && SchemaDiff::compare(bFirst, bSecond).hasDifferences())
                outcome.problem = QStringLiteral("B compared with B differs:\n") + describe(SchemaDiff::compare(bFirst, bSecond));
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
