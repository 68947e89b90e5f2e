#include "migratecommand.h"

#include "clicommands.h"
#include "fabriccommand.h"
#include "migrationhistory.h"
#include "pgsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Pixetric::Cli {

namespace {

struct Target
{
    std::unique_ptr<LocalFabricEngine> engine;
    ConnectionParams params;
    QString name;
};

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
        QString error;
        for (const BranchInfo &b : target->engine->branches(&error)) {
            if (b.isDefault)
                target->name = b.name;
        }
        if (target->name.isEmpty())
            return error.isEmpty() ? MigrateCommand::tr("The fabric has no default branch; name one with --target BRANCH.") : error;
    }
    const QString error =
        FabricCommand::resolveDatabase(target->name, fabric, QStringLiteral("pixetric-migrate"), &target->engine, &target->params);
    // A connection string is shown without its password.
    if (FabricCommand::looksLikeConnectionString(target->name))
        target->name = target->params.displayName();
    return error;
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString MigrateCommand::summary()
{
    return tr("  migrate status       migrations of a folder and their state on a branch\n");
}

QString MigrateCommand::usage()
{
    return tr("Usage: pixetric migrate status --dir DIR [--target BRANCH|URI] [--json] [--fabric DIR]\n"
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

} // namespace Pixetric::Cli
