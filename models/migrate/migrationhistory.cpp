#include "migrationhistory.h"

#include "namedsql.h"
#include "pgsession.h"

#include <algorithm>

namespace Pixetric {

namespace {

QByteArray text(const QString &value)
{
    return value.isNull() ? QByteArray() : value.toUtf8();
}

const AppliedMigration *findApplied(const QList<AppliedMigration> &history, const QString &version)
{
    for (const AppliedMigration &a : history) {
        if (MigrationSet::compareVersions(a.version, version) == 0)
            return &a;
    }
    return nullptr;
}

} // namespace

QString MigrationHistory::sql(const char *name)
{
    return NamedSql::statements(QStringLiteral(":/sql/migrations.sql")).value(QLatin1String(name));
}

QString MigrationStatus::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Applied:
        return QStringLiteral("applied");
    case State::Drifted:
        return QStringLiteral("drifted");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Missing:
        return QStringLiteral("missing");
    case State::OutOfOrder:
        return QStringLiteral("out-of-order");
    }
    return {};
}

bool MigrationHistory::read(PgSession &session, QList<AppliedMigration> *history, QString *error)
{
    history->clear();
    const QString exists = session.value(sql("history_exists"));
    if (exists.isNull()) {
        *error = tr("Cannot look for the migration history: %1").arg(session.errorText());
        return false;
    }
    if (exists != QLatin1String("t"))
        return true;
    QList<QStringList> rows;
    if (!session.query(sql("read_history"), &rows)) {
        *error = tr("Cannot read pixetric.schema_migrations: %1").arg(session.errorText());
        return false;
    }
    for (const QStringList &r : std::as_const(rows)) {
        AppliedMigration a;
        a.version = r.value(0);
        a.name = r.value(1);
        a.fileName = r.value(2);
        a.checksum = r.value(3);
        a.appliedAt = r.value(4);
        a.durationMs = r.value(5).toDouble();
        a.appliedBy = r.value(6);
        a.success = r.value(7) == QLatin1String("t");
        a.error = r.value(8);
        a.failingStatement = r.value(9);
        a.upSql = r.value(10);
        a.downSql = r.value(11);
        history->append(a);
    }
    return true;
}

bool MigrationHistory::ensureTable(PgSession &session, QString *error)
{
    if (session.query(sql("create_schema")) && session.query(sql("create_history")))
        return true;
    *error = tr("Cannot create the migration history pixetric.schema_migrations: %1 "
                "(the role needs CREATE on the database).")
                 .arg(session.errorText());
    return false;
}

bool MigrationHistory::record(PgSession &session, const MigrationFile &file, double durationMs, bool success,
                              const QString &error, const QString &failingStatement, QString *problem)
{
    const QList<QByteArray> parameters = {text(file.version),
                                          text(file.name),
                                          text(file.fileName),
                                          text(file.checksum),
                                          QByteArray::number(durationMs, 'f', 3),
                                          success ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
                                          text(error),
                                          text(failingStatement),
                                          file.up.toUtf8(),
                                          file.hasDown ? file.down.toUtf8() : QByteArray()};
    if (session.query(sql("record"), parameters, nullptr))
        return true;
    *problem = tr("Cannot write %1 into the migration history: %2").arg(file.fileName, session.errorText());
    return false;
}

bool MigrationHistory::forget(PgSession &session, const QString &version, QString *error)
{
    if (session.query(sql("forget"), {version.toUtf8()}, nullptr))
        return true;
    *error = tr("Cannot remove version %1 from the migration history: %2").arg(version, session.errorText());
    return false;
}

QString MigrationHistory::describeEdit(const QString &applied, const QString &now)
{
    const QStringList a = applied.split(QLatin1Char('\n'));
    const QStringList b = now.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) == b.value(i))
            continue;
        if (i >= a.size())
            return tr("lines were added from line %1: \"%2\"").arg(i + 1).arg(b.value(i).trimmed().left(120));
        if (i >= b.size())
            return tr("lines were removed from line %1: \"%2\"").arg(i + 1).arg(a.value(i).trimmed().left(120));
        return tr("line %1 was \"%2\" and is now \"%3\"")
            .arg(i + 1)
            .arg(a.value(i).trimmed().left(120), b.value(i).trimmed().left(120));
    }
    return tr("only the checksum differs");
}

QList<MigrationStatus> MigrationHistory::compare(const MigrationSet &set, const QList<AppliedMigration> &history)
{
    QList<MigrationStatus> result;
    // The highest version applied successfully: a pending file below it is out of order.
    QString head;
    for (const AppliedMigration &a : history) {
        if (a.success && (head.isEmpty() || MigrationSet::compareVersions(a.version, head) > 0))
            head = a.version;
    }
    for (const MigrationFile &f : set.files) {
        MigrationStatus s;
        s.version = f.version;
        s.name = f.name;
        s.file = &f;
        s.applied = findApplied(history, f.version);
        if (!s.applied) {
            const bool late = !head.isEmpty() && MigrationSet::compareVersions(f.version, head) < 0;
            s.state = late ? MigrationStatus::State::OutOfOrder : MigrationStatus::State::Pending;
            if (late)
                s.explanation = tr("%1 is not applied, but the later version %2 is: it was probably added on another branch. "
                                   "It runs next; renumber it after %2 if it depends on that.")
                                    .arg(f.fileName, head);
        } else if (!s.applied->success) {
            s.state = MigrationStatus::State::Failed;
            s.explanation = tr("%1 failed on %2: %3").arg(f.fileName, s.applied->appliedAt, s.applied->error);
        } else if (s.applied->checksum != f.checksum) {
            s.state = MigrationStatus::State::Drifted;
            s.explanation = tr("%1 was edited after it was applied on %2: %3. Put the change into a new migration and "
                               "restore the file as it was.")
                                .arg(f.fileName, s.applied->appliedAt, describeEdit(s.applied->upSql, f.up));
        } else {
            s.state = MigrationStatus::State::Applied;
        }
        result << s;
    }
    for (const AppliedMigration &a : history) {
        if (set.find(a.version))
            continue;
        MigrationStatus s;
        s.version = a.version;
        s.name = a.name;
        s.applied = &a;
        s.state = MigrationStatus::State::Missing;
        s.explanation = tr("%1 (version %2) was applied on %3, but the folder no longer has it: restore the file, "
                           "or the folder is not the one this database was migrated from.")
                            .arg(a.fileName, a.version, a.appliedAt);
        result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const MigrationStatus &a, const MigrationStatus &b) {
        return MigrationSet::compareVersions(a.version, b.version) < 0;
    });
    return result;
}

QList<MigrationFile> MigrationHistory::pending(const QList<MigrationStatus> &status)
{
    QList<MigrationFile> files;
    for (const MigrationStatus &s : status) {
        if (s.file
            && (s.state == MigrationStatus::State::Pending || s.state == MigrationStatus::State::OutOfOrder
                || s.state == MigrationStatus::State::Failed))
            files << *s.file;
    }
    return files;
}

} // namespace Pixetric
