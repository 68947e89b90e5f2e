// The object maker's grants, owners, comments and default privileges.
#include "objectmaker.h"

namespace Pixetric::Test {

namespace {

const QStringList comments = {QStringLiteral("a comment"), QStringLiteral("it's quoted"), QStringLiteral("two\nlines"),
                              QStringLiteral("ünïcode ✓"), QStringLiteral("back\\slash")};

} // namespace

// --- Grants, owners, comments -----------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::grant()
{
    // What GRANT calls an object, and what it may grant on it.
    auto target = [](const GeneratedItem &o, QStringList *privileges) -> QString {
        const QString q = qualified(o.schema, o.name);
        if (o.isRelation()) {
            *privileges = {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                           QStringLiteral("TRUNCATE"), QStringLiteral("REFERENCES"), QStringLiteral("TRIGGER"), QStringLiteral("ALL")};
            return QLatin1String("TABLE ") + q;
        }
        switch (o.kind) {
        case GeneratedKind::Sequence:
            *privileges = {QStringLiteral("USAGE"), QStringLiteral("SELECT"), QStringLiteral("UPDATE")};
            return QLatin1String("SEQUENCE ") + q;
        case GeneratedKind::Function:
        case GeneratedKind::Procedure:
        case GeneratedKind::Aggregate:
        case GeneratedKind::TriggerFunction:
            *privileges = {QStringLiteral("EXECUTE")};
            return QLatin1String("ROUTINE ") + o.ref.section(QLatin1Char(' '), 1);
        case GeneratedKind::Schema:
            *privileges = {QStringLiteral("USAGE"), QStringLiteral("CREATE")};
            return QLatin1String("SCHEMA ") + ident(o.name);
        case GeneratedKind::Enum:
        case GeneratedKind::Composite:
        case GeneratedKind::Range:
        case GeneratedKind::Domain:
            *privileges = {QStringLiteral("USAGE")};
            return QLatin1String("TYPE ") + q;
        case GeneratedKind::Wrapper:
            *privileges = {QStringLiteral("USAGE")};
            return QLatin1String("FOREIGN DATA WRAPPER ") + ident(o.name);
        case GeneratedKind::Server:
            *privileges = {QStringLiteral("USAGE")};
            return QLatin1String("FOREIGN SERVER ") + ident(o.name);
        default:
            return {};
        }
    };
    const GeneratedItem *o = anchor([&](const GeneratedItem &x) {
        QStringList ignored;
        return !target(x, &ignored).isEmpty();
    });
    if (!o)
        return std::nullopt;
    QStringList privileges;
    const QString on = target(*o, &privileges);
    GeneratedItem item;
    item.kind = GeneratedKind::Grant;
    item.id = QStringLiteral("grant:%1").arg(++m_serial);
    item.anchor = o->id;
    item.uses << GeneratedUse{o->id, {}};
    // PUBLIC may run routines and use types unless that is taken away.
    if ((on.startsWith(QLatin1String("ROUTINE ")) || on.startsWith(QLatin1String("TYPE "))) && m_dice.chance(30)) {
        item.sql = QStringLiteral("REVOKE %1 ON %2 FROM PUBLIC;").arg(privileges.first(), on);
        return item;
    }
    const QString grantee = m_dice.chance(20) ? QStringLiteral("PUBLIC") : ident(pick(roles()));
    const bool relation = on.startsWith(QLatin1String("TABLE "));
    const QList<GeneratedColumnRef> columns = relation ? m_schema.columns(m_schema.indexOf(o->id)) : QList<GeneratedColumnRef>();
    QString what;
    if (relation && !columns.isEmpty() && m_dice.chance(30)) {
        const GeneratedColumnRef &c = m_dice.pick(columns);
        item.uses << GeneratedUse{c.id, {}};
        what = QStringLiteral("%1 (%2)").arg(pick({QStringLiteral("SELECT"), QStringLiteral("UPDATE"), QStringLiteral("INSERT"),
                                                   QStringLiteral("REFERENCES")}),
                                             ident(c.name));
    } else {
        QStringList chosen;
        for (int n = m_dice.between(1, 2); n > 0; --n)
            chosen << pick(privileges);
        chosen.removeDuplicates();
        what = chosen.contains(QLatin1String("ALL")) ? QStringLiteral("ALL") : chosen.join(QStringLiteral(", "));
    }
    item.sql = QStringLiteral("GRANT %1 ON %2 TO %3%4;")
                   .arg(what, on, grantee,
                        grantee != QLatin1String("PUBLIC") && m_dice.chance(15) ? QStringLiteral(" WITH GRANT OPTION") : QString());
    return item;
}

std::optional<GeneratedItem> ObjectMaker::owner()
{
    // One owner for each object; a sequence linked to a table goes with the table's owner, so
    // neither may change hands once OWNED BY links them (ALTER TABLE … OWNER TO moves both).
    auto linked = [this](const GeneratedItem &o) {
        for (qsizetype i = 0; i < m_schema.items.size(); ++i) {
            const GeneratedItem &x = m_schema.items.at(i);
            if (x.kind == GeneratedKind::OwnedBy && (x.anchor == o.id || (x.labels.value(0) == o.id && i >= m_position)))
                return true;
        }
        return false;
    };
    const GeneratedItem *o = anchor([&](const GeneratedItem &x) {
        if (!x.hasFlag(QStringLiteral("ownable")) || linked(x))
            return false;
        const GeneratedItem *there = m_schema.find(QLatin1String("owner:") + x.id);
        return !there || (m_previous && m_previous->id == there->id);
    });
    if (!o)
        return std::nullopt;
    GeneratedItem item;
    item.kind = GeneratedKind::Owner;
    item.id = QLatin1String("owner:") + o->id;
    item.anchor = o->id;
    item.uses << GeneratedUse{o->id, {}};
    item.sql = QStringLiteral("ALTER %1 OWNER TO %2;").arg(o->ref, ident(pick(roles())));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::comment()
{
    // An object's comment, or a column's.
    const GeneratedItem *o = anchor([](const GeneratedItem &x) { return !x.ref.isEmpty(); });
    if (!o)
        return std::nullopt;
    QString target = o->ref;
    QString targetId = o->id;
    if (o->isRelation() && m_dice.chance(40)) {
        const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(o->id));
        if (!columns.isEmpty()) {
            const GeneratedColumnRef &c = m_dice.pick(columns);
            target = QStringLiteral("COLUMN %1.%2").arg(qualified(o->schema, o->name), ident(c.name));
            targetId = c.id;
        }
    }
    const QString id = QLatin1String("comment:") + targetId;
    if (m_schema.find(id) && !(m_previous && m_previous->id == id))
        return std::nullopt;
    GeneratedItem item;
    item.kind = GeneratedKind::Comment;
    item.id = id;
    item.anchor = o->id;
    item.uses << GeneratedUse{targetId, {}};
    item.sql = QStringLiteral("COMMENT ON %1 IS %2;").arg(target, literal(pick(comments)));
    return item;
}

std::optional<GeneratedItem> ObjectMaker::defaultPrivileges()
{
    static const QList<QPair<QString, QStringList>> types = {
        {QStringLiteral("TABLES"), {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("TRUNCATE")}},
        {QStringLiteral("SEQUENCES"), {QStringLiteral("USAGE"), QStringLiteral("SELECT")}},
        {QStringLiteral("FUNCTIONS"), {QStringLiteral("EXECUTE")}},
        {QStringLiteral("TYPES"), {QStringLiteral("USAGE")}},
        {QStringLiteral("SCHEMAS"), {QStringLiteral("USAGE"), QStringLiteral("CREATE")}},
    };
    const auto &[type, privileges] = types.at(m_dice.below(types.size()));
    const QString role = pick(roles());
    GeneratedItem item;
    item.kind = GeneratedKind::DefaultPrivileges;
    item.id = QStringLiteral("defpriv:%1").arg(++m_serial);
    QString prefix = QLatin1String("ALTER DEFAULT PRIVILEGES FOR ROLE ") + ident(role);
    const bool global = type == QLatin1String("SCHEMAS") || m_dice.chance(50);
    if (!global) {
        const QString schema = pickSchema();
        prefix += QLatin1String(" IN SCHEMA ") + ident(schema);
        item.uses << GeneratedUse{QLatin1String("schema:") + schema, {}};
    }
    const QString privilege = pick(privileges);
    if (global && m_dice.chance(30)) {
        // Less than the built-in defaults: the owner's own, or PUBLIC's on routines and types.
        const bool fromPublic = type == QLatin1String("FUNCTIONS") || type == QLatin1String("TYPES");
        item.sql = QStringLiteral("%1 REVOKE %2 ON %3 FROM %4;").arg(prefix, privilege, type, fromPublic ? QStringLiteral("PUBLIC") : ident(role));
        return item;
    }
    const QString grantee = m_dice.chance(20) ? QStringLiteral("PUBLIC") : ident(pick(roles()));
    item.sql = QStringLiteral("%1 GRANT %2 ON %3 TO %4%5;")
                   .arg(prefix, privilege, type, grantee,
                        grantee != QLatin1String("PUBLIC") && m_dice.chance(20) ? QStringLiteral(" WITH GRANT OPTION") : QString());
    return item;
}

} // namespace Pixetric::Test
