#include "historymodel.h"
#include "historypanel.h"
#include "queryhistory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Pixetric;

namespace {

QueryHistory::Entry entry(const QString &sql, int minutesAgo, const QString &error = {})
{
    QueryHistory::Entry e;
    e.sql = sql;
    e.connectionName = QStringLiteral("app@db1:5432/shop");
    e.database = QStringLiteral("shop");
    e.startedAt = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    e.durationMs = 1500;
    e.rows = 42;
    e.errorText = error;
    return e;
}

QStringList shownSql(const HistoryModel *model)
{
    QStringList sql;
    for (int row = 0; row < model->rowCount(); ++row)
        sql << model->index(row, HistoryModel::SqlColumn).data(HistoryModel::SqlRole).toString();
    return sql;
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsNewestFirst();
    void searchFiltersAfterPause();
    void doubleClickEmitsSql();
    void enterEmitsSql();
    void copyAndDelete();
    void newEntriesAppear();
    void firstLine_data();
    void firstLine();
    void unwritableHistoryShowsWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QueryHistory> m_history;
};

void TestHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<QueryHistory>(m_dir->filePath(QStringLiteral("history.sqlite")));
    const QList<QueryHistory::Entry> entries{
        entry(QStringLiteral("select * from orders\nwhere id = 1"), 40),
        entry(QStringLiteral("SELECT Größe FROM artikel"), 30),
        entry(QStringLiteral("select 名前 from 顧客"), 20),
        entry(QStringLiteral("select from_nowhere()"), 10, QStringLiteral("function from_nowhere() does not exist")),
    };
    for (const auto &e : entries) {
        const QueryHistory::Error error = m_history->record(e);
        QVERIFY2(!error, qPrintable(error.message));
    }
}

void TestHistoryPanel::cleanup()
{
    m_history.reset();
    m_dir.reset();
}

void TestHistoryPanel::listsNewestFirst()
{
    HistoryPanel panel(m_history.get());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    HistoryModel *model = panel.model();
    QCOMPARE(panel.view()->model(), model);
    QCOMPARE(shownSql(model), (QStringList{"select from_nowhere()", "select 名前 from 顧客", "SELECT Größe FROM artikel",
                                           "select * from orders\nwhere id = 1"}));
    // The list shows the first line; the failed statement is marked.
    QCOMPARE(model->index(3, HistoryModel::SqlColumn).data().toString(), QStringLiteral("select * from orders …"));
    QVERIFY(model->index(0, HistoryModel::SqlColumn).data(HistoryModel::FailedRole).toBool());
    QVERIFY(!model->index(1, HistoryModel::SqlColumn).data(HistoryModel::FailedRole).toBool());
    QVERIFY(model->index(0, HistoryModel::SqlColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("does not exist")));
    QCOMPARE(model->index(0, HistoryModel::ConnectionColumn).data().toString(), QStringLiteral("app@db1:5432/shop"));
    QCOMPARE(model->index(0, HistoryModel::DurationColumn).data().toString(), QStringLiteral("1.5 s"));
    QVERIFY(!model->index(0, HistoryModel::TimeColumn).data().toString().isEmpty());
    QVERIFY(panel.messageText().isEmpty());
}

void TestHistoryPanel::searchFiltersAfterPause()
{
    HistoryPanel panel(m_history.get());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.debounceInterval(), HistoryPanel::DefaultDebounceMs);
    QLineEdit *search = panel.searchField();

    QTest::keyClicks(search, QStringLiteral("GRÖSSE"));
    // Typing does not search on every key: the list waits for a pause.
    QCOMPARE(panel.model()->rowCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(shownSql(panel.model()), QStringList{"SELECT Größe FROM artikel"}, 5000);
    QCOMPARE(panel.model()->filter(), QStringLiteral("GRÖSSE"));

    panel.setSearchText(QStringLiteral("名前"));
    QTRY_COMPARE_WITH_TIMEOUT(shownSql(panel.model()), QStringList{"select 名前 from 顧客"}, 5000);

    // Return searches at once.
    panel.setDebounceInterval(60000);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("FROM"));
    QCOMPARE(panel.model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(panel.model()->rowCount(), 4); // "from_nowhere" contains "from" too

    panel.setSearchText(QStringLiteral("no such text"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestHistoryPanel::doubleClickEmitsSql()
{
    HistoryPanel panel(m_history.get());
    panel.resize(800, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &HistoryPanel::entryActivated);
    QTreeView *view = panel.view();
    const QRect rect = view->visualRect(panel.model()->index(3, HistoryModel::TimeColumn));
    QVERIFY(rect.isValid());
    // Qt sends press, release, double-click, release for a double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("select * from orders\nwhere id = 1")); // all of it
}

void TestHistoryPanel::enterEmitsSql()
{
    HistoryPanel panel(m_history.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &HistoryPanel::entryActivated);
    QTreeView *view = panel.view();
    view->setFocus();
    view->setCurrentIndex(panel.model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("select 名前 from 顧客"));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("SELECT Größe FROM artikel"));
}

void TestHistoryPanel::copyAndDelete()
{
    HistoryPanel panel(m_history.get());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    view->selectionModel()->select(panel.model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(panel.model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(panel.selectedSql(), (QStringList{"select 名前 from 顧客", "SELECT Größe FROM artikel"}));

    panel.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("select 名前 from 顧客;\n\nSELECT Größe FROM artikel;"));

    panel.deleteAction()->trigger();
    QCOMPARE(shownSql(panel.model()), (QStringList{"select from_nowhere()", "select * from orders\nwhere id = 1"}));
    QCOMPARE(m_history->count(), 2); // gone from the file, not just the list
}

void TestHistoryPanel::newEntriesAppear()
{
    HistoryPanel panel(m_history.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSearchText(QStringLiteral("orders"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 5000);
    QVERIFY(!m_history->record(entry(QStringLiteral("delete from orders"), 0)));
    QVERIFY(!m_history->record(entry(QStringLiteral("vacuum"), 0)));
    // The filter still applies to what was just recorded.
    QCOMPARE(shownSql(panel.model()), (QStringList{"delete from orders", "select * from orders\nwhere id = 1"}));
}

void TestHistoryPanel::firstLine_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("line");
    QTest::addRow("one line") << "select 1" << "select 1";
    QTest::addRow("leading blank lines") << "\n  \n  select 1  " << "select 1";
    QTest::addRow("more lines follow") << "select 1,\n  2" << "select 1, …";
    QTest::addRow("blank lines after") << "select 1\n\n  \n" << "select 1";
    QTest::addRow("only blanks") << " \n\t" << "";
    QTest::addRow("cut when long") << QString(400, QLatin1Char('x')) << QString(HistoryModel::MaxLineChars, QLatin1Char('x')) + " …";
}

void TestHistoryPanel::firstLine()
{
    QFETCH(QString, sql);
    QFETCH(QString, line);
    QCOMPARE(HistoryModel::firstLine(sql), line);
}

void TestHistoryPanel::unwritableHistoryShowsWhy()
{
    // A file where the history's folder would have to be.
    QueryHistory broken(m_dir->filePath(QStringLiteral("history.sqlite/inside/history.sqlite")));
    HistoryPanel panel(&broken);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY2(panel.messageText().contains(QStringLiteral("choose another location")), qPrintable(panel.messageText()));
    QVERIFY(!panel.model()->errorString().isEmpty());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
