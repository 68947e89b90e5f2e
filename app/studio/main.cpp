#include "localfabric.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#include <memory>

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
    QCommandLineOption fabricOption(QStringLiteral("fabric"),
                                    QApplication::translate("main", "Use the local fabric in this folder (default: $PIXETRIC_FABRIC, else the application's data folder). An empty folder gets a branch “main”."),
                                    QStringLiteral("folder"));
    QCommandLineOption noFabricOption(QStringLiteral("no-fabric"),
                                      QApplication::translate("main", "Open no fabric: no branch tree, the SQL workbench only."));
    QCommandLineOption compareOption(QStringLiteral("compare"),
                                     QApplication::translate("main", "Open a schema diff of FROM and TO (branch names or postgresql:// URIs) and compare them."));
    parser.addOption(connectOption);
    parser.addOption(quitOption);
    parser.addOption(fabricOption);
    parser.addOption(noFabricOption);
    parser.addOption(compareOption);
    parser.addPositionalArgument(QStringLiteral("FROM TO"),
                                 QApplication::translate("main", "With --compare: the two sides of the schema diff."),
                                 QStringLiteral("[FROM TO]"));
    parser.process(app);
    const QStringList sides = parser.positionalArguments();
    if (parser.isSet(compareOption) != !sides.isEmpty() || (!sides.isEmpty() && sides.size() != 2)) {
        fputs(qPrintable(QApplication::translate("main", "pixetric-studio: --compare takes two arguments, FROM and TO, and they "
                                                         "go with --compare only.\n")),
              stderr);
        return 2;
    }

    // Made before the window and destroyed after it. It opens (and on first use fills) its
    // folder on a thread of its own, so the window shows at once.
    std::unique_ptr<Pixetric::LocalFabric> fabric;
    if (!parser.isSet(noFabricOption)) {
        const QString folder = parser.value(fabricOption);
        fabric = std::make_unique<Pixetric::LocalFabric>(Pixetric::LocalFabric::Options{
            .directory = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath(),
            // A run that quits at once (start-up measurements) makes no branch.
            .initializeIfEmpty = !parser.isSet(quitOption),
        });
    }

    Pixetric::MainWindow window;
    window.setFabric(fabric.get());
    window.show();
    if (parser.isSet(connectOption))
        window.openConnectionString(parser.value(connectOption));
    if (parser.isSet(compareOption))
        window.openSchemaDiff(sides.at(0), sides.at(1), true);
    if (parser.isSet(quitOption))
        QMetaObject::invokeMethod(&app, &QApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
