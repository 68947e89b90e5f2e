// The object maker's views and what lives on relations: triggers, rules, policies, statistics,
// publications, OWNED BY.
#include "objectmaker.h"
#include "objectmakersupport.h"

namespace Pixetric::Test {

using namespace Maker;

// --- Views ------------------------------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::view(bool materialized)
{
    const GeneratedItem *source = anchor([](const GeneratedItem &o) { return o.isRelation(); });
    if (!source)
        return std::nullopt;
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(source->id));
    if (columns.isEmpty())
        return std::nullopt;
    const Place p = place(relationWords);
    GeneratedItem item = start(materialized ? GeneratedKind::MaterializedView : GeneratedKind::View, p, QStringLiteral("rel:"));
    item.anchor = source->id;
    item.uses << GeneratedUse{source->id, {}};
    // A materialized view is filled only from tables: a foreign table's wrapper has no handler
    // or no server, and a view or function may belong to a role that may not read its tables.
    auto runnable = [](const GeneratedItem &o) { return isTable(o) || o.kind == GeneratedKind::Partition; };
    bool readsOnlyTables = runnable(*source);
    QString from = qualified(source->schema, source->name) + QLatin1String(" s1");
    QList<QPair<QString, GeneratedColumnRef>> available; // qualifier, column
    for (const GeneratedColumnRef &c : columns)
        available << qMakePair(QStringLiteral("s1."), c);
    // A join with a second relation on columns of one type.
    if (m_dice.chance(15)) {
        const QList<qsizetype> others = before([&](const GeneratedItem &o) { return o.isRelation() && o.id != source->id; });
        if (!others.isEmpty()) {
            const GeneratedItem &other = m_schema.items.at(m_dice.pick(others));
            const QList<GeneratedColumnRef> otherColumns = m_schema.columns(m_schema.indexOf(other.id));
            for (const GeneratedColumnRef &a : columns) {
                const auto match = std::find_if(otherColumns.begin(), otherColumns.end(), [&](const GeneratedColumnRef &b) {
                    return b.type == a.type && hasEquality(a.family);
                });
                if (match == otherColumns.end())
                    continue;
                from += QStringLiteral(" JOIN %1 s2 ON s1.%2 = s2.%3").arg(qualified(other.schema, other.name), ident(a.name), ident(match->name));
                item.uses << GeneratedUse{other.id, {}} << typedUse(a) << typedUse(*match);
                readsOnlyTables = readsOnlyTables && runnable(other);
                for (const GeneratedColumnRef &c : otherColumns)
                    available << qMakePair(QStringLiteral("s2."), c);
                break;
            }
        }
    }
    const bool joined = available.size() > columns.size();
    QStringList select;
    QStringList outputs;
    bool plainOnly = true;
    auto output = [&](const QString &wanted, const QString &signature) {
        QString name = wanted;
        if (outputs.contains(name) || m_dice.chance(30)) {
            do
                name = m_dice.pick(QStringList{QStringLiteral("out"), QStringLiteral("Out Col"), QStringLiteral("v.x"), QStringLiteral("ёлка")})
                       + QLatin1Char('_') + QString::number(++m_serial);
            while (outputs.contains(name));
        }
        outputs << name;
        item.provides << qMakePair(GeneratedSchema::columnId(item.id, name), signature);
        return name;
    };
    if (!joined && m_dice.chance(15)) {
        select << QStringLiteral("s1.*");
        for (const GeneratedColumnRef &c : columns) {
            item.uses << GeneratedUse{c.id, {}};
            outputs << c.name;
            item.provides << qMakePair(GeneratedSchema::columnId(item.id, c.name), c.signature);
        }
    } else {
        const QList<qsizetype> functions = before([](const GeneratedItem &o) {
            return o.kind == GeneratedKind::Function && o.labels.size() <= 1 && !o.signature.contains(QLatin1String("|set|"));
        });
        for (int n = m_dice.between(1, 4); n > 0; --n) {
            const auto &[qualifier, c] = available.at(m_dice.below(available.size()));
            const QString reference = qualifier + ident(c.name);
            const int shape = m_dice.below(100);
            if (shape < 15) {
                item.uses << GeneratedUse{c.id, {}};
                const QString name = output(c.name, QStringLiteral("text|text|") + (c.family == QLatin1String("text") ? c.collation : QString()));
                select << QStringLiteral("%1::text AS %2").arg(reference, ident(name));
                plainOnly = false;
                continue;
            }
            if (shape < 30 && !functions.isEmpty()) {
                const GeneratedItem &f = m_schema.items.at(m_dice.pick(functions));
                if (f.arguments.isEmpty() || accepts(f.arguments.first(), c.type)) {
                    item.uses << GeneratedUse{f.id, f.signature};
                    readsOnlyTables = false;
                    QString call = qualified(f.schema, f.name) + QLatin1Char('(');
                    if (!f.arguments.isEmpty()) {
                        call += reference;
                        item.uses << typedUse(c);
                    }
                    const QString name = output(f.name, f.signature.section(QLatin1Char('|'), 0, 1) + QLatin1Char('|'));
                    select << QStringLiteral("%1) AS %2").arg(call, ident(name));
                    plainOnly = false;
                    continue;
                }
            }
            item.uses << GeneratedUse{c.id, {}};
            const QString name = output(c.name, c.signature);
            select << (name == c.name ? reference : QStringLiteral("%1 AS %2").arg(reference, ident(name)));
        }
    }
    QString sql = QStringLiteral("SELECT %1\n   FROM %2").arg(select.join(QStringLiteral(", ")), from);
    if (m_dice.chance(30)) {
        const auto &[qualifier, c] = available.at(m_dice.below(available.size()));
        sql += QLatin1String("\n  WHERE ") + condition(c, qualifier, &item.uses);
    }
    QStringList options;
    const QString q = qualified(p.schema, p.name);
    if (materialized) {
        if (m_dice.chance(10))
            options << QStringLiteral("fillfactor = 70");
        item.sql = QStringLiteral("CREATE MATERIALIZED VIEW %1%2 AS\n%3%4;")
                       .arg(q, options.isEmpty() ? QString() : QLatin1String(" WITH (") + options.join(QStringLiteral(", ")) + QLatin1Char(')'),
                            sql, !readsOnlyTables || m_dice.chance(30) ? QStringLiteral("\nWITH NO DATA") : QString());
        item.ref = QLatin1String("MATERIALIZED VIEW ") + q;
    } else {
        if (m_dice.chance(15))
            options << QStringLiteral("security_barrier = true");
        if (m_dice.chance(10))
            options << QStringLiteral("security_invoker = true");
        const bool updatable = !joined && plainOnly && source->kind != GeneratedKind::MaterializedView && source->kind != GeneratedKind::View;
        if (updatable && m_dice.chance(15))
            options << (m_dice.chance(50) ? QStringLiteral("check_option = local") : QStringLiteral("check_option = cascaded"));
        QStringList statements{QStringLiteral("CREATE VIEW %1%2 AS\n%3;")
                                   .arg(q, options.isEmpty() ? QString() : QLatin1String(" WITH (") + options.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                        sql)};
        if (m_dice.chance(10) && !item.provides.isEmpty()) {
            const auto &[id, signature] = item.provides.at(m_dice.below(item.provides.size()));
            const QStringList parts = signature.split(QLatin1Char('|'));
            QList<GeneratedUse> ignored;
            const QString value = parts.value(1) == QLatin1String("enum") ? QString() : defaultValue(parts.value(0), parts.value(1), &ignored);
            if (!value.isEmpty() && ignored.isEmpty())
                statements << QStringLiteral("ALTER VIEW %1 ALTER COLUMN %2 SET DEFAULT %3;").arg(q, ident(id.section(QLatin1Char('\n'), -1)), value);
        }
        item.sql = statements.join(QLatin1Char('\n'));
        item.ref = QLatin1String("VIEW ") + q;
    }
    item.flags << QStringLiteral("ownable");
    return item;
}

// --- Triggers, rules, policies ----------------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::trigger()
{
    const QList<qsizetype> functions = before([](const GeneratedItem &o) { return o.kind == GeneratedKind::TriggerFunction; });
    const GeneratedItem *t = anchor([](const GeneratedItem &o) {
        return isTable(o) || o.kind == GeneratedKind::Partition || o.kind == GeneratedKind::View;
    });
    if (functions.isEmpty() || !t)
        return std::nullopt;
    const GeneratedItem &f = m_schema.items.at(m_dice.pick(functions));
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
    GeneratedItem item = onTable(GeneratedKind::Trigger, *t, otherWords, QStringLiteral("trg:"));
    const QString name = item.name;
    item.uses << GeneratedUse{f.id, {}};
    const QString table = qualified(t->schema, t->name);
    const QString arguments = m_dice.chance(20) ? QStringLiteral("'a', 'it''s'") : QString();
    const QString call = QStringLiteral("EXECUTE FUNCTION %1(%2)").arg(qualified(f.schema, f.name), arguments);
    QStringList events;
    QString sql;
    if (t->kind == GeneratedKind::View) {
        for (const QString &e : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            if (m_dice.chance(50))
                events << e;
        }
        if (events.isEmpty())
            events << QStringLiteral("INSERT");
        sql = QStringLiteral("CREATE TRIGGER %1 INSTEAD OF %2 ON %3 FOR EACH ROW %4;").arg(ident(name), events.join(QStringLiteral(" OR ")), table, call);
    } else {
        const bool constraint = (t->kind == GeneratedKind::Table || t->kind == GeneratedKind::ChildTable) && m_dice.chance(15);
        const bool row = constraint || m_dice.chance(60);
        for (const QString &e : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            if (m_dice.chance(45))
                events << e;
        }
        if (!row && m_dice.chance(20))
            events << QStringLiteral("TRUNCATE");
        if (events.isEmpty())
            events << QStringLiteral("INSERT");
        QString when;
        if (row && !columns.isEmpty() && m_dice.chance(30)) {
            const GeneratedColumnRef &c = m_dice.pick(columns);
            if (events == QStringList{QStringLiteral("UPDATE")} && hasEquality(c.family)) {
                when = QStringLiteral(" WHEN (OLD.%1 IS DISTINCT FROM NEW.%1)").arg(ident(c.name));
                item.uses << typedUse(c);
            } else if (!events.contains(QLatin1String("DELETE"))) {
                when = QStringLiteral(" WHEN (NEW.%1 IS NOT NULL)").arg(ident(c.name));
                item.uses << GeneratedUse{c.id, {}};
            } else if (events == QStringList{QStringLiteral("DELETE")}) {
                when = QStringLiteral(" WHEN (OLD.%1 IS NOT NULL)").arg(ident(c.name));
                item.uses << GeneratedUse{c.id, {}};
            }
        }
        for (QString &e : events) {
            if (e == QLatin1String("UPDATE") && !columns.isEmpty() && m_dice.chance(25)) {
                const GeneratedColumnRef &c = m_dice.pick(columns);
                e += QLatin1String(" OF ") + ident(c.name);
                item.uses << GeneratedUse{c.id, {}};
            }
        }
        if (constraint) {
            sql = QStringLiteral("CREATE CONSTRAINT TRIGGER %1 AFTER %2 ON %3%4 FOR EACH ROW%5 %6;")
                      .arg(ident(name), events.join(QStringLiteral(" OR ")), table,
                           m_dice.chance(50) ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QString(), when, call);
        } else {
            sql = QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH %5%6 %7;")
                      .arg(ident(name), m_dice.chance(50) ? QStringLiteral("BEFORE") : QStringLiteral("AFTER"),
                           events.join(QStringLiteral(" OR ")), table, row ? QStringLiteral("ROW") : QStringLiteral("STATEMENT"), when, call);
        }
        if (t->kind != GeneratedKind::PartitionedTable && m_dice.chance(15)) {
            sql += QStringLiteral("\nALTER TABLE %1 %2 TRIGGER %3;")
                       .arg(table, pick({QStringLiteral("DISABLE"), QStringLiteral("ENABLE REPLICA"), QStringLiteral("ENABLE ALWAYS")}), ident(name));
        }
    }
    item.sql = sql;
    item.ref = QStringLiteral("TRIGGER %1 ON %2").arg(ident(name), table);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::eventTrigger()
{
    const GeneratedItem *f = anchor([](const GeneratedItem &o) { return o.kind == GeneratedKind::EventTriggerFunction; });
    if (!f)
        return std::nullopt;
    const Place p = place(otherWords, false, false);
    GeneratedItem item = start(GeneratedKind::EventTrigger, p, QStringLiteral("evt:"));
    item.anchor = f->id;
    item.uses << GeneratedUse{f->id, {}};
    static const QList<QPair<QString, QStringList>> events = {
        {QStringLiteral("ddl_command_start"), {QStringLiteral("CREATE TABLE"), QStringLiteral("ALTER TABLE"), QStringLiteral("DROP TABLE")}},
        {QStringLiteral("ddl_command_end"), {QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE INDEX"), QStringLiteral("CREATE VIEW")}},
        {QStringLiteral("sql_drop"), {QStringLiteral("DROP TABLE"), QStringLiteral("DROP INDEX")}},
        {QStringLiteral("table_rewrite"), {QStringLiteral("ALTER TABLE")}},
    };
    const auto &[event, tags] = events.at(m_dice.below(events.size()));
    QString sql = QStringLiteral("CREATE EVENT TRIGGER %1 ON %2").arg(ident(p.name), event);
    if (m_dice.chance(40)) {
        QStringList chosen;
        for (const QString &tag : tags) {
            if (chosen.isEmpty() || m_dice.chance(40))
                chosen << literal(tag);
        }
        sql += QLatin1String(" WHEN TAG IN (") + chosen.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    sql += QStringLiteral(" EXECUTE FUNCTION %1();").arg(qualified(f->schema, f->name));
    if (m_dice.chance(15))
        sql += QStringLiteral("\nALTER EVENT TRIGGER %1 %2;")
                   .arg(ident(p.name), pick({QStringLiteral("DISABLE"), QStringLiteral("ENABLE REPLICA"), QStringLiteral("ENABLE ALWAYS")}));
    item.sql = sql;
    item.ref = QLatin1String("EVENT TRIGGER ") + ident(p.name);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::rule()
{
    const GeneratedItem *t = anchor([](const GeneratedItem &o) {
        return o.kind == GeneratedKind::Table || o.kind == GeneratedKind::ChildTable || o.kind == GeneratedKind::View;
    });
    if (!t)
        return std::nullopt;
    GeneratedItem item = onTable(GeneratedKind::Rule, *t, otherWords, QStringLiteral("rule:"));
    const QString name = item.name;
    const QString event = pick({QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")});
    const QString table = qualified(t->schema, t->name);
    QString sql = QStringLiteral("CREATE RULE %1 AS ON %2 TO %3").arg(ident(name), event, table);
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
    if (!columns.isEmpty() && m_dice.chance(30)) {
        const GeneratedColumnRef &c = m_dice.pick(columns);
        sql += QStringLiteral(" WHERE %1.%2 IS NOT NULL").arg(event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW"), ident(c.name));
        item.uses << GeneratedUse{c.id, {}};
    }
    // NOTIFY only for rules without a condition.
    QStringList actions{QStringLiteral("DO INSTEAD NOTHING"), QStringLiteral("DO ALSO NOTHING")};
    if (!sql.contains(QLatin1String(" WHERE ")))
        actions << QStringLiteral("DO ALSO NOTIFY prop_channel");
    sql += QLatin1Char(' ') + pick(actions) + QLatin1Char(';');
    if (t->kind != GeneratedKind::View && m_dice.chance(10))
        sql += QStringLiteral("\nALTER TABLE %1 DISABLE RULE %2;").arg(table, ident(name));
    item.sql = sql;
    item.ref = QStringLiteral("RULE %1 ON %2").arg(ident(name), table);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::policy()
{
    const GeneratedItem *t = anchor(isTable);
    if (!t)
        return std::nullopt;
    const QList<GeneratedColumnRef> columns = m_schema.columns(m_schema.indexOf(t->id));
    GeneratedItem item = onTable(GeneratedKind::Policy, *t, otherWords, QStringLiteral("pol:"));
    const QString name = item.name;
    auto expression = [&]() {
        const int shape = m_dice.below(100);
        if (shape < 20 || columns.isEmpty())
            return QStringLiteral("true");
        if (shape < 35)
            return QStringLiteral("CURRENT_USER = %1").arg(literal(pick(roles())));
        return condition(m_dice.pick(columns), {}, &item.uses);
    };
    const QString command = pick({QStringLiteral("ALL"), QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                  QStringLiteral("DELETE")});
    QStringList to;
    if (m_dice.chance(30)) {
        to << QStringLiteral("PUBLIC");
    } else {
        for (int n = m_dice.between(1, 2); n > 0; --n)
            to << ident(pick(roles()));
        to.removeDuplicates();
    }
    QString sql = QStringLiteral("CREATE POLICY %1 ON %2%3 FOR %4 TO %5")
                      .arg(ident(name), qualified(t->schema, t->name), m_dice.chance(25) ? QStringLiteral(" AS RESTRICTIVE") : QString(),
                           command, to.join(QStringLiteral(", ")));
    if (command != QLatin1String("INSERT"))
        sql += QLatin1String(" USING (") + expression() + QLatin1Char(')');
    if (command == QLatin1String("INSERT")
        || ((command == QLatin1String("ALL") || command == QLatin1String("UPDATE")) && m_dice.chance(30)))
        sql += QLatin1String(" WITH CHECK (") + expression() + QLatin1Char(')');
    item.sql = sql + QLatin1Char(';');
    item.ref = QStringLiteral("POLICY %1 ON %2").arg(ident(name), qualified(t->schema, t->name));
    return item;
}

// --- Statistics, publications, OWNED BY -------------------------------------------------------

std::optional<GeneratedItem> ObjectMaker::statistics()
{
    const GeneratedItem *t = anchor([](const GeneratedItem &o) { return isTable(o) || o.kind == GeneratedKind::MaterializedView; });
    if (!t)
        return std::nullopt;
    QList<GeneratedColumnRef> columns;
    for (const GeneratedColumnRef &c : m_schema.columns(m_schema.indexOf(t->id))) {
        if (comparable(c.family))
            columns << c;
    }
    if (columns.size() < 2)
        return std::nullopt;
    const Place p = place(otherWords);
    GeneratedItem item = start(GeneratedKind::Statistics, p, QStringLiteral("stat:"));
    item.anchor = t->id;
    item.uses << GeneratedUse{t->id, {}};
    QStringList elements;
    for (int n = m_dice.between(2, 3); n > 0 && !columns.isEmpty(); --n) {
        const GeneratedColumnRef c = columns.takeAt(m_dice.below(columns.size()));
        const QString expression = indexExpression(c);
        elements << (!expression.isEmpty() && m_dice.chance(20) ? QLatin1Char('(') + expression + QLatin1Char(')') : ident(c.name));
        item.uses << typedUse(c);
    }
    QStringList kinds;
    for (const QString &k : {QStringLiteral("ndistinct"), QStringLiteral("dependencies"), QStringLiteral("mcv")}) {
        if (m_dice.chance(40))
            kinds << k;
    }
    const QString q = qualified(p.schema, p.name);
    QString sql = QStringLiteral("CREATE STATISTICS %1%2 ON %3 FROM %4;")
                      .arg(q, kinds.isEmpty() ? QString() : QLatin1String(" (") + kinds.join(QStringLiteral(", ")) + QLatin1Char(')'),
                           elements.join(QStringLiteral(", ")), qualified(t->schema, t->name));
    if (m_dice.chance(15))
        sql += QStringLiteral("\nALTER STATISTICS %1 SET STATISTICS %2;").arg(q).arg(m_dice.pick(QList<int>{0, 200, 1000}));
    item.sql = sql;
    item.ref = QLatin1String("STATISTICS ") + q;
    item.flags << QStringLiteral("ownable");
    return item;
}

std::optional<GeneratedItem> ObjectMaker::publication()
{
    const Place p = place(otherWords, false, false);
    GeneratedItem item = start(GeneratedKind::Publication, p, QStringLiteral("pub:"));
    QString what;
    bool partitioned = false;
    const int shape = m_dice.below(100);
    if (shape < 60) {
        QList<qsizetype> tables = before([](const GeneratedItem &o) {
            return (isTable(o) || o.kind == GeneratedKind::Partition) && o.signature == QLatin1String("logged");
        });
        QStringList parts;
        QStringList chosen;
        // A table and its child or partition in one publication would publish the child twice.
        auto parentOf = [](const GeneratedItem &o) { return o.table ? o.table->parent : o.anchor; };
        for (int n = m_dice.between(1, 2); n > 0 && !tables.isEmpty(); --n) {
            const GeneratedItem &t = m_schema.items.at(tables.takeAt(m_dice.below(tables.size())));
            if (std::any_of(chosen.begin(), chosen.end(), [&](const QString &id) {
                    const GeneratedItem *other = m_schema.find(id);
                    return parentOf(t) == id || (other && parentOf(*other) == t.id);
                }))
                continue;
            chosen << t.id;
            item.uses << GeneratedUse{t.id, t.signature};
            QString part = qualified(t.schema, t.name);
            if (t.kind == GeneratedKind::PartitionedTable) {
                partitioned = true;
            } else {
                QList<GeneratedColumnRef> columns;
                for (const GeneratedColumnRef &c : m_schema.columns(m_schema.indexOf(t.id))) {
                    if (!c.generated && builtinType(c.type))
                        columns << c;
                }
                if (!columns.isEmpty() && m_dice.chance(25)) {
                    const GeneratedColumnRef c = m_dice.pick(columns);
                    part += QLatin1String(" (") + ident(c.name) + QLatin1Char(')');
                    item.uses << GeneratedUse{c.id, {}};
                }
                if (!columns.isEmpty() && m_dice.chance(20)) {
                    const GeneratedColumnRef c = m_dice.pick(columns);
                    part += QStringLiteral(" WHERE (%1 IS NOT NULL)").arg(ident(c.name));
                    item.uses << GeneratedUse{c.id, {}};
                }
            }
            parts << part;
        }
        if (!parts.isEmpty())
            what = QLatin1String(" FOR TABLE ") + parts.join(QStringLiteral(", "));
    } else if (shape < 80) {
        const QString schema = pickSchema();
        item.uses << GeneratedUse{QLatin1String("schema:") + schema, {}};
        what = QLatin1String(" FOR TABLES IN SCHEMA ") + ident(schema);
        partitioned = true;
    } else if (shape < 85) {
        what = QStringLiteral(" FOR ALL TABLES");
        partitioned = true;
    }
    QStringList with;
    if (m_dice.chance(50)) {
        QStringList publish;
        for (const QString &a : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("truncate")}) {
            if (m_dice.chance(50))
                publish << a;
        }
        if (publish.isEmpty())
            publish << QStringLiteral("insert");
        with << QStringLiteral("publish = '%1'").arg(publish.join(QStringLiteral(", ")));
    }
    if (partitioned && m_dice.chance(30))
        with << QStringLiteral("publish_via_partition_root = true");
    item.sql = QStringLiteral("CREATE PUBLICATION %1%2%3;")
                   .arg(ident(p.name), what, with.isEmpty() ? QString() : QLatin1String(" WITH (") + with.join(QStringLiteral(", ")) + QLatin1Char(')'));
    item.ref = QLatin1String("PUBLICATION ") + ident(p.name);
    return item;
}

std::optional<GeneratedItem> ObjectMaker::ownedBy()
{
    auto hasItem = [this](GeneratedKind kind, const QString &anchor, qsizetype upTo) {
        for (qsizetype i = 0; i < upTo && i < m_schema.items.size(); ++i) {
            const GeneratedItem &x = m_schema.items.at(i);
            if (x.kind == kind && x.anchor == anchor && !(m_previous && m_previous->id == x.id))
                return true;
        }
        return false;
    };
    const qsizetype everywhere = m_schema.items.size();
    const GeneratedItem *s = anchor([&](const GeneratedItem &o) {
        return o.kind == GeneratedKind::Sequence && !hasItem(GeneratedKind::OwnedBy, o.id, everywhere)
               && !hasItem(GeneratedKind::Owner, o.id, everywhere);
    });
    if (!s)
        return std::nullopt;
    // OWNED BY wants a table of the sequence's schema and owner.
    const QList<qsizetype> tables = before([&](const GeneratedItem &o) {
        return isTable(o) && o.schema == s->schema && !hasItem(GeneratedKind::Owner, o.id, m_position)
               && !m_schema.columns(m_schema.indexOf(o.id)).isEmpty();
    });
    if (tables.isEmpty())
        return std::nullopt;
    const GeneratedItem &t = m_schema.items.at(m_dice.pick(tables));
    const GeneratedColumnRef c = m_dice.pick(m_schema.columns(m_schema.indexOf(t.id)));
    GeneratedItem item;
    item.kind = GeneratedKind::OwnedBy;
    item.id = QLatin1String("ownedby:") + s->id;
    item.anchor = s->id;
    item.labels = {t.id};
    item.uses << GeneratedUse{s->id, {}} << GeneratedUse{t.id, {}} << GeneratedUse{c.id, {}};
    item.sql = QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3;").arg(qualified(s->schema, s->name), qualified(t.schema, t.name), ident(c.name));
    return item;
}

} // namespace Pixetric::Test
