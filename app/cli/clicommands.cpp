#include "clicommands.h"

#include "branchcommand.h"
#include "diffcommand.h"
#include "fabriccommand.h"
#include "migratecommand.h"
#include "querycommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace Pixetric::Cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli",
               "Usage: pixetric [--version] [--help] COMMAND [ARGS]\n"
               "\n"
               "Commands:\n")
           + QueryCommand::summary() + FabricCommand::summary() + BranchCommand::summary() + DiffCommand::summary()
           + MigrateCommand::summary()
           + QCoreApplication::translate("Cli", "\n\"pixetric COMMAND --help\" describes a command.\n");
}

} // namespace

void installTranslators()
{
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("pixetric"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString command = args.first();
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        out << QStringLiteral("pixetric %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("query"))
        return QueryCommand::run(args.mid(1));
    if (command == QLatin1String("fabric"))
        return FabricCommand::run(args.mid(1));
    if (command == QLatin1String("branch"))
        return BranchCommand::run(args.mid(1));
    if (command == QLatin1String("diff"))
        return DiffCommand::run(args.mid(1));
    if (command == QLatin1String("migrate"))
        return MigrateCommand::run(args.mid(1));
    err << QCoreApplication::translate("Cli", "pixetric: unknown command '%1'\n").arg(command) << usage();
    return UsageError;
}

} // namespace Pixetric::Cli
