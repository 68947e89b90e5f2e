#pragma once

#include "fabriccommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Pixetric::Cli {

// "pixetric migrate SUBCOMMAND --dir DIR …": a folder of migrations against a branch of the
// fabric (or a postgresql:// URI). Reports go to standard output (--json for programs),
// messages to standard error.
//
// Thread affinity: the main thread; it blocks while statements run.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Cli::MigrateCommand)

public:
    static int run(const QStringList &args);
    static QString summary();
    static QString usage();

private:
    // --lock-timeout and --statement-timeout into the two fields; -1 when both are fine (or
    // absent), else the exit status of the usage error printed.
    static int readTimeouts(const FabricCommand::Arguments &arguments, const QString &subcommand, int *lockTimeoutMs,
                            int *statementTimeoutMs);
    static int status(const QStringList &args);
    static int lint(const QStringList &args);
    static int rehearse(const QStringList &args);
    static int discard(const QStringList &args);
    static int promote(const QStringList &args);
    static int undo(const QStringList &args);
};

} // namespace Pixetric::Cli
