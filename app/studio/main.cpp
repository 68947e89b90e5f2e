#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("pixetric"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pixetric Studio"));
    QApplication::setOrganizationName(QStringLiteral("Pixetric"));
    QApplication::setApplicationVersion(QStringLiteral(PIXETRIC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.pixetric.Studio"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for branchable PostgreSQL"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption connectOption(QStringList{QStringLiteral("c"), QStringLiteral("connect")},
                                     QApplication::translate("main", "Open an SQL tab on this connection (URI or key=value)."),
                                     QStringLiteral("conninfo"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-show"),
                                  QApplication::translate("main", "Quit as soon as the main window is shown (start-up measurements)."));
    parser.addOption(connectOption);
    parser.addOption(quitOption);
    parser.process(app);

    Pixetric::MainWindow window;
    window.show();
    if (parser.isSet(connectOption))
        window.openConnectionString(parser.value(connectOption));
    if (parser.isSet(quitOption))
        QMetaObject::invokeMethod(&app, &QApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
