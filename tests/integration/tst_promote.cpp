// Promoting rehearsed previews on a real local fabric: the target unchanged, changed in a way
// that clashes, changed apart from the preview (rebase), two promotes at once.
#include "branchfixtures.h"
#include "localfabricengine.h"
#include "migrationrunner.h"
#include "noerror.h"
#include "pgsession.h"
#include "promotion.h"
#include "testfabric.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
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
    void fastForwardKeepsTheEndpointAndUndoSwapsBack();
    void undoOfAppliedMigrations();
    void undoRefusals();
    void targetWhoseServerWillNotStart();
    void writesToThePreviewAreNeverPromoted();

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
    // Autovacuum's ANALYZE takes transaction IDs, which a fast-forward reads as writes; every
    // branch copies main's settings.
    QCOMPARE(Test::branchValue(*m_engine, QStringLiteral("main"), QStringLiteral("ALTER SYSTEM SET autovacuum = off")), QString());
    QCOMPARE(Test::branchValue(*m_engine, QStringLiteral("main"), QStringLiteral("SELECT pg_reload_conf()")), QStringLiteral("t"));
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
    // Nothing was written after the rebase: the rebased preview, main's index and rows with it,
    // took the target's place; the backup has main's data from before.
    QVERIFY(report.fastForward);
    QVERIFY_NO_ERROR(m_engine->startCompute(report.backup));
    QCOMPARE(sql(report.backup, QStringLiteral("SELECT to_regclass('%1.orders_total') IS NOT NULL AND to_regclass('%1.customers') IS NULL").arg(r)),
             QStringLiteral("t"));
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

void TestPromote::fastForwardKeepsTheEndpointAndUndoSwapsBack()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_note.sql"), QStringLiteral("ALTER TABLE %1.orders ADD COLUMN note text DEFAULT 'n';\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-ff")));
    BranchInfo before;
    QVERIFY(m_engine->branch(m_target, &before));

    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-ff"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QVERIFY2(report.fastForward, qPrintable(report.toText()));
    QVERIFY(report.run.files.isEmpty()); // nothing ran on the target
    QVERIFY2(report.backup.startsWith(m_target + QStringLiteral("-backup-")), qPrintable(report.backup));
    QVERIFY2(report.toText().contains(QLatin1String("by fast-forward")), qPrintable(report.toText()));
    // The same endpoint, the preview's data; the preview's name is free, the backup a child of
    // the target with the data from before.
    BranchInfo after;
    QVERIFY(m_engine->branch(m_target, &after));
    QCOMPARE(after.port, before.port);
    QVERIFY(after.compute == ComputeState::Running);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders WHERE note = 'n'").arg(r)), QStringLiteral("100"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations WHERE success")), QStringLiteral("1"));
    QVERIFY(!m_engine->branch(QStringLiteral("p-ff"), &after));
    BranchInfo backup;
    QVERIFY(m_engine->branch(report.backup, &backup));
    QCOMPARE(backup.parent, m_target);
    QVERIFY_NO_ERROR(m_engine->startCompute(report.backup));
    QCOMPARE(sql(report.backup, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = '%1' AND column_name = 'note'").arg(r)),
             QStringLiteral("0"));
    PromotionRecord record;
    QVERIFY(Promotion::lastPromotion(*m_engine, m_target, &record));
    QCOMPARE(record.mode, QStringLiteral("fast-forward"));
    QCOMPARE(record.backup, report.backup);
    QCOMPARE(record.versions, QStringList{QStringLiteral("0001")});

    // Writes to the target since: the undo would lose them, so it asks first.
    QCOMPARE(sql(m_target, QStringLiteral("INSERT INTO %1.orders (id, total) VALUES (1001, 1); SELECT 1").arg(r)), QStringLiteral("1"));
    UndoReport undo = Promotion::undo(*m_engine, m_target);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Refused, qPrintable(undo.toText()));
    QVERIFY2(undo.warnings.join(QLatin1Char('\n')).contains(QLatin1String("had writes after the promote")), qPrintable(undo.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders").arg(r)), QStringLiteral("101"));
    UndoOptions accept;
    accept.acceptDataLoss = true;
    undo = Promotion::undo(*m_engine, m_target, accept);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Undone, qPrintable(undo.toText()));
    QVERIFY(m_engine->branch(m_target, &after));
    QCOMPARE(after.port, before.port);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = '%1' AND column_name = 'note'").arg(r)),
             QStringLiteral("0"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders").arg(r)), QStringLiteral("100"));
    // The promoted data is back under the preview's name, which cannot be promoted again as is.
    QVERIFY(!m_engine->branch(report.backup, &backup));
    QVERIFY_NO_ERROR(m_engine->startCompute(QStringLiteral("p-ff")));
    QCOMPARE(sql(QStringLiteral("p-ff"), QStringLiteral("SELECT count(*) FROM %1.orders WHERE id = 1001").arg(r)), QStringLiteral("1"));
    QVERIFY(!Promotion::lastPromotion(*m_engine, m_target, &record));
    const PromoteReport again = Promotion::promote(*m_engine, QStringLiteral("p-ff"));
    QCOMPARE(again.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(again.error.contains(QLatin1String("the promote undone")), qPrintable(again.error));
    QCOMPARE(Promotion::undo(*m_engine, m_target).outcome, UndoReport::Outcome::Failed);
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-ff")));
}

void TestPromote::undoOfAppliedMigrations()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_note.sql"),
                              QStringLiteral("ALTER TABLE %1.orders ADD COLUMN note text;\n-- down\nALTER TABLE %1.orders DROP COLUMN note;\n").arg(r).toUtf8()},
                             {QStringLiteral("0002_view.sql"),
                              QStringLiteral("CREATE VIEW %1.big AS SELECT * FROM %1.orders WHERE total > 50;\n-- down\nDROP VIEW %1.big;\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-applied")));
    // A write after the fork: the migrations are applied, the write kept.
    QCOMPARE(sql(m_target, QStringLiteral("INSERT INTO %1.orders VALUES (200, 200); SELECT 1").arg(r)), QStringLiteral("1"));
    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-applied"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted && !report.fastForward, qPrintable(report.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("UPDATE %1.orders SET note = 'kept?' WHERE id = 200; SELECT count(*) FROM %1.big").arg(r)),
             QStringLiteral("51"));

    // The down parts, newest first; dropping the column loses its values, so it asks first.
    UndoReport undo = Promotion::undo(*m_engine, m_target);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Refused, qPrintable(undo.toText()));
    QVERIFY2(undo.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("0001_note.sql (down part), line 1: loses every value of %1.orders.note").arg(r)),
             qPrintable(undo.toText()));
    QCOMPARE(undo.statements, (QStringList{QStringLiteral("DROP VIEW %1.big").arg(r), QStringLiteral("ALTER TABLE %1.orders DROP COLUMN note").arg(r)}));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.big') IS NOT NULL").arg(r)), QStringLiteral("t"));
    UndoOptions accept;
    accept.acceptDataLoss = true;
    undo = Promotion::undo(*m_engine, m_target, accept);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Undone, qPrintable(undo.toText()));
    QVERIFY(!undo.generated);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.big') IS NULL AND NOT EXISTS (SELECT FROM information_schema.columns "
                                          "WHERE table_schema = '%1' AND column_name = 'note')").arg(r)),
             QStringLiteral("t"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations")), QStringLiteral("0"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders").arg(r)), QStringLiteral("101"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-applied")));

    // Without a down part the reverse is generated from the fork point's schema.
    const QDir bare = folder({{QStringLiteral("0003_customers.sql"), QStringLiteral("CREATE TABLE %1.customers (id bigint PRIMARY KEY);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(bare, QStringLiteral("p-bare")));
    QCOMPARE(sql(m_target, QStringLiteral("INSERT INTO %1.orders VALUES (201, 1); SELECT 1").arg(r)), QStringLiteral("1"));
    QVERIFY(Promotion::promote(*m_engine, QStringLiteral("p-bare")).outcome == PromoteReport::Outcome::Promoted);
    undo = Promotion::undo(*m_engine, m_target);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Refused && undo.generated, qPrintable(undo.toText()));
    QVERIFY2(undo.statements.join(QLatin1Char('\n')).contains(QStringLiteral("DROP TABLE %1.customers").arg(r)), qPrintable(undo.toText()));
    undo = Promotion::undo(*m_engine, m_target, accept);
    QVERIFY2(undo.outcome == UndoReport::Outcome::Undone, qPrintable(undo.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.customers') IS NULL").arg(r)), QStringLiteral("t"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-bare")));
}

void TestPromote::undoRefusals()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    UndoReport undo = Promotion::undo(*m_engine, m_target);
    QCOMPARE(undo.outcome, UndoReport::Outcome::Failed);
    QVERIFY2(undo.error.contains(QLatin1String("No promote into")), qPrintable(undo.error));

    const QByteArray x = QStringLiteral("CREATE TABLE %1.x (id int);\n-- down\nDROP TABLE %1.x;\n").arg(r).toUtf8();
    const QDir first = folder({{QStringLiteral("0001_x.sql"), x}});
    const QDir both = Test::writeFolder(m_dirs.path(), QStringLiteral("both%1").arg(m_round),
                                        {{QStringLiteral("0001_x.sql"), x},
                                         {QStringLiteral("0002_y.sql"), QStringLiteral("CREATE TABLE %1.y (id int);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(first, QStringLiteral("p-undo")));
    PromoteOptions applied;
    applied.fastForward = false;
    const PromoteReport promoted = Promotion::promote(*m_engine, QStringLiteral("p-undo"), applied);
    QVERIFY2(promoted.outcome == PromoteReport::Outcome::Promoted && !promoted.fastForward, qPrintable(promoted.toText()));

    // Outside the window.
    UndoOptions options2;
    options2.windowHours = 0;
    undo = Promotion::undo(*m_engine, m_target, options2);
    QCOMPARE(undo.outcome, UndoReport::Outcome::Refused);
    QVERIFY2(undo.error.contains(QLatin1String("beyond the undo window of 0 hours")), qPrintable(undo.error));
    // A protected target asks for its name.
    QVERIFY_NO_ERROR(m_engine->setProtected(m_target, true));
    undo = Promotion::undo(*m_engine, m_target);
    QCOMPARE(undo.outcome, UndoReport::Outcome::Refused);
    QVERIFY2(undo.error.contains(QLatin1String("is protected: confirm the undo")), qPrintable(undo.error));
    QVERIFY_NO_ERROR(m_engine->setProtected(m_target, false));
    // A later migration run straight on the target comes first.
    {
        PgSession session;
        QVERIFY(session.open(m_engine->connectionInfo(m_target).params(QStringLiteral("test"))));
        QVERIFY(MigrationRunner(session).run(MigrationSet::read(both.path())).ok);
    }
    undo = Promotion::undo(*m_engine, m_target);
    QCOMPARE(undo.outcome, UndoReport::Outcome::Refused);
    QVERIFY2(undo.error.contains(QLatin1String("Version 0002 was applied")), qPrintable(undo.error));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.x') IS NOT NULL AND to_regclass('%1.y') IS NOT NULL").arg(r)), QStringLiteral("t"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-undo")));
}

void TestPromote::targetWhoseServerWillNotStart()
{
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_w.sql"), QStringLiteral("CREATE TABLE %1.w (id int);\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-down")));
    // The target is suspended, and another program holds its port.
    QVERIFY_NO_ERROR(m_engine->suspendCompute(m_target));
    BranchInfo target;
    QVERIFY(m_engine->branch(m_target, &target));
    QTcpServer squatter;
    QVERIFY2(squatter.listen(QHostAddress::LocalHost, quint16(target.port)), qPrintable(squatter.errorString()));
    PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-down"));
    QCOMPARE(report.outcome, PromoteReport::Outcome::Failed);
    QVERIFY2(report.error.contains(QString::number(target.port)), qPrintable(report.error));
    ForkPoint fork;
    QVERIFY(Rehearsal::forkPoint(*m_engine, QStringLiteral("p-down"), &fork));
    QCOMPARE(fork.state, QStringLiteral("rehearsed"));
    QVERIFY(m_engine->branch(QStringLiteral("p-down"), &target));
    // Once the port is free the same preview promotes.
    squatter.close();
    report = Promotion::promote(*m_engine, QStringLiteral("p-down"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT to_regclass('%1.w') IS NOT NULL").arg(r)), QStringLiteral("t"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-down")));
}

void TestPromote::writesToThePreviewAreNeverPromoted()
{
    // Somebody tried things out on the preview after the rehearsal: its data is not the
    // target's plus the migrations any more, so the promote applies them to the target instead.
    const QString r = QStringLiteral("r%1").arg(m_round);
    const QDir dir = folder({{QStringLiteral("0001_flag.sql"), QStringLiteral("ALTER TABLE %1.orders ADD COLUMN flag boolean;\n").arg(r).toUtf8()}});
    QVERIFY_NO_ERROR(rehearse(dir, QStringLiteral("p-tried")));
    QCOMPARE(sql(QStringLiteral("p-tried"), QStringLiteral("INSERT INTO %1.orders VALUES (999, 9, true); SELECT count(*) FROM %1.orders").arg(r)),
             QStringLiteral("101"));
    const PromoteReport report = Promotion::promote(*m_engine, QStringLiteral("p-tried"));
    QVERIFY2(report.outcome == PromoteReport::Outcome::Promoted, qPrintable(report.toText()));
    QVERIFY2(!report.fastForward, qPrintable(report.toText()));
    QCOMPARE(report.run.appliedCount(), 1);
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders WHERE flag IS NULL").arg(r)), QStringLiteral("100"));
    QCOMPARE(sql(m_target, QStringLiteral("SELECT count(*) FROM %1.orders WHERE id = 999").arg(r)), QStringLiteral("0"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("p-tried")));
}

QTEST_GUILESS_MAIN(TestPromote)
#include "tst_promote.moc"
