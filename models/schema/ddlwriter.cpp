#include "ddlwriter.h"

#include "ddlsupport.h"

#include <QSet>

namespace Pixetric {

using namespace Ddl;

namespace {

bool changesObjects(const DiffOptions &o)
{
    return o.ignoreOwners || o.ignorePrivileges || o.ignoreComments || o.ignoreBodyWhitespace;
}

SchemaSnapshot effectiveCopy(const SchemaSnapshot &snapshot, const DiffOptions &options)
{
    SchemaSnapshot copy = snapshot;
    if (!changesObjects(options))
        return copy;
    for (SchemaObject &o : copy.objects)
        o = options.effective(o);
    copy.rebuildIndex();
    return copy;
}

} // namespace

DdlWriter::DdlWriter(const SchemaSnapshot &from, const SchemaSnapshot &to, const DiffOptions &options)
    : m_from(effectiveCopy(from, options))
    , m_to(effectiveCopy(to, options))
    , m_options(options)
{
    for (const SchemaObject *table : m_to.ofKind(ObjectKind::Table)) {
        for (const QString &parent : table->list(QStringLiteral("inherits")))
            m_inheritors[parent].append(table->key());
    }
}

QString DdlWriter::reference(const SchemaObject &o)
{
    const QString q = o.qualifiedName();
    switch (o.kind) {
    case ObjectKind::Schema: return QLatin1String("SCHEMA ") + SchemaObject::quoteIdentifier(o.name);
    case ObjectKind::Extension: return QLatin1String("EXTENSION ") + SchemaObject::quoteIdentifier(o.name);
    case ObjectKind::Collation: return QLatin1String("COLLATION ") + q;
    case ObjectKind::ForeignDataWrapper: return QLatin1String("FOREIGN DATA WRAPPER ") + q;
    case ObjectKind::Server: return QLatin1String("SERVER ") + q;
    case ObjectKind::UserMapping:
        return QLatin1String("USER MAPPING FOR ") + roleName(o.name) + QLatin1String(" SERVER ")
               + SchemaObject::quoteIdentifier(o.args);
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Range: return QLatin1String("TYPE ") + q;
    case ObjectKind::Domain: return QLatin1String("DOMAIN ") + q;
    case ObjectKind::TextSearchDictionary: return QLatin1String("TEXT SEARCH DICTIONARY ") + q;
    case ObjectKind::TextSearchConfiguration: return QLatin1String("TEXT SEARCH CONFIGURATION ") + q;
    case ObjectKind::Function: return QLatin1String("FUNCTION ") + q + QLatin1Char('(') + o.args + QLatin1Char(')');
    case ObjectKind::Procedure: return QLatin1String("PROCEDURE ") + q + QLatin1Char('(') + o.args + QLatin1Char(')');
    case ObjectKind::Aggregate:
        return QLatin1String("AGGREGATE ") + q + QLatin1Char('(') + (o.args.isEmpty() ? QStringLiteral("*") : o.args)
               + QLatin1Char(')');
    case ObjectKind::Sequence: return QLatin1String("SEQUENCE ") + q;
    case ObjectKind::Table: return QLatin1String("TABLE ") + q;
    case ObjectKind::ForeignTable: return QLatin1String("FOREIGN TABLE ") + q;
    case ObjectKind::View: return QLatin1String("VIEW ") + q;
    case ObjectKind::MaterializedView: return QLatin1String("MATERIALIZED VIEW ") + q;
    case ObjectKind::Column:
        return QLatin1String("COLUMN ") + o.qualifiedTable() + QLatin1Char('.') + SchemaObject::quoteIdentifier(o.name);
    case ObjectKind::Constraint:
        return QLatin1String("CONSTRAINT ") + SchemaObject::quoteIdentifier(o.name) + QLatin1String(" ON ")
               + o.qualifiedTable();
    case ObjectKind::Index: return QLatin1String("INDEX ") + q;
    case ObjectKind::Statistics: return QLatin1String("STATISTICS ") + q;
    case ObjectKind::Trigger:
        return QLatin1String("TRIGGER ") + SchemaObject::quoteIdentifier(o.name) + QLatin1String(" ON ") + o.qualifiedTable();
    case ObjectKind::Rule:
        return QLatin1String("RULE ") + SchemaObject::quoteIdentifier(o.name) + QLatin1String(" ON ") + o.qualifiedTable();
    case ObjectKind::Policy:
        return QLatin1String("POLICY ") + SchemaObject::quoteIdentifier(o.name) + QLatin1String(" ON ") + o.qualifiedTable();
    case ObjectKind::EventTrigger: return QLatin1String("EVENT TRIGGER ") + q;
    case ObjectKind::Publication: return QLatin1String("PUBLICATION ") + q;
    case ObjectKind::DefaultPrivileges: return {};
    }
    return {};
}

QString DdlWriter::indexKey(const QString &schema, const QString &indexName) const
{
    const QString key = SchemaObject::makeKey(ObjectKind::Index, schema, indexName);
    if (m_to.find(key))
        return key;
    for (const SchemaObject *c : m_to.ofKind(ObjectKind::Constraint)) {
        if (c->schema == schema && c->attr(QStringLiteral("index")) == indexName)
            return c->key();
    }
    return key;
}

// --- Owner, comment, privileges ---------------------------------------------------------------

QStringList DdlWriter::defaultPrivileges(const SchemaObject &o) const
{
    // acldefault(): what an object has before any GRANT, written as the reader writes it.
    QStringList owner;
    QStringList pub;
    switch (o.kind) {
    case ObjectKind::Table:
    case ObjectKind::ForeignTable:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        owner = {QStringLiteral("DELETE"), QStringLiteral("INSERT"), QStringLiteral("REFERENCES"),
                 QStringLiteral("SELECT"), QStringLiteral("TRIGGER"), QStringLiteral("TRUNCATE"),
                 QStringLiteral("UPDATE")};
        if (m_from.serverVersionNum >= 170000)
            owner << QStringLiteral("MAINTAIN");
        break;
    case ObjectKind::Sequence:
        owner = {QStringLiteral("SELECT"), QStringLiteral("UPDATE"), QStringLiteral("USAGE")};
        break;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
    case ObjectKind::Aggregate:
        owner = pub = {QStringLiteral("EXECUTE")};
        break;
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Domain:
    case ObjectKind::Range:
        owner = pub = {QStringLiteral("USAGE")};
        break;
    case ObjectKind::Schema:
        owner = {QStringLiteral("CREATE"), QStringLiteral("USAGE")};
        break;
    case ObjectKind::ForeignDataWrapper:
    case ObjectKind::Server:
        owner = {QStringLiteral("USAGE")};
        break;
    default:
        break;
    }
    QStringList result;
    for (const QString &p : std::as_const(owner))
        result << QLatin1String("(owner)=") + p;
    for (const QString &p : std::as_const(pub))
        result << QLatin1String("PUBLIC=") + p;

    // ALTER DEFAULT PRIVILEGES of FROM (they change at the end of a migration, after every
    // object is made) for the role that owns the object: a global entry replaces the built-in
    // defaults, a schema's adds to them.
    QString type;
    switch (o.kind) {
    case ObjectKind::Table:
    case ObjectKind::ForeignTable:
    case ObjectKind::View:
    case ObjectKind::MaterializedView: type = QStringLiteral("TABLES"); break;
    case ObjectKind::Sequence: type = QStringLiteral("SEQUENCES"); break;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
    case ObjectKind::Aggregate: type = QStringLiteral("FUNCTIONS"); break;
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Domain:
    case ObjectKind::Range: type = QStringLiteral("TYPES"); break;
    case ObjectKind::Schema: type = QStringLiteral("SCHEMAS"); break;
    default: break;
    }
    const QString role = o.attr(QStringLiteral("owner"));
    if (!type.isEmpty() && !role.isEmpty()) {
        auto asOwner = [&role](const QStringList &list) {
            QStringList out;
            for (const QString &p : list)
                out << (p.startsWith(role + QLatin1Char('=')) ? QLatin1String("(owner)") + p.mid(role.size()) : p);
            return out;
        };
        for (const SchemaObject *d : m_from.ofKind(ObjectKind::DefaultPrivileges)) {
            if (d->name != role || d->attr(QStringLiteral("objectType")) != type)
                continue;
            if (!d->has(QStringLiteral("schema")))
                result = asOwner(d->list(QStringLiteral("privileges")));
        }
        for (const SchemaObject *d : m_from.ofKind(ObjectKind::DefaultPrivileges)) {
            if (d->name == role && d->attr(QStringLiteral("objectType")) == type && d->has(QStringLiteral("schema"))
                && d->attr(QStringLiteral("schema")) == o.schema)
                result << asOwner(d->list(QStringLiteral("privileges")));
        }
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

QList<MigrationStep> DdlWriter::privilegeSteps(const SchemaObject &o, const QStringList &from,
                                               const QStringList &to, const QString &column) const
{
    QList<MigrationStep> steps;
    if (from == to)
        return steps;
    // A column's privileges are its table's, and so is the owner they are relative to.
    QString owner = o.attr(QStringLiteral("owner"));
    if (o.kind == ObjectKind::Column) {
        for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::ForeignTable}) {
            if (const SchemaObject *table = m_to.find(kind, o.schema, o.table))
                owner = table->attr(QStringLiteral("owner"));
        }
    }
    QString target = grantTarget(o);
    if (target.isEmpty())
        return steps;
    const QString columnList = column.isEmpty() ? QString() : QLatin1String(" (") + SchemaObject::quoteIdentifier(column) + QLatin1Char(')');

    const PrivilegeMap a = privilegeMap(from, owner);
    const PrivilegeMap b = privilegeMap(to, owner);
    QStringList grantees = a.keys() + b.keys();
    grantees.sort();
    grantees.removeDuplicates();
    for (const QString &grantee : std::as_const(grantees)) {
        const QMap<QString, bool> had = a.value(grantee);
        const QMap<QString, bool> has = b.value(grantee);
        QStringList revoke;
        QStringList revokeOption;
        QStringList grant;
        QStringList grantOption;
        for (auto it = had.constBegin(); it != had.constEnd(); ++it) {
            if (!has.contains(it.key()))
                revoke << it.key() + columnList;
            else if (it.value() && !has.value(it.key()))
                revokeOption << it.key() + columnList;
        }
        for (auto it = has.constBegin(); it != has.constEnd(); ++it) {
            if (it.value() && !had.value(it.key()))
                grantOption << it.key() + columnList;
            else if (!had.contains(it.key()))
                grant << it.key() + columnList;
        }
        const QString who = roleName(grantee);
        if (!revoke.isEmpty())
            steps << MigrationStep{QStringLiteral("REVOKE %1 ON %2 FROM %3;").arg(revoke.join(QStringLiteral(", ")), target, who), o.key()};
        if (!revokeOption.isEmpty())
            steps << MigrationStep{QStringLiteral("REVOKE GRANT OPTION FOR %1 ON %2 FROM %3;").arg(revokeOption.join(QStringLiteral(", ")), target, who), o.key()};
        if (!grant.isEmpty())
            steps << MigrationStep{QStringLiteral("GRANT %1 ON %2 TO %3;").arg(grant.join(QStringLiteral(", ")), target, who), o.key()};
        if (!grantOption.isEmpty())
            steps << MigrationStep{QStringLiteral("GRANT %1 ON %2 TO %3 WITH GRANT OPTION;").arg(grantOption.join(QStringLiteral(", ")), target, who), o.key()};
    }
    return steps;
}

QList<MigrationStep> DdlWriter::commonAttributes(const SchemaObject *from, const SchemaObject &to) const
{
    QList<MigrationStep> steps;
    const QString ref = reference(to);
    const QString owner = QStringLiteral("owner");
    // A sequence that stays owned by a column belongs to the column's table's owner: it follows
    // the table. (A new one gets its owner before OWNED BY, which needs the same owner.)
    const bool ownedSequence = to.kind == ObjectKind::Sequence && to.has(QStringLiteral("ownedBy")) && from
                               && from->has(QStringLiteral("ownedBy"));
    if (to.has(owner) && (from ? from->attr(owner) != to.attr(owner) : true) && ownerAlterable(to.kind) && !ownedSequence) {
        // A new object belongs to whoever runs the migration; say whose it is.
        steps << MigrationStep{QStringLiteral("ALTER %1 OWNER TO %2;").arg(ref, SchemaObject::quoteIdentifier(to.attr(owner))), to.key()};
    }
    const QString comment = QStringLiteral("comment");
    const QString before = from ? from->attr(comment) : QString();
    if (before != to.attr(comment) && !ref.isEmpty()) {
        steps << MigrationStep{QStringLiteral("COMMENT ON %1 IS %2;")
                                   .arg(ref, to.has(comment) ? SchemaObject::quoteLiteral(to.attr(comment)) : QStringLiteral("NULL")),
                               to.key()};
    }
    const QString privileges = QStringLiteral("privileges");
    if (to.has(privileges) || (from && from->has(privileges))) {
        const bool ignored = m_options.ignorePrivileges;
        if (!ignored) {
            const QStringList a = from ? from->list(privileges)
                                       : (to.kind == ObjectKind::Column ? QStringList() : defaultPrivileges(to));
            steps << privilegeSteps(to, a, to.list(privileges), to.kind == ObjectKind::Column ? to.name : QString());
        }
    }
    return steps;
}

// --- Create and drop ------------------------------------------------------------------------------

QString DdlWriter::createSql(const SchemaObject &object) const
{
    QStringList lines;
    for (const MigrationStep &s : create(object))
        lines << s.sql;
    return lines.join(QLatin1Char('\n'));
}

QList<MigrationStep> DdlWriter::create(const SchemaObject &o, bool deferDefaults) const
{
    switch (o.kind) {
    case ObjectKind::Table:
    case ObjectKind::ForeignTable:
        return createTable(o, deferDefaults);
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return createView(o);
    case ObjectKind::Index:
        return createIndex(o);
    default:
        return createOther(o);
    }
}

MigrationStep DdlWriter::drop(const SchemaObject &o) const
{
    MigrationStep s;
    s.objectKey = o.key();
    const QString t = o.qualifiedTable();
    switch (o.kind) {
    case ObjectKind::Column:
        s.sql = QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(t, SchemaObject::quoteIdentifier(o.name));
        s.notes << tr("ACCESS EXCLUSIVE lock on %1; the column's data is lost (no rewrite)").arg(t);
        s.destructive = true;
        break;
    case ObjectKind::Constraint:
        s.sql = QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(t, SchemaObject::quoteIdentifier(o.name));
        s.notes << tr("ACCESS EXCLUSIVE lock on %1").arg(t);
        break;
    case ObjectKind::Trigger:
    case ObjectKind::Rule:
    case ObjectKind::Policy:
        s.sql = QStringLiteral("DROP %1;").arg(reference(o));
        s.notes << tr("ACCESS EXCLUSIVE lock on %1").arg(t);
        break;
    case ObjectKind::Table: {
        s.sql = QStringLiteral("DROP TABLE %1;").arg(o.qualifiedName());
        s.notes << tr("ACCESS EXCLUSIVE lock; every row of the table is lost");
        s.destructive = true;
        // A foreign key to a partitioned table holds on to each partition: a partition is
        // detached (which checks that no row refers to its rows) before it can be dropped.
        const QString parent = o.attr(QStringLiteral("partitionOf"));
        const QList<const SchemaObject *> constraints = m_from.ofKind(ObjectKind::Constraint);
        if (!parent.isEmpty() && std::any_of(constraints.begin(), constraints.end(), [&](const SchemaObject *c) {
                return c->attr(QStringLiteral("type")) == QLatin1String("FOREIGN KEY") && c->attr(QStringLiteral("referencedTable")) == parent;
            }))
            s.sql.prepend(QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2;\n").arg(parent, o.qualifiedName()));
        break;
    }
    case ObjectKind::ForeignTable:
        s.sql = QStringLiteral("DROP FOREIGN TABLE %1;").arg(o.qualifiedName());
        break;
    case ObjectKind::MaterializedView:
        s.sql = QStringLiteral("DROP MATERIALIZED VIEW %1;").arg(o.qualifiedName());
        s.notes << tr("ACCESS EXCLUSIVE lock; the stored rows are gone until it is created and filled again");
        break;
    case ObjectKind::Index:
        s.sql = QStringLiteral("DROP INDEX %1;").arg(o.qualifiedName());
        s.notes << tr("ACCESS EXCLUSIVE lock on %1").arg(t);
        break;
    case ObjectKind::Sequence:
        s.sql = QStringLiteral("DROP SEQUENCE %1;").arg(o.qualifiedName());
        s.notes << tr("the sequence's current value is lost");
        s.destructive = true;
        break;
    case ObjectKind::Schema:
        s.sql = QStringLiteral("DROP SCHEMA %1;").arg(SchemaObject::quoteIdentifier(o.name));
        break;
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Range:
        s.sql = QStringLiteral("DROP TYPE %1;").arg(o.qualifiedName());
        break;
    case ObjectKind::UserMapping:
        s.sql = QStringLiteral("DROP %1;").arg(reference(o));
        break;
    case ObjectKind::DefaultPrivileges: {
        // Back to what the role's objects get without ALTER DEFAULT PRIVILEGES.
        const QList<MigrationStep> steps = defaultPrivilegeSteps(o, o.list(QStringLiteral("privileges")),
                                                                 o.list(QStringLiteral("defaults")));
        QStringList sql;
        for (const MigrationStep &x : steps)
            sql << x.sql;
        s.sql = sql.join(QLatin1Char('\n'));
        break;
    }
    default:
        s.sql = QStringLiteral("DROP %1;").arg(reference(o));
        break;
    }
    return s;
}

QList<MigrationStep> DdlWriter::createOther(const SchemaObject &o) const
{
    QList<MigrationStep> steps;
    const QString key = o.key();
    const QString q = o.qualifiedName();
    auto add = [&](const QString &sql) { steps << MigrationStep{sql, key}; };
    switch (o.kind) {
    case ObjectKind::Schema:
        add(QStringLiteral("CREATE SCHEMA %1;").arg(SchemaObject::quoteIdentifier(o.name)));
        break;
    case ObjectKind::Extension: {
        // plpgsql and other extensions a new database already has: IF NOT EXISTS.
        QString sql = QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2")
                          .arg(SchemaObject::quoteIdentifier(o.name), SchemaObject::quoteIdentifier(o.attr(QStringLiteral("schema"))));
        if (o.has(QStringLiteral("version")))
            sql += QLatin1String(" VERSION ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("version")));
        add(sql + QLatin1Char(';'));
        break;
    }
    case ObjectKind::Collation: {
        QStringList parts;
        const QString provider = o.attr(QStringLiteral("provider"));
        parts << QLatin1String("provider = ")
                     + (provider == QLatin1String("i") ? QStringLiteral("icu")
                        : provider == QLatin1String("b") ? QStringLiteral("builtin") : QStringLiteral("libc"));
        if (provider == QLatin1String("c") || provider == QLatin1String("d")) {
            parts << QLatin1String("lc_collate = ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("lcCollate")));
            parts << QLatin1String("lc_ctype = ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("lcCtype")));
        } else {
            parts << QLatin1String("locale = ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("locale")));
        }
        if (o.has(QStringLiteral("rules")))
            parts << QLatin1String("rules = ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("rules")));
        if (!o.flag(QStringLiteral("deterministic")))
            parts << QStringLiteral("deterministic = false");
        add(QStringLiteral("CREATE COLLATION %1 (%2);").arg(q, parts.join(QStringLiteral(", "))));
        break;
    }
    case ObjectKind::ForeignDataWrapper: {
        QString sql = QLatin1String("CREATE FOREIGN DATA WRAPPER ") + q;
        if (o.has(QStringLiteral("handler")))
            sql += QLatin1String(" HANDLER ") + o.attr(QStringLiteral("handler"));
        if (o.has(QStringLiteral("validator")))
            sql += QLatin1String(" VALIDATOR ") + o.attr(QStringLiteral("validator"));
        add(sql + genericOptions(o.list(QStringLiteral("options"))) + QLatin1Char(';'));
        break;
    }
    case ObjectKind::Server: {
        QString sql = QLatin1String("CREATE SERVER ") + q;
        if (o.has(QStringLiteral("type")))
            sql += QLatin1String(" TYPE ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("type")));
        if (o.has(QStringLiteral("version")))
            sql += QLatin1String(" VERSION ") + SchemaObject::quoteLiteral(o.attr(QStringLiteral("version")));
        sql += QLatin1String(" FOREIGN DATA WRAPPER ") + SchemaObject::quoteIdentifier(o.attr(QStringLiteral("wrapper")));
        add(sql + genericOptions(o.list(QStringLiteral("options"))) + QLatin1Char(';'));
        break;
    }
    case ObjectKind::UserMapping:
        add(QLatin1String("CREATE ") + reference(o) + genericOptions(o.list(QStringLiteral("options"))) + QLatin1Char(';'));
        steps.last().notes << tr("passwords are never read from the source: set them with ALTER USER MAPPING");
        break;
    case ObjectKind::Enum: {
        QStringList labels;
        for (const QString &l : o.list(QStringLiteral("labels")))
            labels << SchemaObject::quoteLiteral(l);
        add(QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(q, labels.join(QStringLiteral(", "))));
        break;
    }
    case ObjectKind::Composite:
        add(QStringLiteral("CREATE TYPE %1 AS (%2);").arg(q, o.list(QStringLiteral("attributes")).join(QStringLiteral(", "))));
        break;
    case ObjectKind::Domain: {
        QString sql = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(q, o.attr(QStringLiteral("baseType")));
        if (o.has(QStringLiteral("collation")))
            sql += QLatin1String(" COLLATE ") + o.attr(QStringLiteral("collation"));
        if (o.has(QStringLiteral("default")))
            sql += QLatin1String(" DEFAULT ") + o.attr(QStringLiteral("default"));
        if (o.flag(QStringLiteral("notNull")))
            sql += QLatin1String(" NOT NULL");
        for (const QString &c : o.list(QStringLiteral("constraints"))) {
            const NamedPart part = splitNamed(c);
            sql += QLatin1String(" CONSTRAINT ") + part.name + QLatin1Char(' ') + part.rest;
        }
        add(sql + QLatin1Char(';'));
        break;
    }
    case ObjectKind::Range: {
        QStringList parts{QLatin1String("SUBTYPE = ") + o.attr(QStringLiteral("subtype"))};
        const QList<QPair<const char *, const char *>> options = {
            {"subtypeOpclass", "SUBTYPE_OPCLASS"}, {"rangeCollation", "COLLATION"}, {"canonical", "CANONICAL"},
            {"subtypeDiff", "SUBTYPE_DIFF"}, {"multirange", "MULTIRANGE_TYPE_NAME"}};
        for (const auto &[attr, word] : options) {
            if (o.has(QLatin1String(attr)))
                parts << QLatin1String(word) + QLatin1String(" = ") + o.attr(QLatin1String(attr));
        }
        add(QStringLiteral("CREATE TYPE %1 AS RANGE (%2);").arg(q, parts.join(QStringLiteral(", "))));
        break;
    }
    case ObjectKind::TextSearchDictionary: {
        QString sql = QStringLiteral("CREATE TEXT SEARCH DICTIONARY %1 (TEMPLATE = %2").arg(q, o.attr(QStringLiteral("template")));
        if (o.has(QStringLiteral("options")))
            sql += QLatin1String(", ") + o.attr(QStringLiteral("options"));
        add(sql + QLatin1String(");"));
        break;
    }
    case ObjectKind::TextSearchConfiguration:
        add(QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (PARSER = %2);").arg(q, o.attr(QStringLiteral("parser"))));
        for (const QString &m : o.list(QStringLiteral("mappings"))) {
            const qsizetype space = m.indexOf(QLatin1Char(' '));
            add(QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ADD MAPPING FOR %2 WITH %3;").arg(q, m.left(space), m.mid(space + 1)));
        }
        break;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        add(withSemicolon(o.attr(QStringLiteral("definition"))));
        break;
    case ObjectKind::Aggregate:
        add(aggregateDefinition(o, false));
        break;
    case ObjectKind::Sequence: {
        add(QStringLiteral("CREATE %1SEQUENCE %2 %3;")
                .arg(o.flag(QStringLiteral("unlogged")) ? QStringLiteral("UNLOGGED ") : QString(), q, sequenceOptions(o)));
        if (o.has(QStringLiteral("ownedBy"))) {
            MigrationStep owned{QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2;").arg(q, o.attr(QStringLiteral("ownedBy"))), key};
            owned.needs << columnKeyFromReference(o.attr(QStringLiteral("ownedBy")));
            owned.trailing = true;
            steps << owned;
        }
        break;
    }
    case ObjectKind::Column: {
        // A partition's columns, and a child's inherited ones, come from the parent.
        const SchemaObject *table = m_to.find(ObjectKind::Table, o.schema, o.table);
        if ((table && table->has(QStringLiteral("partitionOf"))) || (o.has(QStringLiteral("local")) && !o.flag(QStringLiteral("local"))))
            return steps;
        MigrationStep s{QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;").arg(o.qualifiedTable(), columnDefinition(o)), key};
        // A child's own column of the same name comes first, so that the parent's merges with it.
        // (A child made in the same migration merges at its CREATE TABLE instead.)
        for (const QString &childKey : m_inheritors.value(o.qualifiedTable())) {
            const SchemaObject *child = m_to.find(childKey);
            const QString childColumn = SchemaObject::makeKey(ObjectKind::Column, child->schema, o.name, child->name);
            if (m_from.find(child->key()) && !m_from.find(childColumn) && m_to.find(childColumn))
                s.needs << childColumn;
        }
        s.notes << tr("ACCESS EXCLUSIVE lock on %1").arg(o.qualifiedTable());
        if (o.has(QStringLiteral("default")) && looksVolatile(o.attr(QStringLiteral("default"))))
            s.notes << tr("a volatile default rewrites the table");
        if (o.has(QStringLiteral("generated")))
            s.notes << tr("a stored generated column rewrites the table");
        if (o.flag(QStringLiteral("notNull")) && !o.has(QStringLiteral("default")) && !o.has(QStringLiteral("identity"))
            && !o.has(QStringLiteral("generated")))
            s.notes << tr("NOT NULL without a default fails when the table has rows");
        steps << s << columnExtras(nullptr, o);
        return steps;
    }
    case ObjectKind::Constraint: {
        MigrationStep s{QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3;")
                            .arg(o.qualifiedTable(), SchemaObject::quoteIdentifier(o.name), o.attr(QStringLiteral("definition"))),
                        key};
        s.notes << constraintLockNote(o);
        steps << s;
        if (o.has(QStringLiteral("indexComment")))
            add(QStringLiteral("COMMENT ON INDEX %1 IS %2;")
                    .arg(SchemaObject::qualify(o.schema, o.attr(QStringLiteral("index"))), SchemaObject::quoteLiteral(o.attr(QStringLiteral("indexComment")))));
        break;
    }
    case ObjectKind::Trigger:
        add(withSemicolon(o.attr(QStringLiteral("definition"))));
        steps.last().notes << tr("SHARE ROW EXCLUSIVE lock on %1").arg(o.qualifiedTable());
        if (o.has(QStringLiteral("enabled")))
            add(QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3;").arg(o.qualifiedTable(), o.attr(QStringLiteral("enabled")), SchemaObject::quoteIdentifier(o.name)));
        break;
    case ObjectKind::Rule:
        add(withSemicolon(o.attr(QStringLiteral("definition"))));
        if (o.has(QStringLiteral("enabled")))
            add(QStringLiteral("ALTER TABLE %1 %2 RULE %3;").arg(o.qualifiedTable(), o.attr(QStringLiteral("enabled")), SchemaObject::quoteIdentifier(o.name)));
        break;
    case ObjectKind::Policy:
        add(policyDefinition(o));
        break;
    case ObjectKind::Statistics:
        add(withSemicolon(o.attr(QStringLiteral("definition"))));
        if (o.has(QStringLiteral("target")))
            add(QStringLiteral("ALTER STATISTICS %1 SET STATISTICS %2;").arg(q, o.attr(QStringLiteral("target"))));
        break;
    case ObjectKind::EventTrigger: {
        QString sql = QStringLiteral("CREATE EVENT TRIGGER %1 ON %2").arg(q, o.attr(QStringLiteral("event")));
        if (o.has(QStringLiteral("tags"))) {
            QStringList tags;
            for (const QString &t : o.list(QStringLiteral("tags")))
                tags << SchemaObject::quoteLiteral(t);
            sql += QLatin1String(" WHEN TAG IN (") + tags.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        add(sql + QLatin1String(" EXECUTE FUNCTION ") + o.attr(QStringLiteral("function")) + QLatin1String("();"));
        if (o.has(QStringLiteral("enabled")))
            add(QStringLiteral("ALTER EVENT TRIGGER %1 %2;").arg(q, o.attr(QStringLiteral("enabled"))));
        break;
    }
    case ObjectKind::Publication:
        add(publicationDefinition(o));
        break;
    case ObjectKind::DefaultPrivileges:
        steps << defaultPrivilegeSteps(o, o.list(QStringLiteral("defaults")), o.list(QStringLiteral("privileges")));
        return steps;
    default:
        break;
    }
    steps << commonAttributes(nullptr, o);
    return steps;
}

} // namespace Pixetric
