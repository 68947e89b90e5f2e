#pragma once

#include "localfabricengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Pixetric::Cli {

// "pixetric fabric init|status|supervise": the local fabric as a whole, plus what the fabric
// and branch commands share (option parsing, opening the fabric, progress on standard error,
// starting the supervisor).
//
// The fabric folder comes from --fabric DIR, else $PIXETRIC_FABRIC, else the platform's
// default (LocalFabricEngine::resolveDirectory).
//
// Thread affinity: the main thread. Every call blocks while server programs run, which is what
// a command line wants; there is no event loop.
class FabricCommand
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Cli::FabricCommand)

public:
    // The whole command for the arguments after "fabric"; returns the process exit code.
    static int run(const QStringList &args);
    static QString help();
    // Lines for "pixetric --help" (supervise is for the program itself and not listed).
    static QString summary();

    // Options and positional arguments of one subcommand.
    struct Arguments
    {
        QStringList positional;
        QHash<QString, QString> options; // "--parent" → "main"; flags map to an empty string
        QHash<QString, QStringList> repeated; // every value of an option given more than once

        bool has(const QString &option) const { return options.contains(option); }
        QString value(const QString &option) const { return options.value(option); }
        QStringList values(const QString &option) const { return repeated.value(option); }
    };

    // What a subcommand accepts besides --fabric DIR and --help, which every one takes.
    struct Syntax
    {
        QString command;            // "pixetric branch create", for messages
        QStringList flags;          // "--json", …
        QStringList valueOptions;   // "--parent", … (given as "--parent P" or "--parent=P")
        int minPositional = 0;
        int maxPositional = 0;
        QString usage;              // printed after a usage error and for --help
    };

    // Parses args against syntax. Returns an exit code when the command ends here (--help
    // printed, or a usage error printed to standard error), or -1 to go on with *out filled in.
    static int parseArguments(const QStringList &args, const Syntax &syntax, Arguments *out);

    // Prints "pixetric: message" to standard error; returns Failure.
    static int fail(const QString &message);
    // Prints message and the usage text to standard error; returns UsageError.
    static int usageError(const QString &message, const QString &usage);
    static void printOut(const QString &text);
    static void printErr(const QString &text);
    static bool isTerminal(FILE *stream);
    // Asks question on standard error and reads the answer from standard input: true for yes.
    static bool confirm(const QString &question);

    // The absolute fabric folder for a --fabric value (empty when not given).
    static QString fabricDirectory(const QString &explicitDirectory);
    // Opens an initialized fabric; an empty string on success, else what to do (also when
    // there is no fabric in the folder yet: nothing is created then).
    static QString openInitialized(LocalFabricEngine *engine, const QString &directory);

    // Connection parameters for a database named on the command line: a postgresql:// URI or
    // key=value string as it is, else a branch of the fabric (engine, opened on first use from
    // fabricOption), whose compute is started when suspended. An empty string on success, else
    // what to do.
    static QString resolveDatabase(const QString &what, const QString &fabricOption, const QString &applicationName,
                                   std::unique_ptr<LocalFabricEngine> *engine, ConnectionParams *params);
    static bool looksLikeConnectionString(const QString &text);

    // Shows an action's progress on standard error: one line rewritten in place ("\r 42% cloning
    // files") on a terminal, else a line per step (and per tenth of the way).
    class ProgressLine
    {
    public:
        ProgressLine();
        ~ProgressLine();
        ProgressLine(const ProgressLine &) = delete;
        ProgressLine &operator=(const ProgressLine &) = delete;

        LocalFabricEngine::Progress callback();
        // Ends the rewritten line, if one was shown.
        void finish();

    private:
        struct State;
        std::shared_ptr<State> m_state;
    };

    // Starts "pixetric fabric supervise" detached (it suspends idle computes and ends when none
    // runs) when a compute of the fabric runs, unless $PIXETRIC_NO_SUPERVISOR is set.
    static void startSupervisorIfNeeded(const LocalFabricEngine &engine);

private:
    static int init(const QStringList &args);
    static int status(const QStringList &args);
    static int supervise(const QStringList &args);
};

} // namespace Pixetric::Cli
