// The DDL writer's tables, columns, constraints, indexes and views.
#include "ddlsupport.h"
#include "ddlwriter.h"

namespace Pixetric {

using namespace Ddl;

namespace {

// ALTER TABLE refuses foreign tables and ALTER FOREIGN TABLE ordinary ones.
QString alterTableCommand(const SchemaSnapshot &snapshot, const SchemaObject &o)
{
    const bool foreign = o.kind == ObjectKind::ForeignTable
                         || snapshot.find(ObjectKind::ForeignTable, o.schema, o.table.isEmpty() ? o.name : o.table);
    return foreign ? QStringLiteral("ALTER FOREIGN TABLE") : QStringLiteral("ALTER TABLE");
}

QString viewBody(const SchemaObject &view)
{
    QString body = view.attr(QStringLiteral("definition")).trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    return body;
}

// "name value": a view column's comment or default, the name quoted.
QMap<QString, QString> namedValues(const QStringList &list)
{
    QMap<QString, QString> map;
    for (const QString &item : list) {
        const NamedPart part = splitLeadingIdentifier(item);
        map.insert(part.name, part.rest);
    }
    return map;
}

// "col grantee=PRIV" → per column, the reader's privilege list.
QMap<QString, QStringList> columnPrivilegeLists(const QStringList &list)
{
    QMap<QString, QStringList> map;
    for (const QString &item : list) {
        const NamedPart part = splitLeadingIdentifier(item);
        map[part.name] << part.rest;
    }
    return map;
}

} // namespace

QString DdlWriter::columnDefinition(const SchemaObject &c, bool withIdentity, bool withDefault) const
{
    QString sql = SchemaObject::quoteIdentifier(c.name) + QLatin1Char(' ') + c.attr(QStringLiteral("type"));
    if (c.has(QStringLiteral("serverOptions")))
        sql += genericOptions(c.list(QStringLiteral("serverOptions")));
    if (c.has(QStringLiteral("collation")))
        sql += QLatin1String(" COLLATE ") + c.attr(QStringLiteral("collation"));
    if (c.has(QStringLiteral("generated")))
        sql += QLatin1String(" GENERATED ALWAYS AS (") + c.attr(QStringLiteral("generated")) + QLatin1String(") STORED");
    if (withDefault && c.has(QStringLiteral("default")))
        sql += QLatin1String(" DEFAULT ") + c.attr(QStringLiteral("default"));
    if (c.flag(QStringLiteral("notNull")))
        sql += QLatin1String(" NOT NULL");
    if (withIdentity && c.has(QStringLiteral("identity"))) {
        sql += QLatin1String(" GENERATED ") + c.attr(QStringLiteral("identity")) + QLatin1String(" AS IDENTITY");
        QStringList options;
        if (c.has(QStringLiteral("identitySequence")))
            options << QLatin1String("SEQUENCE NAME ") + c.attr(QStringLiteral("identitySequence"));
        options << c.list(QStringLiteral("identityOptions"));
        if (!options.isEmpty())
            sql += QLatin1String(" (") + options.join(QLatin1Char(' ')) + QLatin1Char(')');
    }
    return sql;
}

QList<MigrationStep> DdlWriter::columnExtras(const SchemaObject *from, const SchemaObject &c) const
{
    QList<MigrationStep> steps;
    // ONLY: these settings reach a table's children and partitions otherwise, whose own values
    // are compared, and set, apart.
    const QString prefix = QStringLiteral("%1 ONLY %2 ALTER COLUMN %3 ")
                               .arg(alterTableCommand(m_to, c), c.qualifiedTable(), SchemaObject::quoteIdentifier(c.name));
    auto changed = [&](const char *name) {
        return from ? from->attrs.value(QLatin1String(name)) != c.attrs.value(QLatin1String(name)) : c.has(QLatin1String(name));
    };
    if (changed("storage")) {
        steps << MigrationStep{prefix + QLatin1String("SET STORAGE ")
                                   + (c.has(QStringLiteral("storage")) ? c.attr(QStringLiteral("storage")) : QStringLiteral("EXTENDED")) + QLatin1Char(';'),
                               c.key()};
    }
    if (changed("compression")) {
        steps << MigrationStep{prefix + QLatin1String("SET COMPRESSION ")
                                   + (c.has(QStringLiteral("compression")) ? c.attr(QStringLiteral("compression")) : QStringLiteral("default")) + QLatin1Char(';'),
                               c.key()};
    }
    if (changed("statistics")) {
        steps << MigrationStep{prefix + QLatin1String("SET STATISTICS ")
                                   + (c.has(QStringLiteral("statistics")) ? c.attr(QStringLiteral("statistics")) : QStringLiteral("-1")) + QLatin1Char(';'),
                               c.key()};
    }
    if (changed("options")) {
        for (const QString &clause : storageParameterChanges(from ? from->list(QStringLiteral("options")) : QStringList(),
                                                            c.list(QStringLiteral("options"))))
            steps << MigrationStep{prefix + clause + QLatin1Char(';'), c.key()};
    }
    steps << commonAttributes(from, c);
    return steps;
}

QList<MigrationStep> DdlWriter::createTable(const SchemaObject &t, bool deferDefaults) const
{
    QList<MigrationStep> steps;
    const QString q = t.qualifiedName();
    const bool partition = t.has(QStringLiteral("partitionOf"));
    QStringList columns;
    QStringList needs;
    QList<const SchemaObject *> columnObjects;
    QList<MigrationStep> deferred;
    for (const SchemaObject *c : m_to.childrenOf(t.key())) {
        if (c->kind != ObjectKind::Column)
            continue;
        columnObjects << c;
        // A default set afterwards needs its functions and sequences then, not the table.
        const bool defer = deferDefaults && c->has(QStringLiteral("default")) && c->flag(QStringLiteral("local")) && !partition;
        for (const QString &d : c->dependsOn) {
            const SchemaObject *needed = m_to.find(d);
            const bool called = needed
                                && (needed->kind == ObjectKind::Function || needed->kind == ObjectKind::Aggregate
                                    || needed->kind == ObjectKind::Procedure || needed->kind == ObjectKind::Sequence);
            if (!defer || !called)
                needs << d;
        }
        if (defer) {
            MigrationStep s{QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3;")
                                .arg(q, SchemaObject::quoteIdentifier(c->name), c->attr(QStringLiteral("default"))),
                            t.key()};
            s.needs = c->dependsOn;
            s.needs.removeAll(t.key());
            s.trailing = true;
            deferred << s;
        }
        // Columns that only come from a parent come with it.
        if (c->flag(QStringLiteral("local")) && !partition)
            columns << QLatin1String("    ") + columnDefinition(*c, true, !defer);
    }
    needs.removeAll(t.key());

    QString sql;
    if (t.kind == ObjectKind::ForeignTable) {
        sql = QStringLiteral("CREATE FOREIGN TABLE %1 (\n%2\n)").arg(q, columns.join(QStringLiteral(",\n")));
        if (t.has(QStringLiteral("inherits")))
            sql += QLatin1String(" INHERITS (") + t.list(QStringLiteral("inherits")).join(QStringLiteral(", ")) + QLatin1Char(')');
        sql += QLatin1String(" SERVER ") + SchemaObject::quoteIdentifier(t.attr(QStringLiteral("server")))
               + genericOptions(t.list(QStringLiteral("serverOptions")));
    } else {
        sql = QStringLiteral("CREATE %1TABLE %2").arg(t.flag(QStringLiteral("unlogged")) ? QStringLiteral("UNLOGGED ") : QString(), q);
        if (partition) {
            sql += QLatin1String(" PARTITION OF ") + t.attr(QStringLiteral("partitionOf"));
            needs << relationKeyFromReference(t.attr(QStringLiteral("partitionOf")), m_to);
            // A partition's own defaults and NOT NULLs are set below.
            sql += QLatin1Char(' ') + t.attr(QStringLiteral("partitionBound"));
        } else {
            sql += QLatin1String(" (\n") + columns.join(QStringLiteral(",\n")) + QLatin1String("\n)");
            if (t.has(QStringLiteral("inherits")))
                sql += QLatin1String(" INHERITS (") + t.list(QStringLiteral("inherits")).join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        if (t.has(QStringLiteral("partitionKey")))
            sql += QLatin1String(" PARTITION BY ") + t.attr(QStringLiteral("partitionKey"));
        if (t.has(QStringLiteral("accessMethod")))
            sql += QLatin1String(" USING ") + SchemaObject::quoteIdentifier(t.attr(QStringLiteral("accessMethod")));
        if (t.has(QStringLiteral("options")))
            sql += QLatin1String(" WITH (") + storageParameters(t.list(QStringLiteral("options"))) + QLatin1Char(')');
    }
    MigrationStep create{sql + QLatin1Char(';'), t.key()};
    create.needs = needs;
    steps << create << deferred;

    for (const SchemaObject *c : std::as_const(columnObjects)) {
        if (partition || !c->flag(QStringLiteral("local"))) {
            // What a partition or child has of its own beyond what it inherits.
            const QString prefix = QStringLiteral("%1 %2 ALTER COLUMN %3 ")
                                       .arg(alterTableCommand(m_to, *c), q, SchemaObject::quoteIdentifier(c->name));
            const SchemaObject *parentColumn = nullptr;
            const QString parent = partition ? t.attr(QStringLiteral("partitionOf"))
                                             : t.list(QStringLiteral("inherits")).value(0);
            const QStringList parts = splitIdentifiers(parent);
            if (parts.size() == 2)
                parentColumn = m_to.find(ObjectKind::Column, parts.at(0), c->name, parts.at(1));
            if (c->has(QStringLiteral("default"))
                && (!parentColumn || parentColumn->attr(QStringLiteral("default")) != c->attr(QStringLiteral("default"))))
                steps << MigrationStep{prefix + QLatin1String("SET DEFAULT ") + c->attr(QStringLiteral("default")) + QLatin1Char(';'), c->key()};
            if (c->flag(QStringLiteral("notNull")) && (!parentColumn || !parentColumn->flag(QStringLiteral("notNull"))))
                steps << MigrationStep{prefix + QLatin1String("SET NOT NULL;"), c->key()};
        }
        steps << columnExtras(nullptr, *c);
    }

    const QString alter = alterTableCommand(m_to, t) + QLatin1Char(' ') + q;
    if (t.flag(QStringLiteral("rowSecurity")))
        steps << MigrationStep{alter + QLatin1String(" ENABLE ROW LEVEL SECURITY;"), t.key()};
    if (t.flag(QStringLiteral("forceRowSecurity")))
        steps << MigrationStep{alter + QLatin1String(" FORCE ROW LEVEL SECURITY;"), t.key()};
    if (t.has(QStringLiteral("replicaIdentity"))) {
        MigrationStep s{alter + QLatin1String(" REPLICA IDENTITY ") + t.attr(QStringLiteral("replicaIdentity")) + QLatin1Char(';'), t.key()};
        const QString identity = t.attr(QStringLiteral("replicaIdentity"));
        if (identity.startsWith(QLatin1String("USING INDEX ")))
            s.needs << indexKey(t.schema, splitIdentifiers(identity.mid(12)).value(0));
        s.trailing = true;
        steps << s;
    }
    if (t.has(QStringLiteral("clusterOn"))) {
        MigrationStep s{alter + QLatin1String(" CLUSTER ON ") + t.attr(QStringLiteral("clusterOn")) + QLatin1Char(';'), t.key()};
        s.needs << indexKey(t.schema, splitIdentifiers(t.attr(QStringLiteral("clusterOn"))).value(0));
        s.trailing = true;
        steps << s;
    }
    steps << commonAttributes(nullptr, t);
    return steps;
}

QList<MigrationStep> DdlWriter::createView(const SchemaObject &v) const
{
    QList<MigrationStep> steps;
    const QString q = v.qualifiedName();
    const bool materialized = v.kind == ObjectKind::MaterializedView;
    QString sql = QStringLiteral("CREATE %1VIEW %2").arg(materialized ? QStringLiteral("MATERIALIZED ") : QString(), q);
    if (v.has(QStringLiteral("options")))
        sql += QLatin1String(" WITH (") + storageParameters(v.list(QStringLiteral("options"))) + QLatin1Char(')');
    MigrationStep create{sql + QLatin1String(" AS\n") + viewBody(v)
                             + (v.flag(QStringLiteral("withNoData")) ? QStringLiteral("\nWITH NO DATA;") : QStringLiteral(";")),
                         v.key()};
    if (materialized)
        create.notes << tr("runs the query and stores its rows");
    steps << create;
    const QString alter = materialized ? QStringLiteral("ALTER MATERIALIZED VIEW ") : QStringLiteral("ALTER VIEW ");
    const QMap<QString, QString> defaults = namedValues(v.list(QStringLiteral("columnDefaults")));
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
        steps << MigrationStep{alter + q + QLatin1String(" ALTER COLUMN ") + it.key() + QLatin1String(" SET DEFAULT ") + it.value() + QLatin1Char(';'), v.key()};
    const QMap<QString, QString> comments = namedValues(v.list(QStringLiteral("columnComments")));
    for (auto it = comments.constBegin(); it != comments.constEnd(); ++it)
        steps << MigrationStep{QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;").arg(q, it.key(), it.value()), v.key()};
    // The owner first: ALTER … OWNER TO moves the old owner's grants on the columns along.
    steps << commonAttributes(nullptr, v);
    const QMap<QString, QStringList> privileges = columnPrivilegeLists(v.list(QStringLiteral("columnPrivileges")));
    for (auto it = privileges.constBegin(); it != privileges.constEnd(); ++it)
        steps << privilegeSteps(v, {}, it.value(), splitIdentifiers(it.key()).value(0));
    return steps;
}

QList<MigrationStep> DdlWriter::createIndex(const SchemaObject &i) const
{
    QList<MigrationStep> steps;
    QString definition = i.attr(QStringLiteral("definition"));
    const bool child = i.has(QStringLiteral("parentIndex"));
    if (child) {
        // A partition made in the same migration gets its parent's indexes by itself, under the
        // names PostgreSQL chooses: the index of that name may be there already.
        const qsizetype at = definition.indexOf(QLatin1String("INDEX "));
        if (at >= 0)
            definition.insert(at + 6, QLatin1String("IF NOT EXISTS "));
    }
    MigrationStep create{withSemicolon(definition), i.key()};
    create.notes << tr("SHARE lock on %1: writes wait while the index is built (CREATE INDEX CONCURRENTLY, outside a transaction, avoids it)")
                        .arg(i.qualifiedTable());
    steps << create;
    if (child) {
        MigrationStep attach{QStringLiteral("ALTER INDEX %1 ATTACH PARTITION %2;").arg(i.attr(QStringLiteral("parentIndex")), i.qualifiedName()), i.key()};
        attach.needs << indexKeyFromReference(i.attr(QStringLiteral("parentIndex")));
        attach.trailing = true;
        steps << attach;
    }
    // A table clustered on an index made anew (PostgreSQL dropped it with a column, say) is
    // clustered on it again.
    const SchemaObject *table = m_to.find(ObjectKind::Table, i.schema, i.table);
    if (table && table->has(QStringLiteral("clusterOn"))
        && splitIdentifiers(table->attr(QStringLiteral("clusterOn"))).value(0) == i.name) {
        MigrationStep cluster{QStringLiteral("ALTER TABLE %1 CLUSTER ON %2;").arg(i.qualifiedTable(), SchemaObject::quoteIdentifier(i.name)),
                              i.key()};
        cluster.trailing = true;
        steps << cluster;
    }
    for (const QString &s : i.list(QStringLiteral("statistics")))
        steps << MigrationStep{QStringLiteral("ALTER INDEX %1 ALTER COLUMN %2 SET STATISTICS %3;")
                                   .arg(i.qualifiedName(), s.section(QLatin1Char(' '), 0, 0), s.section(QLatin1Char(' '), 1)),
                               i.key()};
    steps << commonAttributes(nullptr, i);
    return steps;
}

DdlWriter::Alteration DdlWriter::alterTable(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    const QString key = b.key();
    const QString q = b.qualifiedName();
    const QString alter = alterTableCommand(m_to, b) + QLatin1Char(' ') + q;
    auto changed = [&](const char *name) { return a.attrs.value(QLatin1String(name)) != b.attrs.value(QLatin1String(name)); };
    auto apply = [&](const QString &sql, const QString &note = {}) {
        MigrationStep s{sql, key};
        // Steps that wait for another object (a parent, an index) hold nothing up.
        s.trailing = true;
        if (!note.isEmpty())
            s.notes << note;
        result.apply << s;
        return &result.apply.last();
    };
    for (const char *fixed : {"partitioned", "partitionKey", "accessMethod", "server"}) {
        if (changed(fixed)) {
            result.recreate = true;
            result.reason = tr("%1 changed: the table must be made anew, and its rows are lost").arg(QLatin1String(fixed));
            return result;
        }
    }
    if (changed("unlogged"))
        apply(alter + (b.flag(QStringLiteral("unlogged")) ? QLatin1String(" SET UNLOGGED;") : QLatin1String(" SET LOGGED;")),
              tr("ACCESS EXCLUSIVE lock; rewrites the table"));
    if (changed("options")) {
        for (const QString &clause : storageParameterChanges(a.list(QStringLiteral("options")), b.list(QStringLiteral("options"))))
            apply(alter + QLatin1Char(' ') + clause + QLatin1Char(';'));
    }
    if (changed("partitionOf") || changed("partitionBound")) {
        if (a.has(QStringLiteral("partitionOf"))) {
            MigrationStep s{QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2;").arg(a.attr(QStringLiteral("partitionOf")), q), key};
            s.notes << tr("ACCESS EXCLUSIVE lock on %1").arg(a.attr(QStringLiteral("partitionOf")));
            result.release << s;
        }
        if (b.has(QStringLiteral("partitionOf"))) {
            MigrationStep *s = apply(QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 %3;")
                                         .arg(b.attr(QStringLiteral("partitionOf")), q, b.attr(QStringLiteral("partitionBound"))),
                                     tr("scans the table to check its rows fit the bound, unless a CHECK constraint proves it"));
            s->needs << relationKeyFromReference(b.attr(QStringLiteral("partitionOf")), m_to);
        }
    }
    if (changed("inherits")) {
        const QStringList old = a.list(QStringLiteral("inherits"));
        const QStringList now = b.list(QStringLiteral("inherits"));
        for (const QString &p : old) {
            if (!now.contains(p))
                result.release << MigrationStep{alter + QLatin1String(" NO INHERIT ") + p + QLatin1Char(';'), key};
        }
        for (const QString &p : now) {
            if (!old.contains(p))
                apply(alter + QLatin1String(" INHERIT ") + p + QLatin1Char(';'))->needs << relationKeyFromReference(p, m_to);
        }
    }
    if (changed("rowSecurity"))
        apply(alter + (b.flag(QStringLiteral("rowSecurity")) ? QLatin1String(" ENABLE") : QLatin1String(" DISABLE")) + QLatin1String(" ROW LEVEL SECURITY;"));
    if (changed("forceRowSecurity"))
        apply(alter + (b.flag(QStringLiteral("forceRowSecurity")) ? QLatin1String(" FORCE") : QLatin1String(" NO FORCE")) + QLatin1String(" ROW LEVEL SECURITY;"));
    if (changed("replicaIdentity")) {
        const QString identity = b.has(QStringLiteral("replicaIdentity")) ? b.attr(QStringLiteral("replicaIdentity")) : QStringLiteral("DEFAULT");
        MigrationStep *s = apply(alter + QLatin1String(" REPLICA IDENTITY ") + identity + QLatin1Char(';'));
        if (identity.startsWith(QLatin1String("USING INDEX ")))
            s->needs << indexKey(b.schema, splitIdentifiers(identity.mid(12)).value(0));
    }
    if (changed("clusterOn")) {
        if (b.has(QStringLiteral("clusterOn"))) {
            apply(alter + QLatin1String(" CLUSTER ON ") + b.attr(QStringLiteral("clusterOn")) + QLatin1Char(';'))->needs
                << indexKey(b.schema, splitIdentifiers(b.attr(QStringLiteral("clusterOn"))).value(0));
        } else {
            result.release << MigrationStep{alter + QLatin1String(" SET WITHOUT CLUSTER;"), key};
        }
    }
    if (changed("serverOptions"))
        apply(alter + optionChanges(a.list(QStringLiteral("serverOptions")), b.list(QStringLiteral("serverOptions"))) + QLatin1Char(';'));
    result.apply << commonAttributes(&a, b);
    return result;
}

DdlWriter::Alteration DdlWriter::alterColumn(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    const QString key = b.key();
    const QString table = b.qualifiedTable();
    const QString prefix = QStringLiteral("%1 %2 ALTER COLUMN %3 ").arg(alterTableCommand(m_to, b), table, SchemaObject::quoteIdentifier(b.name));
    auto changed = [&](const char *name) { return a.attrs.value(QLatin1String(name)) != b.attrs.value(QLatin1String(name)); };
    auto apply = [&](const QString &sql) {
        result.apply << MigrationStep{sql, key};
        return &result.apply.last();
    };
    // A column that only comes from a parent changes with the parent.
    const bool inheritedOnly = !b.flag(QStringLiteral("local")) && !a.flag(QStringLiteral("local"));

    if (changed("generated") && !inheritedOnly) {
        if (a.has(QStringLiteral("generated")) && !b.has(QStringLiteral("generated")) && m_from.serverVersionNum >= 130000
            && !changed("type")) {
            apply(prefix + QLatin1String("DROP EXPRESSION;"));
        } else {
            result.recreate = true;
            result.reason = tr("the generation expression changed: the column is dropped and added again");
            return result;
        }
    }
    if ((changed("type") || changed("collation")) && !inheritedOnly) {
        if (a.has(QStringLiteral("default")))
            result.release << MigrationStep{prefix + QLatin1String("DROP DEFAULT;"), key};
        QString type = b.attr(QStringLiteral("type"));
        if (b.has(QStringLiteral("collation")))
            type += QLatin1String(" COLLATE ") + b.attr(QStringLiteral("collation"));
        // Between enums (and to or from one) only text converts.
        auto isEnum = [this](const QString &type) {
            QString base = type;
            while (base.endsWith(QLatin1String("[]")))
                base.chop(2);
            const QStringList parts = splitIdentifiers(base);
            return parts.size() == 2
                   && (m_from.find(ObjectKind::Enum, parts.at(0), parts.at(1)) || m_to.find(ObjectKind::Enum, parts.at(0), parts.at(1)));
        };
        const bool viaText = isEnum(a.attr(QStringLiteral("type"))) || isEnum(b.attr(QStringLiteral("type")));
        const QString array = b.attr(QStringLiteral("type")).endsWith(QLatin1String("[]")) ? QStringLiteral("[]") : QString();
        // A generated column is computed anew: it takes no USING.
        const QString conversion = b.has(QStringLiteral("generated"))
                                       ? QString()
                                       : QLatin1String(" USING ") + SchemaObject::quoteIdentifier(b.name)
                                             + (viaText ? QLatin1String("::text") + array : QString())
                                             + QLatin1String("::") + b.attr(QStringLiteral("type"));
        MigrationStep *s = apply(prefix + QLatin1String("TYPE ") + type + conversion + QLatin1Char(';'));
        if (!changed("type") || binaryCoercible(a.attr(QStringLiteral("type")), b.attr(QStringLiteral("type"))))
            s->notes << tr("ACCESS EXCLUSIVE lock on %1; no rewrite (the stored form stays), indexes on the column may be rebuilt").arg(table);
        else
            s->notes << tr("ACCESS EXCLUSIVE lock on %1; rewrites the table and its indexes; fails if a value does not convert").arg(table);
        if (b.has(QStringLiteral("default")))
            apply(prefix + QLatin1String("SET DEFAULT ") + b.attr(QStringLiteral("default")) + QLatin1Char(';'));
    } else if (changed("default")) {
        // SET DEFAULT replaces the old one; the planner lets go of it earlier when what it
        // calls is dropped.
        if (!b.has(QStringLiteral("default")))
            apply(prefix + QLatin1String("DROP DEFAULT;"));
        else
            apply(prefix + QLatin1String("SET DEFAULT ") + b.attr(QStringLiteral("default")) + QLatin1Char(';'));
    }
    // The keys of the column of the same name in the table's parents.
    auto parentColumns = [&](const SchemaSnapshot &snapshot) {
        const SchemaObject *t = snapshot.find(ObjectKind::Table, a.schema, a.table);
        QStringList parents = t ? t->list(QStringLiteral("inherits")) : QStringList();
        if (t && t->has(QStringLiteral("partitionOf")))
            parents << t->attr(QStringLiteral("partitionOf"));
        QStringList keys;
        for (const QString &p : std::as_const(parents)) {
            const QStringList parts = splitIdentifiers(p);
            if (parts.size() == 2)
                keys << SchemaObject::makeKey(ObjectKind::Column, parts.at(0), a.name, parts.at(1));
        }
        return keys;
    };
    // A partition's column that only comes from its parent loses its NOT NULL with the
    // parent's, unless it had one of its own (a primary key sets it on the partition alone).
    // Outside partitioning a parent lets go of its own NOT NULL only (a child's may stand for
    // the child's primary key) and each child of its own.
    const SchemaObject *owner = m_from.find(ObjectKind::Table, a.schema, a.table);
    const bool partitioned = owner && owner->has(QStringLiteral("partitionKey"));
    const bool partition = owner && owner->has(QStringLiteral("partitionOf"));
    auto parentNotNull = [&]() {
        const QStringList keys = parentColumns(m_from);
        return std::any_of(keys.begin(), keys.end(), [&](const QString &k) {
            const SchemaObject *c = m_from.find(k);
            return !c || c->flag(QStringLiteral("notNull"));
        });
    };
    if (changed("notNull")) {
        if (b.flag(QStringLiteral("notNull"))) {
            apply(prefix + QLatin1String("SET NOT NULL;"))->notes
                << tr("ACCESS EXCLUSIVE lock on %1 while every row is checked (a valid CHECK (… IS NOT NULL) constraint lets it skip the scan)").arg(table);
        } else if (!partitioned && !partition) {
            apply(QStringLiteral("%1 ONLY %2 ALTER COLUMN %3 DROP NOT NULL;")
                      .arg(alterTableCommand(m_to, b), table, SchemaObject::quoteIdentifier(b.name)));
        } else if (!inheritedOnly || !parentNotNull()) {
            apply(prefix + QLatin1String("DROP NOT NULL;"));
        }
    }
    if (!inheritedOnly && (changed("identity") || changed("identityOptions") || changed("identitySequence"))) {
        if (!b.has(QStringLiteral("identity"))) {
            result.release << MigrationStep{prefix + QLatin1String("DROP IDENTITY;"), key};
        } else if (!a.has(QStringLiteral("identity"))) {
            const QString definition = columnDefinition(b);
            apply(prefix + QLatin1String("ADD") + definition.mid(definition.indexOf(QLatin1String(" GENERATED "))) + QLatin1Char(';'));
        } else {
            if (changed("identity"))
                apply(prefix + QLatin1String("SET GENERATED ") + b.attr(QStringLiteral("identity")) + QLatin1Char(';'));
            if (changed("identityOptions")) {
                QStringList parts;
                const QStringList old = a.list(QStringLiteral("identityOptions"));
                for (const QString &o : b.list(QStringLiteral("identityOptions"))) {
                    if (!old.contains(o))
                        parts << QLatin1String("SET ") + o;
                }
                if (!parts.isEmpty())
                    apply(prefix + parts.join(QLatin1Char(' ')) + QLatin1Char(';'));
            }
            if (changed("identitySequence") && b.has(QStringLiteral("identitySequence")))
                apply(QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2;")
                          .arg(a.attr(QStringLiteral("identitySequence")),
                               SchemaObject::quoteIdentifier(splitIdentifiers(b.attr(QStringLiteral("identitySequence"))).value(1))));
        }
    }
    if (changed("serverOptions"))
        apply(prefix + optionChanges(a.list(QStringLiteral("serverOptions")), b.list(QStringLiteral("serverOptions"))).trimmed() + QLatin1Char(';'));
    result.apply << columnExtras(&a, b);
    // What it changes of its own comes after the parent's column has changed (a new type
    // reaches it from there).
    if (inheritedOnly) {
        const QStringList parents = parentColumns(m_to);
        for (MigrationStep &s : result.apply)
            s.needs << parents;
    }
    return result;
}

DdlWriter::Alteration DdlWriter::alterConstraint(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    QSet<QString> handled = commonAttributeNames();
    handled << QStringLiteral("indexComment");
    if (a.attr(QStringLiteral("indexComment")) != b.attr(QStringLiteral("indexComment"))) {
        result.apply << MigrationStep{QStringLiteral("COMMENT ON INDEX %1 IS %2;")
                                          .arg(SchemaObject::qualify(b.schema, b.attr(QStringLiteral("index"))),
                                               b.has(QStringLiteral("indexComment")) ? SchemaObject::quoteLiteral(b.attr(QStringLiteral("indexComment")))
                                                                                     : QStringLiteral("NULL")),
                                      b.key()};
    }
    // Only validation can be done in place: the same definition, no longer NOT VALID.
    QString before = a.attr(QStringLiteral("definition"));
    if (before.endsWith(QLatin1String(" NOT VALID")))
        before.chop(10);
    if (a.flag(QStringLiteral("notValid")) && !b.flag(QStringLiteral("notValid")) && before == b.attr(QStringLiteral("definition"))) {
        MigrationStep s{QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(b.qualifiedTable(), SchemaObject::quoteIdentifier(b.name)), b.key()};
        s.notes << tr("SHARE UPDATE EXCLUSIVE lock on %1 while every row is checked; writes go on").arg(b.qualifiedTable());
        result.apply << s;
        handled << QStringLiteral("notValid") << QStringLiteral("definition");
    }
    for (const AttributeChange &c : d.changes) {
        if (!handled.contains(c.name)) {
            result.recreate = true;
            result.reason = tr("a constraint is changed by dropping and adding it");
            result.apply.clear();
            return result;
        }
    }
    result.apply << commonAttributes(&a, b);
    return result;
}

DdlWriter::Alteration DdlWriter::alterView(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    const QString key = b.key();
    const QString q = b.qualifiedName();
    const bool materialized = d.kind == ObjectKind::MaterializedView;
    const QString alter = materialized ? QStringLiteral("ALTER MATERIALIZED VIEW ") : QStringLiteral("ALTER VIEW ");
    auto changed = [&](const char *name) { return a.attrs.value(QLatin1String(name)) != b.attrs.value(QLatin1String(name)); };

    if (changed("definition") || changed("columns")) {
        // CREATE OR REPLACE VIEW may only add columns at the end, keeping the others as they are.
        const QStringList old = a.list(QStringLiteral("columns"));
        const QStringList now = b.list(QStringLiteral("columns"));
        if (materialized || now.size() < old.size() || now.mid(0, old.size()) != old) {
            result.recreate = true;
            result.reason = materialized ? tr("a materialized view's query changed: it is made anew and filled again")
                                         : tr("the view's columns changed in a way CREATE OR REPLACE VIEW cannot follow");
            return result;
        }
        QString sql = QLatin1String("CREATE OR REPLACE VIEW ") + q;
        if (b.has(QStringLiteral("options")))
            sql += QLatin1String(" WITH (") + storageParameters(b.list(QStringLiteral("options"))) + QLatin1Char(')');
        result.apply << MigrationStep{sql + QLatin1String(" AS\n") + viewBody(b) + QLatin1Char(';'), key};
    } else if (changed("options")) {
        for (const QString &clause : storageParameterChanges(a.list(QStringLiteral("options")), b.list(QStringLiteral("options"))))
            result.apply << MigrationStep{alter + q + QLatin1Char(' ') + clause + QLatin1Char(';'), key};
    }
    if (changed("columnDefaults")) {
        const QMap<QString, QString> old = namedValues(a.list(QStringLiteral("columnDefaults")));
        const QMap<QString, QString> now = namedValues(b.list(QStringLiteral("columnDefaults")));
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (!now.contains(it.key()))
                result.apply << MigrationStep{alter + q + QLatin1String(" ALTER COLUMN ") + it.key() + QLatin1String(" DROP DEFAULT;"), key};
        }
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            if (old.value(it.key()) != it.value())
                result.apply << MigrationStep{alter + q + QLatin1String(" ALTER COLUMN ") + it.key() + QLatin1String(" SET DEFAULT ") + it.value() + QLatin1Char(';'), key};
        }
    }
    if (changed("columnComments")) {
        const QMap<QString, QString> old = namedValues(a.list(QStringLiteral("columnComments")));
        const QMap<QString, QString> now = namedValues(b.list(QStringLiteral("columnComments")));
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (!now.contains(it.key()))
                result.apply << MigrationStep{QStringLiteral("COMMENT ON COLUMN %1.%2 IS NULL;").arg(q, it.key()), key};
        }
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            if (old.value(it.key()) != it.value())
                result.apply << MigrationStep{QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;").arg(q, it.key(), it.value()), key};
        }
    }
    // The owner first: ALTER … OWNER TO moves the old owner's grants on the columns along.
    result.apply << commonAttributes(&a, b);
    if (changed("columnPrivileges")) {
        const QMap<QString, QStringList> old = columnPrivilegeLists(a.list(QStringLiteral("columnPrivileges")));
        const QMap<QString, QStringList> now = columnPrivilegeLists(b.list(QStringLiteral("columnPrivileges")));
        QStringList columns = old.keys() + now.keys();
        columns.removeDuplicates();
        for (const QString &c : std::as_const(columns))
            result.apply << privilegeSteps(b, old.value(c), now.value(c), splitIdentifiers(c).value(0));
    }
    return result;
}

} // namespace Pixetric
