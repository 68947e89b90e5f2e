// Promoting rehearsed previews on a real local fabric: the target unchanged, changed in a way
// that clashes, changed apart from the preview (rebase), two promotes at once.
#include "branchfixtures.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "pgsession.h"
#include "promotion.h"
#include "testfabric.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

class TestPromote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void unchangedTargetGetsTheMigrationsAndKeepsItsWrites();
    void clashingChangeIsAConflictAndTouchesNothing();
    void disjointChangeRebasesThenPromotes();
    void twoPromotesAtOnceOneWins();
    void refusals();

private:
    QString sql(const QString &branch, const QString &statement);
    QDir folder(const QList<std::pair<QString, QByteArray>> &files);
    QString rehearse(const QDir &dir, const QString &preview);

    std::unique_ptr<TestFabric> m_fabric;
    std::unique_ptr<LocalFabricEngine> m_engine;
    QTemporaryDir m_dirs;
    int m_round = 0;
    QString m_target; // a branch of main per case, so that each starts without a history
};

QString TestPromote::sql(const QString &branch, const QString &statement)
{
    return Test::branchValue(*m_engine, branch, statement);
}

QDir TestPromote::folder(const QList<std::pair<QString, QByteArray>> &files)
{
    return Test::writeFolder(m_dirs.path(), QStringLiteral("m%1").arg(m_round), files);
}

QString TestPromote::rehearse(const QDir &dir, const QString &preview)
{
    RehearsalOptions options;
    options.preview = preview;
    const RehearsalReport report = Rehearsal::rehearse(*m_engine, m_target, MigrationSet::read(dir.path()), options);
    return report.made && report.go ? QString() : report.error + report.noGo.join(QLatin1Char('\n'));
}

void TestPromote::initTestCase()
{
    m_fabric = std::make_unique<TestFabric>();
    QVERIFY(m_fabric->isValid());
    QVERIFY(m_dirs.isValid());
    m_engine = std::make_unique<LocalFabricEngine>();
    QVERIFY_NO_ERROR(m_engine->open(m_fabric->path()));
    QVERIFY_NO_ERROR(m_engine->init({}));
}

void TestPromote::cleanupTestCase()
{
    m_engine.reset();
    m_fabric.reset();
}

void TestPromote::init()
{
    // Each case promotes into a target of its own, with tables named by the round.
    ++m_round;
    m_target = QStringLiteral("target%1").arg(m_round);
    QVERIFY_NO_ERROR(m_engine->createBranch(m_target, QStringLiteral("main")));
    QCOMPARE(sql(m_target, QStringLiteral("CREATE SCHEMA r%1; SET search_path = r%1; "
                                                        "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric); "
                                                        "INSERT INTO orders SELECT g, g FROM generate_series(1, 100) g; SELECT count(*) FROM orders")
                                             .arg(m_round)),
             QStringLiteral("100"));
}

void TestPromote::unchangedTargetGetsTheMigrationsAndKeepsItsWrites()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_note.sql"), QStringLiteral("ALTER TABLE %1.orders ADD COLUMN note text;\n").arg(r).toUtf8()},
                             {QStringLiteral("0002_customers.sql"), QStringLiteral("CREATE TABLE %1.customers (id bigint PRIMARY KEY);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-unchanged")));
    // Writes to main after the fork: data, not schema.
    QCOMPARE(sql(m_target, QStringLiteral("INSERT INTO %1.orders VALUES (101, 1); SELECT count(*) FROM %1.orders").arg(r)),
             QStringLiteral("101"));
    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-unchanged"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QVERIFY(!report.rebased);
    QCOMPARE(report.run.appliedCount(), 2);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders WHERE note IS NULL").arg(r)), QStringLiteral("101"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.customers') IS NOT NULL").arg(r)), QStringLiteral("t"));
    ForkPoint fork;
    QVERIFY(Rehearsal::forkPoint(*m_engine, QStringLiteral("p-unchanged"), &fork));
    QCOMPARE(fork.state, QStringLiteral("promoted"));
    // Once is enough.
    const PromoteReport again = Promotion::promote(*m_engine, QStringLiteral("p-unchanged"));
    QCOMPARE(again.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(again.error.contains(QLatin1String("promoted into target")), qPrintable(again.error));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-unchanged")));
}

void TestPromote::clashingChangeIsAConflictAndTouchesNothing()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_total.sql"), QStringLiteral("ALTER TABLE %1.orders ALTER COLUMN total TYPE bigint;\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-clash")));
    // main changes the same column another way.
    QVERIFY(sql(m_target, QStringLiteral("ALTER TABLE %1.orders ALTER COLUMN total TYPE numeric(12,2); SELECT 1").arg(r)) == QLatin1String("1"));
    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-clash"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Conflict);
    QVERIFY2(report.conflicts.join(QLatin1Char('\n')).contains(QStringLiteral("%1.orders.total").arg(r)), qPrintable(report.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = '%1' "
                                                        "AND table_name = 'orders' AND column_name = 'total'").arg(r)),
             QStringLiteral("numeric"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('pixetric.schema_migrations') IS NULL")), QStringLiteral("t"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-clash")));
}

void TestPromote::disjointChangeRebasesThenPromotes()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_customers.sql"), QStringLiteral("CREATE TABLE %1.customers (id bigint PRIMARY KEY);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-disjoint")));
    // main gets an index on another table meanwhile, and rows.
    QCOMPARE(sql(m_target, QStringLiteral("CREATE INDEX orders_total ON %1.orders (total); INSERT INTO %1.orders VALUES (500, 5); SELECT 1").arg(r)),
             QStringLiteral("1"));
    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-disjoint"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QVERIFY(report.rebased);
    QVERIFY(report.rehearsal.go);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.customers') IS NOT NULL AND to_regclass('%1.orders_total') IS NOT NULL").arg(r)),
             QStringLiteral("t"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders").arg(r)), QStringLiteral("101"));
    // The rebased preview has main's index too.
    QCOMPARE(sql(QStringLiteral("p-disjoint"), QStringLiteral("SELECT to_regclass('%1.orders_total') IS NOT NULL").arg(r)), QStringLiteral("t"));
    QVERIFY2(report.toText().contains(QLatin1String("rebased")), qPrintable(report.toText()));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-disjoint")));
}

void TestPromote::twoPromotesAtOnceOneWins()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_audit.sql"),
                              QStringLiteral("CREATE TABLE %1.audit (at timestamptz DEFAULT now());\nSELECT pg_sleep(0.5);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-first")));
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-second")));
    // Each promote on an engine of its own, as two programs would.
    auto promote = [this](const QString &preview) {
        LocalFabricEngine engine;
        if (const QString error = engine.open(m_fabric->path()); !error.isEmpty()) {
            PromoteReport failed;
            failed.error = error;
            return failed;
        }
        return Promotion::promote(engine, preview);
    };
    QFuture<PromoteReport> first = QtConcurrent::run(promote, QStringLiteral("p-first"));
    QFuture<PromoteReport> second = QtConcurrent::run(promote, QStringLiteral("p-second"));
    const PromoteReport a = first.result();
    const PromoteReport b = second.result();
    const int promoted = int(a.outcome == PromoteReport::Outcome::Promoted) + int(b.outcome == PromoteReport::Outcome::Promoted);
    QVERIFY2(promoted == 1, qPrintable(a.toText() + b.toText()));
    const PromoteReport &loser = a.outcome == PromoteReport::Outcome::Promoted ? b : a;
    QVERIFY2(loser.outcome == PromoteReport::Outcome::Conflict, qPrintable(loser.toText()));
    QVERIFY2(loser.conflicts.join(QLatin1Char('\n')).contains(QLatin1String("version 0001")), qPrintable(loser.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations WHERE version = '0001' AND success")),
             QStringLiteral("1"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-first")));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-second")));
}

void TestPromote::refusals()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("main"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(report.error.contains(QLatin1String("main is not a preview branch")), qPrintable(report.error));

    // A file edited after the rehearsal is not promoted.
    const QDir dir = folder({{QStringLiteral("0001_x.sql"), QStringLiteral("CREATE TABLE %1.x ();\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-edited")));
    QFile f(dir.filePath(QStringLiteral("0001_x.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("CREATE TABLE %1.y ();\n").arg(r).toUtf8());
    f.close();
    report = Promotion::promote(*m_engine, QStringLiteral("p-edited"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(report.error.contains(QLatin1String("0001_x.sql changed after the rehearsal")), qPrintable(report.error));

    // A protected target needs a confirmation.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("CREATE TABLE %1.x ();\n").arg(r).toUtf8());
    f.close();
    QVERIFY_NO_ERROR(m_engine->setProtected(m_target, true));
    report = Promotion::promote(*m_engine, QStringLiteral("p-edited"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(report.error.contains(QLatin1String("is protected: confirm")), qPrintable(report.error));
    PromoteOptions confirmed;
    confirmed.confirmedProtected = true;
    report = Promotion::promote(*m_engine, QStringLiteral("p-edited"), confirmed);
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QVERIFY_NO_ERROR(m_engine->setProtected(m_target, false));

    // A preview whose branch was deleted behind the rehearsal's back.
    const QDir other = folder({{QStringLiteral("0002_z.sql"), QStringLiteral("CREATE TABLE %1.z ();\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(other, QStringLiteral("p-deleted")));
    QVERIFY_NO_ERROR(m_engine->deleteBranch(QStringLiteral("p-deleted"), false));
    report = Promotion::promote(*m_engine, QStringLiteral("p-deleted"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(report.error.contains(QLatin1String("p-deleted is gone")), qPrintable(report.error));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-deleted")));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-edited")));
}

QTEST_GUILESS_MAIN(TestPromote)
#include "tst_promote.moc"
