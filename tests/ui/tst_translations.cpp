#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Pixetric;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;      // disambiguation, passed to translate()
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;    // the translation, or its numerus forms
};

// The .ts is read from the source tree: it is the file translators edit, and every message in
// it must be translated. It sits two folders above this file (tests/ui/ -> translations/).
QString tsPath()
{
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../../translations/pixetric_de.ts"));
}

// The .qm is embedded in pixetric-studio and pixetric, not in pixetric_ui, so it is read from
// the build tree, where CMake says lrelease put it (PIXETRIC_DE_QM).
QString qmDirectory()
{
    return QFileInfo(QStringLiteral(PIXETRIC_DE_QM)).absolutePath();
}

bool readTs(const QString &path, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms << xml.readElementText();
            }
            messages->append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

// "%1", "%L2", "%10": the positional arguments of QString::arg(), sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<[^<>]+>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags << it.next().captured(0);
    return tags;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void knownTexts_data();
    void knownTexts();
    void germanPlurals_data();
    void germanPlurals();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void placeholdersKept_data();
    void placeholdersKept();
    void menusHaveDistinctAccelerators();

private:
    void addMessageRows();

    std::unique_ptr<QTranslator> m_translator;
    QList<TsMessage> m_messages;
};

void TestTranslations::initTestCase()
{
    const QString qmDir = qmDirectory();
    const QString qm = QDir(qmDir).filePath(QStringLiteral("pixetric_de.qm"));
    QVERIFY2(QFileInfo::exists(qm),
             qPrintable(QStringLiteral("%1 does not exist. Build the target pixetric-studio first: "
                                       "its build compiles translations/*.ts.")
                            .arg(QDir::cleanPath(qm))));

    // Exactly as app/studio/main.cpp loads it, with the German locale instead of the system's.
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QLocale(QLocale::German), QStringLiteral("pixetric"), QStringLiteral("_"), qmDir),
             qPrintable(QStringLiteral("QTranslator cannot load the German translation from %1").arg(qmDir)));
    QVERIFY(!m_translator->isEmpty());
    QCOMPARE(m_translator->language(), QStringLiteral("de_DE"));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));

    QString error;
    QVERIFY2(readTs(tsPath(), &m_messages, &error), qPrintable(error));
    QVERIFY2(!m_messages.isEmpty(), qPrintable(QStringLiteral("%1 holds no messages").arg(tsPath())));
}

void TestTranslations::cleanupTestCase()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void TestTranslations::knownTexts_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");

    QTest::addRow("File menu") << "Pixetric::MainWindow" << "&File";
    QTest::addRow("Query menu") << "Pixetric::MainWindow" << "&Query";
    QTest::addRow("View menu") << "Pixetric::MainWindow" << "&View";
    QTest::addRow("Help menu") << "Pixetric::MainWindow" << "&Help";
    QTest::addRow("new connection") << "Pixetric::MainWindow" << "&New Connection…";
    QTest::addRow("transaction state") << "Pixetric::MainWindow" << "Transaction open — Commit or Rollback";
    QTest::addRow("editor tab reconnect hint") << "Pixetric::EditorTab" << "Use Query ▸ Reconnect, then run again.";
    QTest::addRow("connection dialog title") << "Pixetric::ConnectionDialog" << "Connect to PostgreSQL";
    QTest::addRow("libpq hint") << "PgConnection" << "Check the user name and password.";
    QTest::addRow("result export") << "Pixetric::ResultView" << "Export…";
    QTest::addRow("plan column") << "Pixetric::PlanModel" << "Rows (actual / est.)";
    QTest::addRow("CLI usage error") << "Pixetric::Cli::QueryCommand"
                                     << "pixetric query: give a connection string and the SQL to run.";
    QTest::addRow("CLI usage") << "Cli" << "Usage: pixetric [--version] [--help] COMMAND [ARGS]\n\nCommands:\n";
    QTest::addRow("command-line option") << "main" << "Desktop console for branchable PostgreSQL";
}

void TestTranslations::knownTexts()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    const QString translated = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData());
    QVERIFY2(!translated.isEmpty(), qPrintable(QStringLiteral("empty translation")));
    QVERIFY2(translated != source, qPrintable(QStringLiteral("still English: \"%1\"").arg(translated)));
}

void TestTranslations::germanPlurals_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");

    QTest::addRow("rows") << "Pixetric::MessagesPane" << "%n row(s)";
    QTest::addRow("rows affected") << "Pixetric::MessagesPane" << "%n row(s) affected";
    QTest::addRow("bad estimates") << "Pixetric::PlanView" << "%n bad row estimate(s)";
}

void TestTranslations::germanPlurals()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    const QByteArray ctx = context.toUtf8();
    const QByteArray src = source.toUtf8();
    const QString one = QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 1);
    const QString two = QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 2);
    const QString many = QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 1000);
    QVERIFY2(one.startsWith(QStringLiteral("1 ")), qPrintable(one));
    QVERIFY2(two.startsWith(QStringLiteral("2 ")), qPrintable(two));
    QVERIFY2(!one.contains(QStringLiteral("(s)")) && !two.contains(QStringLiteral("(s)")),
             qPrintable(one + QStringLiteral(" / ") + two));
    // German has one singular and one plural form.
    QVERIFY2(one.mid(1) != two.mid(1), qPrintable(QStringLiteral("singular and plural are the same: %1").arg(one)));
    QCOMPARE(many.mid(4), two.mid(1));
}

void TestTranslations::addMessageRows()
{
    QTest::addColumn<int>("index");
    QHash<QString, int> seen;
    for (int i = 0; i < m_messages.size(); ++i) {
        const TsMessage &m = m_messages.at(i);
        QString text = m.source.simplified();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        QString tag = m.context + QStringLiteral(": ") + text;
        if (const int n = seen[tag]++; n > 0)
            tag += QStringLiteral(" #%1").arg(n + 1);
        QTest::addRow("%s", qPrintable(tag)) << i;
    }
}

void TestTranslations::everyMessageTranslated_data()
{
    addMessageRows();
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(int, index);
    const TsMessage &m = m_messages.at(index);
    QVERIFY2(!m.unfinished, "the translation is marked unfinished (or obsolete) in translations/pixetric_de.ts");
    QVERIFY2(!m.forms.isEmpty(), "no translation");
    if (m.numerus)
        QVERIFY2(m.forms.size() == 2,
                 qPrintable(QStringLiteral("German needs 2 numerus forms, the .ts has %1").arg(m.forms.size())));
    for (const QString &form : m.forms)
        QVERIFY2(!form.trimmed().isEmpty(), "empty translation");

    // The compiled .qm must carry the same text, or the build tree is stale.
    const QByteArray ctx = m.context.toUtf8();
    const QByteArray src = m.source.toUtf8();
    const QByteArray comment = m.comment.toUtf8();
    const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
    const QString expected =
        m.numerus ? QString(m.forms.first()).replace(QStringLiteral("%n"), QStringLiteral("1")) : m.forms.first();
    const QString actual = QCoreApplication::translate(ctx.constData(), src.constData(), disambiguation, m.numerus ? 1 : -1);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("pixetric_de.qm gives \"%1\", the .ts says \"%2\"; rebuild pixetric-studio")
                            .arg(actual, expected)));
}

void TestTranslations::placeholdersKept_data()
{
    addMessageRows();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(int, index);
    const TsMessage &m = m_messages.at(index);
    const QStringList sourceArgs = placeholders(m.source);
    for (const QString &form : m.forms) {
        const QString shown = QStringLiteral("\"%1\" -> \"%2\"").arg(m.source, form);
        QVERIFY2(placeholders(form) == sourceArgs,
                 qPrintable(QStringLiteral("placeholders differ (%1 vs %2): %3")
                                .arg(sourceArgs.join(QLatin1Char(' ')), placeholders(form).join(QLatin1Char(' ')), shown)));
        if (m.source.contains(QStringLiteral("%n")))
            QVERIFY2(form.contains(QStringLiteral("%n")), qPrintable(QStringLiteral("%n is missing: ") + shown));
        QVERIFY2(accelerators(form) == accelerators(m.source),
                 qPrintable(QStringLiteral("keyboard accelerators (&) differ: ") + shown));
        QVERIFY2(htmlTags(form) == htmlTags(m.source), qPrintable(QStringLiteral("HTML tags differ: ") + shown));
        // Line structure of command-line output and the ellipsis of actions that ask for more.
        for (const QChar c : {QChar(u'\n'), QChar(0x2026)}) {
            QVERIFY2(m.source.endsWith(c) == form.endsWith(c),
                     qPrintable(QStringLiteral("the ending differs: ") + shown));
        }
        QVERIFY2(m.source.startsWith(QLatin1Char('\n')) == form.startsWith(QLatin1Char('\n'))
                     && m.source.startsWith(QLatin1Char(' ')) == form.startsWith(QLatin1Char(' ')),
                 qPrintable(QStringLiteral("the beginning differs: ") + shown));
    }
}

// The German menus as built by the main window: within the menu bar and within each menu,
// no two entries may share an Alt+letter.
void TestTranslations::menusHaveDistinctAccelerators()
{
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());

    // Empty when no two entries share an Alt+letter, else which ones do.
    auto clash = [](const QString &where, const QList<QAction *> &actions) {
        QHash<QKeySequence, QString> taken;
        for (QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (mnemonic.isEmpty())
                continue;
            if (taken.contains(mnemonic)) {
                return QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                    .arg(where, taken.value(mnemonic), action->text(), mnemonic.toString(QKeySequence::NativeText));
            }
            taken.insert(mnemonic, action->text());
        }
        return QString();
    };

    const QString menuBarClash = clash(QStringLiteral("menu bar"), menus);
    QVERIFY2(menuBarClash.isEmpty(), qPrintable(menuBarClash));
    const QStringList english{QStringLiteral("&File"), QStringLiteral("&Query"), QStringLiteral("&View"),
                              QStringLiteral("&Help")};
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY2(!english.contains(menuAction->text()), qPrintable(QStringLiteral("menu still English: ") + menuAction->text()));
        QVERIFY2(!QKeySequence::mnemonic(menuAction->text()).isEmpty(),
                 qPrintable(QStringLiteral("menu without accelerator: ") + menuAction->text()));
        const QString menuClash = clash(menuAction->text(), menu->actions());
        QVERIFY2(menuClash.isEmpty(), qPrintable(menuClash));
    }
}

int main(int argc, char *argv[])
{
    // The main window reads and writes settings, the query history and scratch files: give the
    // test a home of its own so it neither sees nor disturbs anyone else's.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(variable);

    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
