#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Pixetric::Cli {

// "pixetric diff FROM TO": compares the schemas of two databases (branches of the local fabric
// or postgresql:// URIs) and prints the migration that turns FROM into TO (SQL), or the list of
// changes (JSON). Standard output holds only that; messages go to standard error.
//
// Thread affinity: the main thread; both schemas are read at once on worker threads.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Cli::DiffCommand)

public:
    static int run(const QStringList &args);
    static QString summary();
    static QString usage();
};

} // namespace Pixetric::Cli
