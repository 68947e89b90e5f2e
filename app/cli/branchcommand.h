#pragma once

#include "fabriccommand.h"
#include "fabrictypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Pixetric::Cli {

// "pixetric branch list|create|delete|reset|rename|protect|unprotect|set-default|start|suspend|
// auto-suspend|status|connstr": the branches of the local fabric, one LocalFabricEngine action
// per call. Refusals that need a flag or another command first (a protected branch, children,
// a running compute) are explained in the command line's own terms before the engine is asked.
//
// Thread affinity: the main thread; every call blocks while server programs run.
class BranchCommand
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Cli::BranchCommand)

public:
    // The whole command for the arguments after "branch"; returns the process exit code.
    static int run(const QStringList &args);
    static QString help();
    // Lines for "pixetric --help".
    static QString summary();

    // Every field of the branch, in snake_case; times in ISO 8601 UTC, states as their words,
    // absent values as null.
    static QJsonObject toJson(const BranchInfo &branch);
    // The tree as a table for people: names indented with tree glyphs below their parent.
    static QString table(const QList<BranchInfo> &branches);

private:
    struct Context
    {
        LocalFabricEngine &engine;
        const FabricCommand::Arguments &arguments;
    };
    using Action = int (*)(Context &);
    struct Subcommand
    {
        QString name;
        QString synopsis;    // after "pixetric branch "
        QString summary;     // one line, for the lists of commands
        QString description; // for its --help
        QStringList flags;
        QStringList valueOptions;
        int minPositional = 0;
        int maxPositional = 0;
        Action action = nullptr;
    };
    static QList<Subcommand> subcommands();
    static QString usage(const Subcommand &subcommand);
    // Why the arguments cannot work whatever the fabric holds (a usage error), or an empty string.
    static QString checkArguments(const Subcommand &subcommand, const FabricCommand::Arguments &arguments);

    static int list(Context &context);
    static int create(Context &context);
    static int remove(Context &context);
    static int reset(Context &context);
    static int rename(Context &context);
    static int protect(Context &context);
    static int unprotect(Context &context);
    static int setDefault(Context &context);
    static int start(Context &context);
    static int suspend(Context &context);
    static int autoSuspend(Context &context);
    static int status(Context &context);
    static int connstr(Context &context);
};

} // namespace Pixetric::Cli
