#include "resultfixtures.h"
#include "resultformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pixetric;
using Pixetric::Test::chunkOf;
using Pixetric::Test::column;

namespace {

QByteArray format(ExportFormat fmt, const ResultColumns &columns, const QList<QList<QByteArray>> &rows,
                  const ResultFormatter::Options &options = {})
{
    ResultFormatter f(fmt, columns, options);
    QByteArray out;
    f.begin(&out);
    f.append(chunkOf(int(columns.size()), rows), &out);
    f.end(&out);
    return out;
}

const QByteArray Null;

} // namespace

class TestResultFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_data();
    void csv();
    void tsv_data();
    void tsv();
    void json_data();
    void json();
    void jsonParsesBack_data();
    void jsonParsesBack();
    void sqlInsert_data();
    void sqlInsert();
    void specialByteAtEveryOffset_data();
    void specialByteAtEveryOffset();
    void quoteIdentifier_data();
    void quoteIdentifier();
    void headers_data();
    void headers();
    void emptyResults_data();
    void emptyResults();
    void zeroColumns_data();
    void zeroColumns();
    void chunkBoundariesDoNotShowInOutput_data();
    void chunkBoundariesDoNotShowInOutput();
    void appendsAfterExistingText();
    void tenMegabyteValue_data();
    void tenMegabyteValue();
    void reusedBufferStaysSmall();
    void fileSuffix();
};

// One text column "v" unless a type is given; expected is the line written for the value.
static void addNastyValues()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
}

void TestResultFormatter::csv_data()
{
    addNastyValues();
    QTest::addRow("plain") << QByteArray("plain") << QByteArray("plain");
    QTest::addRow("NULL is an empty unquoted field") << Null << QByteArray("");
    QTest::addRow("empty string is quoted") << QByteArray("") << QByteArray("\"\"");
    QTest::addRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::addRow("double quotes doubled") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::addRow("only a quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
    QTest::addRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::addRow("carriage return") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::addRow("tab needs no quotes") << QByteArray("a\tb") << QByteArray("a\tb");
    QTest::addRow("backslash as is") << QByteArray("a\\b") << QByteArray("a\\b");
    QTest::addRow("spaces kept unquoted") << QByteArray(" x ") << QByteArray(" x ");
    QTest::addRow("single quote") << QByteArray("it's") << QByteArray("it's");
    QTest::addRow("cyrillic with comma") << QByteArray("Привет, мир") << QByteArray("\"Привет, мир\"");
    QTest::addRow("CJK") << QByteArray("名前") << QByteArray("名前");
    QTest::addRow("emoji outside the BMP") << QByteArray("😀👍🏽") << QByteArray("😀👍🏽");
    QTest::addRow("bytea text that looks like invalid UTF-8") << QByteArray("\\xff00c3") << QByteArray("\\xff00c3");
    QTest::addRow("COPY end marker") << QByteArray("\\.") << QByteArray("\\.");
}

void TestResultFormatter::csv()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    // A second column after the value shows the separator is right even after quoting.
    const QByteArray out = format(ExportFormat::Csv, {column("v"), column("n", TypeOid::Int4)}, {{value, "1"}});
    QCOMPARE(out, "v,n\n" + expected + ",1\n");
}

void TestResultFormatter::tsv_data()
{
    addNastyValues();
    QTest::addRow("plain") << QByteArray("plain") << QByteArray("plain");
    QTest::addRow("NULL is \\N") << Null << QByteArray("\\N");
    QTest::addRow("empty string is empty") << QByteArray("") << QByteArray("");
    QTest::addRow("text \\N differs from NULL") << QByteArray("\\N") << QByteArray("\\\\N");
    QTest::addRow("tab") << QByteArray("a\tb") << QByteArray("a\\tb");
    QTest::addRow("newline") << QByteArray("a\nb") << QByteArray("a\\nb");
    QTest::addRow("carriage return") << QByteArray("a\r\nb") << QByteArray("a\\r\\nb");
    QTest::addRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
    QTest::addRow("quotes as is") << QByteArray("\"it's\"") << QByteArray("\"it's\"");
    QTest::addRow("comma as is") << QByteArray("a,b") << QByteArray("a,b");
    QTest::addRow("cyrillic") << QByteArray("Привет\tмир") << QByteArray("Привет\\tмир");
    QTest::addRow("emoji outside the BMP") << QByteArray("😀") << QByteArray("😀");
    QTest::addRow("bytea text") << QByteArray("\\xff00") << QByteArray("\\\\xff00");
}

void TestResultFormatter::tsv()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QByteArray out = format(ExportFormat::Tsv, {column("v"), column("n", TypeOid::Int4)}, {{value, "1"}});
    QCOMPARE(out, "v\tn\n" + expected + "\t1\n");
}

void TestResultFormatter::json_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("text") << TypeOid::Text << QByteArray("plain") << QByteArray("\"plain\"");
    QTest::addRow("NULL text") << TypeOid::Text << Null << QByteArray("null");
    QTest::addRow("empty string") << TypeOid::Text << QByteArray("") << QByteArray("\"\"");
    QTest::addRow("text that says null") << TypeOid::Text << QByteArray("null") << QByteArray("\"null\"");
    QTest::addRow("quote and backslash") << TypeOid::Text << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::addRow("newline tab CR") << TypeOid::Text << QByteArray("a\nb\tc\rd") << QByteArray("\"a\\nb\\tc\\rd\"");
    QTest::addRow("backspace form feed") << TypeOid::Text << QByteArray("\b\f") << QByteArray("\"\\b\\f\"");
    QTest::addRow("other control characters") << TypeOid::Text << QByteArray("\x01\x1f") << QByteArray("\"\\u0001\\u001f\"");
    QTest::addRow("DEL and slash as is") << TypeOid::Text << QByteArray("\x7f/") << QByteArray("\"\x7f/\"");
    QTest::addRow("cyrillic") << TypeOid::Text << QByteArray("Привет") << QByteArray("\"Привет\"");
    QTest::addRow("emoji outside the BMP") << TypeOid::Text << QByteArray("😀") << QByteArray("\"😀\"");
    QTest::addRow("bytea text") << TypeOid::Bytea << QByteArray("\\xff00") << QByteArray("\"\\\\xff00\"");
    QTest::addRow("int") << TypeOid::Int4 << QByteArray("-42") << QByteArray("-42");
    QTest::addRow("int8 beyond 2^53 stays exact text") << TypeOid::Int8 << QByteArray("9223372036854775807")
                                                       << QByteArray("9223372036854775807");
    QTest::addRow("NULL int") << TypeOid::Int4 << Null << QByteArray("null");
    QTest::addRow("numeric with trailing zeros") << TypeOid::Numeric << QByteArray("1.500") << QByteArray("1.500");
    QTest::addRow("float with exponent") << TypeOid::Float8 << QByteArray("1.5e-07") << QByteArray("1.5e-07");
    QTest::addRow("float with signed exponent") << TypeOid::Float8 << QByteArray("1e+100") << QByteArray("1e+100");
    QTest::addRow("NaN quoted") << TypeOid::Numeric << QByteArray("NaN") << QByteArray("\"NaN\"");
    QTest::addRow("Infinity quoted") << TypeOid::Float8 << QByteArray("Infinity") << QByteArray("\"Infinity\"");
    QTest::addRow("-Infinity quoted") << TypeOid::Float4 << QByteArray("-Infinity") << QByteArray("\"-Infinity\"");
    QTest::addRow("money quoted") << TypeOid::Money << QByteArray("$1,000.00") << QByteArray("\"$1,000.00\"");
    QTest::addRow("true") << TypeOid::Bool << QByteArray("t") << QByteArray("true");
    QTest::addRow("false") << TypeOid::Bool << QByteArray("f") << QByteArray("false");
    QTest::addRow("NULL bool") << TypeOid::Bool << Null << QByteArray("null");
    QTest::addRow("json embedded") << TypeOid::Json << QByteArray("{\"a\": [1, \"x\"]}")
                                   << QByteArray("{\"a\": [1, \"x\"]}");
    QTest::addRow("jsonb embedded") << TypeOid::Jsonb << QByteArray("[null, true]") << QByteArray("[null, true]");
    QTest::addRow("json string embedded") << TypeOid::Jsonb << QByteArray("\"s\"") << QByteArray("\"s\"");
    QTest::addRow("NULL json") << TypeOid::Json << Null << QByteArray("null");
}

void TestResultFormatter::json()
{
    QFETCH(quint32, type);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QByteArray out = format(ExportFormat::Json, {column("v", type), column("n", TypeOid::Int4)},
                                  {{value, "1"}, {value, "2"}});
    QCOMPARE(out, "[\n{\"v\":" + expected + ",\"n\":1},\n{\"v\":" + expected + ",\"n\":2}\n]\n");
    QJsonParseError error;
    QJsonDocument::fromJson(out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

// An independent JSON parser must read every string back byte for byte.
void TestResultFormatter::jsonParsesBack_data()
{
    QTest::addColumn<QByteArray>("value");
    QByteArray everyAscii;
    for (int c = 1; c < 128; ++c)
        everyAscii += char(c);
    QTest::addRow("every ASCII character") << everyAscii;
    QTest::addRow("mixed scripts") << QByteArray("Grüße 名前 Привет 😀 \"q\" \\ \n");
    QTest::addRow("bytea text") << QByteArray("\\x00ff41c3");
}

void TestResultFormatter::jsonParsesBack()
{
    QFETCH(QByteArray, value);
    const QByteArray out = format(ExportFormat::Json, {column("v")}, {{value}});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    QCOMPARE(doc.array().at(0).toObject().value("v").toString().toUtf8(), value);
}

void TestResultFormatter::sqlInsert_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("text") << TypeOid::Text << QByteArray("plain") << QByteArray("'plain'");
    QTest::addRow("NULL") << TypeOid::Text << Null << QByteArray("NULL");
    QTest::addRow("empty string") << TypeOid::Text << QByteArray("") << QByteArray("''");
    QTest::addRow("text that says NULL") << TypeOid::Text << QByteArray("NULL") << QByteArray("'NULL'");
    QTest::addRow("single quotes doubled") << TypeOid::Text << QByteArray("it's 'x'") << QByteArray("'it''s ''x'''");
    QTest::addRow("backslash as is") << TypeOid::Text << QByteArray("a\\b") << QByteArray("'a\\b'");
    QTest::addRow("newline kept in the literal") << TypeOid::Text << QByteArray("a\nb") << QByteArray("'a\nb'");
    QTest::addRow("cyrillic") << TypeOid::Text << QByteArray("Привет") << QByteArray("'Привет'");
    QTest::addRow("emoji") << TypeOid::Text << QByteArray("😀") << QByteArray("'😀'");
    QTest::addRow("bytea as its text literal") << TypeOid::Bytea << QByteArray("\\x00ff27") << QByteArray("'\\x00ff27'");
    QTest::addRow("int bare") << TypeOid::Int8 << QByteArray("-42") << QByteArray("-42");
    QTest::addRow("numeric bare") << TypeOid::Numeric << QByteArray("3.14") << QByteArray("3.14");
    QTest::addRow("NaN quoted") << TypeOid::Float8 << QByteArray("NaN") << QByteArray("'NaN'");
    QTest::addRow("-Infinity quoted") << TypeOid::Numeric << QByteArray("-Infinity") << QByteArray("'-Infinity'");
    QTest::addRow("money quoted") << TypeOid::Money << QByteArray("$5.00") << QByteArray("'$5.00'");
    QTest::addRow("bool true") << TypeOid::Bool << QByteArray("t") << QByteArray("true");
    QTest::addRow("bool false") << TypeOid::Bool << QByteArray("f") << QByteArray("false");
    QTest::addRow("json quoted") << TypeOid::Jsonb << QByteArray("{\"a\": \"it's\"}")
                                 << QByteArray("'{\"a\": \"it''s\"}'");
}

void TestResultFormatter::sqlInsert()
{
    QFETCH(quint32, type);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QByteArray out = format(ExportFormat::SqlInsert, {column("v", type), column("n", TypeOid::Int4)},
                                  {{value, "1"}, {value, Null}});
    QCOMPARE(out, "INSERT INTO result (v, n) VALUES (" + expected + ", 1);\n"
                  "INSERT INTO result (v, n) VALUES (" + expected + ", NULL);\n");
}

// The formatter tests eight bytes at a time for bytes that need escaping: put each such byte
// (and a few harmless ones) at every position of a word, after ASCII and after multi-byte
// characters, and compare with a plain byte-by-byte rendering.
void TestResultFormatter::specialByteAtEveryOffset_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("filler"); // characters the special byte goes between
    const QStringList ascii{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r"};
    const QStringList mixed{"a", "é", "€", "z", "😀", "ß", "x", "名", "y", "b"};
    for (const auto &[name, format] : {std::pair{"csv", ExportFormat::Csv}, std::pair{"tsv", ExportFormat::Tsv},
                                       std::pair{"json", ExportFormat::Json}, std::pair{"sql", ExportFormat::SqlInsert}}) {
        QTest::addRow("%s, ASCII around", name) << int(format) << ascii;
        QTest::addRow("%s, multi-byte around", name) << int(format) << mixed;
    }
}

void TestResultFormatter::specialByteAtEveryOffset()
{
    QFETCH(int, format);
    QFETCH(QStringList, filler);
    const auto fmt = ExportFormat(format);
    const QByteArray specials("\",\n\r\t\\'\x01\x1f\x7f /", 12);
    for (const char special : specials) {
        for (qsizetype at = 0; at <= filler.size(); ++at) {
            QStringList parts = filler;
            parts.insert(at, QString(QChar::fromLatin1(special)));
            const QByteArray value = parts.join(QString()).toUtf8();
            const QByteArray out = ::format(fmt, {column("v")}, {{value}});
            QByteArray expected;
            switch (fmt) {
            case ExportFormat::Csv: {
                QByteArray quoted = value;
                quoted.replace("\"", "\"\"");
                expected = "v\n\"" + quoted + "\"\n";
                if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
                    expected = "v\n" + value + "\n";
                break;
            }
            case ExportFormat::Tsv: {
                QByteArray escaped = value;
                escaped.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
                expected = "v\n" + escaped + "\n";
                break;
            }
            case ExportFormat::Json: {
                QByteArray escaped;
                for (const char c : value) {
                    switch (c) {
                    case '"': escaped += "\\\""; break;
                    case '\\': escaped += "\\\\"; break;
                    case '\n': escaped += "\\n"; break;
                    case '\r': escaped += "\\r"; break;
                    case '\t': escaped += "\\t"; break;
                    default:
                        if (uchar(c) < 0x20)
                            escaped += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
                        else
                            escaped += c;
                    }
                }
                expected = "[\n{\"v\":\"" + escaped + "\"}\n]\n";
                const QJsonDocument doc = QJsonDocument::fromJson(out);
                QCOMPARE(doc.array().at(0).toObject().value("v").toString().toUtf8(), value);
                break;
            }
            case ExportFormat::SqlInsert: {
                QByteArray quoted = value;
                quoted.replace("'", "''");
                expected = "INSERT INTO result (v) VALUES ('" + quoted + "');\n";
                break;
            }
            }
            QVERIFY2(out == expected, qPrintable(QString("byte 0x%1 at %2: %3").arg(int(special), 2, 16, QChar('0'))
                                                     .arg(at).arg(QString::fromUtf8(out))));
        }
    }
}

void TestResultFormatter::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lower case") << "result" << "result";
    QTest::addRow("underscore, digits, dollar") << "_a1$" << "_a1$";
    QTest::addRow("upper case") << "Name" << "\"Name\"";
    QTest::addRow("space") << "my table" << "\"my table\"";
    QTest::addRow("leading digit") << "1st" << "\"1st\"";
    QTest::addRow("leading dollar") << "$a" << "\"$a\"";
    QTest::addRow("double quote doubled") << "a\"b" << "\"a\"\"b\"";
    QTest::addRow("dot is not a qualifier") << "s.t" << "\"s.t\"";
    QTest::addRow("empty") << "" << "\"\"";
    QTest::addRow("cyrillic") << "имя" << "\"имя\"";
    QTest::addRow("reserved keyword") << "select" << "\"select\"";
    QTest::addRow("reserved keyword user") << "user" << "\"user\"";
    QTest::addRow("type/function keyword") << "left" << "\"left\"";
    QTest::addRow("column-name keyword") << "between" << "\"between\"";
    QTest::addRow("unreserved keyword stays bare") << "name" << "name";
    QTest::addRow("unreserved keyword value") << "value" << "value";
}

void TestResultFormatter::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ResultFormatter::quoteIdentifier(name), expected);
}

void TestResultFormatter::headers_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("csv") << int(ExportFormat::Csv)
                         << QByteArray("id,\"a,\"\"b\"\"\",Имя 😀\n1,2,3\n");
    QTest::addRow("tsv") << int(ExportFormat::Tsv)
                         << QByteArray("id\ta,\"b\"\\t\tИмя 😀\n1\t2\t3\n");
    QTest::addRow("json keeps duplicate keys in order")
        << int(ExportFormat::Json) << QByteArray("[\n{\"id\":1,\"a,\\\"b\\\"\":2,\"Имя 😀\":3,\"id\":4}\n]\n");
    QTest::addRow("sql") << int(ExportFormat::SqlInsert)
                         << QByteArray("INSERT INTO \"My Schema\".\"select\" (id, \"a,\"\"b\"\"\", \"Имя 😀\") VALUES (1, 2, 3);\n");
}

void TestResultFormatter::headers()
{
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    const auto fmt = ExportFormat(format);
    ResultColumns columns{column("id", TypeOid::Int4), column("a,\"b\"", TypeOid::Int4),
                          column("Имя 😀", TypeOid::Int4)};
    QList<QByteArray> row{"1", "2", "3"};
    if (fmt == ExportFormat::Tsv)
        columns[1].name = "a,\"b\"\t";
    if (fmt == ExportFormat::Json) {
        columns << column("id", TypeOid::Int4);
        row << "4";
    }
    ResultFormatter::Options options;
    options.schemaName = "My Schema";
    options.tableName = "select";
    QCOMPARE(::format(fmt, columns, {row}, options), expected);

    options.header = false;
    if (fmt == ExportFormat::Csv || fmt == ExportFormat::Tsv)
        QCOMPARE(::format(fmt, columns, {row}, options), expected.mid(expected.indexOf('\n') + 1));
}

void TestResultFormatter::emptyResults_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("csv: header only") << int(ExportFormat::Csv) << QByteArray("a,b\n");
    QTest::addRow("tsv: header only") << int(ExportFormat::Tsv) << QByteArray("a\tb\n");
    QTest::addRow("json: empty array") << int(ExportFormat::Json) << QByteArray("[]\n");
    QTest::addRow("sql: nothing") << int(ExportFormat::SqlInsert) << QByteArray();
}

void TestResultFormatter::emptyResults()
{
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    QCOMPARE(::format(ExportFormat(format), {column("a"), column("b")}, {}), expected);
}

void TestResultFormatter::zeroColumns_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("csv") << int(ExportFormat::Csv) << QByteArray("\n\n\n");
    QTest::addRow("tsv") << int(ExportFormat::Tsv) << QByteArray("\n\n\n");
    QTest::addRow("json") << int(ExportFormat::Json) << QByteArray("[\n{},\n{}\n]\n");
    QTest::addRow("sql") << int(ExportFormat::SqlInsert)
                         << QByteArray("INSERT INTO result DEFAULT VALUES;\nINSERT INTO result DEFAULT VALUES;\n");
}

// SELECT FROM t: rows without columns.
void TestResultFormatter::zeroColumns()
{
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    ResultChunk chunk(0);
    chunk.appendEmptyRow();
    chunk.appendEmptyRow();
    ResultFormatter f(ExportFormat(format), {});
    QByteArray out;
    f.begin(&out);
    f.append(chunk, &out);
    f.end(&out);
    QCOMPARE(out, expected);
}

void TestResultFormatter::chunkBoundariesDoNotShowInOutput_data()
{
    QTest::addColumn<int>("format");
    QTest::addRow("csv") << int(ExportFormat::Csv);
    QTest::addRow("tsv") << int(ExportFormat::Tsv);
    QTest::addRow("json") << int(ExportFormat::Json);
    QTest::addRow("sql") << int(ExportFormat::SqlInsert);
}

void TestResultFormatter::chunkBoundariesDoNotShowInOutput()
{
    QFETCH(int, format);
    const ResultColumns columns{column("n", TypeOid::Int4), column("t")};
    QList<QList<QByteArray>> rows;
    for (int i = 0; i < 10; ++i)
        rows << QList<QByteArray>{QByteArray::number(i), i % 3 ? QByteArray("x\"\n,") : Null};
    const QByteArray whole = ::format(ExportFormat(format), columns, rows);

    // The same rows as three chunks, the middle one appended in two ranges, plus ranges
    // that run past the end or are empty.
    ResultFormatter f(ExportFormat(format), columns);
    QByteArray out;
    f.begin(&out);
    f.append(chunkOf(2, rows.mid(0, 3)), &out);
    const ResultChunk middle = chunkOf(2, rows.mid(3, 4));
    f.append(middle, 0, 1, &out);
    f.append(middle, 1, 0, &out);
    f.append(middle, 1, 100, &out);
    f.append(chunkOf(2, rows.mid(7)), &out);
    f.end(&out);
    QCOMPARE(out, whole);
    QCOMPARE(f.rowsWritten(), qint64(10));
}

void TestResultFormatter::appendsAfterExistingText()
{
    ResultFormatter f(ExportFormat::Csv, {column("a")});
    QByteArray out = "previous text|";
    f.begin(&out);
    f.append(chunkOf(1, {{"x"}}), &out);
    f.end(&out);
    QCOMPARE(out, QByteArray("previous text|a\nx\n"));
}

void TestResultFormatter::tenMegabyteValue_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("escapedUnit"); // how each "a\"\n" of the value is written
    QTest::addColumn<QByteArray>("tail");
    QTest::addRow("csv") << int(ExportFormat::Csv) << QByteArray("v\n\"") << QByteArray("a\"\"\n")
                         << QByteArray("\"\n");
    QTest::addRow("tsv") << int(ExportFormat::Tsv) << QByteArray("v\n") << QByteArray("a\"\\n")
                         << QByteArray("\n");
    QTest::addRow("json") << int(ExportFormat::Json) << QByteArray("[\n{\"v\":\"") << QByteArray("a\\\"\\n")
                          << QByteArray("\"}\n]\n");
    QTest::addRow("sql") << int(ExportFormat::SqlInsert) << QByteArray("INSERT INTO result (v) VALUES ('")
                         << QByteArray("a\"\n") << QByteArray("');\n");
}

void TestResultFormatter::tenMegabyteValue()
{
    QFETCH(int, format);
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, escapedUnit);
    QFETCH(QByteArray, tail);
    const int units = 10 * 1024 * 1024 / 3;
    const QByteArray value = QByteArray("a\"\n").repeated(units);
    const QByteArray out = ::format(ExportFormat(format), {column("v")}, {{value}});
    QCOMPARE(out.size(), head.size() + escapedUnit.size() * units + tail.size());
    QVERIFY(out.startsWith(head + escapedUnit));
    QVERIFY(out.endsWith(escapedUnit + tail));
    QCOMPARE(out.count(escapedUnit), units);
}

// The CLI formats into one buffer that it empties after each write: the buffer must not keep
// growing with the number of rows.
void TestResultFormatter::reusedBufferStaysSmall()
{
    const ResultColumns columns{column("n", TypeOid::Int4), column("t")};
    QList<QList<QByteArray>> rows;
    for (int i = 0; i < 1000; ++i)
        rows << QList<QByteArray>{QByteArray::number(i), QByteArray("some text, quoted")};
    const ResultChunk chunk = chunkOf(2, rows);
    ResultFormatter f(ExportFormat::Csv, columns);
    QByteArray out;
    f.begin(&out);
    qsizetype largest = 0;
    qsizetype total = 0;
    for (int i = 0; i < 500; ++i) {
        f.append(chunk, &out);
        largest = qMax(largest, out.size());
        total += out.size();
        out.resize(0);
    }
    QVERIFY(total > 10 * 1000 * 1000);
    QVERIFY2(out.capacity() <= 4 * largest, qPrintable(QString("capacity %1 for %2 bytes").arg(out.capacity()).arg(largest)));
}

void TestResultFormatter::fileSuffix()
{
    QCOMPARE(ResultFormatter::fileSuffix(ExportFormat::Csv), QString("csv"));
    QCOMPARE(ResultFormatter::fileSuffix(ExportFormat::Tsv), QString("tsv"));
    QCOMPARE(ResultFormatter::fileSuffix(ExportFormat::Json), QString("json"));
    QCOMPARE(ResultFormatter::fileSuffix(ExportFormat::SqlInsert), QString("sql"));
}

QTEST_GUILESS_MAIN(TestResultFormatter)
#include "tst_resultformatter.moc"
