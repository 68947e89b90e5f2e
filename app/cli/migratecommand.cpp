#include "migratecommand.h"

#include "clicommands.h"
#include "fabriccommand.h"
#include "migrationhistory.h"
#include "migrationlinter.h"
#include "pgsession.h"
#include "promotion.h"
#include "rehearsal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace Pixetric::Cli {

namespace {

struct Target
{
    std::unique_ptr<LocalFabricEngine> engine;
    ConnectionParams params;
    QString name;
};

// The fabric's default branch into *name, or why there is none.
QString defaultBranch(const LocalFabricEngine &engine, QString *name)
{
    QString error;
    for (const BranchInfo &b : engine.branches(&error)) {
        if (b.isDefault)
            *name = b.name;
    }
    if (!name->isEmpty())
        return {};
    return error.isEmpty() ? MigrateCommand::tr("The fabric has no default branch; name one with --target BRANCH.") : error;
}

// --target, else the fabric's default branch.
QString resolveTarget(const FabricCommand::Arguments &arguments, Target *target)
{
    target->name = arguments.value(QStringLiteral("--target"));
    const QString fabric = arguments.value(QStringLiteral("--fabric"));
    if (target->name.isEmpty()) {
        target->engine = std::make_unique<LocalFabricEngine>();
        if (const QString error = FabricCommand::openInitialized(target->engine.get(), FabricCommand::fabricDirectory(fabric));
            !error.isEmpty())
            return error;
        if (const QString error = defaultBranch(*target->engine, &target->name); !error.isEmpty())
            return error;
    }
    const QString error =
        FabricCommand::resolveDatabase(target->name, fabric, QStringLiteral("pixetric-migrate"), &target->engine, &target->params);
    // A connection string is shown without its password.
    if (FabricCommand::looksLikeConnectionString(target->name))
        target->name = target->params.displayName();
    return error;
}

QString openFabric(const FabricCommand::Arguments &arguments, LocalFabricEngine *engine)
{
    return FabricCommand::openInitialized(engine, FabricCommand::fabricDirectory(arguments.value(QStringLiteral("--fabric"))));
}

// "15", "15.4", "9.6", "150004" or "90624" as server_version_num; 0 when it is none of these.
int parseServerVersion(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = dotted.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    if (first >= 90000 && m.captured(2).isEmpty())
        return first; // already server_version_num
    if (first >= 10 && first < 100)
        return first * 10000 + second;
    if (first == 9)
        return 90000 + second * 100;
    return 0;
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString MigrateCommand::summary()
{
    return tr("  migrate status       migrations of a folder and their state on a branch\n"
              "  migrate lint         checks migrations for locks, rewrites and data loss before they run\n"
              "  migrate rehearse     runs pending migrations on a new preview branch and reports\n"
              "  migrate promote      applies a rehearsed preview's migrations to its target\n"
              "  migrate discard      removes a preview branch\n"
              "  migrate undo         reverts the last promote into a branch, within a day\n");
}

QString MigrateCommand::usage()
{
    return tr("Usage: pixetric migrate status --dir DIR [--target BRANCH|URI] [--json] [--fabric DIR]\n"
              "       pixetric migrate lint --dir DIR [--target BRANCH|URI | --server-version N] [--lock-timeout MS]\n"
              "                            [--statement-timeout MS] [--json] [--fabric DIR]\n"
              "       pixetric migrate lint --rules\n"
              "       pixetric migrate rehearse --dir DIR [--target BRANCH] [--preview NAME] [--lock-timeout MS]\n"
              "                                [--statement-timeout MS] [--json] [--fabric DIR]\n"
              "       pixetric migrate promote PREVIEW [--confirm TARGET] [--no-fast-forward] [--json] [--fabric DIR]\n"
              "       pixetric migrate discard PREVIEW [--fabric DIR]\n"
              "       pixetric migrate undo [--target BRANCH] [--accept-data-loss] [--confirm TARGET] [--window-hours N]\n"
              "                             [--json] [--fabric DIR]\n"
              "\n"
              "lint reads the migrations with PostgreSQL's grammar and says, for each statement that can hurt a\n"
              "live database, which lock it takes, whether it rewrites the table, what data it loses and what to\n"
              "do instead. With --target it checks the migrations pending there, for that server's version;\n"
              "otherwise every file, for --server-version (default 17). --lock-timeout and --statement-timeout\n"
              "say that the runner will set them. A comment \"-- pixetric-lint: ignore RULE\" before a statement\n"
              "silences RULE for it; --rules lists the rules. Exit status: 0 no danger found, 3 dangers found,\n"
              "1 the folder or the target could not be read.\n"
              "\n"
              "rehearse makes a preview branch of the target, runs the pending migrations on it and reports\n"
              "their timings, the locks they held, the tables they rewrote, the schema changes and a go or\n"
              "no-go; standard output holds the preview's name (the report goes to standard error), or with\n"
              "--json the whole report. Its exit status is 0 for a go and 1 otherwise.\n"
              "\n"
              "promote checks the target against the preview's fork point first: unchanged, the migrations\n"
              "are applied to it in one transaction; changed apart from the preview, the preview is rebased\n"
              "and rehearsed again first; changed in a clashing way, nothing is touched and the conflicts are\n"
              "printed. When neither the target nor the preview had writes since the rehearsal, promote is a\n"
              "fast-forward: the preview's data takes the target's place behind the target's own port, and the\n"
              "old data stays as the branch TARGET-backup-TIME (--no-fast-forward applies the migrations instead).\n"
              "A protected target needs --confirm with its name. Exit status: 0 promoted, 4 conflict,\n"
              "1 other failures.\n"
              "\n"
              "undo reverts the last promote into the target (the default branch unless --target names one)\n"
              "if it is younger than --window-hours (24): a fast-forward is swapped back, applied migrations are\n"
              "reverted with the down parts kept in the history, newest first, or with a reverse migration\n"
              "generated from the target's schema back to the fork point's. When that loses data (writes to the\n"
              "target since a fast-forward, columns or tables the reverse drops) nothing is touched unless\n"
              "--accept-data-loss is given; the report lists what is lost. Exit status: 0 undone, 1 otherwise.\n"
              "\n"
              "DIR holds migrations named NNNN_name.sql (a \"-- down\" line starts the down part), Flyway's\n"
              "V<version>__<description>.sql, dbmate's <version>_<name>.sql (\"-- migrate:up\", \"-- migrate:down\")\n"
              "or golang-migrate's <version>_<name>.up.sql. The target is the fabric's default branch unless\n"
              "--target names another branch or a postgresql:// URI. The exit status is 1 when the history\n"
              "disagrees with the folder (a file edited after it was applied, or missing) or a migration failed.\n");
}

int MigrateCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("status"))
        return status(args.mid(1));
    if (sub == QLatin1String("lint"))
        return lint(args.mid(1));
    if (sub == QLatin1String("rehearse"))
        return rehearse(args.mid(1));
    if (sub == QLatin1String("discard"))
        return discard(args.mid(1));
    if (sub == QLatin1String("promote"))
        return promote(args.mid(1));
    if (sub == QLatin1String("undo"))
        return undo(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        FabricCommand::printOut(usage());
        return Success;
    }
    return FabricCommand::usageError(sub.isEmpty() ? tr("pixetric migrate: which subcommand?")
                                                   : tr("pixetric migrate: unknown subcommand '%1'.").arg(sub),
                                     usage());
}

int MigrateCommand::status(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate status");
    syntax.flags = {QStringLiteral("--json")};
    syntax.valueOptions = {QStringLiteral("--dir"), QStringLiteral("--target")};
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    if (!arguments.has(QStringLiteral("--dir")))
        return FabricCommand::usageError(tr("pixetric migrate status: --dir DIR names the migration folder."), usage());

    const MigrationSet set = MigrationSet::read(arguments.value(QStringLiteral("--dir")));
    Target target;
    if (const QString error = resolveTarget(arguments, &target); !error.isEmpty())
        return FabricCommand::fail(error);
    PgSession session;
    if (!session.open(target.params))
        return FabricCommand::fail(tr("Cannot connect to %1: %2").arg(target.name, session.errorText()));
    QList<AppliedMigration> history;
    QString error;
    if (!MigrationHistory::read(session, &history, &error))
        return FabricCommand::fail(error);
    const QList<MigrationStatus> status = MigrationHistory::compare(set, history);

    bool disagrees = false;
    QHash<QString, int> counts;
    for (const MigrationStatus &s : status) {
        ++counts[MigrationStatus::stateName(s.state)];
        disagrees = disagrees || s.state == MigrationStatus::State::Drifted || s.state == MigrationStatus::State::Missing
                    || s.state == MigrationStatus::State::Failed;
    }
    if (arguments.has(QStringLiteral("--json"))) {
        QJsonArray migrations;
        for (const MigrationStatus &s : status) {
            QJsonObject o{{QStringLiteral("version"), s.version},
                          {QStringLiteral("name"), s.name},
                          {QStringLiteral("state"), MigrationStatus::stateName(s.state)}};
            if (s.file) {
                o.insert(QStringLiteral("file"), s.file->fileName);
                o.insert(QStringLiteral("checksum"), s.file->checksum);
                o.insert(QStringLiteral("hasDown"), s.file->hasDown);
            }
            if (s.applied) {
                o.insert(QStringLiteral("appliedAt"), s.applied->appliedAt);
                o.insert(QStringLiteral("appliedBy"), s.applied->appliedBy);
                o.insert(QStringLiteral("durationMs"), s.applied->durationMs);
                o.insert(QStringLiteral("appliedChecksum"), s.applied->checksum);
            }
            if (!s.explanation.isEmpty())
                o.insert(QStringLiteral("explanation"), s.explanation);
            migrations.append(o);
        }
        const QJsonObject document{{QStringLiteral("folder"), set.folder},
                                   {QStringLiteral("target"), target.name},
                                   {QStringLiteral("migrations"), migrations},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(set.problems)}};
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        QString text = tr("Migrations in %1 on %2:\n").arg(set.folder, target.name);
        int versionWidth = 7;
        int nameWidth = 4;
        for (const MigrationStatus &s : status) {
            versionWidth = std::max(versionWidth, int(s.version.size()));
            nameWidth = std::max(nameWidth, int(std::min<qsizetype>(s.name.size(), 40)));
        }
        for (const MigrationStatus &s : status) {
            QString line = QStringLiteral("  ") + padded(s.version, versionWidth) + QStringLiteral("  ")
                           + padded(s.name.left(40), nameWidth) + QStringLiteral("  ") + padded(MigrationStatus::stateName(s.state), 12);
            if (s.applied && s.state != MigrationStatus::State::Failed)
                line += tr("%1, %2 ms").arg(s.applied->appliedAt).arg(s.applied->durationMs, 0, 'f', 1);
            text += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
        }
        if (status.isEmpty())
            text += tr("  (no migrations)\n");
        QStringList summary;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        summary.sort();
        if (!summary.isEmpty())
            text += summary.join(QStringLiteral(", ")) + QLatin1Char('\n');
        for (const MigrationStatus &s : status) {
            if (!s.explanation.isEmpty())
                text += QStringLiteral("\n") + s.explanation + QLatin1Char('\n');
        }
        FabricCommand::printOut(text);
        for (const QString &p : set.problems)
            FabricCommand::printErr(tr("pixetric migrate: %1\n").arg(p));
    }
    return disagrees || !set.isUsable() ? Failure : Success;
}

int MigrateCommand::readTimeouts(const FabricCommand::Arguments &arguments, const QString &subcommand, int *lockTimeoutMs,
                                 int *statementTimeoutMs)
{
    for (const auto &[option, field] : {std::pair{QStringLiteral("--lock-timeout"), lockTimeoutMs},
                                        std::pair{QStringLiteral("--statement-timeout"), statementTimeoutMs}}) {
        if (!arguments.has(option))
            continue;
        bool ok = false;
        *field = arguments.value(option).toInt(&ok);
        if (!ok || *field < 0)
            return FabricCommand::usageError(
                tr("pixetric migrate %1: %2 takes milliseconds, not '%3'.").arg(subcommand, option, arguments.value(option)), usage());
    }
    return -1;
}

int MigrateCommand::lint(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate lint");
    syntax.flags = {QStringLiteral("--json"), QStringLiteral("--rules")};
    syntax.valueOptions = {QStringLiteral("--dir"), QStringLiteral("--target"), QStringLiteral("--server-version"),
                           QStringLiteral("--lock-timeout"), QStringLiteral("--statement-timeout")};
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    if (arguments.has(QStringLiteral("--rules"))) {
        QString text;
        for (const LintRule &r : MigrationLinter::rules())
            text += QStringLiteral("%1  %2  %3\n").arg(padded(r.name, 31), padded(LintFinding::severityName(r.severity), 6), r.summary);
        FabricCommand::printOut(text);
        return Success;
    }
    if (!arguments.has(QStringLiteral("--dir")))
        return FabricCommand::usageError(tr("pixetric migrate lint: --dir DIR names the migration folder."), usage());
    if (arguments.has(QStringLiteral("--target")) && arguments.has(QStringLiteral("--server-version")))
        return FabricCommand::usageError(tr("pixetric migrate lint: --server-version is the target's own when --target is given; give one of them."),
                                         usage());
    LintOptions options;
    if (const int code = readTimeouts(arguments, QStringLiteral("lint"), &options.lockTimeoutMs, &options.statementTimeoutMs); code >= 0)
        return code;
    if (arguments.has(QStringLiteral("--server-version"))) {
        options.serverVersion = parseServerVersion(arguments.value(QStringLiteral("--server-version")));
        if (options.serverVersion == 0)
            return FabricCommand::usageError(tr("pixetric migrate lint: --server-version takes a PostgreSQL version such as 15 or 9.6, not '%1'.")
                                                 .arg(arguments.value(QStringLiteral("--server-version"))),
                                             usage());
    }
    const MigrationSet set = MigrationSet::read(arguments.value(QStringLiteral("--dir")));
    for (const QString &p : set.problems)
        FabricCommand::printErr(tr("pixetric migrate: %1\n").arg(p));
    if (set.files.isEmpty() && !set.isUsable())
        return Failure;

    QList<MigrationFile> files = set.files;
    QString scope = tr("every migration of %1").arg(set.folder);
    if (arguments.has(QStringLiteral("--target"))) {
        Target target;
        if (const QString error = resolveTarget(arguments, &target); !error.isEmpty())
            return FabricCommand::fail(error);
        PgSession session;
        if (!session.open(target.params))
            return FabricCommand::fail(tr("Cannot connect to %1: %2 (without --target, the folder is checked with no database).")
                                           .arg(target.name, session.errorText()));
        QList<AppliedMigration> history;
        QString error;
        if (!MigrationHistory::read(session, &history, &error))
            return FabricCommand::fail(error);
        options.serverVersion = session.value(QStringLiteral("SHOW server_version_num")).toInt();
        files = MigrationHistory::pending(MigrationHistory::compare(set, history));
        scope = tr("the migrations pending on %1").arg(target.name);
    }
    const LintReport report = MigrationLinter::lint(files, options);
    if (arguments.has(QStringLiteral("--json"))) {
        QJsonObject document = report.toJson();
        document.insert(QStringLiteral("folder"), set.folder);
        document.insert(QStringLiteral("serverVersion"), options.serverVersion);
        document.insert(QStringLiteral("rules"), int(MigrationLinter::rules().size()));
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        FabricCommand::printOut(tr("Lint of %1, for PostgreSQL %2:\n\n").arg(scope, MigrationLinter::versionName(options.serverVersion))
                                + report.toText());
    }
    if (!set.isUsable())
        return Failure;
    return report.dangerCount() > 0 ? 3 : Success;
}

int MigrateCommand::rehearse(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate rehearse");
    syntax.flags = {QStringLiteral("--json")};
    syntax.valueOptions = {QStringLiteral("--dir"), QStringLiteral("--target"), QStringLiteral("--preview"),
                           QStringLiteral("--lock-timeout"), QStringLiteral("--statement-timeout")};
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    if (!arguments.has(QStringLiteral("--dir")))
        return FabricCommand::usageError(tr("pixetric migrate rehearse: --dir DIR names the migration folder."), usage());
    RehearsalOptions options;
    options.preview = arguments.value(QStringLiteral("--preview"));
    if (const int code = readTimeouts(arguments, QStringLiteral("rehearse"), &options.run.lockTimeoutMs, &options.run.statementTimeoutMs);
        code >= 0)
        return code;
    if (FabricCommand::looksLikeConnectionString(arguments.value(QStringLiteral("--target"))))
        return FabricCommand::usageError(tr("pixetric migrate rehearse: the target is a branch of the fabric: a preview branch is made of it."),
                                         usage());
    const MigrationSet set = MigrationSet::read(arguments.value(QStringLiteral("--dir")));
    Target target;
    if (const QString error = resolveTarget(arguments, &target); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::ProgressLine line;
    const RehearsalReport report = Rehearsal::rehearse(*target.engine, target.name, set, options, line.callback());
    line.finish();
    FabricCommand::startSupervisorIfNeeded(*target.engine);
    if (!report.made && report.fork.preview.isEmpty())
        return FabricCommand::fail(report.error);
    if (arguments.has(QStringLiteral("--json"))) {
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    } else {
        FabricCommand::printOut(report.fork.preview + QLatin1Char('\n'));
        FabricCommand::printErr(report.made ? report.toText() : tr("pixetric migrate: %1\n").arg(report.error));
    }
    return report.go ? Success : Failure;
}

int MigrateCommand::discard(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate discard");
    syntax.minPositional = 1;
    syntax.maxPositional = 1;
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    LocalFabricEngine engine;
    if (const QString error = openFabric(arguments, &engine); !error.isEmpty())
        return FabricCommand::fail(error);
    if (const QString error = Rehearsal::discard(engine, arguments.positional.first()); !error.isEmpty())
        return FabricCommand::fail(error);
    FabricCommand::printErr(tr("Discarded the preview %1.\n").arg(arguments.positional.first()));
    return Success;
}

int MigrateCommand::promote(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate promote");
    syntax.flags = {QStringLiteral("--json"), QStringLiteral("--no-fast-forward")};
    syntax.valueOptions = {QStringLiteral("--confirm")};
    syntax.minPositional = 1;
    syntax.maxPositional = 1;
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    LocalFabricEngine engine;
    if (const QString error = openFabric(arguments, &engine); !error.isEmpty())
        return FabricCommand::fail(error);
    const QString preview = arguments.positional.first();
    PromoteOptions options;
    options.fastForward = !arguments.has(QStringLiteral("--no-fast-forward"));
    ForkPoint fork;
    if (Rehearsal::forkPoint(engine, preview, &fork))
        options.confirmedProtected = arguments.value(QStringLiteral("--confirm")) == fork.target;
    FabricCommand::ProgressLine line;
    const PromoteReport report = Promotion::promote(engine, preview, options, line.callback());
    line.finish();
    FabricCommand::startSupervisorIfNeeded(engine);
    if (arguments.has(QStringLiteral("--json")))
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else if (report.outcome == PromoteReport::Outcome::Failed)
        FabricCommand::printErr(tr("pixetric migrate: %1\n").arg(report.toText().trimmed()));
    else
        FabricCommand::printOut(report.toText());
    switch (report.outcome) {
    case PromoteReport::Outcome::Promoted:
        return Success;
    case PromoteReport::Outcome::Conflict:
        return 4;
    case PromoteReport::Outcome::Failed:
        break;
    }
    return Failure;
}

int MigrateCommand::undo(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric migrate undo");
    syntax.flags = {QStringLiteral("--json"), QStringLiteral("--accept-data-loss")};
    syntax.valueOptions = {QStringLiteral("--target"), QStringLiteral("--confirm"), QStringLiteral("--window-hours")};
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;
    UndoOptions options;
    options.acceptDataLoss = arguments.has(QStringLiteral("--accept-data-loss"));
    if (arguments.has(QStringLiteral("--window-hours"))) {
        bool ok = false;
        options.windowHours = arguments.value(QStringLiteral("--window-hours")).toDouble(&ok);
        if (!ok || options.windowHours <= 0)
            return FabricCommand::usageError(
                tr("pixetric migrate undo: --window-hours takes a number of hours, not '%1'.").arg(arguments.value(QStringLiteral("--window-hours"))),
                usage());
    }
    if (FabricCommand::looksLikeConnectionString(arguments.value(QStringLiteral("--target"))))
        return FabricCommand::usageError(tr("pixetric migrate undo: the target is a branch of the fabric that a preview was promoted into."),
                                         usage());
    LocalFabricEngine engine;
    if (const QString error = openFabric(arguments, &engine); !error.isEmpty())
        return FabricCommand::fail(error);
    QString target = arguments.value(QStringLiteral("--target"));
    if (target.isEmpty()) {
        if (const QString error = defaultBranch(engine, &target); !error.isEmpty())
            return FabricCommand::fail(error);
    }
    options.confirmedProtected = arguments.value(QStringLiteral("--confirm")) == target;
    FabricCommand::ProgressLine line;
    const UndoReport report = Promotion::undo(engine, target, options, line.callback());
    line.finish();
    FabricCommand::startSupervisorIfNeeded(engine);
    if (arguments.has(QStringLiteral("--json")))
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else if (report.outcome == UndoReport::Outcome::Undone)
        FabricCommand::printOut(report.toText());
    else
        FabricCommand::printErr(tr("pixetric migrate: %1").arg(report.toText()));
    return report.outcome == UndoReport::Outcome::Undone ? Success : Failure;
}

} // namespace Pixetric::Cli
