#include "filesizelimit.h"
#include "resultfixtures.h"
#include "pgconnection.h"
#include "pgtestcluster.h"
#include "resultmodel.h"
#include "resultview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Pixetric;
using Pixetric::Test::FileSizeLimit;
using Pixetric::Test::chunkOf;
using Pixetric::Test::column;
using Pixetric::Test::PgTestCluster;

namespace {

// Switches the effective user id for the lifetime of the object (all threads: glibc applies it
// process-wide); the real id stays root, so switching back works.
class EffectiveUser
{
public:
    explicit EffectiveUser(uid_t uid) : m_saved(geteuid()), m_ok(seteuid(uid) == 0) {}
    ~EffectiveUser()
    {
        if (m_ok && seteuid(m_saved) != 0)
            qFatal("cannot restore the effective user id");
    }
    bool ok() const { return m_ok; }

private:
    uid_t m_saved;
    bool m_ok;
};

// A small result with the cases every format has to get right: NULL, '', quotes, commas,
// newlines and tabs, numbers (and NaN), booleans, jsonb.
const ResultColumns FixtureColumns{column("id", TypeOid::Int4), column("name", TypeOid::Text),
                                   column("score", TypeOid::Numeric), column("ok", TypeOid::Bool),
                                   column("doc", TypeOid::Jsonb)};

void loadFixture(ResultModel *model)
{
    model->setColumns(FixtureColumns);
    model->appendChunk(chunkOf({{"1", "plain", "1.5", "t", "{\"a\": 1}"},
                                {"2", "comma, \"quote\"", QByteArray(), "f", QByteArray()}},
                               5));
    model->appendChunk(chunkOf({{"3", "", "-0.25", QByteArray(), "[1, 2]"},
                                {"4", "line\nbreak\ttab", "NaN", "t", "{}"}},
                               5));
}

const QByteArray FixtureCsv =
    "id,name,score,ok,doc\n"
    "1,plain,1.5,t,\"{\"\"a\"\": 1}\"\n"
    "2,\"comma, \"\"quote\"\"\",,f,\n"
    "3,\"\",-0.25,,\"[1, 2]\"\n"
    "4,\"line\nbreak\ttab\",NaN,t,{}\n";
const QByteArray FixtureTsv =
    "id\tname\tscore\tok\tdoc\n"
    "1\tplain\t1.5\tt\t{\"a\": 1}\n"
    "2\tcomma, \"quote\"\t\\N\tf\t\\N\n"
    "3\t\t-0.25\t\\N\t[1, 2]\n"
    "4\tline\\nbreak\\ttab\tNaN\tt\t{}\n";
const QByteArray FixtureJson =
    "[\n"
    "{\"id\":1,\"name\":\"plain\",\"score\":1.5,\"ok\":true,\"doc\":{\"a\": 1}},\n"
    "{\"id\":2,\"name\":\"comma, \\\"quote\\\"\",\"score\":null,\"ok\":false,\"doc\":null},\n"
    "{\"id\":3,\"name\":\"\",\"score\":-0.25,\"ok\":null,\"doc\":[1, 2]},\n"
    "{\"id\":4,\"name\":\"line\\nbreak\\ttab\",\"score\":\"NaN\",\"ok\":true,\"doc\":{}}\n"
    "]\n";
const QByteArray FixtureSql =
    "INSERT INTO result (id, name, score, ok, doc) VALUES (1, 'plain', 1.5, true, '{\"a\": 1}');\n"
    "INSERT INTO result (id, name, score, ok, doc) VALUES (2, 'comma, \"quote\"', NULL, false, NULL);\n"
    "INSERT INTO result (id, name, score, ok, doc) VALUES (3, '', -0.25, NULL, '[1, 2]');\n"
    "INSERT INTO result (id, name, score, ok, doc) VALUES (4, 'line\nbreak\ttab', 'NaN', true, '{}');\n";

// Rows 2 and 3 (1-based), columns name and ok: two ranges, not adjacent.
void selectNameAndOk(QTableView *table)
{
    QItemSelection selection;
    const QAbstractItemModel *model = table->model();
    selection.select(model->index(1, 1), model->index(2, 1));
    selection.select(model->index(1, 3), model->index(2, 3));
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

// Many rows in several chunks, for exports that take more than one write.
void loadNumbered(ResultModel *model, int rows, int chunkRows)
{
    model->setColumns({column("n", TypeOid::Int4), column("padding", TypeOid::Text)});
    const QByteArray padding(100, 'p');
    for (int first = 0; first < rows; first += chunkRows) {
        ResultChunk chunk(2);
        for (int r = first; r < qMin(rows, first + chunkRows); ++r) {
            const QByteArray n = QByteArray::number(r);
            chunk.appendValue(n.constData(), n.size());
            chunk.appendValue(padding.constData(), padding.size());
        }
        model->appendChunk(chunk);
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestResultView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copyAll_data();
    void copyAll();
    void copySelection_data();
    void copySelection();
    void ctrlCCopiesTsvWithoutHeader();
    void copyFollowsMovedColumns();
    void contextMenuCopiesAs();
    void exportEachFormat_data();
    void exportEachFormat();
    void exportManyRowsFromSpilledStore();
    void exportFailureLeavesNothingBehind_data();
    void exportFailureLeavesNothingBehind();
    void exportCancelled();
    void statusLine();
    void columnsSizedFromFirstRows();
    void spillErrorIsShown();
    void realQueryExportMatchesServerCsv();

private:
    std::unique_ptr<ResultView> m_view;
    PgTestCluster m_cluster;
    bool m_clusterUp = false;
};

void TestResultView::initTestCase()
{
    // Status texts group digits by locale; pin one.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_clusterUp = m_cluster.start();
}

void TestResultView::init()
{
    m_view = std::make_unique<ResultView>();
    m_view->resize(800, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QGuiApplication::clipboard()->clear();
}

void TestResultView::cleanup()
{
    m_view.reset();
}

void TestResultView::copyAll_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("CSV") << ExportFormat::Csv << FixtureCsv;
    QTest::addRow("TSV") << ExportFormat::Tsv << FixtureTsv;
    QTest::addRow("JSON") << ExportFormat::Json << FixtureJson;
    QTest::addRow("SQL INSERT") << ExportFormat::SqlInsert << FixtureSql;
}

void TestResultView::copyAll()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    loadFixture(m_view->model());
    selectNameAndOk(m_view->tableView()); // All ignores the selection
    QVERIFY(m_view->copyToClipboard(format, ResultView::Scope::All));
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(expected));
}

void TestResultView::copySelection_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("CSV") << ExportFormat::Csv << QByteArray("name,ok\n\"comma, \"\"quote\"\"\",f\n\"\",\n");
    QTest::addRow("TSV") << ExportFormat::Tsv << QByteArray("name\tok\ncomma, \"quote\"\tf\n\t\\N\n");
    QTest::addRow("JSON") << ExportFormat::Json
                          << QByteArray("[\n{\"name\":\"comma, \\\"quote\\\"\",\"ok\":false},\n{\"name\":\"\",\"ok\":null}\n]\n");
    QTest::addRow("SQL INSERT") << ExportFormat::SqlInsert
                                << QByteArray("INSERT INTO result (name, ok) VALUES ('comma, \"quote\"', false);\n"
                                              "INSERT INTO result (name, ok) VALUES ('', NULL);\n");
}

void TestResultView::copySelection()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    loadFixture(m_view->model());
    selectNameAndOk(m_view->tableView());
    QVERIFY(m_view->copyToClipboard(format, ResultView::Scope::Selection));
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(expected));
}

void TestResultView::ctrlCCopiesTsvWithoutHeader()
{
    loadFixture(m_view->model());
    QTableView *table = m_view->tableView();
    table->setFocus();
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(1, 1)),
                                    QItemSelectionModel::ClearAndSelect);
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1\tplain\n2\tcomma, \"quote\"\n"));

    // Without a selection, the current cell.
    table->selectionModel()->clearSelection();
    table->selectionModel()->setCurrentIndex(table->model()->index(3, 1), QItemSelectionModel::NoUpdate);
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line\\nbreak\\ttab\n"));
}

void TestResultView::copyFollowsMovedColumns()
{
    loadFixture(m_view->model());
    m_view->tableView()->horizontalHeader()->moveSection(0, 4); // id last
    QVERIFY(m_view->copyToClipboard(ExportFormat::Csv, ResultView::Scope::All));
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("name,score,ok,doc,id"));
    QCOMPARE(lines.at(1), QStringLiteral("plain,1.5,t,\"{\"\"a\"\": 1}\",1"));
}

void TestResultView::contextMenuCopiesAs()
{
    loadFixture(m_view->model());
    QTableView *table = m_view->tableView();
    selectNameAndOk(table);
    QStringList topLevel;
    QStringList formats;
    // The menu runs its own event loop: look at it and pick "Copy as ▸ JSON" from inside.
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *copyAs = nullptr;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                topLevel << action->text();
            if (action->text() == QLatin1String("Copy as"))
                copyAs = action;
        }
        if (copyAs && copyAs->menu()) {
            for (QAction *action : copyAs->menu()->actions()) {
                formats << action->text();
                if (action->text() == QLatin1String("JSON"))
                    action->trigger();
            }
        }
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(QPoint(10, 10));
    QCOMPARE(topLevel, (QStringList{"Copy", "Copy as", "Copy All as", "Select All", "Export…"}));
    QCOMPARE(formats, (QStringList{"CSV", "TSV", "JSON", "SQL INSERT"}));
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("[\n{\"name\":\"comma, \\\"quote\\\"\",\"ok\":false},\n{\"name\":\"\",\"ok\":null}\n]\n"));
}

void TestResultView::exportEachFormat_data()
{
    copyAll_data();
}

void TestResultView::exportEachFormat()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    loadFixture(m_view->model());
    const QString path = dir.filePath(QStringLiteral("result.") + ResultFormatter::fileSuffix(format));

    QSignalSpy progress(m_view.get(), &ResultView::exportProgress);
    QSignalSpy finished(m_view.get(), &ResultView::exportFinished);
    m_view->exportToFile(path, format);
    QVERIFY(m_view->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!m_view->isExporting());
    QCOMPARE(readFile(path), expected);
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(path).fileName()});
    // Progress ends at every row.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 4);
    QCOMPARE(progress.last().at(1).toLongLong(), 4);
    QVERIFY2(m_view->messageText().contains(QStringLiteral("Exported 4 rows")), qPrintable(m_view->messageText()));
}

void TestResultView::exportManyRowsFromSpilledStore()
{
    // Most chunks on disk: the export worker reads them back while the grid may paint.
    QTemporaryDir dir;
    ResultModel *model = m_view->model();
    model->setSpillDirectory(dir.path());
    model->setMemoryBudget(256 * 1024);
    const int rows = 60000;
    loadNumbered(model, rows, 4096);
    QVERIFY(model->store()->stats().spilledChunks > 5);

    const QString path = dir.filePath(QStringLiteral("many.tsv"));
    QSignalSpy progress(m_view.get(), &ResultView::exportProgress);
    QSignalSpy finished(m_view.get(), &ResultView::exportFinished);
    m_view->exportToFile(path, ExportFormat::Tsv);
    m_view->tableView()->scrollToBottom(); // reading the store on both threads at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(progress.last().at(0).toLongLong(), rows);

    const QByteArray text = readFile(path);
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty piece after the last \n
    QCOMPARE(lines.at(0), QByteArray("n\tpadding"));
    for (int r : {0, 4095, 4096, 31337, rows - 1})
        QCOMPARE(lines.at(r + 1), QByteArray::number(r) + '\t' + QByteArray(100, 'p'));
}

void TestResultView::exportFailureLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("reason"); // a part of the message
    QTest::addRow("folder is a file") << QStringLiteral("file") << QStringLiteral("Choose another folder");
    QTest::addRow("folder does not exist") << QStringLiteral("missing") << QStringLiteral("Choose another folder");
    QTest::addRow("folder not writable") << QStringLiteral("readonly") << QStringLiteral("Choose another folder");
    QTest::addRow("write fails part-way (file size limit)") << QStringLiteral("fsize") << QStringLiteral("File too large");
}

void TestResultView::exportFailureLeavesNothingBehind()
{
    QFETCH(QString, failure);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    loadNumbered(m_view->model(), 20000, 4096); // about 2 MB as TSV

    // An earlier export with the same name must survive a failed one.
    const QByteArray previous("the previous export\n");
    QString path = dir.filePath(QStringLiteral("out.tsv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(previous);
    }
    const QStringList before = entries(dir.path());
    std::unique_ptr<FileSizeLimit> limit;
    std::unique_ptr<EffectiveUser> unprivileged;
    if (failure == QLatin1String("file")) {
        path = dir.filePath(QStringLiteral("out.tsv/inside.tsv"));
    } else if (failure == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("no/such/out.tsv"));
    } else if (failure == QLatin1String("readonly")) {
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                                      | QFile::ExeOther));
        // Root writes into read-only folders: export as an unprivileged user instead.
        if (geteuid() == 0) {
            unprivileged = std::make_unique<EffectiveUser>(65534);
            QVERIFY2(unprivileged->ok(), "cannot switch to the 'nobody' user id");
        }
    } else if (failure == QLatin1String("fsize")) {
        limit = std::make_unique<FileSizeLimit>(256 * 1024);
        QVERIFY(limit->ok());
    }

    QSignalSpy finished(m_view.get(), &ResultView::exportFinished);
    m_view->exportToFile(path, ExportFormat::Tsv);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    limit.reset();
    unprivileged.reset();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QVERIFY(!finished.at(0).at(0).toBool());
    const QString message = m_view->messageText();
    QCOMPARE(finished.at(0).at(1).toString(), message);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(entries(dir.path()), before);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("out.tsv"))), previous);
}

void TestResultView::exportCancelled()
{
    QTemporaryDir dir;
    // About 100 MB of CSV, some 300 ms of writing: the worker is still at it long after the
    // cancel below, even on a loaded machine that holds this thread back between the two calls.
    loadNumbered(m_view->model(), 1000000, 4096);
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    QSignalSpy finished(m_view.get(), &ResultView::exportFinished);
    QElapsedTimer clock;
    clock.start();
    m_view->exportToFile(path, ExportFormat::Csv);
    m_view->cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(!finished.at(0).at(0).toBool(),
             qPrintable(QStringLiteral("the export finished in %1 ms despite the cancel: %2")
                            .arg(clock.elapsed())
                            .arg(finished.at(0).at(1).toString())));
    QVERIFY2(m_view->messageText().contains(QStringLiteral("cancelled")), qPrintable(m_view->messageText()));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestResultView::statusLine()
{
    ResultModel *model = m_view->model();
    model->setColumns(FixtureColumns);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("fetching")), qPrintable(m_view->statusText()));
    loadFixture(model);
    QTRY_VERIFY(m_view->statusText().startsWith(QStringLiteral("4 rows")));
    m_view->setTiming(1'234'567);
    m_view->setFinished(true);
    QCOMPARE(m_view->statusText(), QStringLiteral("4 rows in 1,235 ms"));
    m_view->setTiming(150'000'000);
    QCOMPARE(m_view->statusText(), QStringLiteral("4 rows in 2 min 30 s"));
    m_view->setFinished(false);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("incomplete")), qPrintable(m_view->statusText()));
    // A new result resets it.
    model->setColumns(FixtureColumns);
    QCOMPARE(m_view->statusText(), QStringLiteral("0 rows, fetching…"));
}

void TestResultView::columnsSizedFromFirstRows()
{
    ResultModel *model = m_view->model();
    model->setColumns({column("n", TypeOid::Int4), column("wide", TypeOid::Text)});
    model->appendChunk(chunkOf({{"1", "short"}}, 2));
    const int narrow = m_view->tableView()->columnWidth(1);
    // Later rows never resize: only the first chunk is measured.
    model->appendChunk(chunkOf({{"2", QByteArray(300, 'w')}}, 2));
    QCOMPARE(m_view->tableView()->columnWidth(1), narrow);

    model->setColumns({column("n", TypeOid::Int4), column("wide", TypeOid::Text)});
    model->appendChunk(chunkOf({{"1", QByteArray(30, 'w')}, {"2", QByteArray(100000, 'w')}}, 2));
    const int wide = m_view->tableView()->columnWidth(1);
    QVERIFY2(wide > narrow, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
    QVERIFY2(wide <= 600, "a huge value must not make a huge column");
    QCOMPARE(m_view->tableView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestResultView::spillErrorIsShown()
{
    QTemporaryDir dir;
    ResultModel *model = m_view->model();
    model->setSpillDirectory(dir.filePath(QStringLiteral("gone")));
    model->setMemoryBudget(0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not create a temporary file")));
    loadNumbered(model, 1000, 100);
    QVERIFY2(m_view->messageText().contains(QStringLiteral("Could not create a temporary file")), qPrintable(m_view->messageText()));
    QVERIFY(m_view->messageText().contains(QStringLiteral("No rows were lost")));
    QCOMPARE(model->rowCount(), 1000);
}

void TestResultView::realQueryExportMatchesServerCsv()
{
    QVERIFY2(m_clusterUp, qPrintable(m_cluster.error()));
    PgConnection connection;
    QSignalSpy opened(&connection, &PgConnection::opened);
    connection.open(m_cluster.params());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);

    const QString query = QStringLiteral(
        "select g as id, case g % 5 when 0 then null when 1 then '' else 'v,\"' || g || chr(10) || 'x' end as t, "
        "g * 1.5 as f, g % 2 = 0 as b, '\\x0a0b'::bytea as raw, jsonb_build_object('k', g) as j, "
        "'ünï ✓' as u from generate_series(1, 3000) g");

    ResultModel *model = m_view->model();
    QByteArray copyText;
    bool inCopy = false;
    int finishedRuns = 0;
    connect(&connection, &PgConnection::resultStarted, m_view.get(), [&](quint64, int, const ResultColumns &columns) {
        if (!inCopy)
            model->setColumns(columns);
    });
    connect(&connection, &PgConnection::rowsArrived, m_view.get(), [&](quint64, int, const ResultChunk &chunk) {
        if (!inCopy) {
            model->appendChunk(chunk);
            return;
        }
        for (int r = 0; r < chunk.rowCount(); ++r)
            copyText += chunk.value(r, 0).toByteArray() + '\n';
    });
    connect(&connection, &PgConnection::runFinished, m_view.get(), [&](quint64, bool ok) {
        QVERIFY(ok);
        ++finishedRuns;
    });
    connection.execute(query);
    QTRY_COMPARE_WITH_TIMEOUT(finishedRuns, 1, 30000);
    m_view->setFinished(true);
    QCOMPARE(model->rowCount(), 3000);

    // The server's own CSV of the same rows is the reference.
    inCopy = true;
    connection.execute(QStringLiteral("copy (%1) to stdout with (format csv, header)").arg(query));
    QTRY_COMPARE_WITH_TIMEOUT(finishedRuns, 2, 30000);
    QVERIFY(copyText.size() > 3000 * 40);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.csv"));
    QSignalSpy finished(m_view.get(), &ResultView::exportFinished);
    m_view->exportToFile(path, ExportFormat::Csv);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QByteArray exported = readFile(path);
    QCOMPARE(exported.size(), copyText.size());
    QVERIFY(exported == copyText);

    QVERIFY(m_view->copyToClipboard(ExportFormat::Csv, ResultView::Scope::All));
    QVERIFY(QGuiApplication::clipboard()->text() == QString::fromUtf8(copyText));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestResultView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resultview.moc"
