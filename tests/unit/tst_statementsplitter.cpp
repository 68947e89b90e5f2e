#include "statementsplitter.h"

#include <QTest>

using namespace Pixetric;

class TestStatementSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void offsetsPointIntoOriginal();
    void syntaxErrorFallsBackToScanner();
    void statementAt();
    void serverPositionToUtf16_data();
    void serverPositionToUtf16();
    void utf8Conversions();
};

void TestStatementSplitter::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::addRow("two simple") << "select 1; select 2;" << QStringList{"select 1", "select 2"};
    QTest::addRow("no trailing semicolon") << "select 1;\nselect 2" << QStringList{"select 1", "select 2"};
    QTest::addRow("empty statements dropped") << ";;select 1;;\n;" << QStringList{"select 1"};
    QTest::addRow("only a comment") << "-- nothing here\n/* nor here */" << QStringList{};
    QTest::addRow("semicolon in string") << "select 'a;b'; select 2" << QStringList{"select 'a;b'", "select 2"};
    QTest::addRow("escape string") << "select E'it\\'s; fine'; select 2"
                                   << QStringList{"select E'it\\'s; fine'", "select 2"};
    QTest::addRow("doubled quote") << "select 'it''s;'; select 2" << QStringList{"select 'it''s;'", "select 2"};
    QTest::addRow("quoted identifier") << "select 1 as \"a;b\"; select 2"
                                       << QStringList{"select 1 as \"a;b\"", "select 2"};
    QTest::addRow("dollar-quoted body")
        << "create function f() returns int language plpgsql as $$ begin return 1; end $$; select f()"
        << QStringList{"create function f() returns int language plpgsql as $$ begin return 1; end $$",
                       "select f()"};
    QTest::addRow("tagged dollar quote with inner $$")
        << "do $body$ begin raise notice '$$;'; end $body$; select 1"
        << QStringList{"do $body$ begin raise notice '$$;'; end $body$", "select 1"};
    QTest::addRow("line comment with semicolon") << "select 1 -- x; y\n; select 2"
                                                 << QStringList{"select 1 -- x; y", "select 2"};
    QTest::addRow("leading comment trimmed") << "-- first\nselect 1; /* second; */ select 2"
                                             << QStringList{"select 1", "select 2"};
    QTest::addRow("nested block comment") << "select /* a /* b; */ c; */ 1; select 2"
                                          << QStringList{"select /* a /* b; */ c; */ 1", "select 2"};
    QTest::addRow("begin atomic body")
        << "create function g(a int) returns int language sql begin atomic select a + 1; select a + 2; end; select g(1)"
        << QStringList{"create function g(a int) returns int language sql begin atomic select a + 1; select a + 2; end",
                       "select g(1)"};
    QTest::addRow("begin atomic with case")
        << "create procedure p() language sql begin atomic select case when true then 1 else 2 end; end; select 3"
        << QStringList{"create procedure p() language sql begin atomic select case when true then 1 else 2 end; end",
                       "select 3"};
    QTest::addRow("transaction begin is not atomic") << "begin; select 1; commit;"
                                                     << QStringList{"begin", "select 1", "commit"};
    QTest::addRow("non-latin identifiers") << "select 1 as \"名前\"; select 'ü;ß'"
                                           << QStringList{"select 1 as \"名前\"", "select 'ü;ß'"};
    QTest::addRow("emoji outside the BMP") << "select '😀;'; select 2" << QStringList{"select '😀;'", "select 2"};
    QTest::addRow("rule with several actions, syntax error elsewhere")
        << "create rule r as on insert to t do also (insert into a values (1); insert into b values (2)); selec 1; select 2"
        << QStringList{"create rule r as on insert to t do also (insert into a values (1); insert into b values (2))",
                       "selec 1", "select 2"};
    QTest::addRow("begin atomic, syntax error elsewhere")
        << "create function g() returns int language sql begin atomic select 1; end; selec 2; select 3"
        << QStringList{"create function g() returns int language sql begin atomic select 1; end", "selec 2",
                       "select 3"};
}

void TestStatementSplitter::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    const SplitResult result = StatementSplitter::split(sql);
    QStringList texts;
    for (const SqlStatement &s : result.statements)
        texts << s.text;
    QCOMPARE(texts, statements);
}

void TestStatementSplitter::offsetsPointIntoOriginal()
{
    const QString sql = QStringLiteral("select 'ä';\n\n  select '😀' as \"ß\" ;  select 3");
    const SplitResult result = StatementSplitter::split(sql);
    QVERIFY(result.parsed);
    QCOMPARE(result.statements.size(), 3);
    const QByteArray utf8 = sql.toUtf8();
    for (const SqlStatement &s : result.statements) {
        QCOMPARE(sql.mid(s.begin, s.end - s.begin), s.text);
        QCOMPARE(QString::fromUtf8(utf8.mid(s.byteBegin, s.byteEnd - s.byteBegin)), s.text);
    }
    QCOMPARE(result.statements.at(1).begin, sql.indexOf(QStringLiteral("select '😀'")));
}

void TestStatementSplitter::syntaxErrorFallsBackToScanner()
{
    const QString sql = QStringLiteral("select 1;\nselect * frm t;\nselect 3");
    const SplitResult result = StatementSplitter::split(sql);
    QVERIFY(!result.parsed);
    QVERIFY(result.syntaxError.contains(QStringLiteral("syntax error")));
    QCOMPARE(result.syntaxErrorOffset, sql.indexOf(QStringLiteral("frm")));
    QCOMPARE(result.statements.size(), 3);
    QCOMPARE(result.statements.at(1).text, QStringLiteral("select * frm t"));

    const SplitResult unterminated = StatementSplitter::split(QStringLiteral("select 'open"));
    QVERIFY(!unterminated.parsed);
    QCOMPARE(unterminated.statements.size(), 1);
}

void TestStatementSplitter::statementAt()
{
    const QString sql = QStringLiteral("select 1;   select 2;\n\nselect 3");
    const auto statements = StatementSplitter::split(sql).statements;
    QCOMPARE(StatementSplitter::statementAt(statements, 0), 0);
    QCOMPARE(StatementSplitter::statementAt(statements, 8), 0);  // on the ';'
    QCOMPARE(StatementSplitter::statementAt(statements, 10), 0); // between statements
    QCOMPARE(StatementSplitter::statementAt(statements, 12), 1);
    QCOMPARE(StatementSplitter::statementAt(statements, int(sql.size())), 2);
    QCOMPARE(StatementSplitter::statementAt({}, 3), -1);
}

void TestStatementSplitter::serverPositionToUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("serverPosition");
    QTest::addColumn<int>("utf16");
    QTest::addRow("ascii first") << "select x" << 1 << 0;
    QTest::addRow("ascii") << "select x" << 8 << 7;
    QTest::addRow("after two-byte letters") << "select 'öö', x" << 14 << 13;
    QTest::addRow("after a surrogate pair") << "select '😀', x" << 13 << 13;
    QTest::addRow("past the end clamps") << "abc" << 99 << 3;
}

void TestStatementSplitter::serverPositionToUtf16()
{
    QFETCH(QString, text);
    QFETCH(int, serverPosition);
    QFETCH(int, utf16);
    QCOMPARE(SqlText::utf16FromServerPosition(text, serverPosition), utf16);
}

void TestStatementSplitter::utf8Conversions()
{
    const QString text = QStringLiteral("aé😀b");
    QCOMPARE(SqlText::utf8FromUtf16(text, 0), 0);
    QCOMPARE(SqlText::utf8FromUtf16(text, 2), 3);
    QCOMPARE(SqlText::utf8FromUtf16(text, 4), 7);
    QCOMPARE(SqlText::utf16FromUtf8(text.toUtf8(), 7), 4);
    QCOMPARE(SqlText::utf16FromUtf8(text.toUtf8(), 5), 2); // inside the emoji: rounds down
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
