#include "resultfixtures.h"
#include "pgconnection.h"
#include "pgtestcluster.h"
#include "resultmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::chunkOf;
using Pixetric::Test::column;
using Pixetric::Test::PgTestCluster;

namespace {

ResultChunk numbered(int first, int rows)
{
    QList<QList<QByteArray>> values;
    for (int r = first; r < first + rows; ++r)
        values.append({QByteArray::number(r), "name " + QByteArray::number(r)});
    return chunkOf(values, 2);
}

const ResultColumns TwoColumns{column("id", TypeOid::Int4), column("name", TypeOid::Text)};

} // namespace

class TestResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testerWhileAppending();
    void roles_data();
    void roles();
    void longValuesAreCut_data();
    void longValuesAreCut();
    void paintingAHugeValueIsCheap();
    void headers();
    void chunkOfAnotherShapeIsDropped();
    void storeErrorIsSurfaced();
    void spilledRowsReadBack();
    void fedByARealConnection();

private:
    PgTestCluster m_cluster;
    bool m_clusterUp = false;
};

void TestResultModel::initTestCase()
{
    // Started here, used by fedByARealConnection only; its failure fails that test alone.
    m_clusterUp = m_cluster.start();
}

void TestResultModel::testerWhileAppending()
{
    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);

    model.setColumns(TwoColumns);
    QCOMPARE(model.columnCount(), 2);
    int rows = 0;
    for (int size : {1, 64, 0, 128, 7}) {
        model.appendChunk(numbered(rows, size));
        rows += size;
        QCOMPARE(model.rowCount(), rows);
    }
    QCOMPARE(inserted.size(), 4); // the empty chunk inserts nothing
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 64);
    QCOMPARE(model.index(199, 1).data().toString(), QStringLiteral("name 199"));
    QCOMPARE(model.totalRowCount(), 200);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setColumns({column("only", TypeOid::Text)});
    model.appendChunk(chunkOf({{"a"}, {"b"}}, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b"));
}

void TestResultModel::roles_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QByteArray>("value"); // null: SQL NULL
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<bool>("rightAligned");

    QTest::addRow("NULL") << TypeOid::Text << QByteArray() << "NULL" << true << false;
    QTest::addRow("empty string stays empty") << TypeOid::Text << QByteArray("") << "" << false << false;
    QTest::addRow("the text NULL is not NULL") << TypeOid::Text << QByteArray("NULL") << "NULL" << false << false;
    QTest::addRow("int4 right-aligned") << TypeOid::Int4 << QByteArray("-42") << "-42" << false << true;
    QTest::addRow("numeric NULL right-aligned") << TypeOid::Numeric << QByteArray() << "NULL" << true << true;
    QTest::addRow("float8") << TypeOid::Float8 << QByteArray("1.5e+300") << "1.5e+300" << false << true;
    QTest::addRow("bool is not numeric") << TypeOid::Bool << QByteArray("t") << "t" << false << false;
    QTest::addRow("bytea as hex text") << TypeOid::Bytea << QByteArray("\\x00ff41") << "\\x00ff41" << false << false;
    QTest::addRow("UTF-8") << TypeOid::Text << QByteArray("Grüße ✓ 😀") << "Grüße ✓ 😀" << false << false;
    // How many U+FFFD a broken sequence becomes is QString's business; that it shows, is ours.
    QTest::addRow("invalid UTF-8 is replaced")
        << TypeOid::Text << QByteArray("ok\xff\xfe!") << QString::fromUtf8("ok\xff\xfe!") << false << false;
    QTest::addRow("truncated UTF-8 sequence at the end")
        << TypeOid::Text << QByteArray("ab\xe2\x9c") << QString::fromUtf8("ab\xe2\x9c") << false << false;
    QTest::addRow("first line only") << TypeOid::Text << QByteArray("first\nsecond") << "first…" << false << false;
    QTest::addRow("CR LF") << TypeOid::Text << QByteArray("a\r\nb") << "a…" << false << false;
    QTest::addRow("leading newline") << TypeOid::Json << QByteArray("\n{}") << "…" << false << false;
    QTest::addRow("tab kept") << TypeOid::Text << QByteArray("a\tb") << "a\tb" << false << false;
}

void TestResultModel::roles()
{
    QFETCH(quint32, type);
    QFETCH(QByteArray, value);
    QFETCH(QString, display);
    QFETCH(bool, isNull);
    QFETCH(bool, rightAligned);

    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({column("c", type)});
    model.appendChunk(chunkOf({{value}}, 1));
    const QModelIndex index = model.index(0, 0);

    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    if (QString::fromUtf8(value).toUtf8() != value)
        QVERIFY(display.contains(QChar::ReplacementCharacter) && display.startsWith(QLatin1String(value.left(2))));
    QCOMPARE(index.data(ResultModel::IsNullRole).toBool(), isNull);
    // Full bytes, with NULL and '' apart.
    const QVariant raw = index.data(ResultModel::RawValueRole);
    QCOMPARE(raw.toByteArray(), value);
    QCOMPARE(raw.toByteArray().isNull(), isNull);
    const QVariant edit = index.data(Qt::EditRole);
    QCOMPARE(edit.isValid(), !isNull);
    if (!isNull)
        QCOMPARE(edit.toString(), QString::fromUtf8(value));

    // NULL looks different: italic and muted.
    const QVariant font = index.data(Qt::FontRole);
    QCOMPARE(font.isValid(), isNull);
    if (isNull)
        QVERIFY(font.value<QFont>().italic());
    QCOMPARE(index.data(Qt::ForegroundRole).isValid(), isNull);

    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (rightAligned)
        QCOMPARE(alignment.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    else
        QVERIFY(!alignment.isValid());

    // What the delegate uses when painting gives the same answers.
    std::array<QModelRoleData, 4> roles{QModelRoleData(Qt::DisplayRole), QModelRoleData(Qt::FontRole),
                                        QModelRoleData(Qt::TextAlignmentRole), QModelRoleData(Qt::DecorationRole)};
    model.multiData(index, roles);
    QCOMPARE(roles[0].data().toString(), display);
    QCOMPARE(roles[1].data().isValid(), isNull);
    QCOMPARE(roles[2].data().isValid(), rightAligned);
    QVERIFY(!roles[3].data().isValid());
}

void TestResultModel::longValuesAreCut_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("display");

    const auto ascii = [](int n) { return QByteArray(n, 'x'); };
    QTest::addRow("exactly 1000 characters: whole") << ascii(1000) << QString(1000, u'x');
    QTest::addRow("1001 characters: cut") << ascii(1001) << QString(1000, u'x') + u'…';
    QTest::addRow("10 MB: cut") << ascii(10 * 1024 * 1024) << QString(1000, u'x') + u'…';
    QTest::addRow("two-byte characters")
        << QString(1500, u'é').toUtf8() << QString(1000, u'é') + u'…';
    QTest::addRow("three-byte characters cut at the byte limit, no broken character")
        << QString(5000, u'€').toUtf8() << QString(1000, u'€') + u'…';
    QTest::addRow("surrogate pair not split at the character limit")
        << (QByteArray(999, 'a') + "😀b") << QString(999, u'a') + u'…';
    QTest::addRow("long first line, more lines")
        << (ascii(2000) + "\nmore") << QString(1000, u'x') + u'…';
    QTest::addRow("newline beyond the scanned bytes")
        << (ascii(10000) + "\nmore") << QString(1000, u'x') + u'…';
}

void TestResultModel::longValuesAreCut()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, display);
    ResultModel model;
    model.setColumns({column("big", TypeOid::Text)});
    model.appendChunk(chunkOf({{value}}, 1));
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data().toString(), display);
    QVERIFY(!index.data().toString().contains(QChar::ReplacementCharacter));
    QCOMPARE(index.data(ResultModel::RawValueRole).toByteArray().size(), value.size());
    QCOMPARE(index.data(Qt::EditRole).toString(), QString::fromUtf8(value));
}

void TestResultModel::paintingAHugeValueIsCheap()
{
    // Painting asks for DisplayRole every frame: it must not convert the whole value.
    // Converting 10 MB 500 times takes seconds; cutting first takes a few milliseconds.
    ResultModel model;
    model.setColumns({column("big", TypeOid::Text)});
    const QByteArray big(10 * 1024 * 1024, 'y');
    model.appendChunk(chunkOf({{big}}, 1));
    const QModelIndex index = model.index(0, 0);
    QElapsedTimer timer;
    timer.start();
    qsizetype total = 0;
    for (int i = 0; i < 500; ++i)
        total += index.data().toString().size();
    QCOMPARE(total, 500 * 1001);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestResultModel::headers()
{
    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({column("id", TypeOid::Int4), column("weird type", 99999)});
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("weird type"));
    const QString tip = model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("int4")) && tip.contains(QStringLiteral("OID 23")), qPrintable(tip));
    const QString unknown = model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(unknown.contains(QStringLiteral("99999")), qPrintable(unknown));
    model.appendChunk(chunkOf({{"1", "a"}, {"2", "b"}}, 2));
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2); // rows numbered from 1
}

void TestResultModel::chunkOfAnotherShapeIsDropped()
{
    ResultModel model;
    model.setColumns(TwoColumns);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped a chunk with 1 columns")));
    model.appendChunk(chunkOf({{"x"}}, 1));
    QCOMPARE(model.rowCount(), 0);
}

void TestResultModel::storeErrorIsSurfaced()
{
    QTemporaryDir dir;
    ResultModel model;
    QSignalSpy errors(&model, &ResultModel::storeErrorOccurred);
    model.setSpillDirectory(dir.filePath(QStringLiteral("missing")));
    model.setMemoryBudget(0);
    model.setColumns(TwoColumns);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not create a temporary file")));
    for (int i = 0; i < 5; ++i)
        model.appendChunk(numbered(i * 10, 10));
    QCOMPARE(errors.size(), 1);
    const PgError error = errors.at(0).at(0).value<PgError>();
    QVERIFY(error.message.contains(QStringLiteral("missing")));
    QCOMPARE(model.storeError().message, error.message);
    // The rows are all there regardless.
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("name 0"));
    QCOMPARE(model.index(49, 0).data().toString(), QStringLiteral("49"));

    // A new result starts clean.
    model.setColumns(TwoColumns);
    QVERIFY(!model.storeError().isError());
}

void TestResultModel::spilledRowsReadBack()
{
    QTemporaryDir dir;
    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpillDirectory(dir.path());
    model.setMemoryBudget(0);
    model.setColumns(TwoColumns);
    for (int i = 0; i < 20; ++i)
        model.appendChunk(numbered(i * 50, 50));
    QCOMPARE(model.store()->stats().spilledChunks, 19);
    for (int row : {0, 49, 50, 517, 999})
        QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("name %1").arg(row));
    QVERIFY(!model.storeError().isError());
}

void TestResultModel::fedByARealConnection()
{
    QVERIFY2(m_clusterUp, qPrintable(m_cluster.error()));
    PgConnection connection;
    QSignalSpy opened(&connection, &PgConnection::opened);
    connection.open(m_cluster.params());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);

    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int chunks = 0;
    bool ok = false;
    bool finished = false;
    connect(&connection, &PgConnection::resultStarted, &model,
            [&](quint64, int, const ResultColumns &columns) { model.setColumns(columns); });
    connect(&connection, &PgConnection::rowsArrived, &model, [&](quint64, int, const ResultChunk &chunk) {
        ++chunks;
        model.appendChunk(chunk);
    });
    connect(&connection, &PgConnection::runFinished, &model, [&](quint64, bool success) {
        finished = true;
        ok = success;
    });
    connection.execute(QStringLiteral(
        "select g as id, case when g % 3 = 0 then null else 'v' || g end as v, ''::text as e, "
        "g::numeric / 4 as quarter, '\\x00ff41'::bytea as b, 'line 1' || chr(10) || 'line 2' as ml, "
        "convert_from('\\xc3a4'::bytea, 'UTF8') as umlaut "
        "from generate_series(1, 20000) g"));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QVERIFY(ok);
    QVERIFY2(chunks > 3, "rows must arrive in several chunks for this test to mean something");
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("quarter"));

    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(19999, 0).data().toString(), QStringLiteral("20000"));
    QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, 3).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, 1).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("NULL"));
    QVERIFY(model.index(2, 1).data(ResultModel::IsNullRole).toBool());
    QVERIFY(model.index(2, 1).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("v4"));
    QCOMPARE(model.index(3, 2).data().toString(), QString());
    QVERIFY(!model.index(3, 2).data(ResultModel::IsNullRole).toBool());
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("0.25000000000000000000"));
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("\\x00ff41"));
    QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("line 1…"));
    QCOMPARE(model.index(0, 5).data(Qt::EditRole).toString(), QStringLiteral("line 1\nline 2"));
    QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("ä"));
    QVERIFY(model.store()->textBytes() > 20000 * 30);
}

int main(int argc, char **argv)
{
    // The model uses QtGui (fonts, palette) but needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestResultModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resultmodel.moc"
