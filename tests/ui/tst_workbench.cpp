#include "editortab.h"
#include "mainwindow.h"
#include "messagespane.h"
#include "noerror.h"
#include "pgtestcluster.h"
#include "resultmodel.h"
#include "resultview.h"
#include "sqleditor.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

// The workbench as a person uses it, on the offscreen platform against a real cluster.
class TestWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsStatementUnderCursor();
    void runsAllAsSeparateResults();
    void cancelsLongQuery();
    void errorMarkerLandsOnTheCharacter_data();
    void errorMarkerLandsOnTheCharacter();
    void manualCommitKeepsTransactionOpen();
    void explainShowsPlan();
    void serverDeathKeepsText();
    void textSurvivesRestart();

private:
    QTabWidget *resultTabs() const { return static_cast<QTabWidget *>(m_tab->resultsWidget()); }
    ResultModel *resultModel(int i) const
    {
        auto *view = qobject_cast<ResultView *>(resultTabs()->widget(i));
        return view ? view->model() : nullptr;
    }
    // Places the cursor at the UTF-16 offset of needle in the editor text.
    void putCursorAt(const QString &needle);
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isBusy(), 20000); }

    PgTestCluster m_cluster;
    std::unique_ptr<MainWindow> m_window;
    EditorTab *m_tab = nullptr;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(MainWindow::scratchDirectory()).removeRecursively();
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

void TestWorkbench::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_tab = m_window->openTab(m_cluster.params());
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->connection()->isOpen(), 20000);
}

void TestWorkbench::cleanup()
{
    m_window.reset();
    m_tab = nullptr;
    QDir(MainWindow::scratchDirectory()).removeRecursively();
}

void TestWorkbench::putCursorAt(const QString &needle)
{
    SqlEditor *editor = m_tab->editor();
    const QString text = editor->text();
    const int offset = int(text.indexOf(needle));
    QVERIFY(offset >= 0);
    const int byte = int(QStringView(text).left(offset).toUtf8().size());
    int line = 0, index = 0;
    editor->lineIndexFromPosition(byte, &line, &index);
    editor->setCursorPosition(line, index);
}

void TestWorkbench::runsStatementUnderCursor()
{
    SqlEditor *editor = m_tab->editor();
    editor->setText(QStringLiteral("select 1 as first;\nselect 'ü' as second, 2 as n;\nselect 3 as third;"));
    putCursorAt(QStringLiteral("'ü'"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    waitIdle();
    QCOMPARE(resultTabs()->count(), 1);
    ResultModel *model = resultModel(0);
    QVERIFY(model);
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("second"));
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("ü"));
    QCOMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("2"));
    QVERIFY(m_tab->messages()->plainText().contains(QStringLiteral("SELECT 1")));
}

void TestWorkbench::runsAllAsSeparateResults()
{
    m_tab->editor()->setText(QStringLiteral("select g from generate_series(1, 5) g;\n"
                                            "create temp table t(x int);\n"
                                            "select null::text as a, '' as b;"));
    m_tab->run(RunScope::All);
    waitIdle();
    QCOMPARE(resultTabs()->count(), 2);
    QCOMPARE(resultModel(0)->rowCount(), 5);
    ResultModel *second = resultModel(1);
    QVERIFY(second->data(second->index(0, 0), ResultModel::IsNullRole).toBool());
    QVERIFY(!second->data(second->index(0, 1), ResultModel::IsNullRole).toBool());
    QVERIFY_NO_ERROR(second->data(second->index(0, 1)).toString());
    QVERIFY(m_tab->messages()->plainText().contains(QStringLiteral("CREATE TABLE")));
}

void TestWorkbench::cancelsLongQuery()
{
    m_tab->editor()->setText(QStringLiteral("select pg_sleep(60);"));
    QElapsedTimer timer;
    timer.start();
    m_tab->run(RunScope::All);
    QVERIFY(m_tab->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->connection()->transactionStatus(), TransactionStatus::Active, 5000);
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelAction"));
    QVERIFY(cancel);
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
    cancel->trigger();
    waitIdle();
    QVERIFY2(timer.elapsed() < 15000, "cancel must not wait for the statement to end");
    const QString messages = m_tab->messages()->plainText();
    QVERIFY2(messages.contains(QStringLiteral("57014")), qPrintable(messages));
    // The session still works.
    m_tab->editor()->setText(QStringLiteral("select 'after' as x"));
    m_tab->run(RunScope::All);
    waitIdle();
    QCOMPARE(resultModel(0)->data(resultModel(0)->index(0, 0)).toString(), QStringLiteral("after"));
}

void TestWorkbench::errorMarkerLandsOnTheCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selectFrom"); // empty: run all
    QTest::addColumn<QString>("culprit");
    QTest::addRow("single statement") << "select nosuch from pg_class" << "" << "nosuch";
    QTest::addRow("second statement of a script") << "select 1;\nselect 2;\nselect x_y from pg_class;" << "" << "x_y";
    QTest::addRow("multibyte before the error")
        << "select 'äöü 😀 名前' as t, bogus_col from pg_class" << "" << "bogus_col";
    QTest::addRow("only a selection ran")
        << "-- ✓ first line with ümlauts and 😀\nselect 1;\nselect '日本', missing_c from pg_class;" << "select '日本'"
        << "missing_c";
}

void TestWorkbench::errorMarkerLandsOnTheCharacter()
{
    QFETCH(QString, text);
    QFETCH(QString, selectFrom);
    QFETCH(QString, culprit);
    SqlEditor *editor = m_tab->editor();
    editor->setText(text);
    RunScope scope = RunScope::All;
    if (!selectFrom.isEmpty()) {
        const int from = int(text.indexOf(selectFrom));
        const QByteArray utf8 = text.toUtf8();
        const int byteFrom = int(QStringView(text).left(from).toUtf8().size());
        int l1 = 0, i1 = 0, l2 = 0, i2 = 0;
        editor->lineIndexFromPosition(byteFrom, &l1, &i1);
        editor->lineIndexFromPosition(int(utf8.size()), &l2, &i2);
        editor->setSelection(l1, i1, l2, i2);
        scope = RunScope::Selection;
    }
    m_tab->run(scope);
    waitIdle();
    const auto marks = editor->errorMarks();
    QCOMPARE(marks.size(), 1);
    const int expected = int(QStringView(text).left(text.indexOf(culprit)).toUtf8().size());
    QCOMPARE(marks.first().first, expected);
    QVERIFY(m_tab->messages()->plainText().contains(QStringLiteral("42703")));
}

void TestWorkbench::manualCommitKeepsTransactionOpen()
{
    m_tab->setAutoCommit(false);
    m_tab->editor()->setText(QStringLiteral("create table kept(x int);"));
    m_tab->run(RunScope::All);
    waitIdle();
    QCOMPARE(m_tab->connection()->transactionStatus(), TransactionStatus::InTransaction);
    auto *rollback = m_window->findChild<QAction *>(QStringLiteral("rollbackAction"));
    QVERIFY(rollback && rollback->isEnabled());
    rollback->trigger();
    waitIdle();
    QCOMPARE(m_tab->connection()->transactionStatus(), TransactionStatus::Idle);
    m_tab->setAutoCommit(true);
    m_tab->editor()->setText(QStringLiteral("select to_regclass('kept') is null as gone"));
    m_tab->run(RunScope::All);
    waitIdle();
    QCOMPARE(resultModel(0)->data(resultModel(0)->index(0, 0)).toString(), QStringLiteral("t"));
}

void TestWorkbench::explainShowsPlan()
{
    m_tab->editor()->setText(QStringLiteral("create temp table e as select g from generate_series(1,1000) g;\n"
                                            "delete from e where g < 10;"));
    m_tab->run(RunScope::All);
    waitIdle();
    putCursorAt(QStringLiteral("delete"));
    m_tab->explain(true);
    waitIdle();
    QCOMPARE(resultTabs()->count(), 1);
    QVERIFY(resultTabs()->widget(0)->inherits("Pixetric::PlanView"));
    // EXPLAIN ANALYZE of a DELETE is rolled back: the rows are still there.
    m_tab->editor()->setText(QStringLiteral("select count(*) from e"));
    m_tab->run(RunScope::All);
    waitIdle();
    QCOMPARE(resultModel(0)->data(resultModel(0)->index(0, 0)).toString(), QStringLiteral("991"));
}

void TestWorkbench::serverDeathKeepsText()
{
    const QString text = QStringLiteral("select pg_sleep(30); -- keep me ✓");
    m_tab->editor()->setText(text);
    m_tab->run(RunScope::All);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->connection()->transactionStatus(), TransactionStatus::Active, 5000);
    QVERIFY(m_cluster.stop(QStringLiteral("immediate")));
    waitIdle();
    QCOMPARE(m_tab->connection()->state(), PgConnection::State::Failed);
    QCOMPARE(m_tab->editor()->text(), text);
    QVERIFY(m_tab->messages()->plainText().contains(QStringLiteral("Reconnect")));
    QVERIFY(m_cluster.restart());
    m_tab->reconnect();
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->connection()->isOpen(), 20000);
}

void TestWorkbench::textSurvivesRestart()
{
    const QString text = QStringLiteral("select 'unsaved work ✓ 名前'");
    m_tab->editor()->setText(text);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->tabs()->count(), 1);
    auto *restored = static_cast<EditorTab *>(m_window->tabs()->widget(0));
    QCOMPARE(restored->editor()->text(), text);
    m_tab = restored;
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
