#include "schemacomparisonresult.h"

#include <QElapsedTimer>

namespace Pixetric {

QString SchemaComparisonResult::ddl(const QString &key, Side side) const
{
    const ObjectDiff *d = diff.find(key);
    if (!d || !isValid())
        return {};
    const std::optional<SchemaObject> &object = side == Side::From ? d->from : d->to;
    if (!object)
        return {};
    const DdlWriter &writer = side == Side::From ? *fromWriter : *toWriter;
    QString text = writer.createSql(*object);
    if (text.isEmpty() && object->kind == ObjectKind::Column) {
        // A partition's column, or one inherited from a parent, comes with its table.
        for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::ForeignTable}) {
            const ObjectDiff *table = diff.find(SchemaObject::makeKey(kind, object->schema, object->table));
            if (!table)
                continue;
            const std::optional<SchemaObject> &tableObject = side == Side::From ? table->from : table->to;
            if (tableObject) {
                text = writer.createSql(*tableObject);
                break;
            }
        }
    }
    return text;
}

SchemaComparisonResult SchemaComparisonResult::build(const SchemaSnapshot &from, const SchemaSnapshot &to,
                                                     const DiffOptions &options, const QString &fromLabel,
                                                     const QString &toLabel)
{
    QElapsedTimer clock;
    clock.start();
    SchemaComparisonResult r;
    r.fromLabel = fromLabel;
    r.toLabel = toLabel;
    r.options = options;
    r.from = from;
    r.to = to;
    r.diff = SchemaDiff::compare(from, to, options);
    r.migration = MigrationPlanner::plan(from, to, r.diff);
    r.script = r.migration.script(fromLabel, toLabel);
    r.toWriter = std::make_shared<const DdlWriter>(from, to, options);
    r.fromWriter = std::make_shared<const DdlWriter>(to, from, options);

    const int fromMajor = from.serverVersionNum / 10000;
    const int toMajor = to.serverVersionNum / 10000;
    if (fromMajor != toMajor && fromMajor > 0 && toMajor > 0) {
        r.notes << tr("%1 runs PostgreSQL %2 and %3 runs PostgreSQL %4: the servers may spell the same definition "
                      "differently, and the migration is written for PostgreSQL %2.")
                       .arg(fromLabel)
                       .arg(fromMajor)
                       .arg(toLabel)
                       .arg(toMajor);
    }
    r.compareMillis = clock.elapsed();
    return r;
}

} // namespace Pixetric
