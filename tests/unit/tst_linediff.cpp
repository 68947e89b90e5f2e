#include "linediff.h"

#include <QTest>

using namespace Pixetric;

// Which lines the schema diff view marks on each side.
class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksDifferingLines_data();
    void marksDifferingLines();
    void largeInputsFallBackToCounting();
};

namespace {

QList<int> lines(std::initializer_list<int> list)
{
    return QList<int>(list);
}

} // namespace

void TestLineDiff::marksDifferingLines_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<int>>("fromLines");
    QTest::addColumn<QList<int>>("toLines");

    QTest::addRow("same text") << "a\nb\nc" << "a\nb\nc" << lines({}) << lines({});
    QTest::addRow("both empty") << "" << "" << lines({}) << lines({});
    QTest::addRow("one line changed") << "a\nb\nc" << "a\nB\nc" << lines({1}) << lines({1});
    QTest::addRow("line added in the middle") << "a\nc" << "a\nb\nc" << lines({}) << lines({1});
    QTest::addRow("line removed at the end") << "a\nb\nc" << "a\nb" << lines({2}) << lines({});
    QTest::addRow("everything new") << "" << "x\ny" << lines({}) << lines({0, 1});
    QTest::addRow("white space counts") << "a\n  b" << "a\n b" << lines({1}) << lines({1});
    QTest::addRow("column list changed")
        << "CREATE TABLE t (\n    id bigint,\n    total integer,\n    status text\n);"
        << "CREATE TABLE t (\n    id bigint,\n    total numeric,\n    status text,\n    note text\n);"
        << lines({2, 3}) << lines({2, 3, 4});
    QTest::addRow("lines swapped") << "a\nb\nc" << "b\na\nc" << lines({0}) << lines({1});
}

void TestLineDiff::marksDifferingLines()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<int>, fromLines);
    QFETCH(QList<int>, toLines);
    const auto split = [](const QString &text) { return text.isEmpty() ? QStringList() : text.split('\n'); };
    const LineDiff diff = LineDiff::compare(split(from), split(to));
    QCOMPARE(diff.fromLines, fromLines);
    QCOMPARE(diff.toLines, toLines);
    QCOMPARE(diff.isEmpty(), fromLines.isEmpty() && toLines.isEmpty());
}

void TestLineDiff::largeInputsFallBackToCounting()
{
    // The first and the last line of 3000 differ: 3000 × 3000 lines between the shared head and
    // tail is above the exact limit.
    QStringList a;
    QStringList b;
    a << "head";
    b << "head";
    for (int i = 0; i < 3000; ++i) {
        a << QString("line %1").arg(i);
        b << QString("line %1").arg(i == 0 ? -1 : i == 2999 ? -2 : i);
    }
    a << "only in a" << "tail";
    b << "tail";
    const LineDiff diff = LineDiff::compare(a, b);
    QCOMPARE(diff.fromLines, lines({1, 3000, 3001}));
    QCOMPARE(diff.toLines, lines({1, 3000}));
}

QTEST_APPLESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
