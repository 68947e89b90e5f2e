#include "diffcommand.h"

#include "clicommands.h"
#include "connectionparams.h"
#include "fabriccommand.h"
#include "localfabricengine.h"
#include "migrationplanner.h"
#include "schemadiff.h"
#include "schemareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Pixetric::Cli {

namespace {

// The two snapshots, their comparison and the migration: large schemas make them hundreds of
// thousands of small blocks. The command hands them to this pointer, which the process keeps
// until it ends, instead of freeing them block by block just before exiting (which takes
// about a tenth of the time of the whole comparison).
struct Comparison
{
    SchemaSnapshot snapshots[2];
    SchemaDiff diff;
    Migration migration;
};
Comparison *lastComparison = nullptr;

QString stateName(ObjectDiff::State state)
{
    switch (state) {
    case ObjectDiff::State::Identical: return QStringLiteral("identical");
    case ObjectDiff::State::Changed: return QStringLiteral("changed");
    case ObjectDiff::State::OnlyInFrom: return QStringLiteral("removed");
    case ObjectDiff::State::OnlyInTo: return QStringLiteral("added");
    }
    return {};
}

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (value.userType() == QMetaType::Bool)
        return value.toBool();
    if (value.userType() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return value.toString();
}

} // namespace

QString DiffCommand::summary()
{
    return tr("  diff FROM TO         the migration that turns database FROM into TO (branches or URIs)\n");
}

QString DiffCommand::usage()
{
    return tr("Usage: pixetric diff FROM TO [--format sql|json] [--schema S]... [--exclude-schema S]...\n"
              "                     [--ignore owners,privileges,comments,whitespace] [--exit-code] [--fabric DIR]\n"
              "\n"
              "FROM and TO are branch names of the local fabric or postgresql:// URIs. Standard output\n"
              "holds the migration that turns FROM into TO (--format sql, the default) or the list of\n"
              "changes (--format json). With --exit-code the exit status is 1 when there are differences.\n");
}

int DiffCommand::run(const QStringList &args)
{
    FabricCommand::Syntax syntax;
    syntax.command = QStringLiteral("pixetric diff");
    syntax.flags = {QStringLiteral("--exit-code")};
    syntax.valueOptions = {QStringLiteral("--format"), QStringLiteral("--schema"), QStringLiteral("--exclude-schema"),
                           QStringLiteral("--ignore")};
    syntax.minPositional = 2;
    syntax.maxPositional = 2;
    syntax.usage = usage();
    FabricCommand::Arguments arguments;
    if (const int code = FabricCommand::parseArguments(args, syntax, &arguments); code >= 0)
        return code;

    const QString format = arguments.has(QStringLiteral("--format")) ? arguments.value(QStringLiteral("--format")) : QStringLiteral("sql");
    if (format != QLatin1String("sql") && format != QLatin1String("json"))
        return FabricCommand::usageError(tr("pixetric diff: --format is sql or json, not '%1'.").arg(format), syntax.usage);
    DiffOptions options;
    options.schemas = arguments.values(QStringLiteral("--schema"));
    options.excludedSchemas = arguments.values(QStringLiteral("--exclude-schema"));
    QString problem;
    for (const QString &list : arguments.values(QStringLiteral("--ignore"))) {
        if (!options.parseIgnoreList(list, &problem))
            return FabricCommand::usageError(QStringLiteral("pixetric diff: ") + problem, syntax.usage);
    }

    // Where each side is: a connection string as it is, a branch through the fabric.
    std::unique_ptr<LocalFabricEngine> engine;
    ConnectionParams params[2];
    for (int side = 0; side < 2; ++side) {
        const QString error = FabricCommand::resolveDatabase(arguments.positional.at(side), arguments.value(QStringLiteral("--fabric")),
                                                             QStringLiteral("pixetric-diff"), &engine, &params[side]);
        if (!error.isEmpty())
            return FabricCommand::fail(error);
    }

    // Both sides at once, each on a worker thread with a session of its own.
    delete lastComparison;
    lastComparison = new Comparison;
    SchemaSnapshot *snapshots = lastComparison->snapshots;
    QFuture<QString> reads[2];
    for (int side = 0; side < 2; ++side)
        reads[side] = QtConcurrent::run([&params, snapshots, side] { return SchemaReader::read(params[side], &snapshots[side]); });
    for (int side = 0; side < 2; ++side) {
        const QString error = reads[side].result();
        if (!error.isEmpty()) {
            reads[1 - side].waitForFinished();
            return FabricCommand::fail(tr("%1: %2").arg(arguments.positional.at(side), error));
        }
    }
    const int fromMajor = snapshots[0].serverVersionNum / 10000;
    const int toMajor = snapshots[1].serverVersionNum / 10000;
    if (fromMajor != toMajor) {
        FabricCommand::printErr(tr("pixetric diff: note: %1 runs PostgreSQL %2 and %3 runs PostgreSQL %4; the servers may spell "
                                   "the same definition differently, and the migration is written for PostgreSQL %2.\n")
                                    .arg(arguments.positional.at(0)).arg(fromMajor).arg(arguments.positional.at(1)).arg(toMajor));
    }

    lastComparison->diff = SchemaDiff::compare(snapshots[0], snapshots[1], options);
    const SchemaDiff &diff = lastComparison->diff;
    const bool differs = diff.hasDifferences();
    if (format == QLatin1String("json")) {
        QJsonArray changes;
        for (const ObjectDiff &d : diff.objects) {
            if (d.state == ObjectDiff::State::Identical)
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("kind"), SchemaObject::kindTag(d.kind));
            o.insert(QStringLiteral("object"), d.object().displayName());
            o.insert(QStringLiteral("key"), d.key);
            o.insert(QStringLiteral("change"), stateName(d.state));
            if (!d.changes.isEmpty()) {
                QJsonArray attributes;
                for (const AttributeChange &c : d.changes) {
                    attributes.append(QJsonObject{{QStringLiteral("attribute"), c.name},
                                                  {QStringLiteral("from"), jsonValue(c.from)},
                                                  {QStringLiteral("to"), jsonValue(c.to)}});
                }
                o.insert(QStringLiteral("attributes"), attributes);
            }
            changes.append(o);
        }
        QJsonObject document{{QStringLiteral("from"), params[0].displayName()},
                             {QStringLiteral("to"), params[1].displayName()},
                             {QStringLiteral("identical"), diff.count(ObjectDiff::State::Identical)},
                             {QStringLiteral("changes"), changes}};
        FabricCommand::printOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        lastComparison->migration = MigrationPlanner::plan(snapshots[0], snapshots[1], diff);
        const Migration &migration = lastComparison->migration;
        if (!migration.error.isEmpty())
            return FabricCommand::fail(migration.error);
        FabricCommand::printOut(migration.script(params[0].displayName(), params[1].displayName()));
        if (!migration.warnings.isEmpty() && FabricCommand::isTerminal(stderr)) {
            for (const QString &w : migration.warnings)
                FabricCommand::printErr(tr("pixetric diff: note: %1\n").arg(w));
        }
    }
    if (arguments.has(QStringLiteral("--exit-code")) && differs)
        return Failure;
    return Success;
}

} // namespace Pixetric::Cli
