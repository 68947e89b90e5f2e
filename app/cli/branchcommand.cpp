#include "branchcommand.h"

#include "clicommands.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <functional>

namespace Pixetric::Cli {

namespace {

// Where the one-line descriptions start in "pixetric --help" (after "  query CONNINFO SQL …").
constexpr qsizetype SummaryColumn = 47;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The branch named name (case-blind, as the registry compares) and everything below it.
QList<BranchInfo> subtree(const QList<BranchInfo> &branches, const QString &name)
{
    QList<BranchInfo> result;
    QSet<QString> inside{name.toCaseFolded()};
    // Parents come before their children, so one pass finds the whole subtree.
    for (const BranchInfo &branch : branches) {
        if (inside.contains(branch.name.toCaseFolded())
            || (!branch.parent.isEmpty() && inside.contains(branch.parent.toCaseFolded()))) {
            inside.insert(branch.name.toCaseFolded());
            result << branch;
        }
    }
    return result;
}

QStringList names(const QList<BranchInfo> &branches)
{
    QStringList result;
    for (const BranchInfo &branch : branches)
        result << branch.name;
    return result;
}

} // namespace

// Usage ------------------------------------------------------------------------------------------

QList<BranchCommand::Subcommand> BranchCommand::subcommands()
{
    const QString json = QStringLiteral("--json");
    return {
        {QStringLiteral("list"), tr("list [--json]"), tr("the branch tree with computes and sizes"),
         tr("Shows the branch tree: each branch below its parent, its compute (running or suspended), the\n"
            "size of its data, when it was made, its parent, and whether it is the default or protected.\n"
            "--json: an array of objects with every field (times in ISO 8601, UTC)."),
         {json}, {}, 0, 0, &BranchCommand::list},
        {QStringLiteral("create"), tr("create NAME [--parent BRANCH]"), tr("a new branch from its parent's current state"),
         tr("Makes branch NAME from the current state of BRANCH (default: the default branch).\n"
            "Names have 1 to 63 letters, digits, '-', '_' and '.', start with a letter or digit, and differ\n"
            "from every other branch's name also when case is ignored."),
         {}, {QStringLiteral("--parent")}, 1, 1, &BranchCommand::create},
        {QStringLiteral("delete"), tr("delete NAME [--recursive] [--force]"), tr("delete a branch and its data"),
         tr("Deletes branch NAME with its data; its compute is stopped first. A branch with child\n"
            "branches is deleted only with --recursive, which deletes them too. Protected branches and\n"
            "the default branch are never deleted: unprotect them, or make another branch the default.\n"
            "On a terminal the command asks before it deletes; --force does not ask."),
         {QStringLiteral("--recursive"), QStringLiteral("--force")}, {}, 1, 1, &BranchCommand::remove},
        {QStringLiteral("reset"), tr("reset NAME"), tr("replace a branch with its parent's current state"),
         tr("Replaces the data of branch NAME with the current state of its parent. Its connection string\n"
            "stays the same; changes made on the branch are lost."),
         {}, {}, 1, 1, &BranchCommand::reset},
        {QStringLiteral("rename"), tr("rename NAME NEW_NAME"), tr("give a branch another name"),
         tr("Renames branch NAME to NEW_NAME. Its port and connection string stay the same."),
         {}, {}, 2, 2, &BranchCommand::rename},
        {QStringLiteral("protect"), tr("protect NAME"), tr("refuse to delete or reset a branch"),
         tr("Marks branch NAME as protected: it cannot be deleted or reset until it is unprotected."),
         {}, {}, 1, 1, &BranchCommand::protect},
        {QStringLiteral("unprotect"), tr("unprotect NAME"), tr("lift a branch's protection"),
         tr("Removes the protection of branch NAME."), {}, {}, 1, 1, &BranchCommand::unprotect},
        {QStringLiteral("set-default"), tr("set-default NAME"), tr("the branch new branches start from"),
         tr("Makes NAME the default branch: \"pixetric branch create\" without --parent starts from it."),
         {}, {}, 1, 1, &BranchCommand::setDefault},
        {QStringLiteral("start"), tr("start NAME"), tr("start a branch's compute"),
         tr("Starts the compute (the PostgreSQL server) of branch NAME. It is suspended again after\n"
            "its auto-suspend time without activity."),
         {}, {}, 1, 1, &BranchCommand::start},
        {QStringLiteral("suspend"), tr("suspend NAME"), tr("stop a branch's compute"),
         tr("Stops the compute of branch NAME; its data stays. \"pixetric branch start\" resumes it."),
         {}, {}, 1, 1, &BranchCommand::suspend},
        {QStringLiteral("auto-suspend"), tr("auto-suspend NAME SECONDS"), tr("suspend after SECONDS idle (0: never)"),
         tr("Suspends the compute of branch NAME after SECONDS without client activity; 0 keeps it\n"
            "running until it is suspended by hand."),
         {}, {}, 2, 2, &BranchCommand::autoSuspend},
        {QStringLiteral("status"), tr("status NAME [--json]"), tr("the compute's state: running, suspended, ..."),
         tr("Prints the state of the compute of branch NAME: running, suspended, starting, stopping or\n"
            "failed. --json: every field of the branch."),
         {json}, {}, 1, 1, &BranchCommand::status},
        {QStringLiteral("connstr"), tr("connstr NAME [--no-password]"), tr("the postgresql:// URI of a branch"),
         tr("Prints the connection URI of branch NAME; psql and pgbench take it as it is.\n"
            "--no-password leaves the password out (libpq then looks in PGPASSWORD and ~/.pgpass)."),
         {QStringLiteral("--no-password")}, {}, 1, 1, &BranchCommand::connstr},
    };
}

QString BranchCommand::usage(const Subcommand &subcommand)
{
    return tr("Usage: pixetric branch %1 [--fabric DIR]\n"
              "\n"
              "%2\n"
              "\n"
              "  --fabric DIR  the fabric's folder; without it $PIXETRIC_FABRIC, else\n"
              "                %3\n")
        .arg(subcommand.synopsis, subcommand.description, QDir::toNativeSeparators(LocalFabricEngine::defaultDirectory()));
}

QString BranchCommand::summary()
{
    QString text;
    const QList<Subcommand> all = subcommands();
    for (const Subcommand &subcommand : all) {
        QString line = QStringLiteral("  branch ") + subcommand.synopsis;
        line = line.size() + 2 < SummaryColumn ? line.leftJustified(SummaryColumn) : line + QStringLiteral("   ");
        text += line + subcommand.summary + QLatin1Char('\n');
    }
    return text;
}

QString BranchCommand::help()
{
    QString commands;
    const QList<Subcommand> all = subcommands();
    for (const Subcommand &subcommand : all) {
        QString line = QStringLiteral("  ") + subcommand.synopsis;
        line = line.size() + 2 < 40 ? line.leftJustified(40) : line + QStringLiteral("\n") + QString(40, QLatin1Char(' '));
        commands += line + subcommand.summary + QLatin1Char('\n');
    }
    return tr("Usage: pixetric branch COMMAND [ARGS] [--fabric DIR]\n"
              "\n"
              "The branches of the local fabric; each is a PostgreSQL cluster of its own with a stable\n"
              "connection string. Setting the fabric up: pixetric fabric --help.\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "  --fabric DIR  the fabric's folder; without it $PIXETRIC_FABRIC, else\n"
              "                %2\n"
              "\n"
              "\"pixetric branch COMMAND --help\" describes a command.\n"
              "Exit status: 0 on success, 1 when the action failed, 2 for a usage error.\n")
        .arg(commands, QDir::toNativeSeparators(LocalFabricEngine::defaultDirectory()));
}

// Output -----------------------------------------------------------------------------------------

QJsonObject BranchCommand::toJson(const BranchInfo &branch)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), branch.name);
    object.insert(QStringLiteral("parent"), stringOrNull(branch.parent));
    object.insert(QStringLiteral("state"), toString(branch.state));
    object.insert(QStringLiteral("compute"), toString(branch.compute));
    object.insert(QStringLiteral("size_bytes"), branch.sizeBytes < 0 ? QJsonValue() : QJsonValue(branch.sizeBytes));
    object.insert(QStringLiteral("created_at"), timeOrNull(branch.createdAt));
    object.insert(QStringLiteral("branch_lsn"), stringOrNull(branch.branchLsn));
    object.insert(QStringLiteral("branch_time"), timeOrNull(branch.branchTime));
    object.insert(QStringLiteral("is_protected"), branch.isProtected);
    object.insert(QStringLiteral("is_default"), branch.isDefault);
    object.insert(QStringLiteral("clone_method"), stringOrNull(branch.cloneMethod));
    object.insert(QStringLiteral("port"), branch.port);
    object.insert(QStringLiteral("socket_directory"), stringOrNull(branch.socketDirectory));
    object.insert(QStringLiteral("auto_suspend_seconds"), branch.autoSuspendSeconds);
    object.insert(QStringLiteral("server_version"), stringOrNull(branch.serverVersion));
    object.insert(QStringLiteral("compute_message"), stringOrNull(branch.computeMessage));
    return object;
}

QString BranchCommand::table(const QList<BranchInfo> &branches)
{
    // Tree order: each branch below its parent, siblings in the order the engine gave them.
    QHash<QString, QList<qsizetype>> children;
    QSet<QString> known;
    for (const BranchInfo &branch : branches)
        known.insert(branch.name.toCaseFolded());
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const QString parent = branches.at(i).parent.toCaseFolded();
        if (parent.isEmpty() || !known.contains(parent))
            roots << i;
        else
            children[parent] << i;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("NAME"), tr("COMPUTE"), tr("SIZE"), tr("CREATED"), tr("PARENT"), tr("NOTES")};
    const QLocale locale;
    QSet<qsizetype> shown;
    std::function<void(qsizetype, const QString &, const QString &)> visit =
        [&](qsizetype index, const QString &prefix, const QString &childIndent) {
            if (shown.contains(index))
                return;
            shown.insert(index);
            const BranchInfo &branch = branches.at(index);
            QStringList notes;
            if (branch.isDefault)
                notes << tr("default");
            if (branch.isProtected)
                notes << tr("protected");
            if (branch.state != BranchState::Ready)
                notes << displayName(branch.state);
            if (!branch.computeMessage.isEmpty() && branch.compute == ComputeState::Failed)
                notes << branch.computeMessage;
            rows << QStringList{prefix + branch.name,
                                displayName(branch.compute),
                                branch.sizeBytes < 0 ? QStringLiteral("-")
                                                     : locale.formattedDataSize(branch.sizeBytes, 1,
                                                                                QLocale::DataSizeTraditionalFormat),
                                branch.createdAt.isValid()
                                    ? branch.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QStringLiteral("-"),
                                branch.parent.isEmpty() ? QStringLiteral("-") : branch.parent,
                                notes.join(QStringLiteral(", "))};
            const QList<qsizetype> below = children.value(branch.name.toCaseFolded());
            for (qsizetype i = 0; i < below.size(); ++i) {
                const bool last = i + 1 == below.size();
                visit(below.at(i), childIndent + (last ? QStringLiteral("└── ") : QStringLiteral("├── ")),
                      childIndent + (last ? QStringLiteral("    ") : QStringLiteral("│   ")));
            }
        };
    for (const qsizetype root : std::as_const(roots))
        visit(root, QString(), QString());

    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool sizeColumn = column == 2;
            line += sizeColumn ? row.at(column).rightJustified(widths.at(column))
                               : row.at(column).leftJustified(widths.at(column));
            line += QStringLiteral("  ");
        }
        // No trailing blanks: the last column is often empty.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

// Dispatch ---------------------------------------------------------------------------------------

int BranchCommand::run(const QStringList &args)
{
    if (args.isEmpty()) {
        FabricCommand::printErr(tr("pixetric branch: give a command.\n") + help());
        return UsageError;
    }
    const QString name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        FabricCommand::printOut(help());
        return Success;
    }
    const QList<Subcommand> all = subcommands();
    for (const Subcommand &subcommand : all) {
        if (subcommand.name != name)
            continue;
        FabricCommand::Syntax syntax;
        syntax.command = QStringLiteral("pixetric branch ") + name;
        syntax.flags = subcommand.flags;
        syntax.valueOptions = subcommand.valueOptions;
        syntax.minPositional = subcommand.minPositional;
        syntax.maxPositional = subcommand.maxPositional;
        syntax.usage = usage(subcommand);
        FabricCommand::Arguments arguments;
        if (const int code = FabricCommand::parseArguments(args.mid(1), syntax, &arguments); code >= 0)
            return code;
        if (const QString problem = checkArguments(subcommand, arguments); !problem.isEmpty())
            return FabricCommand::usageError(problem, syntax.usage);
        LocalFabricEngine engine;
        const QString directory = FabricCommand::fabricDirectory(arguments.value(QStringLiteral("--fabric")));
        if (const QString error = FabricCommand::openInitialized(&engine, directory); !error.isEmpty())
            return FabricCommand::fail(error);
        Context context{engine, arguments};
        return subcommand.action(context);
    }
    FabricCommand::printErr(tr("pixetric branch: unknown command '%1'.\n").arg(name) + help());
    return UsageError;
}

QString BranchCommand::checkArguments(const Subcommand &subcommand, const FabricCommand::Arguments &arguments)
{
    if (subcommand.action == &BranchCommand::autoSuspend) {
        bool ok = false;
        const int seconds = arguments.positional.at(1).toInt(&ok);
        if (!ok || seconds < 0)
            return tr("pixetric branch auto-suspend: SECONDS is a whole number of seconds, 0 for never.");
    }
    return {};
}

// Commands ---------------------------------------------------------------------------------------

int BranchCommand::list(Context &context)
{
    QString error;
    const QList<BranchInfo> branches = context.engine.branches(&error, true);
    if (!error.isEmpty())
        return FabricCommand::fail(error);
    if (context.arguments.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const BranchInfo &branch : branches)
            array.append(toJson(branch));
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        FabricCommand::printOut(table(branches));
    }
    return Success;
}

int BranchCommand::create(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    QString parent = context.arguments.value(QStringLiteral("--parent"));
    if (parent.isEmpty()) {
        QString error;
        const QList<BranchInfo> branches = context.engine.branches(&error);
        if (!error.isEmpty())
            return FabricCommand::fail(error);
        for (const BranchInfo &branch : branches) {
            if (branch.isDefault || (parent.isEmpty() && branch.isRoot()))
                parent = branch.name;
        }
    }
    // Refused before an operation is recorded: a typo should not land in the operations list.
    if (const QString error = context.engine.checkNewBranchName(name); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::ProgressLine progress;
    const QString error = context.engine.createBranch(name, parent, progress.callback());
    progress.finish();
    if (!error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("Created branch %1 from %2.\n").arg(name, parent));
    FabricCommand::startSupervisorIfNeeded(context.engine);
    return Success;
}

int BranchCommand::remove(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    const bool recursive = context.arguments.has(QStringLiteral("--recursive"));
    const bool force = context.arguments.has(QStringLiteral("--force"));
    QString error;
    const QList<BranchInfo> branches = context.engine.branches(&error);
    if (!error.isEmpty())
        return FabricCommand::fail(error);
    const QList<BranchInfo> doomed = subtree(branches, name);
    if (doomed.isEmpty())
        return FabricCommand::fail(tr("There is no branch %1. See the branches with \"pixetric branch list\".").arg(name));
    const BranchInfo &target = doomed.first();
    if (doomed.size() > 1 && !recursive) {
        return FabricCommand::fail(tr("Branch %1 has child branches (%2). Delete them first, or delete them "
                                      "together with --recursive.")
                                       .arg(target.name, names(doomed.mid(1)).join(QStringLiteral(", "))));
    }
    for (const BranchInfo &branch : doomed) {
        if (branch.isProtected) {
            return FabricCommand::fail(tr("Branch %1 is protected. Unprotect it first: pixetric branch unprotect %1")
                                           .arg(branch.name));
        }
    }
    for (const BranchInfo &branch : doomed) {
        if (branch.isDefault) {
            return FabricCommand::fail(tr("Branch %1 is the default branch. Make another branch the default first: "
                                          "pixetric branch set-default NAME")
                                           .arg(branch.name));
        }
    }
    // Scripts (no terminal) are not asked; people are, unless they said --force.
    if (!force && FabricCommand::isTerminal(stdin) && FabricCommand::isTerminal(stderr)) {
        bool running = false;
        for (const BranchInfo &branch : doomed)
            running = running || branch.compute != ComputeState::Suspended;
        QString question = doomed.size() > 1
                               ? tr("Delete branch %1 and the branches below it (%2) with all their data?")
                                     .arg(target.name, names(doomed.mid(1)).join(QStringLiteral(", ")))
                               : tr("Delete branch %1 with all its data?").arg(target.name);
        if (running)
            question += QLatin1Char(' ') + tr("Clients connected to it are disconnected.");
        if (!FabricCommand::confirm(question)) {
            FabricCommand::printErr(tr("Nothing deleted.\n"));
            return Failure;
        }
    }
    FabricCommand::ProgressLine progress;
    error = context.engine.deleteBranch(target.name, recursive, progress.callback());
    progress.finish();
    if (!error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(doomed.size() > 1
                                ? tr("Deleted branch %1 and the branches below it (%2).\n")
                                      .arg(target.name, names(doomed.mid(1)).join(QStringLiteral(", ")))
                                : tr("Deleted branch %1.\n").arg(target.name));
    return Success;
}

int BranchCommand::reset(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    FabricCommand::ProgressLine progress;
    const QString error = context.engine.resetBranch(name, progress.callback());
    progress.finish();
    if (!error.isEmpty())
        return FabricCommand::fail(error);
    BranchInfo branch;
    context.engine.branch(name, &branch);
    FabricCommand::printOut(tr("Reset branch %1 to the current state of %2.\n").arg(name, branch.parent));
    FabricCommand::startSupervisorIfNeeded(context.engine);
    return Success;
}

int BranchCommand::rename(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    const QString newName = context.arguments.positional.at(1);
    // A change of case only is no clash with the branch itself.
    if (newName.compare(name, Qt::CaseInsensitive) != 0) {
        if (const QString error = context.engine.checkNewBranchName(newName); !error.isEmpty())
            return FabricCommand::fail(error);
    }
    if (const QString error = context.engine.renameBranch(name, newName); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("Renamed branch %1 to %2.\n").arg(name, newName));
    return Success;
}

int BranchCommand::protect(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    if (const QString error = context.engine.setProtected(name, true); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("Branch %1 is protected.\n").arg(name));
    return Success;
}

int BranchCommand::unprotect(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    if (const QString error = context.engine.setProtected(name, false); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("Branch %1 is no longer protected.\n").arg(name));
    return Success;
}

int BranchCommand::setDefault(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    if (const QString error = context.engine.setDefault(name); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("Branch %1 is the default branch.\n").arg(name));
    return Success;
}

int BranchCommand::start(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    if (const QString error = context.engine.startCompute(name); !error.isEmpty())
        return FabricCommand::fail(error);
    BranchInfo branch;
    context.engine.branch(name, &branch);
    FabricCommand::printOut(tr("The compute of branch %1 is running on port %2.\n").arg(name).arg(branch.port));
    FabricCommand::startSupervisorIfNeeded(context.engine);
    return Success;
}

int BranchCommand::suspend(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    if (const QString error = context.engine.suspendCompute(name); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(tr("The compute of branch %1 is suspended.\n").arg(name));
    return Success;
}

int BranchCommand::autoSuspend(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    const int seconds = context.arguments.positional.at(1).toInt(); // checked by checkArguments()
    if (const QString error = context.engine.setAutoSuspend(name, seconds); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printOut(seconds == 0 ? tr("The compute of branch %1 is never suspended for idleness.\n").arg(name)
                                         : tr("The compute of branch %1 is suspended after %2 s without activity.\n")
                                               .arg(name)
                                               .arg(seconds));
    return Success;
}

int BranchCommand::status(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    BranchInfo branch;
    QString error;
    if (!context.engine.branch(name, &branch, &error)) {
        return FabricCommand::fail(error.isEmpty()
                                       ? tr("There is no branch %1. See the branches with \"pixetric branch list\".")
                                             .arg(name)
                                       : error);
    }
    if (context.arguments.has(QStringLiteral("--json")))
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(toJson(branch)).toJson(QJsonDocument::Indented)));
    else
        FabricCommand::printOut(toString(branch.compute) + QLatin1Char('\n'));
    return Success;
}

int BranchCommand::connstr(Context &context)
{
    const QString name = context.arguments.positional.at(0);
    QString error;
    const ConnectionInfo connection = context.engine.connectionInfo(name, &error);
    if (!connection.isValid()) {
        return FabricCommand::fail(error.isEmpty()
                                       ? tr("There is no branch %1. See the branches with \"pixetric branch list\".")
                                             .arg(name)
                                       : error);
    }
    FabricCommand::printOut(connection.uri(!context.arguments.has(QStringLiteral("--no-password"))) + QLatin1Char('\n'));
    BranchInfo branch;
    if (context.engine.branch(name, &branch) && branch.compute != ComputeState::Running) {
        FabricCommand::printErr(tr("pixetric: note: the compute of branch %1 is %2; start it with "
                                   "\"pixetric branch start %1\" before connecting.\n")
                                    .arg(branch.name, displayName(branch.compute)));
    }
    return Success;
}

} // namespace Pixetric::Cli
