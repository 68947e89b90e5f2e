// The result grid on a million rows: time to the first painted rows, memory against the
// size of the result as text, and how fast the grid jumps to the end and around.
//
// Usage: bench_grid [rows]   (default 1000000; runs offscreen unless QT_QPA_PLATFORM is set)

#include "pgconnection.h"
#include "pgtestcluster.h"
#include "resultmodel.h"
#include "resultstore.h"
#include "resultview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

namespace {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"), or -1.
qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so that it measures this query's peak.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

double mb(qint64 bytes) { return double(bytes) / (1024.0 * 1024.0); }

void line(const char *text) { std::printf("%s\n", text); std::fflush(stdout); }

// Notes the moment the grid first paints rows: lets the paint happen (through the scroll
// area's own handling) and takes the time after it, then gets out of the way.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QTableView *table, const QElapsedTimer *clock) : m_table(table), m_clock(clock)
    {
        m_table->viewport()->installEventFilter(this);
    }
    qint64 nsecs = -1;
    int rowsAtPaint = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || nsecs >= 0 || m_table->model()->rowCount() == 0)
            return false;
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event); // the table paints its rows here
        nsecs = m_clock->nsecsElapsed();
        rowsAtPaint = m_table->model()->rowCount();
        return true;
    }

private:
    QTableView *m_table;
    const QElapsedTimer *m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const QString query = QStringLiteral(
        "select g, md5(g::text), now(), g*1.5, repeat('x',40) from generate_series(1,%1) g").arg(rows);

    PgTestCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "bench_grid: %s\n", qPrintable(cluster.error()));
        return 1;
    }
    PgConnection connection;
    bool opened = false;
    QObject::connect(&connection, &PgConnection::opened, [&] { opened = true; });
    connection.open(cluster.params());
    if (!QTest::qWaitFor([&] { return opened; }, 20000)) {
        std::fprintf(stderr, "bench_grid: could not connect\n");
        return 1;
    }

    ResultView view;
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    ResultModel *model = view.model();
    QTableView *table = view.tableView();

    bool finished = false;
    bool runOk = false;
    QObject::connect(&connection, &PgConnection::resultStarted, model,
                     [&](quint64, int, const ResultColumns &columns) { model->setColumns(columns); });
    QElapsedTimer clock;
    qint64 firstChunkNs = -1;
    QObject::connect(&connection, &PgConnection::rowsArrived, model, [&](quint64, int, const ResultChunk &chunk) {
        if (firstChunkNs < 0 && clock.isValid())
            firstChunkNs = clock.nsecsElapsed();
        model->appendChunk(chunk);
    });
    QObject::connect(&connection, &PgConnection::statementFinished, &view,
                     [&](quint64, const StatementOutcome &outcome) { view.setTiming(outcome.elapsedMicros); });
    QObject::connect(&connection, &PgConnection::runFinished, &view, [&](quint64, bool ok) {
        finished = true;
        runOk = ok;
        view.setFinished(ok);
    });
    const auto runQuery = [&](const QString &sql) {
        finished = false;
        connection.execute(sql);
        return QTest::qWaitFor([&] { return finished; }, 600000) && runOk;
    };

    // Warm up: fonts, the grid's first layout, the server's caches.
    if (!runQuery(query.left(query.lastIndexOf(QLatin1Char(','))) + QStringLiteral(",1000) g"))) {
        std::fprintf(stderr, "bench_grid: warm-up query failed\n");
        return 1;
    }
    QTest::qWait(50);
    model->clear();
    QTest::qWait(50);

    // Anchor for the first rows: the same query cut to one row. generate_series() in FROM
    // produces all its rows before the first leaves the server, so this is the server's and
    // the protocol's share of the wait; the rest is the grid's.
    clock.start();
    if (!runQuery(query + QStringLiteral(" limit 1"))) {
        std::fprintf(stderr, "bench_grid: anchor query failed\n");
        return 1;
    }
    const qint64 oneRowNs = clock.nsecsElapsed();
    clock.invalidate();
    model->clear();
    QTest::qWait(50);

    struct Pass
    {
        qint64 firstPaintNs = -1;
        qint64 firstChunkNs = -1;
        int rowsAtPaint = 0;
        qint64 fetchNs = 0;
        qint64 rssGrowth = 0;
        bool hwmReset = false;
        qint64 text = 0;
        ResultStore::Stats stats;
        qint64 toEndNs = 0;
        bool lastRowVisible = false;
        qint64 jumpMeanNs = 0;
        qint64 jumpWorstNs = 0;
    };
    constexpr int Jumps = 20;

    // One run of the query into the grid with the given memory budget.
    const auto measure = [&](qint64 budget, Pass *pass) {
        model->setMemoryBudget(budget);
        model->clear();
        QTest::qWait(50);
#ifdef __GLIBC__
        malloc_trim(0); // hand back what an earlier pass freed, so growth is this pass's own
#endif
        // Peak RSS: VmHWM after resetting it, and a sampler as a cross-check where that is missing.
        const qint64 rssBefore = statusKb("VmRSS") * 1024;
        pass->hwmReset = resetPeakRss();
        qint64 sampledPeak = rssBefore;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { sampledPeak = qMax(sampledPeak, statusKb("VmRSS") * 1024); });
        sampler.start(5);

        FirstPaintProbe probe(table, &clock);
        firstChunkNs = -1;
        clock.start();
        if (!runQuery(query)) {
            std::fprintf(stderr, "bench_grid: query failed\n");
            return false;
        }
        pass->fetchNs = clock.nsecsElapsed();
        QTest::qWait(20); // the last paint
        sampler.stop();
        sampledPeak = qMax(sampledPeak, statusKb("VmRSS") * 1024);
        const qint64 peak = pass->hwmReset ? qMax(statusKb("VmHWM") * 1024, sampledPeak) : sampledPeak;
        pass->rssGrowth = peak - rssBefore;
        pass->text = model->store()->textBytes();
        pass->stats = model->store()->stats();
        pass->firstPaintNs = probe.nsecs;
        pass->rowsAtPaint = probe.rowsAtPaint;
        pass->firstChunkNs = firstChunkNs;
        clock.invalidate();
        if (model->rowCount() != rows) {
            std::fprintf(stderr, "bench_grid: %d rows arrived, %d expected\n", model->rowCount(), rows);
            return false;
        }

        // Jumps: to the end, then to random rows, each followed by a synchronous paint.
        QElapsedTimer jump;
        jump.start();
        table->scrollToBottom();
        table->viewport()->repaint();
        pass->toEndNs = jump.nsecsElapsed();
        pass->lastRowVisible = table->indexAt(QPoint(5, table->viewport()->height() - 5)).row() >= rows - 60;
        QRandomGenerator random(42);
        qint64 totalNs = 0;
        for (int i = 0; i < Jumps; ++i) {
            const int row = int(random.bounded(rows));
            jump.restart();
            table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
            table->viewport()->repaint();
            const qint64 ns = jump.nsecsElapsed();
            pass->jumpWorstNs = qMax(pass->jumpWorstNs, ns);
            totalNs += ns;
        }
        pass->jumpMeanNs = totalNs / Jumps;
        table->scrollToTop();
        return true;
    };

    Pass full;
    if (!measure(ResultStore::DefaultMemoryBudget, &full))
        return 1;
    // The same with a budget far below the result: most chunks go to the spill file.
    constexpr qint64 SmallBudget = qint64(32) * 1024 * 1024;
    Pass bounded;
    if (!measure(SmallBudget, &bounded))
        return 1;

    // Anchor for the fetch: psql reading the same rows and throwing them away.
    qint64 psqlNs = -1;
    {
        QProcess psql;
        psql.setStandardOutputFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), PgTestCluster::password());
        psql.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        psql.start(cluster.binDirectory() + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                    QStringLiteral("-d"), cluster.uri(), QStringLiteral("-c"), query});
        if (psql.waitForFinished(600000) && psql.exitCode() == 0)
            psqlNs = t.nsecsElapsed();
    }

    char buffer[512];
    const auto report = [&](const char *name, const Pass &p, qint64 budget) {
        std::snprintf(buffer, sizeof buffer, "%s.rows  %d | chunks %d, %d spilled | memory budget %.0f MB",
                      name, rows, p.stats.chunks, p.stats.spilledChunks, mb(budget));
        line(buffer);
        std::snprintf(buffer, sizeof buffer,
                      "%s.first_rows  %.0f ms | goal <= 100 ms | same query limit 1: %.0f ms | ratio %.2f | first chunk in at %.0f ms, %d rows at first paint",
                      name, p.firstPaintNs / 1e6, oneRowNs / 1e6, double(p.firstPaintNs) / double(oneRowNs),
                      p.firstChunkNs / 1e6, p.rowsAtPaint);
        line(buffer);
        if (psqlNs > 0) {
            std::snprintf(buffer, sizeof buffer, "%s.fetch_all  %.0f ms | psql -At to /dev/null %.0f ms | ratio %.2f",
                          name, p.fetchNs / 1e6, psqlNs / 1e6, double(p.fetchNs) / double(psqlNs));
        } else {
            std::snprintf(buffer, sizeof buffer, "%s.fetch_all  %.0f ms | psql anchor unavailable", name, p.fetchNs / 1e6);
        }
        line(buffer);
        std::snprintf(buffer, sizeof buffer, "%s.peak_rss  %.0f MB | result text %.0f MB | ratio %.2f | goal <= 2.0%s",
                      name, mb(p.rssGrowth), mb(p.text), double(p.rssGrowth) / double(p.text),
                      p.hwmReset ? "" : " (sampled)");
        line(buffer);
        std::snprintf(buffer, sizeof buffer, "%s.store_memory  %.0f MB in memory + %.0f MB spilled | result text %.0f MB | ratio in memory %.2f",
                      name, mb(p.stats.residentBytes), mb(p.stats.spilledBytes), mb(p.text),
                      double(p.stats.residentBytes) / double(p.text));
        line(buffer);
        std::snprintf(buffer, sizeof buffer, "%s.scroll_to_end  %.1f ms | goal responsive (< 100 ms per jump)%s",
                      name, p.toEndNs / 1e6, p.lastRowVisible ? "" : " | LAST ROW NOT VISIBLE");
        line(buffer);
        std::snprintf(buffer, sizeof buffer, "%s.random_jump  %.1f ms mean, %.1f ms worst of %d | goal < 100 ms per jump",
                      name, p.jumpMeanNs / 1e6, p.jumpWorstNs / 1e6, Jumps);
        line(buffer);
    };
    report("grid", full, ResultStore::DefaultMemoryBudget);
    report("grid.spilling", bounded, SmallBudget);
    return 0;
}
