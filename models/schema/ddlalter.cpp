// The DDL writer's changes of objects outside tables: types, routines, sequences, foreign data,
// text search, triggers and rules, policies, statistics, publications, default privileges.
#include "ddlsupport.h"
#include "ddlwriter.h"

#include <QSet>

namespace Pixetric {

using namespace Ddl;

namespace {

bool isRoutineKind(ObjectKind kind)
{
    return kind == ObjectKind::Function || kind == ObjectKind::Procedure || kind == ObjectKind::Aggregate;
}

} // namespace

// --- Changes of objects outside tables --------------------------------------------------------------

DdlWriter::Alteration DdlWriter::alter(const ObjectDiff &d) const
{
    switch (d.kind) {
    case ObjectKind::Table:
    case ObjectKind::ForeignTable:
        return alterTable(d);
    case ObjectKind::Column:
        return alterColumn(d);
    case ObjectKind::Constraint:
        return alterConstraint(d);
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return alterView(d);
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Domain:
    case ObjectKind::Range:
        return alterType(d);
    default:
        return alterOther(d);
    }
}

DdlWriter::Alteration DdlWriter::alterType(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    const QString key = b.key();
    const QString q = b.qualifiedName();
    QSet<QString> handled = commonAttributeNames();
    if (d.kind == ObjectKind::Enum) {
        const QStringList old = a.list(QStringLiteral("labels"));
        const QStringList now = b.list(QStringLiteral("labels"));
        const EnumChange change = enumChange(old, now);
        if (!change.possible) {
            result.recreate = true;
            result.reason = tr("labels were removed or reordered, which ALTER TYPE cannot do");
            return result;
        }
        for (const EnumChange::Step &s : change.steps) {
            MigrationStep step{s.rename.isEmpty()
                                   ? QStringLiteral("ALTER TYPE %1 ADD VALUE %2 %3 %4;")
                                         .arg(q, SchemaObject::quoteLiteral(s.label), s.before ? QStringLiteral("BEFORE") : QStringLiteral("AFTER"),
                                              SchemaObject::quoteLiteral(s.neighbour))
                                   : QStringLiteral("ALTER TYPE %1 RENAME VALUE %2 TO %3;")
                                         .arg(q, SchemaObject::quoteLiteral(s.rename), SchemaObject::quoteLiteral(s.label)),
                               key};
            if (s.rename.isEmpty() && old.isEmpty())
                step.sql = QStringLiteral("ALTER TYPE %1 ADD VALUE %2;").arg(q, SchemaObject::quoteLiteral(s.label));
            // A value added in a transaction cannot be used before it commits.
            step.outsideTransaction = s.rename.isEmpty();
            result.apply << step;
        }
        handled << QStringLiteral("labels");
    } else if (d.kind == ObjectKind::Domain) {
        for (const AttributeChange &c : d.changes) {
            if (c.name == QLatin1String("baseType") || c.name == QLatin1String("collation")) {
                result.recreate = true;
                result.reason = tr("a domain's base type or collation cannot be changed in place");
                return result;
            }
        }
        if (a.attr(QStringLiteral("default")) != b.attr(QStringLiteral("default"))) {
            result.apply << MigrationStep{b.has(QStringLiteral("default"))
                                              ? QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2;").arg(q, b.attr(QStringLiteral("default")))
                                              : QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT;").arg(q),
                                          key};
        }
        if (a.flag(QStringLiteral("notNull")) != b.flag(QStringLiteral("notNull"))) {
            result.apply << MigrationStep{QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL;")
                                              .arg(q, b.flag(QStringLiteral("notNull")) ? QStringLiteral("SET") : QStringLiteral("DROP")),
                                          key};
        }
        const QStringList old = a.list(QStringLiteral("constraints"));
        const QStringList now = b.list(QStringLiteral("constraints"));
        for (const QString &c : old) {
            if (!now.contains(c)) {
                result.release << MigrationStep{QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2;").arg(q, splitNamed(c).name), key};
            }
        }
        for (const QString &c : now) {
            if (!old.contains(c)) {
                const NamedPart part = splitNamed(c);
                MigrationStep s{QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3;").arg(q, part.name, part.rest), key};
                s.notes << tr("checks every column of this domain's type");
                result.apply << s;
            }
        }
        handled << QStringLiteral("default") << QStringLiteral("notNull") << QStringLiteral("constraints");
    } else if (d.kind == ObjectKind::Composite) {
        const CompositeChange change = compositeChange(a.list(QStringLiteral("attributes")), b.list(QStringLiteral("attributes")));
        // ALTER ATTRIBUTE … TYPE refuses a type that a column uses: the type is made anew, the
        // planner keeps the columns' values meanwhile.
        const bool retypes = std::any_of(change.statements.begin(), change.statements.end(),
                                         [](const QString &s) { return s.startsWith(QLatin1String("ALTER ATTRIBUTE")); });
        const QStringList dependents = m_from.dependentsOf(a.key());
        if (retypes && std::any_of(dependents.begin(), dependents.end(), [this](const QString &k) {
                const SchemaObject *o = m_from.find(k);
                return o && o->kind == ObjectKind::Column;
            })) {
            result.recreate = true;
            result.reason = tr("an attribute's type changes while a column uses the type, which ALTER TYPE refuses");
            return result;
        }
        for (const QString &sql : change.statements)
            result.apply << MigrationStep{QStringLiteral("ALTER TYPE %1 %2;").arg(q, sql), key};
        handled << QStringLiteral("attributes");
    }
    for (const AttributeChange &c : d.changes) {
        if (!handled.contains(c.name)) {
            result.recreate = true;
            result.reason = tr("%1 changed, which ALTER TYPE cannot do").arg(c.name);
            return result;
        }
    }
    result.apply << commonAttributes(&a, b);
    return result;
}

DdlWriter::Alteration DdlWriter::alterOther(const ObjectDiff &d) const
{
    Alteration result;
    const SchemaObject &a = *d.from;
    const SchemaObject &b = *d.to;
    const QString key = b.key();
    const QString q = b.qualifiedName();
    QSet<QString> handled = commonAttributeNames();
    auto changed = [&](const char *name) { return a.attrs.value(QLatin1String(name)) != b.attrs.value(QLatin1String(name)); };
    auto apply = [&](const QString &sql) { result.apply << MigrationStep{sql, key}; };

    switch (d.kind) {
    case ObjectKind::Extension:
        if (changed("version"))
            apply(QStringLiteral("ALTER EXTENSION %1 UPDATE TO %2;").arg(SchemaObject::quoteIdentifier(b.name), SchemaObject::quoteLiteral(b.attr(QStringLiteral("version")))));
        if (changed("schema"))
            apply(QStringLiteral("ALTER EXTENSION %1 SET SCHEMA %2;").arg(SchemaObject::quoteIdentifier(b.name), SchemaObject::quoteIdentifier(b.attr(QStringLiteral("schema")))));
        handled << QStringLiteral("version") << QStringLiteral("schema") << QStringLiteral("relocatable");
        break;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        // CREATE OR REPLACE keeps the identity, the argument names and the result type.
        if (!changed("arguments") && !changed("result")) {
            apply(withSemicolon(b.attr(QStringLiteral("definition"))));
            handled << QStringLiteral("definition") << QStringLiteral("language");
        }
        break;
    case ObjectKind::Aggregate:
        if (!changed("arguments") && !changed("result") && !changed("orderedSet")) {
            apply(aggregateDefinition(b, true));
            handled << QStringLiteral("aggregate");
        }
        break;
    case ObjectKind::Sequence: {
        QStringList parts;
        if (changed("dataType"))
            parts << QLatin1String("AS ") + b.attr(QStringLiteral("dataType"));
        if (changed("increment"))
            parts << QLatin1String("INCREMENT BY ") + b.attr(QStringLiteral("increment"));
        if (changed("minValue"))
            parts << QLatin1String("MINVALUE ") + b.attr(QStringLiteral("minValue"));
        if (changed("maxValue"))
            parts << QLatin1String("MAXVALUE ") + b.attr(QStringLiteral("maxValue"));
        if (changed("start"))
            parts << QLatin1String("START WITH ") + b.attr(QStringLiteral("start"));
        if (changed("cache"))
            parts << QLatin1String("CACHE ") + b.attr(QStringLiteral("cache"));
        if (changed("cycle"))
            parts << (b.flag(QStringLiteral("cycle")) ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
        if (!parts.isEmpty()) {
            // ALTER SEQUENCE refuses bounds that leave the current value outside: move it in.
            const bool minUp = b.attr(QStringLiteral("minValue")).toLongLong() > a.attr(QStringLiteral("minValue")).toLongLong();
            const bool maxDown = b.attr(QStringLiteral("maxValue")).toLongLong() < a.attr(QStringLiteral("maxValue")).toLongLong();
            if (minUp || maxDown) {
                MigrationStep s{QStringLiteral("SELECT pg_catalog.setval(%1, GREATEST(%2, LEAST(%3, last_value)), is_called) FROM %4;")
                                    .arg(SchemaObject::quoteLiteral(q), b.attr(QStringLiteral("minValue")), b.attr(QStringLiteral("maxValue")), q),
                                key};
                s.notes << tr("moves the sequence's value into its new bounds when it lies outside them");
                result.apply << s;
            }
            apply(QStringLiteral("ALTER SEQUENCE %1 %2;").arg(q, parts.join(QLatin1Char(' '))));
        }
        if (changed("unlogged"))
            apply(QStringLiteral("ALTER SEQUENCE %1 SET %2;").arg(q, b.flag(QStringLiteral("unlogged")) ? QStringLiteral("UNLOGGED") : QStringLiteral("LOGGED")));
        if (changed("ownedBy")) {
            MigrationStep s{QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2;").arg(q, b.has(QStringLiteral("ownedBy")) ? b.attr(QStringLiteral("ownedBy")) : QStringLiteral("NONE")), key};
            // OWNED BY a column waits for the column; OWNED BY NONE comes before a change of owner.
            if (b.has(QStringLiteral("ownedBy"))) {
                s.needs << columnKeyFromReference(b.attr(QStringLiteral("ownedBy")));
                s.trailing = true;
            }
            result.apply << s;
        }
        handled << QStringLiteral("dataType") << QStringLiteral("increment") << QStringLiteral("minValue")
                << QStringLiteral("maxValue") << QStringLiteral("start") << QStringLiteral("cache")
                << QStringLiteral("cycle") << QStringLiteral("ownedBy") << QStringLiteral("unlogged");
        break;
    }
    case ObjectKind::ForeignDataWrapper:
        if (changed("handler"))
            apply(QStringLiteral("ALTER FOREIGN DATA WRAPPER %1 %2;").arg(q, b.has(QStringLiteral("handler")) ? QLatin1String("HANDLER ") + b.attr(QStringLiteral("handler")) : QStringLiteral("NO HANDLER")));
        if (changed("validator"))
            apply(QStringLiteral("ALTER FOREIGN DATA WRAPPER %1 %2;").arg(q, b.has(QStringLiteral("validator")) ? QLatin1String("VALIDATOR ") + b.attr(QStringLiteral("validator")) : QStringLiteral("NO VALIDATOR")));
        if (changed("options"))
            apply(QStringLiteral("ALTER FOREIGN DATA WRAPPER %1%2;").arg(q, optionChanges(a.list(QStringLiteral("options")), b.list(QStringLiteral("options")))));
        handled << QStringLiteral("handler") << QStringLiteral("validator") << QStringLiteral("options");
        break;
    case ObjectKind::Server:
        if (changed("version"))
            apply(QStringLiteral("ALTER SERVER %1 VERSION %2;")
                      .arg(q, b.has(QStringLiteral("version")) ? SchemaObject::quoteLiteral(b.attr(QStringLiteral("version"))) : QStringLiteral("NULL")));
        if (changed("options"))
            apply(QStringLiteral("ALTER SERVER %1%2;").arg(q, optionChanges(a.list(QStringLiteral("options")), b.list(QStringLiteral("options")))));
        handled << QStringLiteral("version") << QStringLiteral("options");
        break;
    case ObjectKind::UserMapping:
        if (changed("options"))
            apply(QStringLiteral("ALTER %1%2;").arg(reference(b), optionChanges(a.list(QStringLiteral("options")), b.list(QStringLiteral("options")))));
        handled << QStringLiteral("options");
        break;
    case ObjectKind::TextSearchDictionary:
        if (changed("options") && b.has(QStringLiteral("options")))
            apply(QStringLiteral("ALTER TEXT SEARCH DICTIONARY %1 (%2);").arg(q, b.attr(QStringLiteral("options"))));
        if (b.has(QStringLiteral("options")))
            handled << QStringLiteral("options");
        break;
    case ObjectKind::TextSearchConfiguration: {
        const QStringList old = a.list(QStringLiteral("mappings"));
        const QStringList now = b.list(QStringLiteral("mappings"));
        QHash<QString, QString> before;
        for (const QString &m : old)
            before.insert(m.section(QLatin1Char(' '), 0, 0), m.section(QLatin1Char(' '), 1));
        QSet<QString> seen;
        for (const QString &m : now) {
            const QString token = m.section(QLatin1Char(' '), 0, 0);
            seen.insert(token);
            if (!before.contains(token))
                apply(QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ADD MAPPING FOR %2 WITH %3;").arg(q, token, m.section(QLatin1Char(' '), 1)));
            else if (before.value(token) != m.section(QLatin1Char(' '), 1))
                apply(QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR %2 WITH %3;").arg(q, token, m.section(QLatin1Char(' '), 1)));
        }
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!seen.contains(it.key()))
                apply(QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 DROP MAPPING FOR %2;").arg(q, it.key()));
        }
        handled << QStringLiteral("mappings");
        break;
    }
    case ObjectKind::Trigger:
    case ObjectKind::Rule: {
        if (changed("enabled"))
            apply(QStringLiteral("ALTER TABLE %1 %2 %3 %4;")
                      .arg(b.qualifiedTable(), b.has(QStringLiteral("enabled")) ? b.attr(QStringLiteral("enabled")) : QStringLiteral("ENABLE"),
                           d.kind == ObjectKind::Trigger ? QStringLiteral("TRIGGER") : QStringLiteral("RULE"),
                           SchemaObject::quoteIdentifier(b.name)));
        handled << QStringLiteral("enabled");
        break;
    }
    case ObjectKind::EventTrigger:
        if (changed("enabled"))
            apply(QStringLiteral("ALTER EVENT TRIGGER %1 %2;").arg(q, b.has(QStringLiteral("enabled")) ? b.attr(QStringLiteral("enabled")) : QStringLiteral("ENABLE")));
        handled << QStringLiteral("enabled");
        break;
    case ObjectKind::Policy:
        if (!changed("permissive") && !changed("command")) {
            QString sql = QStringLiteral("ALTER POLICY %1 ON %2").arg(SchemaObject::quoteIdentifier(b.name), b.qualifiedTable());
            if (changed("roles"))
                sql += QLatin1String(" TO ") + (b.has(QStringLiteral("roles")) ? b.list(QStringLiteral("roles")).join(QStringLiteral(", ")) : QStringLiteral("PUBLIC"));
            if (changed("using") && b.has(QStringLiteral("using")))
                sql += QLatin1String(" USING (") + b.attr(QStringLiteral("using")) + QLatin1Char(')');
            if (changed("check") && b.has(QStringLiteral("check")))
                sql += QLatin1String(" WITH CHECK (") + b.attr(QStringLiteral("check")) + QLatin1Char(')');
            // An expression that goes away entirely cannot be removed with ALTER POLICY.
            if ((changed("using") && !b.has(QStringLiteral("using"))) || (changed("check") && !b.has(QStringLiteral("check"))))
                break;
            if (changed("roles") || changed("using") || changed("check"))
                apply(sql + QLatin1Char(';'));
            handled << QStringLiteral("roles") << QStringLiteral("using") << QStringLiteral("check");
        }
        break;
    case ObjectKind::Statistics:
        if (changed("target"))
            apply(QStringLiteral("ALTER STATISTICS %1 SET STATISTICS %2;").arg(q, b.has(QStringLiteral("target")) ? b.attr(QStringLiteral("target")) : QStringLiteral("-1")));
        handled << QStringLiteral("target");
        break;
    case ObjectKind::Index:
        if (changed("parentIndex") && b.has(QStringLiteral("parentIndex")) && !a.has(QStringLiteral("parentIndex"))) {
            MigrationStep s{QStringLiteral("ALTER INDEX %1 ATTACH PARTITION %2;").arg(b.attr(QStringLiteral("parentIndex")), q), key};
            s.needs << indexKeyFromReference(b.attr(QStringLiteral("parentIndex")));
            s.trailing = true;
            result.apply << s;
            handled << QStringLiteral("parentIndex");
        }
        if (changed("statistics")) {
            for (const QString &s : b.list(QStringLiteral("statistics")))
                apply(QStringLiteral("ALTER INDEX %1 ALTER COLUMN %2 SET STATISTICS %3;").arg(q, s.section(QLatin1Char(' '), 0, 0), s.section(QLatin1Char(' '), 1)));
            handled << QStringLiteral("statistics");
        }
        break;
    case ObjectKind::Publication: {
        QStringList with;
        if (changed("publish"))
            with << QLatin1String("publish = ") + SchemaObject::quoteLiteral(b.attr(QStringLiteral("publish")));
        if (changed("viaRoot"))
            with << QLatin1String("publish_via_partition_root = ") + (b.flag(QStringLiteral("viaRoot")) ? QStringLiteral("true") : QStringLiteral("false"));
        if (!with.isEmpty())
            apply(QStringLiteral("ALTER PUBLICATION %1 SET (%2);").arg(q, with.join(QStringLiteral(", "))));
        handled << QStringLiteral("publish") << QStringLiteral("viaRoot");
        if (!changed("allTables") && !b.flag(QStringLiteral("allTables")) && (changed("tables") || changed("schemas"))) {
            const QStringList oldTables = a.list(QStringLiteral("tables"));
            const QStringList newTables = b.list(QStringLiteral("tables"));
            const QStringList oldSchemas = a.list(QStringLiteral("schemas"));
            const QStringList newSchemas = b.list(QStringLiteral("schemas"));
            QStringList drop;
            QStringList add;
            for (const QString &t : oldTables)
                if (!newTables.contains(t)) drop << QLatin1String("TABLE ") + leadingQualifiedName(t);
            for (const QString &s : oldSchemas)
                if (!newSchemas.contains(s)) drop << QLatin1String("TABLES IN SCHEMA ") + s;
            for (const QString &t : newTables)
                if (!oldTables.contains(t)) add << QLatin1String("TABLE ") + t;
            for (const QString &s : newSchemas)
                if (!oldSchemas.contains(s)) add << QLatin1String("TABLES IN SCHEMA ") + s;
            if (!drop.isEmpty())
                apply(QStringLiteral("ALTER PUBLICATION %1 DROP %2;").arg(q, drop.join(QStringLiteral(", "))));
            if (!add.isEmpty())
                apply(QStringLiteral("ALTER PUBLICATION %1 ADD %2;").arg(q, add.join(QStringLiteral(", "))));
            handled << QStringLiteral("tables") << QStringLiteral("schemas");
        }
        break;
    }
    case ObjectKind::DefaultPrivileges:
        result.apply << defaultPrivilegeSteps(b, a.list(QStringLiteral("privileges")), b.list(QStringLiteral("privileges")));
        handled << QStringLiteral("privileges") << QStringLiteral("defaults");
        break;
    default:
        break;
    }
    for (const AttributeChange &c : d.changes) {
        if (!handled.contains(c.name)) {
            result.recreate = true;
            if (isRoutineKind(d.kind))
                result.reason = tr("its arguments or result type changed, which CREATE OR REPLACE cannot do");
            else if (d.kind == ObjectKind::Index)
                result.reason = tr("an index is changed by dropping and creating it");
            else
                result.reason = tr("%1 changed, which no ALTER statement changes").arg(c.name);
            result.apply.clear();
            return result;
        }
    }
    if (d.kind != ObjectKind::DefaultPrivileges)
        result.apply << commonAttributes(&a, b);
    return result;
}

} // namespace Pixetric
