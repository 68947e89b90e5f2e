// Rehearsing migrations on preview branches of a real local fabric: the fork point, the report
// (timings, locks, rewrites, schema changes, go / no-go), a failing migration, discarding.
#include "branchfixtures.h"
#include "localfabricengine.h"
#include "noerror.h"
#include "pgsession.h"
#include "rehearsal.h"
#include "schemasnapshot.h"
#include "testfabric.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace Pixetric;
using Pixetric::Test::TestFabric;

class TestRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rehearsalLeavesTheTargetAlone();
    void longExclusiveLockOnABigTableIsANoGo();
    void failingMigrationMarksThePreviewFailed();
    void discardRemovesBranchAndForkPoint();
    void badInput();
    void previewDeletedMidRehearsal();

private:
    QString sql(const QString &branch, const QString &statement);
    QDir folder(const QString &name, const QList<std::pair<QString, QByteArray>> &files);

    std::unique_ptr<TestFabric> m_fabric;
    std::unique_ptr<LocalFabricEngine> m_engine;
    QTemporaryDir m_dirs;
};

QString TestRehearsal::sql(const QString &branch, const QString &statement)
{
    return Test::branchValue(*m_engine, branch, statement);
}

QDir TestRehearsal::folder(const QString &name, const QList<std::pair<QString, QByteArray>> &files)
{
    return Test::writeFolder(m_dirs.path(), name, files);
}

void TestRehearsal::initTestCase()
{
    m_fabric = std::make_unique<TestFabric>();
    QVERIFY(m_fabric->isValid());
    QVERIFY(m_dirs.isValid());
    m_engine = std::make_unique<LocalFabricEngine>();
    QVERIFY_NO_ERROR(m_engine->open(m_fabric->path()));
    QVERIFY_NO_ERROR(m_engine->init({}));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric); "
                                                        "INSERT INTO orders SELECT g, g FROM generate_series(1, 150000) g; "
                                                        "ANALYZE orders; SELECT count(*) FROM orders")),
             QStringLiteral("150000"));
}

void TestRehearsal::cleanupTestCase()
{
    m_engine.reset();
    m_fabric.reset();
}

void TestRehearsal::rehearsalLeavesTheTargetAlone()
{
    const QDir dir = folder(QStringLiteral("plain"), {{QStringLiteral("0001_customers.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY, name text);\n"},
                                                      {QStringLiteral("0002_note.sql"), "ALTER TABLE orders ADD COLUMN note text;\n"},
                                                      {QStringLiteral("0003_retype.sql"), "ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n"}});
    const QString mainXid = sql(QStringLiteral("main"), QStringLiteral("SELECT txid_snapshot_xmax(txid_current_snapshot())"));
    QStringList steps;
    RehearsalOptions options;
    options.preview = QStringLiteral("plain-preview");
    options.maxExclusiveLockMs = 60000; // this one is about the report, not the verdict
    const RehearsalReport report = Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options,
                                                       [&](double, const QString &step) { steps << step; });
    QVERIFY2(report.made, qPrintable(report.error));
    QVERIFY2(report.run.ok, qPrintable(report.run.error));
    QVERIFY2(report.go, qPrintable(report.noGo.join(QLatin1Char('\n'))));
    QCOMPARE(report.run.appliedCount(), 3);
    QVERIFY(steps.size() >= 4);

    // The target: untouched, no history of its own.
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT to_regclass('customers') IS NULL AND to_regclass('pixetric.schema_migrations') IS NULL")),
             QStringLiteral("t"));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total'")),
             QStringLiteral("numeric"));
    // The preview: migrated, with the target's data.
    QCOMPARE(sql(QStringLiteral("plain-preview"), QStringLiteral("SELECT count(*) FROM orders WHERE note IS NULL")), QStringLiteral("150000"));
    QCOMPARE(sql(QStringLiteral("plain-preview"), QStringLiteral("SELECT count(*) FROM pixetric.schema_migrations WHERE success")), QStringLiteral("3"));

    // The fork point, kept with the fabric.
    ForkPoint fork;
    QVERIFY(Rehearsal::forkPoint(*m_engine, QStringLiteral("plain-preview"), &fork));
    QCOMPARE(fork.target, QStringLiteral("main"));
    QCOMPARE(fork.state, QStringLiteral("rehearsed"));
    QCOMPARE(fork.versions, QStringList({"0001", "0002", "0003"}));
    QCOMPARE(fork.nextXid, mainXid);
    QVERIFY(!fork.lsn.isEmpty());
    QCOMPARE(fork.historyHead, Rehearsal::historyHead({}));
    QFile kept(Rehearsal::snapshotPath(*m_engine, QStringLiteral("plain-preview")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    SchemaSnapshot atFork;
    QVERIFY(SchemaSnapshot::fromBytes(kept.readAll(), &atFork));
    QCOMPARE(atFork.fingerprint(), fork.schemaFingerprint);
    QVERIFY(atFork.find(QStringLiteral("table public.orders")));
    QVERIFY(!atFork.find(QStringLiteral("table public.customers")));

    // The report: the retype rewrote orders under ACCESS EXCLUSIVE; the schema changes name
    // what changed and leave the history table out.
    QVERIFY2(report.rewrites.join(QLatin1Char('\n')).contains(QLatin1String("orders")), qPrintable(report.rewrites.join(QLatin1Char('\n'))));
    const auto exclusive = std::find_if(report.locks.begin(), report.locks.end(), [](const LockHold &h) {
        return h.relation == QLatin1String("orders") && h.mode == QLatin1String("AccessExclusiveLock");
    });
    QVERIFY2(exclusive != report.locks.end(), qPrintable(report.toText()));
    QVERIFY(exclusive->heldMs > 0);
    QVERIFY(exclusive->rows >= 100000);
    const QString changes = report.schemaChanges.join(QLatin1Char('\n'));
    QVERIFY2(changes.contains(QLatin1String("added table public.customers")), qPrintable(changes));
    QVERIFY2(changes.contains(QLatin1String("public.orders.note")), qPrintable(changes));
    QVERIFY2(!changes.contains(QLatin1String("schema_migrations")), qPrintable(changes));
    for (const LockHold &h : report.locks)
        QVERIFY2(!h.relation.startsWith(QLatin1String("pixetric.")), qPrintable(h.relation));
    QCOMPARE(report.run.files.at(2).statements.size(), 1);
    QVERIFY(report.migrationMs > 0 && report.totalMs > report.migrationMs);
    const QString text = report.toText();
    QVERIFY2(text.contains(QLatin1String("GO: the preview ")), qPrintable(text));
    QCOMPARE(report.toJson().value(QLatin1String("go")).toBool(), true);

    // The lint of the three pending files, for the target's server: the retype is named, with
    // its file and line, beside what the rehearsal measured.
    QCOMPARE(report.lint.files, 3);
    const auto retype = std::find_if(report.lint.findings.begin(), report.lint.findings.end(),
                                     [](const LintFinding &f) { return f.rule == QLatin1String("changing-column-type"); });
    QVERIFY2(retype != report.lint.findings.end(), qPrintable(report.lint.toText()));
    QCOMPARE(retype->fileName, QStringLiteral("0003_retype.sql"));
    QCOMPARE(retype->line, 1);
    QVERIFY2(text.contains(QLatin1String("0003_retype.sql:1: danger [changing-column-type]")), qPrintable(text));
    QVERIFY(!report.toJson().value(QLatin1String("lint")).toObject().value(QLatin1String("findings")).toArray().isEmpty());
}

void TestRehearsal::longExclusiveLockOnABigTableIsANoGo()
{
    const QDir dir = folder(QStringLiteral("slow"), {{QStringLiteral("0001_hold.sql"), "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(0.6);\n"}});
    RehearsalOptions options;
    options.preview = QStringLiteral("slow-preview");
    options.maxExclusiveLockMs = 300;
    const RehearsalReport report = Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options);
    QVERIFY2(report.made, qPrintable(report.error));
    QVERIFY(report.run.ok);
    QVERIFY(!report.go);
    QCOMPARE(report.noGo.size(), 1);
    QVERIFY2(report.noGo.first().contains(QLatin1String("ACCESS EXCLUSIVE held on orders")), qPrintable(report.noGo.first()));
    ForkPoint fork;
    QVERIFY(Rehearsal::forkPoint(*m_engine, QStringLiteral("slow-preview"), &fork));
    QCOMPARE(fork.state, QStringLiteral("no-go"));
    // The same with a generous threshold is a go: the verdict follows the figure.
    options.preview = QStringLiteral("slow-preview-2");
    options.maxExclusiveLockMs = 30000;
    QVERIFY(Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options).go);
}

void TestRehearsal::failingMigrationMarksThePreviewFailed()
{
    const QDir dir = folder(QStringLiteral("broken"), {{QStringLiteral("0001_ok.sql"), "CREATE TABLE fine (id int);\n"},
                                                       {QStringLiteral("0002_bad.sql"), "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total < 0);\n"}});
    RehearsalOptions options;
    options.preview = QStringLiteral("broken-preview");
    const RehearsalReport report = Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options);
    QVERIFY(report.made);
    QVERIFY(!report.run.ok);
    QVERIFY(!report.go);
    QVERIFY2(report.noGo.first().contains(QLatin1String("0002_bad.sql, line 1")), qPrintable(report.noGo.first()));
    ForkPoint fork;
    QVERIFY(Rehearsal::forkPoint(*m_engine, QStringLiteral("broken-preview"), &fork));
    QCOMPARE(fork.state, QStringLiteral("failed"));
    QCOMPARE(fork.versions, QStringList({"0001"}));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT to_regclass('fine') IS NULL")), QStringLiteral("t"));
}

void TestRehearsal::discardRemovesBranchAndForkPoint()
{
    const QDir dir = folder(QStringLiteral("discard"), {{QStringLiteral("0001_x.sql"), "CREATE TABLE x ();\n"}});
    RehearsalOptions options;
    options.preview = QStringLiteral("gone-preview");
    QVERIFY(Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options).made);
    const ConnectionInfo info = m_engine->connectionInfo(QStringLiteral("gone-preview"));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("gone-preview")));
    BranchInfo branch;
    QVERIFY(!m_engine->branch(QStringLiteral("gone-preview"), &branch));
    ForkPoint fork;
    QVERIFY(!Rehearsal::forkPoint(*m_engine, QStringLiteral("gone-preview"), &fork));
    QVERIFY(!QFile::exists(Rehearsal::snapshotPath(*m_engine, QStringLiteral("gone-preview"))));
    PgSession session;
    QVERIFY2(!session.open(info.params(QStringLiteral("tst_rehearsal")), 3000), "the preview's compute still answers");
    // Not a preview: refused, named.
    const QString refused = Rehearsal::discard(*m_engine, QStringLiteral("main"));
    QVERIFY2(refused.contains(QLatin1String("main is not a preview branch")), qPrintable(refused));
    BranchInfo main;
    QVERIFY(m_engine->branch(QStringLiteral("main"), &main));
}

void TestRehearsal::badInput()
{
    const QDir dir = folder(QStringLiteral("bad"), {{QStringLiteral("0001_a.sql"), "SELECT 1;"}, {QStringLiteral("1_b.sql"), "SELECT 2;"}});
    RehearsalOptions options;
    options.preview = QStringLiteral("never-made");
    RehearsalReport report = Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options);
    QVERIFY(!report.made);
    QVERIFY2(report.error.contains(QLatin1String("same version")), qPrintable(report.error));
    BranchInfo branch;
    QVERIFY(!m_engine->branch(QStringLiteral("never-made"), &branch));

    const QDir good = folder(QStringLiteral("good"), {{QStringLiteral("0001_a.sql"), "SELECT 1;"}});
    report = Rehearsal::rehearse(*m_engine, QStringLiteral("no-such-branch"), MigrationSet::read(good.path()), options);
    QVERIFY(!report.made);
    QVERIFY2(report.error.contains(QLatin1String("no-such-branch")), qPrintable(report.error));
    options.preview = QStringLiteral("main");
    report = Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(good.path()), options);
    QVERIFY(!report.made);
    QVERIFY2(report.error.contains(QLatin1String("exists already")), qPrintable(report.error));
}

void TestRehearsal::previewDeletedMidRehearsal()
{
    const QDir dir = folder(QStringLiteral("deleted"), {{QStringLiteral("0001_slow.sql"), "CREATE TABLE slow (id int);\nSELECT pg_sleep(3);\n"},
                                                        {QStringLiteral("0002_next.sql"), "CREATE TABLE next (id int);\n"}});
    RehearsalOptions options;
    options.preview = QStringLiteral("deleted-preview");
    // Another program deletes the preview once the migrations run on it.
    QFuture<QString> deleter;
    const RehearsalReport report =
        Rehearsal::rehearse(*m_engine, QStringLiteral("main"), MigrationSet::read(dir.path()), options, [&](double, const QString &step) {
            if (!step.startsWith(QLatin1String("running the migrations")))
                return;
            const QString path = m_fabric->path();
            deleter = QtConcurrent::run([path] {
                LocalFabricEngine other;
                if (const QString error = other.open(path); !error.isEmpty())
                    return error;
                QThread::msleep(500);
                return other.deleteBranch(QStringLiteral("deleted-preview"), false);
            });
        });
    QVERIFY_NO_ERROR(deleter.result());
    QVERIFY(!report.made);
    QVERIFY2(report.error.contains(QLatin1String("The preview deleted-preview was deleted while the rehearsal ran on it; main was not touched.")),
             qPrintable(report.error));
    ForkPoint fork;
    QVERIFY(!Rehearsal::forkPoint(*m_engine, QStringLiteral("deleted-preview"), &fork));
    QVERIFY(!QFile::exists(Rehearsal::snapshotPath(*m_engine, QStringLiteral("deleted-preview"))));
    QCOMPARE(sql(QStringLiteral("main"), QStringLiteral("SELECT to_regclass('slow') IS NULL AND to_regclass('pixetric.schema_migrations') IS NULL")),
             QStringLiteral("t"));
    // The same name can be rehearsed again at once.
    options.preview = QStringLiteral("deleted-preview");
    const RehearsalReport again = Rehearsal::rehearse(*m_engine, QStringLiteral("main"),
                                                      MigrationSet::read(folder(QStringLiteral("quick"), {{QStringLiteral("0001_q.sql"), "CREATE TABLE q (id int);\n"}}).path()),
                                                      options);
    QVERIFY2(again.made && again.go, qPrintable(again.error));
    QVERIFY_NO_ERROR(Rehearsal::discard(*m_engine, QStringLiteral("deleted-preview")));
}

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
