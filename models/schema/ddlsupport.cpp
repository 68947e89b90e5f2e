#include "ddlsupport.h"

#include <QRegularExpression>

namespace Pixetric::Ddl {

QString roleName(const QString &role)
{
    return role == QLatin1String("PUBLIC") ? role : SchemaObject::quoteIdentifier(role);
}

QString grantTarget(const SchemaObject &o)
{
    const QString q = o.qualifiedName();
    switch (o.kind) {
    case ObjectKind::Table:
    case ObjectKind::ForeignTable:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return QLatin1String("TABLE ") + q;
    case ObjectKind::Column:
        return QLatin1String("TABLE ") + o.qualifiedTable();
    case ObjectKind::Sequence:
        return QLatin1String("SEQUENCE ") + q;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
    case ObjectKind::Aggregate:
        return QLatin1String("ROUTINE ") + q + QLatin1Char('(') + o.args + QLatin1Char(')');
    case ObjectKind::Enum:
    case ObjectKind::Composite:
    case ObjectKind::Range:
        return QLatin1String("TYPE ") + q;
    case ObjectKind::Domain:
        return QLatin1String("DOMAIN ") + q;
    case ObjectKind::Schema:
        return QLatin1String("SCHEMA ") + q;
    case ObjectKind::ForeignDataWrapper:
        return QLatin1String("FOREIGN DATA WRAPPER ") + q;
    case ObjectKind::Server:
        return QLatin1String("FOREIGN SERVER ") + q;
    default:
        return {};
    }
}

bool ownerAlterable(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Extension:
    case ObjectKind::UserMapping:
    case ObjectKind::Column:
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Rule:
    case ObjectKind::Policy:
    case ObjectKind::DefaultPrivileges:
        return false;
    default:
        return true;
    }
}

QSet<QString> commonAttributeNames()
{
    return {QStringLiteral("owner"), QStringLiteral("comment"), QStringLiteral("privileges")};
}

PrivilegeMap privilegeMap(const QStringList &list, const QString &owner)
{
    PrivilegeMap map;
    for (const QString &item : list) {
        const qsizetype eq = item.lastIndexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString grantee = item.left(eq);
        if (grantee == QLatin1String("(owner)"))
            grantee = owner;
        QString privilege = item.mid(eq + 1);
        const bool grantable = privilege.endsWith(QLatin1Char('*'));
        if (grantable)
            privilege.chop(1);
        map[grantee].insert(privilege, grantable);
    }
    return map;
}

QString withSemicolon(const QString &statement)
{
    QString s = statement.trimmed();
    if (!s.endsWith(QLatin1Char(';')))
        s += QLatin1Char(';');
    return s;
}

namespace {

QString optionPair(const QString &item)
{
    const qsizetype eq = item.indexOf(QLatin1Char('='));
    return SchemaObject::quoteIdentifier(item.left(eq)) + QLatin1Char(' ') + SchemaObject::quoteLiteral(item.mid(eq + 1));
}

} // namespace

QString genericOptions(const QStringList &options)
{
    if (options.isEmpty())
        return {};
    QStringList parts;
    for (const QString &o : options)
        parts << optionPair(o);
    return QLatin1String(" OPTIONS (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString optionChanges(const QStringList &from, const QStringList &to)
{
    QMap<QString, QString> a;
    QMap<QString, QString> b;
    for (const QString &o : from)
        a.insert(o.section(QLatin1Char('='), 0, 0), o);
    for (const QString &o : to)
        b.insert(o.section(QLatin1Char('='), 0, 0), o);
    QStringList parts;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (!b.contains(it.key()))
            parts << QLatin1String("DROP ") + SchemaObject::quoteIdentifier(it.key());
    }
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (!a.contains(it.key()))
            parts << QLatin1String("ADD ") + optionPair(it.value());
        else if (a.value(it.key()) != it.value())
            parts << QLatin1String("SET ") + optionPair(it.value());
    }
    if (parts.isEmpty())
        return {};
    return QLatin1String(" OPTIONS (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString storageParameters(const QStringList &options)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.]+$"));
    QStringList parts;
    for (const QString &o : options) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        const QString value = o.mid(eq + 1);
        parts << o.left(eq) + QLatin1Char('=') + (plain.match(value).hasMatch() ? value : SchemaObject::quoteLiteral(value));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList storageParameterChanges(const QStringList &from, const QStringList &to)
{
    QStringList reset;
    for (const QString &o : from) {
        const QString name = o.section(QLatin1Char('='), 0, 0);
        if (std::none_of(to.begin(), to.end(), [&](const QString &x) { return x.section(QLatin1Char('='), 0, 0) == name; }))
            reset << name;
    }
    QStringList clauses;
    if (!reset.isEmpty())
        clauses << QLatin1String("RESET (") + reset.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!to.isEmpty() && to != from)
        clauses << QLatin1String("SET (") + storageParameters(to) + QLatin1Char(')');
    return clauses;
}

NamedPart splitNamed(const QString &text)
{
    // The name is a quoted identifier (quote_ident), followed by ": ".
    qsizetype end = 0;
    if (text.startsWith(QLatin1Char('"'))) {
        end = 1;
        while (end < text.size()) {
            if (text.at(end) == QLatin1Char('"')) {
                if (end + 1 < text.size() && text.at(end + 1) == QLatin1Char('"')) {
                    end += 2;
                    continue;
                }
                ++end;
                break;
            }
            ++end;
        }
    } else {
        end = text.indexOf(QLatin1Char(':'));
        if (end < 0)
            end = text.size();
    }
    NamedPart part;
    part.name = text.left(end);
    part.rest = text.mid(end).section(QLatin1Char(':'), 1).trimmed();
    if (text.mid(end).startsWith(QLatin1String(": ")))
        part.rest = text.mid(end + 2);
    return part;
}

NamedPart splitLeadingIdentifier(const QString &text)
{
    static const QRegularExpression leading(QStringLiteral("^(\"(?:[^\"]|\"\")*\"|\\S+) "));
    return splitNamed(QString(text).replace(leading, QStringLiteral("\\1: ")));
}

QString leadingQualifiedName(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice
        else if (text.at(i) == QLatin1Char(' ') && !quoted)
            return text.left(i);
    }
    return text;
}

QStringList splitIdentifiers(const QString &qualified)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < qualified.size(); ++i) {
        const QChar c = qualified.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < qualified.size() && qualified.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('.')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString columnKeyFromReference(const QString &qualifiedColumn)
{
    const QStringList parts = splitIdentifiers(qualifiedColumn);
    if (parts.size() != 3)
        return {};
    return SchemaObject::makeKey(ObjectKind::Column, parts.at(0), parts.at(2), parts.at(1));
}

QString indexKeyFromReference(const QString &qualifiedIndex)
{
    const QStringList parts = splitIdentifiers(qualifiedIndex);
    if (parts.size() != 2)
        return {};
    return SchemaObject::makeKey(ObjectKind::Index, parts.at(0), parts.at(1));
}

QString relationKeyFromReference(const QString &qualifiedRelation, const SchemaSnapshot &snapshot)
{
    const QStringList parts = splitIdentifiers(qualifiedRelation);
    if (parts.size() != 2)
        return {};
    for (const ObjectKind kind : {ObjectKind::Table, ObjectKind::ForeignTable, ObjectKind::View, ObjectKind::MaterializedView}) {
        const QString key = SchemaObject::makeKey(kind, parts.at(0), parts.at(1));
        if (snapshot.find(key))
            return key;
    }
    return SchemaObject::makeKey(ObjectKind::Table, parts.at(0), parts.at(1));
}

QString sequenceOptions(const SchemaObject &s)
{
    return QStringLiteral("AS %1 INCREMENT BY %2 MINVALUE %3 MAXVALUE %4 START WITH %5 CACHE %6 %7")
        .arg(s.attr(QStringLiteral("dataType")), s.attr(QStringLiteral("increment")), s.attr(QStringLiteral("minValue")),
             s.attr(QStringLiteral("maxValue")), s.attr(QStringLiteral("start")), s.attr(QStringLiteral("cache")),
             s.flag(QStringLiteral("cycle")) ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
}

bool looksVolatile(const QString &expression)
{
    static const QRegularExpression volatileCall(
        QStringLiteral("\\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|txid_current)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    return volatileCall.match(expression).hasMatch();
}

QString constraintLockNote(const SchemaObject &c)
{
    const QString type = c.attr(QStringLiteral("type"));
    const QString table = c.qualifiedTable();
    const bool notValid = c.flag(QStringLiteral("notValid"));
    if (type == QLatin1String("FOREIGN KEY")) {
        return notValid ? DdlWriter::tr("SHARE ROW EXCLUSIVE lock on %1 and the referenced table; NOT VALID: existing rows are not checked").arg(table)
                        : DdlWriter::tr("SHARE ROW EXCLUSIVE lock on %1 and the referenced table while every row is checked "
                                        "(ADD … NOT VALID, then VALIDATE CONSTRAINT, avoids the long lock)").arg(table);
    }
    if (type == QLatin1String("CHECK")) {
        return notValid ? DdlWriter::tr("ACCESS EXCLUSIVE lock on %1; NOT VALID: existing rows are not checked").arg(table)
                        : DdlWriter::tr("ACCESS EXCLUSIVE lock on %1 while every row is checked "
                                        "(ADD … NOT VALID, then VALIDATE CONSTRAINT, avoids the long lock)").arg(table);
    }
    if (type == QLatin1String("PRIMARY KEY") || type == QLatin1String("UNIQUE") || type == QLatin1String("EXCLUDE"))
        return DdlWriter::tr("ACCESS EXCLUSIVE lock on %1 while its index is built "
                             "(CREATE UNIQUE INDEX CONCURRENTLY first, then ADD … USING INDEX, avoids it)").arg(table);
    return DdlWriter::tr("ACCESS EXCLUSIVE lock on %1").arg(table);
}

QString aggregateDefinition(const SchemaObject &a, bool orReplace)
{
    QString args = a.attr(QStringLiteral("arguments"));
    if (args.isEmpty())
        args = QStringLiteral("*");
    return QStringLiteral("CREATE %1AGGREGATE %2(%3) (%4);")
        .arg(orReplace ? QStringLiteral("OR REPLACE ") : QString(), a.qualifiedName(), args,
             a.list(QStringLiteral("aggregate")).join(QStringLiteral(", ")));
}

QString policyDefinition(const SchemaObject &p)
{
    QString sql = QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                      .arg(SchemaObject::quoteIdentifier(p.name), p.qualifiedTable(),
                           p.flag(QStringLiteral("permissive")) ? QStringLiteral("PERMISSIVE") : QStringLiteral("RESTRICTIVE"),
                           p.attr(QStringLiteral("command")),
                           p.has(QStringLiteral("roles")) ? p.list(QStringLiteral("roles")).join(QStringLiteral(", ")) : QStringLiteral("PUBLIC"));
    if (p.has(QStringLiteral("using")))
        sql += QLatin1String(" USING (") + p.attr(QStringLiteral("using")) + QLatin1Char(')');
    if (p.has(QStringLiteral("check")))
        sql += QLatin1String(" WITH CHECK (") + p.attr(QStringLiteral("check")) + QLatin1Char(')');
    return sql + QLatin1Char(';');
}

QString publicationDefinition(const SchemaObject &p)
{
    QString sql = QLatin1String("CREATE PUBLICATION ") + p.qualifiedName();
    QStringList what;
    for (const QString &t : p.list(QStringLiteral("tables")))
        what << QLatin1String("TABLE ") + t;
    for (const QString &s : p.list(QStringLiteral("schemas")))
        what << QLatin1String("TABLES IN SCHEMA ") + s;
    if (p.flag(QStringLiteral("allTables")))
        sql += QLatin1String(" FOR ALL TABLES");
    else if (!what.isEmpty())
        sql += QLatin1String(" FOR ") + what.join(QStringLiteral(", "));
    QStringList with{QLatin1String("publish = ") + SchemaObject::quoteLiteral(p.attr(QStringLiteral("publish")))};
    if (p.flag(QStringLiteral("viaRoot")))
        with << QStringLiteral("publish_via_partition_root = true");
    return sql + QLatin1String(" WITH (") + with.join(QStringLiteral(", ")) + QLatin1String(");");
}

QList<MigrationStep> defaultPrivilegeSteps(const SchemaObject &o, const QStringList &from, const QStringList &to)
{
    QList<MigrationStep> steps;
    QString prefix = QLatin1String("ALTER DEFAULT PRIVILEGES FOR ROLE ") + SchemaObject::quoteIdentifier(o.name);
    if (o.has(QStringLiteral("schema")))
        prefix += QLatin1String(" IN SCHEMA ") + SchemaObject::quoteIdentifier(o.attr(QStringLiteral("schema")));
    const QString type = o.attr(QStringLiteral("objectType"));
    const PrivilegeMap a = privilegeMap(from, o.name);
    const PrivilegeMap b = privilegeMap(to, o.name);
    QStringList grantees = a.keys() + b.keys();
    grantees.sort();
    grantees.removeDuplicates();
    for (const QString &grantee : std::as_const(grantees)) {
        QStringList revoke;
        QStringList grant;
        QStringList grantOption;
        const QMap<QString, bool> had = a.value(grantee);
        const QMap<QString, bool> has = b.value(grantee);
        for (auto it = had.constBegin(); it != had.constEnd(); ++it) {
            if (!has.contains(it.key()) || (it.value() && !has.value(it.key())))
                revoke << it.key();
        }
        for (auto it = has.constBegin(); it != has.constEnd(); ++it) {
            if (!had.contains(it.key()) || it.value() != had.value(it.key()) || revoke.contains(it.key()))
                (it.value() ? grantOption : grant) << it.key();
        }
        const QString who = roleName(grantee);
        if (!revoke.isEmpty())
            steps << MigrationStep{QStringLiteral("%1 REVOKE %2 ON %3 FROM %4;").arg(prefix, revoke.join(QStringLiteral(", ")), type, who), o.key()};
        if (!grant.isEmpty())
            steps << MigrationStep{QStringLiteral("%1 GRANT %2 ON %3 TO %4;").arg(prefix, grant.join(QStringLiteral(", ")), type, who), o.key()};
        if (!grantOption.isEmpty())
            steps << MigrationStep{QStringLiteral("%1 GRANT %2 ON %3 TO %4 WITH GRANT OPTION;").arg(prefix, grantOption.join(QStringLiteral(", ")), type, who), o.key()};
    }
    return steps;
}

EnumChange enumChange(const QStringList &from, const QStringList &to)
{
    EnumChange change;
    // A single label renamed in place: same length, one position differs, the new label new.
    if (from.size() == to.size()) {
        int differing = 0;
        qsizetype at = -1;
        for (qsizetype i = 0; i < from.size(); ++i) {
            if (from.at(i) != to.at(i)) {
                ++differing;
                at = i;
            }
        }
        if (differing == 1 && !from.contains(to.at(at))) {
            change.possible = true;
            change.steps << EnumChange::Step{to.at(at), {}, false, from.at(at)};
            return change;
        }
    }
    // Otherwise only additions: from must be a subsequence of to, in order.
    qsizetype j = 0;
    for (const QString &label : to) {
        if (j < from.size() && from.at(j) == label)
            ++j;
    }
    if (j != from.size())
        return change;
    change.possible = true;
    QStringList current = from;
    for (qsizetype i = 0; i < to.size(); ++i) {
        const QString &label = to.at(i);
        if (current.contains(label))
            continue;
        EnumChange::Step step;
        step.label = label;
        if (i > 0) {
            step.neighbour = to.at(i - 1);
            step.before = false;
        } else if (!current.isEmpty()) {
            step.neighbour = current.first();
            step.before = true;
        }
        current.insert(i > 0 ? current.indexOf(to.at(i - 1)) + 1 : 0, label);
        change.steps << step;
    }
    return change;
}

namespace {

struct Attribute
{
    QString name; // quoted
    QString type; // with COLLATE
};

Attribute parseAttribute(const QString &text)
{
    const NamedPart part = splitLeadingIdentifier(text);
    return {part.name, part.rest};
}

} // namespace

CompositeChange compositeChange(const QStringList &from, const QStringList &to)
{
    CompositeChange change;
    QList<Attribute> a;
    QList<Attribute> b;
    for (const QString &t : from)
        a << parseAttribute(t);
    for (const QString &t : to)
        b << parseAttribute(t);
    auto find = [](const QList<Attribute> &list, const QString &name) -> const Attribute * {
        for (const Attribute &x : list) {
            if (x.name == name)
                return &x;
        }
        return nullptr;
    };
    for (const Attribute &x : a) {
        if (!find(b, x.name))
            change.statements << QLatin1String("DROP ATTRIBUTE ") + x.name;
    }
    for (const Attribute &y : b) {
        const Attribute *x = find(a, y.name);
        if (!x)
            change.statements << QLatin1String("ADD ATTRIBUTE ") + y.name + QLatin1Char(' ') + y.type;
        else if (x->type != y.type)
            change.statements << QLatin1String("ALTER ATTRIBUTE ") + y.name + QLatin1String(" TYPE ") + y.type;
    }
    return change;
}

bool binaryCoercible(const QString &from, const QString &to)
{
    static const QRegularExpression varchar(QStringLiteral("^character varying(?:\\((\\d+)\\))?$"));
    static const QRegularExpression numeric(QStringLiteral("^numeric(?:\\((\\d+),(\\d+)\\))?$"));
    const auto va = varchar.match(from);
    if (va.hasMatch()) {
        if (to == QLatin1String("text"))
            return true;
        const auto vb = varchar.match(to);
        if (vb.hasMatch())
            return vb.captured(1).isEmpty() || (!va.captured(1).isEmpty() && vb.captured(1).toInt() >= va.captured(1).toInt());
    }
    const auto na = numeric.match(from);
    const auto nb = numeric.match(to);
    if (na.hasMatch() && nb.hasMatch()) {
        if (nb.captured(1).isEmpty())
            return true;
        return !na.captured(1).isEmpty() && na.captured(2) == nb.captured(2) && nb.captured(1).toInt() >= na.captured(1).toInt();
    }
    return false;
}

} // namespace Pixetric::Ddl
