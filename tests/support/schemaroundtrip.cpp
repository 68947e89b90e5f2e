#include "schemaroundtrip.h"

#include "migrationplanner.h"
#include "pgsession.h"
#include "schemadiff.h"
#include "schemadumpnormalizer.h"
#include "schemareader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Pixetric::Test {

SchemaRoundTrip::SchemaRoundTrip(const PgTestCluster &cluster, const QString &workDirectory)
    : m_cluster(cluster)
    , m_work(workDirectory)
{
}

bool SchemaRoundTrip::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), PgTestCluster::password());
    process.setProcessEnvironment(env);
    process.start(m_cluster.binDirectory() + QLatin1Char('/') + program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        *output = program + QStringLiteral(" did not finish in two minutes");
        return false;
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString SchemaRoundTrip::psqlErrors(const QString &output)
{
    // Errors a fresh database gives for what it has already: the fixtures' authors ran them
    // on databases without a public schema or plpgsql.
    static const QRegularExpression harmless(
        QStringLiteral("(schema \"public\" already exists|language \"plpgsql\" already exists|extension \"plpgsql\" already exists)"));
    QStringList errors;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if ((line.contains(QLatin1String("ERROR:")) || line.contains(QLatin1String("FATAL:"))) && !harmless.match(line).hasMatch())
            errors << line.trimmed();
    }
    return errors.join(QLatin1Char('\n'));
}

QString SchemaRoundTrip::load(PgSession &admin, const QString &database, const QString &file)
{
    static const QRegularExpression missingRole(QStringLiteral("role \"([^\"]+)\" does not exist"));
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (!admin.query(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database))
            || !createDatabase(admin, database, QStringLiteral("template0")))
            return admin.errorText();
        QString output;
        run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=0"),
                                     QStringLiteral("-d"), m_cluster.uri(database), QStringLiteral("-f"), file},
            &output);
        const QString errors = psqlErrors(output);
        const auto role = missingRole.match(errors);
        if (role.hasMatch()) {
            // Another pair may make the same role at the same moment: either way it exists.
            admin.query(QStringLiteral("CREATE ROLE %1").arg(SchemaObject::quoteIdentifier(role.captured(1))));
            continue;
        }
        return errors;
    }
    return QStringLiteral("too many missing roles");
}

bool SchemaRoundTrip::createDatabase(PgSession &admin, const QString &database, const QString &from) const
{
    const QString strategy = m_cluster.majorVersion() >= 15 ? QStringLiteral(" STRATEGY FILE_COPY") : QString();
    return admin.query(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2%3").arg(database, from, strategy));
}

QString SchemaRoundTrip::dump(const QString &database, QString *error)
{
    QString output;
    if (!run(QStringLiteral("pg_dump"), {QStringLiteral("--schema-only"), QStringLiteral("-d"), m_cluster.uri(database)}, &output)) {
        *error = output;
        return {};
    }
    return SchemaDumpNormalizer::normalize(output);
}

QString SchemaRoundTrip::read(const QString &database, SchemaSnapshot *snapshot)
{
    return SchemaReader::read(m_cluster.params(database), snapshot);
}

QString SchemaRoundTrip::describe(const SchemaDiff &diff)
{
    QStringList left;
    for (const ObjectDiff &d : diff.objects) {
        if (d.state == ObjectDiff::State::Identical)
            continue;
        QString line = d.key;
        for (const AttributeChange &c : d.changes)
            line += QStringLiteral("\n    %1: %2 → %3").arg(c.name, AttributeChange::text(c.from), AttributeChange::text(c.to));
        left << line;
    }
    return left.join(QLatin1Char('\n'));
}

QString SchemaRoundTrip::converge(const QString &from, const QString &to, const QString &label, SchemaSnapshot *a,
                                  SchemaSnapshot *b, Migration *ran)
{
    if (const QString error = read(from, a); !error.isEmpty())
        return label + QStringLiteral(": reading A: ") + error;
    if (const QString error = read(to, b); !error.isEmpty())
        return label + QStringLiteral(": reading B: ") + error;
    const SchemaDiff diff = SchemaDiff::compare(*a, *b);
    const Migration migration = MigrationPlanner::plan(*a, *b, diff);
    if (ran)
        *ran = migration;
    if (!migration.error.isEmpty())
        return label + QStringLiteral(": no migration: ") + migration.error;
    const QString script = migration.script();
    QFile scriptFile(QDir(m_work).filePath(QStringLiteral("%1-%2.sql").arg(from, to)));
    if (scriptFile.open(QIODevice::WriteOnly))
        scriptFile.write(script.toUtf8());
    scriptFile.close();
    if (!script.isEmpty()) {
        QString output;
        run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-d"), m_cluster.uri(from), QStringLiteral("-f"), scriptFile.fileName()},
            &output);
        const QString errors = psqlErrors(output);
        if (!errors.isEmpty())
            return label + QStringLiteral(": the migration does not apply: ") + errors + QStringLiteral("\n--- script:\n") + script;
    }
    QString dumpError;
    const QString dumpA = dump(from, &dumpError);
    const QString dumpB = dump(to, &dumpError);
    if (!dumpError.isEmpty())
        return label + QStringLiteral(": pg_dump: ") + dumpError;
    if (dumpA != dumpB) {
        return label + QStringLiteral(": after the migration the dumps differ:\n")
               + SchemaDumpNormalizer::difference(dumpA, dumpB) + QStringLiteral("\n--- script:\n") + script;
    }
    SchemaSnapshot again;
    if (const QString error = read(from, &again); !error.isEmpty())
        return label + QStringLiteral(": reading A again: ") + error;
    const SchemaDiff second = SchemaDiff::compare(again, *b);
    if (second.hasDifferences()) {
        return label + QStringLiteral(": a second comparison still finds differences:\n") + describe(second)
               + QStringLiteral("\n--- script:\n") + script;
    }
    return {};
}

} // namespace Pixetric::Test
