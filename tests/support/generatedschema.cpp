#include "generatedschema.h"

#include "schemaobject.h"

namespace Pixetric::Test {

QString ident(const QString &name)
{
    return SchemaObject::quoteIdentifier(name);
}

QString qualified(const QString &schema, const QString &name)
{
    return SchemaObject::qualify(schema, name);
}

QString literal(const QString &text)
{
    return SchemaObject::quoteLiteral(text);
}

bool GeneratedItem::isRelation() const
{
    switch (kind) {
    case GeneratedKind::Table:
    case GeneratedKind::PartitionedTable:
    case GeneratedKind::Partition:
    case GeneratedKind::ChildTable:
    case GeneratedKind::ForeignTable:
    case GeneratedKind::View:
    case GeneratedKind::MaterializedView:
        return true;
    default:
        return false;
    }
}

QString GeneratedSchema::columnId(const QString &relationId, const QString &column)
{
    // No generated name holds a line break.
    return relationId + QLatin1Char('\n') + column;
}

qsizetype GeneratedSchema::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

const GeneratedItem *GeneratedSchema::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &items.at(i);
}

QList<GeneratedColumnRef> GeneratedSchema::columns(qsizetype index) const
{
    QList<GeneratedColumnRef> result;
    if (index < 0 || index >= items.size())
        return result;
    const GeneratedItem &item = items.at(index);
    auto inherited = [&](const QString &parent) {
        for (GeneratedColumnRef c : columns(indexOf(parent))) {
            c.id = columnId(item.id, c.name);
            result << c;
        }
    };
    if (item.kind == GeneratedKind::Partition) {
        inherited(item.anchor);
    } else if (item.table) {
        if (!item.table->parent.isEmpty())
            inherited(item.table->parent);
        for (const GeneratedColumn &c : item.table->columns) {
            result << GeneratedColumnRef{columnId(item.id, c.name), c.name, c.type, c.family, c.collation, c.signature(),
                                         c.pinned, !c.generated.isEmpty(), c.notNull || !c.identity.isEmpty()};
        }
    } else {
        for (const auto &[id, signature] : item.provides) {
            const QStringList parts = signature.split(QLatin1Char('|'));
            const QString name = id.section(QLatin1Char('\n'), -1);
            result << GeneratedColumnRef{id, name, parts.value(0), parts.value(1), parts.value(2), signature};
        }
    }
    return result;
}

QHash<QString, QString> GeneratedSchema::providedBefore(qsizetype position) const
{
    QHash<QString, QString> provided;
    provided.insert(QStringLiteral("schema:public"), QString());
    for (qsizetype i = 0; i < position && i < items.size(); ++i) {
        const GeneratedItem &item = items.at(i);
        if (!item.id.isEmpty())
            provided.insert(item.id, item.signature);
        if (item.isRelation()) {
            for (const GeneratedColumnRef &c : columns(i))
                provided.insert(c.id, c.signature);
        } else {
            for (const auto &[id, signature] : item.provides)
                provided.insert(id, signature);
        }
    }
    return provided;
}

bool GeneratedSchema::nameTaken(const QString &schema, const QString &name, bool routine) const
{
    for (const GeneratedItem &item : items) {
        const bool isRoutine = item.kind == GeneratedKind::Function || item.kind == GeneratedKind::TriggerFunction
                               || item.kind == GeneratedKind::EventTriggerFunction || item.kind == GeneratedKind::Procedure
                               || item.kind == GeneratedKind::Aggregate;
        if (item.schema == schema && item.name == name && isRoutine == routine)
            return true;
    }
    return false;
}

QString GeneratedSchema::sql() const
{
    QString out;
    for (const GeneratedItem &item : items)
        out += sql(item) + QLatin1Char('\n');
    return out;
}

QString GeneratedSchema::sql(const GeneratedItem &item) const
{
    const QString q = qualified(item.schema, item.name);
    if (item.kind == GeneratedKind::Enum) {
        QStringList labels;
        for (const QString &l : item.labels)
            labels << literal(l);
        return QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(q, labels.join(QStringLiteral(", ")));
    }
    if (!item.table)
        return item.sql;
    const GeneratedTable &t = *item.table;
    const bool foreign = item.kind == GeneratedKind::ForeignTable;
    QStringList definitions;
    QStringList after;
    const QString alter = (foreign ? QStringLiteral("ALTER FOREIGN TABLE ") : QStringLiteral("ALTER TABLE ")) + q;
    for (const GeneratedColumn &c : t.columns) {
        QString d = ident(c.name) + QLatin1Char(' ') + c.type;
        if (!c.fdwOptions.isEmpty())
            d += QLatin1String(" OPTIONS (") + c.fdwOptions + QLatin1Char(')');
        if (!c.collation.isEmpty())
            d += QLatin1String(" COLLATE ") + c.collation;
        if (!c.generated.isEmpty())
            d += QLatin1String(" GENERATED ALWAYS AS (") + c.generated + QLatin1String(") STORED");
        if (!c.defaultValue.isEmpty())
            d += QLatin1String(" DEFAULT ") + c.defaultValue;
        if (c.notNull)
            d += QLatin1String(" NOT NULL");
        if (!c.identity.isEmpty()) {
            d += QLatin1String(" GENERATED ") + c.identity + QLatin1String(" AS IDENTITY");
            if (!c.identityOptions.isEmpty())
                d += QLatin1String(" (") + c.identityOptions + QLatin1Char(')');
        }
        definitions << QLatin1String("    ") + d;
        const QString column = alter + QLatin1String(" ALTER COLUMN ") + ident(c.name);
        if (!c.storage.isEmpty())
            after << column + QLatin1String(" SET STORAGE ") + c.storage + QLatin1Char(';');
        if (!c.compression.isEmpty())
            after << column + QLatin1String(" SET COMPRESSION ") + c.compression + QLatin1Char(';');
        if (c.statistics >= 0)
            after << column + QLatin1String(" SET STATISTICS ") + QString::number(c.statistics) + QLatin1Char(';');
        if (!c.options.isEmpty())
            after << column + QLatin1String(" SET (") + c.options + QLatin1String(");");
    }
    QString sql = QStringLiteral("CREATE %1%2 %3 (\n%4\n)")
                      .arg(t.unlogged ? QStringLiteral("UNLOGGED ") : QString(),
                           foreign ? QStringLiteral("FOREIGN TABLE") : QStringLiteral("TABLE"), q,
                           definitions.join(QStringLiteral(",\n")));
    if (!t.parent.isEmpty()) {
        const GeneratedItem *parent = find(t.parent);
        sql += QLatin1String(" INHERITS (") + (parent ? qualified(parent->schema, parent->name) : QString()) + QLatin1Char(')');
    }
    if (!t.partitionBy.isEmpty())
        sql += QLatin1String(" PARTITION BY ") + t.partitionBy;
    if (!t.options.isEmpty())
        sql += QLatin1String(" WITH (") + t.options + QLatin1Char(')');
    if (foreign) {
        sql += QLatin1String(" SERVER ") + t.serverName;
        if (!t.serverOptions.isEmpty())
            sql += QLatin1String(" OPTIONS (") + t.serverOptions + QLatin1Char(')');
    }
    QStringList statements{sql + QLatin1Char(';')};
    statements << after;
    if (t.rowSecurity)
        statements << alter + QLatin1String(" ENABLE ROW LEVEL SECURITY;");
    if (t.forceRowSecurity)
        statements << alter + QLatin1String(" FORCE ROW LEVEL SECURITY;");
    if (!t.replicaIdentity.isEmpty())
        statements << alter + QLatin1String(" REPLICA IDENTITY ") + t.replicaIdentity + QLatin1Char(';');
    return statements.join(QLatin1Char('\n'));
}

} // namespace Pixetric::Test
