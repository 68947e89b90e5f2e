#include "fabriccommand.h"

#include "clicommands.h"
#include "fabricregistry.h"
#include "pgbinaries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QThread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Pixetric::Cli {

namespace {

constexpr int DefaultSupervisorIntervalMs = 10000;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool registryExists(const QString &directory)
{
    return QFileInfo::exists(QDir(directory).filePath(FabricRegistry::fileName()));
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

// Options and usage ------------------------------------------------------------------------------

QString FabricCommand::summary()
{
    return tr("  fabric init [--sample | --import CONNINFO]   create the local fabric with its branch main\n"
              "  fabric status [--json]                       the fabric's folder, PostgreSQL version and computes\n");
}

QString FabricCommand::help()
{
    return tr("Usage: pixetric fabric COMMAND [--fabric DIR] [OPTIONS]\n"
              "\n"
              "The local fabric: a folder on this computer with one PostgreSQL cluster per branch, run\n"
              "with the PostgreSQL server programs installed here. Branch commands: pixetric branch --help.\n"
              "\n"
              "Commands:\n"
              "  init [--sample | --import CONNINFO [--jobs N]]\n"
              "                  create the root branch main: an empty database \"app\", the sample shop\n"
              "                  database (--sample), or a copy of an existing database (--import, with\n"
              "                  N parallel pg_dump/pg_restore jobs, default 2)\n"
              "  status [--json] the folder, the PostgreSQL version it runs, the number of branches and\n"
              "                  the running computes\n"
              "\n"
              "Options:\n"
              "  --fabric DIR    the fabric's folder; without it $PIXETRIC_FABRIC, else\n"
              "                  %1\n"
              "  --json          JSON instead of text\n"
              "\n"
              "Exit status: 0 on success, 1 when the action failed, 2 for a usage error.\n")
        .arg(nativePath(LocalFabricEngine::defaultDirectory()));
}

int FabricCommand::parseArguments(const QStringList &args, const Syntax &syntax, Arguments *out)
{
    const QString fabricOption = QStringLiteral("--fabric");
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg.size() < 2 || !arg.startsWith(QLatin1Char('-'))) {
            out->positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printOut(syntax.usage);
            return Success;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? arg : arg.left(equals);
        if (name == fabricOption || syntax.valueOptions.contains(name)) {
            QString value;
            if (equals >= 0)
                value = arg.mid(equals + 1);
            else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--")))
                value = args.at(++i); // "--parent --json" is a forgotten value, not a branch
            if (value.isEmpty())
                return usageError(tr("%1: %2 needs a value.").arg(syntax.command, name), syntax.usage);
            out->options.insert(name, value);
            out->repeated[name] << value;
        } else if (syntax.flags.contains(arg)) {
            out->options.insert(arg, QString());
        } else {
            return usageError(tr("%1: unknown option '%2'.").arg(syntax.command, arg), syntax.usage);
        }
    }
    if (out->positional.size() < syntax.minPositional)
        return usageError(tr("%1: arguments are missing.").arg(syntax.command), syntax.usage);
    if (out->positional.size() > syntax.maxPositional) {
        return usageError(tr("%1: too many arguments ('%2' and after).")
                              .arg(syntax.command, out->positional.at(syntax.maxPositional)),
                          syntax.usage);
    }
    return -1;
}

void FabricCommand::printOut(const QString &text)
{
    writeTo(stdout, text);
}

void FabricCommand::printErr(const QString &text)
{
    writeTo(stderr, text);
}

bool FabricCommand::isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

bool FabricCommand::confirm(const QString &question)
{
    //: The letters of the answers, yes first, as the question shows them.
    const QString answers = tr("y/N");
    printErr(question + QStringLiteral(" [") + answers + QStringLiteral("] "));
    char line[256] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed();
    if (answer.isEmpty())
        return false;
    // English "y" is always understood, whatever the language.
    return answer.startsWith(answers.left(1), Qt::CaseInsensitive) || answer.startsWith(QLatin1Char('y'), Qt::CaseInsensitive);
}

int FabricCommand::fail(const QString &message)
{
    QString text = QStringLiteral("pixetric: ") + message;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    printErr(text);
    return Failure;
}

int FabricCommand::usageError(const QString &message, const QString &usage)
{
    printErr(message + QLatin1Char('\n') + usage);
    return UsageError;
}

QString FabricCommand::fabricDirectory(const QString &explicitDirectory)
{
    return QDir::cleanPath(QFileInfo(LocalFabricEngine::resolveDirectory(explicitDirectory)).absoluteFilePath());
}

QString FabricCommand::openInitialized(LocalFabricEngine *engine, const QString &directory)
{
    const QString missing = tr("There is no fabric in %1 yet. Create one with \"pixetric fabric init\", or name "
                               "another folder with --fabric DIR or $PIXETRIC_FABRIC.")
                                .arg(nativePath(directory));
    // Looked at first so that a mistyped --fabric does not leave an empty fabric behind.
    if (!registryExists(directory))
        return missing;
    const QString error = engine->open(directory);
    if (!error.isEmpty())
        return error;
    return engine->isInitialized() ? QString() : missing;
}

bool FabricCommand::looksLikeConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
           || text.contains(QLatin1Char('='));
}

QString FabricCommand::resolveDatabase(const QString &what, const QString &fabricOption, const QString &applicationName,
                                       std::unique_ptr<LocalFabricEngine> *engine, ConnectionParams *params)
{
    QString error;
    if (looksLikeConnectionString(what)) {
        if (!ConnectionParams::parse(what, params, &error))
            return tr("%1 is not a connection string libpq accepts: %2").arg(what, error);
    } else {
        if (!*engine) {
            *engine = std::make_unique<LocalFabricEngine>();
            if (const QString openError = openInitialized(engine->get(), fabricDirectory(fabricOption)); !openError.isEmpty())
                return tr("%1 is neither a postgresql:// URI nor a branch of a fabric: %2").arg(what, openError);
        }
        LocalFabricEngine &fabric = **engine;
        BranchInfo branch;
        if (!fabric.branch(what, &branch, &error))
            return error.isEmpty() ? tr("There is no branch %1. See the branches with \"pixetric branch list\".").arg(what) : error;
        if (branch.compute != ComputeState::Running) {
            if (const QString startError = fabric.startCompute(what); !startError.isEmpty())
                return startError;
            startSupervisorIfNeeded(fabric);
        }
        const ConnectionInfo info = fabric.connectionInfo(what, &error);
        if (!info.isValid())
            return error;
        *params = info.params(applicationName);
    }
    if (!params->contains(QStringLiteral("application_name")))
        params->set(QStringLiteral("application_name"), applicationName);
    return {};
}

// Progress ---------------------------------------------------------------------------------------

struct FabricCommand::ProgressLine::State
{
    bool terminal = false;
    bool lineOpen = false;
    qsizetype shownWidth = 0;
    int shownPercent = -1;
    QString shownStep;
};

FabricCommand::ProgressLine::ProgressLine()
    : m_state(std::make_shared<State>())
{
    m_state->terminal = isTerminal(stderr);
}

FabricCommand::ProgressLine::~ProgressLine()
{
    finish();
}

LocalFabricEngine::Progress FabricCommand::ProgressLine::callback()
{
    // Shared, not borrowed: the engine may keep a copy of the callback beyond this object.
    const std::shared_ptr<State> state = m_state;
    return [state](double fraction, const QString &step) {
        const int percent = qBound(0, int(fraction * 100), 100);
        if (state->terminal) {
            if (percent == state->shownPercent && step == state->shownStep)
                return;
            QString line = QStringLiteral("\r%1% %2").arg(percent, 3).arg(step);
            const qsizetype width = line.size();
            // Blank out the rest of a longer line shown before.
            if (width < state->shownWidth)
                line += QString(state->shownWidth - width, QLatin1Char(' '));
            state->shownWidth = width;
            state->lineOpen = true;
            printErr(line);
        } else {
            // A log, not an animation: a line per step and per tenth of the way.
            if (step == state->shownStep && percent < state->shownPercent + 10 && !(percent == 100 && state->shownPercent < 100))
                return;
            printErr(QStringLiteral("%1% %2\n").arg(percent, 3).arg(step));
        }
        state->shownPercent = percent;
        state->shownStep = step;
    };
}

void FabricCommand::ProgressLine::finish()
{
    if (m_state->lineOpen) {
        printErr(QStringLiteral("\n"));
        m_state->lineOpen = false;
    }
}

// Supervisor -------------------------------------------------------------------------------------

void FabricCommand::startSupervisorIfNeeded(const LocalFabricEngine &engine)
{
    if (qEnvironmentVariableIsSet("PIXETRIC_NO_SUPERVISOR") || !engine.anyComputeRunning())
        return;
    // Detached and without the terminal: it outlives this command and must not hold a pipe a
    // caller waits on. One supervisor per fabric: a second one finds the lock taken and ends.
    QProcess supervisor;
    supervisor.setProgram(QCoreApplication::applicationFilePath());
    supervisor.setArguments({QStringLiteral("fabric"), QStringLiteral("supervise"), QStringLiteral("--fabric"),
                             engine.directory()});
    supervisor.setStandardInputFile(QProcess::nullDevice());
    supervisor.setStandardOutputFile(QProcess::nullDevice());
    supervisor.setStandardErrorFile(QProcess::nullDevice());
    supervisor.setWorkingDirectory(QDir::rootPath());
    if (!supervisor.startDetached()) {
        printErr(tr("pixetric: warning: could not start the supervisor that suspends idle computes (%1). "
                    "Suspend computes with \"pixetric branch suspend NAME\".\n")
                     .arg(supervisor.errorString()));
    }
}

// Commands ---------------------------------------------------------------------------------------

int FabricCommand::run(const QStringList &args)
{
    if (args.isEmpty()) {
        printErr(tr("pixetric fabric: give a command.\n") + help());
        return UsageError;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(help());
        return Success;
    }
    if (command == QLatin1String("init"))
        return init(args.mid(1));
    if (command == QLatin1String("status"))
        return status(args.mid(1));
    if (command == QLatin1String("supervise"))
        return supervise(args.mid(1));
    printErr(tr("pixetric fabric: unknown command '%1'.\n").arg(command) + help());
    return UsageError;
}

int FabricCommand::init(const QStringList &args)
{
    Syntax syntax;
    syntax.command = QStringLiteral("pixetric fabric init");
    syntax.flags = {QStringLiteral("--sample")};
    syntax.valueOptions = {QStringLiteral("--import"), QStringLiteral("--jobs")};
    syntax.usage = tr("Usage: pixetric fabric init [--sample | --import CONNINFO [--jobs N]] [--fabric DIR]\n"
                      "\n"
                      "Creates the fabric's root branch main with a database \"app\": empty, the sample shop\n"
                      "database (--sample), or a copy of the database CONNINFO names (--import; a postgresql://\n"
                      "URI or key=value pairs; N parallel pg_dump/pg_restore jobs, default 2).\n"
                      "Refused when the fabric has branches already.\n");
    Arguments arguments;
    if (const int code = parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    LocalFabricEngine::InitOptions options;
    options.seedSample = arguments.has(QStringLiteral("--sample"));
    options.importConninfo = arguments.value(QStringLiteral("--import"));
    if (options.seedSample && !options.importConninfo.isEmpty())
        return usageError(tr("pixetric fabric init: choose --sample or --import, not both."), syntax.usage);
    if (arguments.has(QStringLiteral("--jobs"))) {
        bool ok = false;
        options.jobs = arguments.value(QStringLiteral("--jobs")).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 64)
            return usageError(tr("pixetric fabric init: --jobs takes a number from 1 to 64."), syntax.usage);
    }

    const QString directory = fabricDirectory(arguments.value(QStringLiteral("--fabric")));
    LocalFabricEngine engine;
    if (const QString error = engine.open(directory); !error.isEmpty())
        return fail(error);
    if (engine.isInitialized()) {
        return fail(tr("The fabric in %1 is set up already. See its branches with \"pixetric branch list\", or "
                       "name another folder with --fabric DIR.")
                        .arg(nativePath(directory)));
    }
    ProgressLine progress;
    const QString error = engine.init(options, progress.callback());
    progress.finish();
    if (!error.isEmpty())
        return fail(error);

    QString root = QStringLiteral("main");
    const QList<BranchInfo> branches = engine.branches();
    for (const BranchInfo &branch : branches) {
        if (branch.isRoot()) {
            root = branch.name;
            break;
        }
    }
    printOut(tr("Created the fabric in %1 with the branch %2 (PostgreSQL %3).\n"
                "Its connection string: pixetric branch connstr %2\n")
                 .arg(nativePath(directory), root, engine.installation().version.toString()));
    startSupervisorIfNeeded(engine);
    return Success;
}

int FabricCommand::status(const QStringList &args)
{
    Syntax syntax;
    syntax.command = QStringLiteral("pixetric fabric status");
    syntax.flags = {QStringLiteral("--json")};
    syntax.usage = tr("Usage: pixetric fabric status [--json] [--fabric DIR]\n"
                      "\n"
                      "Shows the fabric's folder, the PostgreSQL version it runs, its number of branches and\n"
                      "the computes running now. Creates nothing when the folder holds no fabric yet.\n");
    Arguments arguments;
    if (const int code = parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    const QString directory = fabricDirectory(arguments.value(QStringLiteral("--fabric")));

    LocalFabricEngine engine;
    bool initialized = false;
    QString error;
    PgInstallation installation;
    QList<BranchInfo> branches;
    if (registryExists(directory)) {
        if (error = engine.open(directory); !error.isEmpty())
            return fail(error);
        initialized = engine.isInitialized();
        installation = engine.installation(&error);
        branches = engine.branches(&error);
        if (!error.isEmpty() && initialized)
            return fail(error);
    } else {
        // The installation a new fabric would run.
        installation = PgBinaries::find({}, &error);
    }
    QStringList running;
    QString defaultBranch;
    for (const BranchInfo &branch : std::as_const(branches)) {
        if (branch.compute == ComputeState::Running)
            running << branch.name;
        if (branch.isDefault)
            defaultBranch = branch.name;
    }

    if (arguments.has(QStringLiteral("--json"))) {
        QJsonObject object;
        object.insert(QStringLiteral("directory"), directory);
        object.insert(QStringLiteral("initialized"), initialized);
        object.insert(QStringLiteral("postgresql_version"),
                      installation.isValid() ? QJsonValue(installation.version.toString()) : QJsonValue());
        object.insert(QStringLiteral("postgresql_bin_directory"),
                      installation.isValid() ? QJsonValue(installation.binDirectory) : QJsonValue());
        object.insert(QStringLiteral("branch_count"), int(branches.size()));
        object.insert(QStringLiteral("default_branch"), defaultBranch.isEmpty() ? QJsonValue() : QJsonValue(defaultBranch));
        object.insert(QStringLiteral("running_compute_count"), int(running.size()));
        object.insert(QStringLiteral("running_computes"), QJsonArray::fromStringList(running));
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return Success;
    }

    QString text = tr("Fabric:      %1\n").arg(nativePath(directory));
    if (installation.isValid())
        text += tr("PostgreSQL:  %1 (%2)\n").arg(installation.version.toString(), nativePath(installation.binDirectory));
    else
        text += tr("PostgreSQL:  not found. %1\n").arg(error);
    if (!initialized) {
        text += tr("Branches:    none yet; create the fabric with \"pixetric fabric init\"\n");
    } else {
        text += tr("Branches:    %1 (default: %2)\n").arg(branches.size()).arg(defaultBranch);
        text += running.isEmpty() ? tr("Running:     no compute\n")
                                  : tr("Running:     %1 (%2)\n").arg(running.size()).arg(running.join(QStringLiteral(", ")));
    }
    printOut(text);
    return Success;
}

int FabricCommand::supervise(const QStringList &args)
{
    Syntax syntax;
    syntax.command = QStringLiteral("pixetric fabric supervise");
    syntax.valueOptions = {QStringLiteral("--interval-ms")};
    syntax.usage = tr("Usage: pixetric fabric supervise [--interval-ms N] [--fabric DIR]\n"
                      "\n"
                      "Suspends idle computes every N milliseconds (default 10000) while any compute runs, and\n"
                      "ends when none has run for one interval. One per fabric; the branch commands start it.\n");
    Arguments arguments;
    if (const int code = parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    int intervalMs = DefaultSupervisorIntervalMs;
    if (arguments.has(QStringLiteral("--interval-ms"))) {
        bool ok = false;
        intervalMs = arguments.value(QStringLiteral("--interval-ms")).toInt(&ok);
        if (!ok || intervalMs < 10)
            return usageError(tr("pixetric fabric supervise: --interval-ms takes a number of at least 10."),
                              syntax.usage);
    }
    const QString directory = fabricDirectory(arguments.value(QStringLiteral("--fabric")));
    if (!registryExists(directory))
        return Success;

    QLockFile lock(QDir(directory).filePath(QStringLiteral("supervisor.lock")));
    // Held for as long as the supervisor lives: only a dead holder's lock is taken over, never
    // an old one.
    lock.setStaleLockTime(0);
    LocalFabricEngine::clearAbandonedLock(lock.fileName());
    if (!lock.tryLock(0))
        return Success; // another supervisor is at work
    LocalFabricEngine engine;
    // Recovery is left to the commands people run; the supervisor only watches.
    if (const QString error = engine.open(directory, false); !error.isEmpty())
        return fail(error);

    QElapsedTimer idle;
    for (;;) {
        if (!registryExists(directory))
            break; // the fabric was removed
        if (engine.anyComputeRunning()) {
            idle.invalidate();
            QString error;
            engine.suspendIdleComputes(&error);
            if (!error.isEmpty())
                printErr(QStringLiteral("pixetric fabric supervise: ") + error + QLatin1Char('\n'));
        } else if (!idle.isValid()) {
            idle.start();
        } else if (idle.elapsed() >= intervalMs) {
            break;
        }
        QThread::msleep(ulong(intervalMs));
    }
    return Success;
}

} // namespace Pixetric::Cli
