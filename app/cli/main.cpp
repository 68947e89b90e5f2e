#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pixetric"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pixetric"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIXETRIC_VERSION));
    Pixetric::Cli::installTranslators();
    return Pixetric::Cli::run(QCoreApplication::arguments());
}
