#include "noerror.h"
#include "pgsession.h"
#include "pgtestcluster.h"
#include "schemareader.h"
#include "schemasnapshot.h"

#include <QTest>
#include <QTimer>

using namespace Pixetric;
using Pixetric::Test::PgTestCluster;

class TestSchemaSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kinds_data();
    void kinds();
    void attributes_data();
    void attributes();
    void leftOut_data();
    void leftOut();
    void dependencies_data();
    void dependencies();
    void childrenOfATable();
    void ownerPrivilegesFollowTheOwner();
    void quoting_data();
    void quoting();
    void keysAreUnambiguous();
    void olderServersGetTheirVariant();
    void indexDefinitionsAreTheServers();
    void twoSnapshotsAreEqual();
    void aChangeMakesThemDiffer();
    void keptAsBytes();
    void droppedConnectionGivesNoSnapshot();

private:
    QString readSnapshot(SchemaSnapshot *snapshot);
    const SchemaObject *object(const QString &key);

    PgTestCluster m_cluster;
    SchemaSnapshot m_snapshot;
};

QString TestSchemaSnapshot::readSnapshot(SchemaSnapshot *snapshot)
{
    return SchemaReader::read(m_cluster.params(QStringLiteral("shop")), snapshot);
}

const SchemaObject *TestSchemaSnapshot::object(const QString &key)
{
    return m_snapshot.find(key);
}

void TestSchemaSnapshot::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql("create database shop; create role owner_role; create role reader;"), qPrintable(m_cluster.error()));
    const bool ok = m_cluster.psql(QStringLiteral(R"sql(
        create extension citext;
        create extension cube;
        create extension earthdistance;
        create schema "Weird ""Name""" authorization owner_role;
        comment on schema "Weird ""Name""" is 'odd schema';
        create schema app;
        grant usage on schema app to reader;

        create type app.mood as enum ('sad', 'ok', 'happy');
        alter type app.mood add value 'meh' before 'ok';
        comment on type app.mood is 'how it feels';
        create type app.awkward as enum ('a,b', 'say "hi"', 'back\slash', 'NULL', '', ' spaced ', '{x}', 'ünï');
        create type app.pair as (a int, "b b" text collate "C");
        create domain app.positive as int default 1 not null
            constraint positive_check check (value > 0);
        alter domain app.positive add constraint below_million check (value < 1000000) not valid;
        create type app.floatrange as range (subtype = float8);

        create sequence app.counter as int increment by 5 minvalue 10 maxvalue 1000 start with 20 cache 3 cycle;

        create table app.customers (
            id int generated always as identity primary key,
            email citext not null unique,
            name text collate "C" default 'nobody',
            net numeric(12,2),
            gross numeric(12,2) generated always as (net * 1.19) stored,
            note text,
            mood app.mood default 'ok',
            created timestamptz not null default now()
        );
        alter table app.customers alter column note set storage external;
        comment on table app.customers is 'who buys';
        comment on column app.customers.email is 'unique address';
        alter table app.customers owner to owner_role;
        grant select, update (note) on app.customers to reader;
        alter table app.customers add constraint net_positive check (net > 0) not valid;
        alter table app.customers enable row level security;
        create policy own_rows on app.customers for select to reader using (note is not null);

        create table "Weird ""Name"""."with.dot" ("spaces here" int primary key, "Ünïcödé" text);
        create table app."select" (id serial primary key, customer int);
        alter table app."select" add constraint select_customer_fk foreign key (customer)
            references app.customers (id) match full on delete cascade on update set null
            deferrable initially deferred;
        create unlogged table app.scratch (v int) with (fillfactor = 70);
        create table app.bookings (during tsrange, constraint no_overlap exclude using gist (during with &&));

        create table app.events (id int, at date not null, payload jsonb) partition by range (at);
        create table app.events_2024 partition of app.events for values from ('2024-01-01') to ('2025-01-01');
        create table app.events_2025 partition of app.events for values from ('2025-01-01') to ('2026-01-01');
        create index events_at on app.events (at);

        create table app.base (id int);
        create table app.derived (extra text) inherits (app.base);

        create index customers_lower_name on app.customers (lower(name)) where note is not null;
        create index events_payload on app.events_2024 using gin (payload);
        comment on index app.customers_lower_name is 'search by name';

        create view app.active as select id, email from app.customers where net > 0;
        comment on view app.active is 'paying';
        create materialized view app.totals as select count(*) as n from app.customers;
        create index totals_n on app.totals (n);

        create function app.add_tax(amount numeric, rate numeric default 0.19) returns numeric
            language sql immutable as $$ select amount * (1 + rate) $$;
        create procedure app.reset_counter() language plpgsql as $$ begin perform setval('app.counter', 20); end $$;
        create aggregate app.total(numeric) (sfunc = numeric_add, stype = numeric, initcond = '0');
        create function app.touch() returns trigger language plpgsql as $$ begin new.note := 'touched'; return new; end $$;
        create trigger customers_touch before update on app.customers for each row execute function app.touch();
        create rule scratch_ignore as on delete to app.scratch do instead nothing;
        create statistics app.customers_stats (dependencies) on net, gross from app.customers;
        create publication shop_pub for table app.customers with (publish = 'insert, update');
        create text search configuration app.plain (parser = pg_catalog.default);
        alter text search configuration app.plain add mapping for asciiword with simple;
    )sql"), nullptr, QStringLiteral("shop"));
    QVERIFY2(ok, qPrintable(m_cluster.error()));
    const QString error = readSnapshot(&m_snapshot);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSchemaSnapshot::kinds_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("schema with quotes") << "schema \"Weird \"\"Name\"\"\"";
    QTest::addRow("schema") << "schema app";
    QTest::addRow("extension") << "extension citext";
    QTest::addRow("enum") << "enum app.mood";
    QTest::addRow("composite") << "composite app.pair";
    QTest::addRow("domain") << "domain app.positive";
    QTest::addRow("range") << "range app.floatrange";
    QTest::addRow("sequence") << "sequence app.counter";
    QTest::addRow("serial sequence") << "sequence app.select_id_seq";
    QTest::addRow("table") << "table app.customers";
    QTest::addRow("reserved word as name") << "table app.\"select\"";
    QTest::addRow("dot in the name") << "table \"Weird \"\"Name\"\"\".\"with.dot\"";
    QTest::addRow("partition") << "table app.events_2024";
    QTest::addRow("column") << "column app.customers.email";
    QTest::addRow("non-Latin column") << "column \"Weird \"\"Name\"\"\".\"with.dot\".\"Ünïcödé\"";
    QTest::addRow("primary key") << "constraint app.customers.customers_pkey";
    QTest::addRow("foreign key") << "constraint app.\"select\".select_customer_fk";
    QTest::addRow("exclusion") << "constraint app.bookings.no_overlap";
    QTest::addRow("index") << "index app.customers_lower_name";
    QTest::addRow("partitioned index") << "index app.events_at";
    QTest::addRow("partition's index") << "index app.events_2024_at_idx";
    QTest::addRow("index of a materialized view") << "index app.totals_n";
    QTest::addRow("view") << "view app.active";
    QTest::addRow("materialized view") << "materialized view app.totals";
    QTest::addRow("function") << "function app.add_tax(amount numeric, rate numeric)";
    QTest::addRow("procedure") << "procedure app.reset_counter()";
    QTest::addRow("aggregate") << "aggregate app.total(numeric)";
    QTest::addRow("trigger") << "trigger app.customers.customers_touch";
    QTest::addRow("rule") << "rule app.scratch.scratch_ignore";
    QTest::addRow("policy") << "policy app.customers.own_rows";
    QTest::addRow("statistics") << "statistics app.customers_stats";
    QTest::addRow("publication") << "publication shop_pub";
    QTest::addRow("text search configuration") << "text search configuration app.plain";
}

void TestSchemaSnapshot::kinds()
{
    QFETCH(QString, key);
    QVERIFY2(object(key), qPrintable(QStringLiteral("not in the snapshot: ") + key));
    QCOMPARE(object(key)->key(), key);
}

void TestSchemaSnapshot::attributes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QVariant>("value");
    const QVariant absent;
    QTest::addRow("schema owner") << "schema \"Weird \"\"Name\"\"\"" << "owner" << QVariant("owner_role");
    QTest::addRow("schema comment") << "schema \"Weird \"\"Name\"\"\"" << "comment" << QVariant("odd schema");
    QTest::addRow("no comment") << "schema app" << "comment" << absent;
    QTest::addRow("schema privileges") << "schema app" << "privileges"
                                       << QVariant(QStringList{"(owner)=CREATE", "(owner)=USAGE", "reader=USAGE"});
    QTest::addRow("extension schema") << "extension citext" << "schema" << QVariant("public");
    QTest::addRow("enum labels in sort order") << "enum app.mood" << "labels" << QVariant(QStringList{"sad", "meh", "ok", "happy"});
    QTest::addRow("enum comment") << "enum app.mood" << "comment" << QVariant("how it feels");
    // Lists travel as text[]: elements the server quotes in an array come back as they are.
    QTest::addRow("enum labels an array quotes")
        << "enum app.awkward" << "labels"
        << QVariant(QStringList{"a,b", "say \"hi\"", "back\\slash", "NULL", "", " spaced ", "{x}", "ünï"});
    QTest::addRow("composite attributes") << "composite app.pair" << "attributes"
                                          << QVariant(QStringList{"a integer", "\"b b\" text COLLATE pg_catalog.\"C\""});
    QTest::addRow("domain base") << "domain app.positive" << "baseType" << QVariant("integer");
    QTest::addRow("domain default") << "domain app.positive" << "default" << QVariant("1");
    QTest::addRow("domain not null") << "domain app.positive" << "notNull" << QVariant(true);
    QTest::addRow("domain checks by name") << "domain app.positive" << "constraints"
                                           << QVariant(QStringList{"below_million: CHECK (VALUE < 1000000) NOT VALID",
                                                                   "positive_check: CHECK (VALUE > 0)"});
    QTest::addRow("range subtype") << "range app.floatrange" << "subtype" << QVariant("double precision");
    QTest::addRow("sequence type") << "sequence app.counter" << "dataType" << QVariant("integer");
    QTest::addRow("sequence increment") << "sequence app.counter" << "increment" << QVariant("5");
    QTest::addRow("sequence bounds") << "sequence app.counter" << "maxValue" << QVariant("1000");
    QTest::addRow("sequence cycle") << "sequence app.counter" << "cycle" << QVariant(true);
    QTest::addRow("serial owned by") << "sequence app.select_id_seq" << "ownedBy" << QVariant("app.\"select\".id");
    QTest::addRow("table owner") << "table app.customers" << "owner" << QVariant("owner_role");
    QTest::addRow("table comment") << "table app.customers" << "comment" << QVariant("who buys");
    QTest::addRow("row security") << "table app.customers" << "rowSecurity" << QVariant(true);
    QTest::addRow("unlogged") << "table app.scratch" << "unlogged" << QVariant(true);
    QTest::addRow("storage parameters") << "table app.scratch" << "options" << QVariant(QStringList{"fillfactor=70"});
    QTest::addRow("partition key") << "table app.events" << "partitionKey" << QVariant("RANGE (at)");
    QTest::addRow("partition of") << "table app.events_2024" << "partitionOf" << QVariant("app.events");
    QTest::addRow("partition bound") << "table app.events_2024" << "partitionBound"
                                     << QVariant("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    QTest::addRow("inherits") << "table app.derived" << "inherits" << QVariant(QStringList{"app.base"});
    QTest::addRow("identity column") << "column app.customers.id" << "identity" << QVariant("ALWAYS");
    QTest::addRow("identity sequence") << "column app.customers.id" << "identitySequence" << QVariant("app.customers_id_seq");
    QTest::addRow("generated column") << "column app.customers.gross" << "generated" << QVariant("(net * 1.19)");
    QTest::addRow("no default on a generated column") << "column app.customers.gross" << "default" << absent;
    QTest::addRow("column collation") << "column app.customers.name" << "collation" << QVariant("pg_catalog.\"C\"");
    QTest::addRow("column default") << "column app.customers.name" << "default" << QVariant("'nobody'::text");
    QTest::addRow("enum default, qualified") << "column app.customers.mood" << "default" << QVariant("'ok'::app.mood");
    QTest::addRow("extension type, qualified") << "column app.customers.email" << "type" << QVariant("public.citext");
    QTest::addRow("column not null") << "column app.customers.email" << "notNull" << QVariant(true);
    QTest::addRow("column comment") << "column app.customers.email" << "comment" << QVariant("unique address");
    QTest::addRow("column storage") << "column app.customers.note" << "storage" << QVariant("EXTERNAL");
    QTest::addRow("column privileges") << "column app.customers.note" << "privileges" << QVariant(QStringList{"reader=UPDATE"});
    QTest::addRow("inherited column") << "column app.derived.id" << "local" << QVariant(false);
    QTest::addRow("own column of a child") << "column app.derived.extra" << "local" << QVariant(true);
    QTest::addRow("foreign key definition") << "constraint app.\"select\".select_customer_fk" << "definition"
                                            << QVariant("FOREIGN KEY (customer) REFERENCES app.customers(id) MATCH FULL "
                                                        "ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
    QTest::addRow("not valid") << "constraint app.customers.net_positive" << "notValid" << QVariant(true);
    QTest::addRow("exclusion type") << "constraint app.bookings.no_overlap" << "type" << QVariant("EXCLUDE");
    QTest::addRow("index definition") << "index app.customers_lower_name" << "definition"
                                      << QVariant("CREATE INDEX customers_lower_name ON app.customers USING btree (lower(name)) "
                                                  "WHERE (note IS NOT NULL)");
    QTest::addRow("index comment") << "index app.customers_lower_name" << "comment" << QVariant("search by name");
    QTest::addRow("index method") << "index app.events_payload" << "method" << QVariant("gin");
    QTest::addRow("partitioned index") << "index app.events_at" << "partitioned" << QVariant(true);
    QTest::addRow("attached index") << "index app.events_2024_at_idx" << "parentIndex" << QVariant("app.events_at");
    QTest::addRow("view columns") << "view app.active" << "columns" << QVariant(QStringList{"id integer", "email public.citext"});
    QTest::addRow("view comment") << "view app.active" << "comment" << QVariant("paying");
    QTest::addRow("function result") << "function app.add_tax(amount numeric, rate numeric)" << "result" << QVariant("numeric");
    QTest::addRow("function arguments") << "function app.add_tax(amount numeric, rate numeric)" << "arguments"
                                        << QVariant("amount numeric, rate numeric DEFAULT 0.19");
    QTest::addRow("function privileges") << "function app.add_tax(amount numeric, rate numeric)" << "privileges"
                                         << QVariant(QStringList{"(owner)=EXECUTE", "PUBLIC=EXECUTE"});
    QTest::addRow("aggregate parts") << "aggregate app.total(numeric)" << "aggregate"
                                     << QVariant(QStringList{"SFUNC = numeric_add", "STYPE = numeric", "INITCOND = '0'"});
    QTest::addRow("policy command") << "policy app.customers.own_rows" << "command" << QVariant("SELECT");
    QTest::addRow("policy roles") << "policy app.customers.own_rows" << "roles" << QVariant(QStringList{"reader"});
    QTest::addRow("policy expression") << "policy app.customers.own_rows" << "using" << QVariant("(note IS NOT NULL)");
    QTest::addRow("publication tables") << "publication shop_pub" << "tables" << QVariant(QStringList{"app.customers"});
    QTest::addRow("publication actions") << "publication shop_pub" << "publish" << QVariant("insert, update");
    QTest::addRow("text search mappings") << "text search configuration app.plain" << "mappings"
                                          << QVariant(QStringList{"asciiword simple"});
}

void TestSchemaSnapshot::attributes()
{
    QFETCH(QString, key);
    QFETCH(QString, attribute);
    QFETCH(QVariant, value);
    const SchemaObject *o = object(key);
    QVERIFY2(o, qPrintable(QStringLiteral("not in the snapshot: ") + key));
    QCOMPARE(o->attrs.value(attribute), value);
}

void TestSchemaSnapshot::leftOut_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("extension's type") << "enum public.citext";
    QTest::addRow("extension's function") << "function public.citext(boolean)";
    QTest::addRow("extension's domain") << "domain public.earth";
    QTest::addRow("identity sequence") << "sequence app.customers_id_seq";
    QTest::addRow("constraint's index") << "index app.customers_pkey";
    QTest::addRow("inherited constraint of a partition") << "constraint app.events_2024.events_2024_pkey";
    QTest::addRow("system schema") << "schema pg_catalog";
    QTest::addRow("information_schema") << "schema information_schema";
    QTest::addRow("view's rewrite rule") << "rule app.active._RETURN";
    QTest::addRow("foreign key triggers") << "trigger app.\"select\".RI_ConstraintTrigger_a";
}

void TestSchemaSnapshot::leftOut()
{
    QFETCH(QString, key);
    QVERIFY2(!object(key), qPrintable(QStringLiteral("should not be in the snapshot: ") + key));
    for (const SchemaObject &o : std::as_const(m_snapshot.objects)) {
        QVERIFY2(o.schema != QLatin1String("pg_catalog") && o.schema != QLatin1String("information_schema"),
                 qPrintable(o.key()));
        QVERIFY2(!(o.kind == ObjectKind::Trigger && o.name.startsWith(QLatin1String("RI_"))), qPrintable(o.key()));
    }
}

void TestSchemaSnapshot::dependencies_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("needs");
    QTest::addRow("table in its schema") << "table app.customers" << "schema app";
    QTest::addRow("column in its table") << "column app.customers.email" << "table app.customers";
    QTest::addRow("column of an extension's type") << "column app.customers.email" << "extension citext";
    QTest::addRow("column of an enum") << "column app.customers.mood" << "enum app.mood";
    QTest::addRow("serial default on its sequence") << "column app.\"select\".id" << "sequence app.select_id_seq";
    QTest::addRow("view on the columns it reads") << "view app.active" << "column app.customers.email";
    QTest::addRow("materialized view on its table") << "materialized view app.totals" << "table app.customers";
    QTest::addRow("index on a view's table") << "index app.totals_n" << "materialized view app.totals";
    QTest::addRow("foreign key on the referenced key") << "constraint app.\"select\".select_customer_fk"
                                                       << "constraint app.customers.customers_pkey";
    QTest::addRow("check on its column") << "constraint app.customers.net_positive" << "column app.customers.net";
    QTest::addRow("generated column on its source") << "column app.customers.gross" << "column app.customers.net";
    QTest::addRow("trigger on its function") << "trigger app.customers.customers_touch" << "function app.touch()";
    QTest::addRow("partition on its parent") << "table app.events_2024" << "table app.events";
    QTest::addRow("child on its parent") << "table app.derived" << "table app.base";
    QTest::addRow("attached index on its parent") << "index app.events_2024_at_idx" << "index app.events_at";
    QTest::addRow("column of a domain") << "domain app.positive" << "schema app";
    QTest::addRow("publication on its table") << "publication shop_pub" << "table app.customers";
}

void TestSchemaSnapshot::dependencies()
{
    QFETCH(QString, key);
    QFETCH(QString, needs);
    const SchemaObject *o = object(key);
    QVERIFY2(o, qPrintable(key));
    QVERIFY2(o->dependsOn.contains(needs), qPrintable(key + QStringLiteral(" depends on ") + o->dependsOn.join(QStringLiteral(", "))));
    QVERIFY(m_snapshot.dependentsOf(needs).contains(key));
    // No object depends on itself, and only on objects the snapshot has.
    for (const SchemaObject &x : std::as_const(m_snapshot.objects)) {
        QVERIFY2(!x.dependsOn.contains(x.key()), qPrintable(x.key()));
        for (const QString &d : x.dependsOn)
            QVERIFY2(m_snapshot.find(d), qPrintable(x.key() + QStringLiteral(" → ") + d));
    }
    // OWNED BY does not make the sequence wait for its column (the column's default needs it).
    QVERIFY(!object("sequence app.select_id_seq")->dependsOn.contains("column app.\"select\".id"));
}

void TestSchemaSnapshot::childrenOfATable()
{
    QStringList names;
    for (const SchemaObject *c : m_snapshot.childrenOf("table app.customers"))
        names << SchemaObject::kindTag(c->kind) + QLatin1Char(' ') + c->name;
    QCOMPARE(names, (QStringList{"column id", "column email", "column name", "column net", "column gross", "column note",
                                 "column mood", "column created", "constraint customers_email_key",
                                 "constraint customers_pkey", "constraint net_positive", "index customers_lower_name",
                                 "trigger customers_touch", "policy own_rows"}));
}

void TestSchemaSnapshot::ownerPrivilegesFollowTheOwner()
{
    // The owner's own grants are written as "(owner)", so that a change of owner alone is one
    // difference, not a difference in every privilege too.
    const QStringList privileges = object("table app.customers")->list("privileges");
    QVERIFY2(privileges.contains("(owner)=SELECT"), qPrintable(privileges.join(", ")));
    QVERIFY2(privileges.contains("reader=SELECT"), qPrintable(privileges.join(", ")));
    QVERIFY(!privileges.join(", ").contains("owner_role="));
}

void TestSchemaSnapshot::quoting_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << "orders" << "orders";
    QTest::addRow("digits and underscore") << "_order_2" << "_order_2";
    QTest::addRow("upper case") << "Orders" << "\"Orders\"";
    QTest::addRow("reserved word") << "select" << "\"select\"";
    QTest::addRow("type-name keyword") << "int" << "\"int\"";
    QTest::addRow("unreserved keyword") << "name" << "name";
    QTest::addRow("dot") << "a.b" << "\"a.b\"";
    QTest::addRow("space") << "a b" << "\"a b\"";
    QTest::addRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::addRow("non-Latin") << "Ünïcödé" << "\"Ünïcödé\"";
    QTest::addRow("leading digit") << "1st" << "\"1st\"";
    QTest::addRow("empty") << "" << "\"\"";
}

void TestSchemaSnapshot::quoting()
{
    QFETCH(QString, identifier);
    QFETCH(QString, quoted);
    QCOMPARE(SchemaObject::quoteIdentifier(identifier), quoted);
    // The server agrees.
    PgSession session;
    QVERIFY2(session.open(m_cluster.params()), qPrintable(session.errorText()));
    QList<QStringList> rows;
    QVERIFY2(session.query(QStringLiteral("select quote_ident(%1)").arg(SchemaObject::quoteLiteral(identifier)), &rows),
             qPrintable(session.errorText()));
    QCOMPARE(rows.value(0).value(0), quoted);
}

void TestSchemaSnapshot::keysAreUnambiguous()
{
    // Raw names that look alike once joined with dots stay apart.
    QVERIFY(SchemaObject::makeKey(ObjectKind::Table, "a.b", "c") != SchemaObject::makeKey(ObjectKind::Table, "a", "b.c"));
    QVERIFY(SchemaObject::makeKey(ObjectKind::Column, "s", "c", "t") != SchemaObject::makeKey(ObjectKind::Column, "s", "t.c", ""));
    QCOMPARE(SchemaObject::makeKey(ObjectKind::Function, "app", "f", {}, "integer"), QStringLiteral("function app.f(integer)"));
    QSet<QString> keys;
    for (const SchemaObject &o : std::as_const(m_snapshot.objects))
        keys.insert(o.key());
    QCOMPARE(keys.size(), m_snapshot.objects.size());
}

void TestSchemaSnapshot::olderServersGetTheirVariant()
{
    const QString current = SchemaReader::statement("publications", 170000);
    const QString older = SchemaReader::statement("publications", 140010);
    QVERIFY(current.contains("pg_publication_namespace"));
    QVERIFY(!older.contains("pg_publication_namespace"));
    QVERIFY(!SchemaReader::statement("publications", 120000).contains("pg_publication_namespace"));
    QCOMPARE(SchemaReader::statement("publications", 150000), current);
    QCOMPARE(SchemaReader::statement("relations", 120000), SchemaReader::statement("relations", 170000));
    QVERIFY(SchemaReader::statement("no_such_kind", 150000).isEmpty());
    // {{NN+ expression | fallback}} within a statement: the expression from version NN on.
    QVERIFY(SchemaReader::statement("columns", 140000).contains("CASE a.attcompression WHEN"));
    QVERIFY(SchemaReader::statement("columns", 130012).contains("CASE NULL WHEN"));
    QVERIFY(SchemaReader::statement("triggers", 130000).contains("AND g.tgparentid = 0"));
    QVERIFY(SchemaReader::statement("triggers", 120000).contains("AND 0 = 0"));
    QVERIFY(SchemaReader::statement("publications", 120000).contains("CASE WHEN false THEN true END"));
    QVERIFY(SchemaReader::statement("publications", 140000).contains("CASE WHEN p.pubviaroot THEN true END"));
    for (const char *name : {"schemas", "collations", "types", "sequences", "relations", "columns", "constraints", "indexes",
                             "routines", "triggers", "rules", "policies", "statistics", "publications",
                             "text_search_configurations", "text_search_dictionaries"}) {
        for (const int version : {120000, 130000, 140000, 150000, 160000, 170000})
            QVERIFY2(!SchemaReader::statement(name, version).contains("{{"), name);
    }

    // The older variant runs here too and finds the same publication.
    PgSession session;
    QVERIFY2(session.open(m_cluster.params(QStringLiteral("shop"))), qPrintable(session.errorText()));
    ResultColumns columns;
    QList<ResultChunk> chunks;
    QVERIFY2(session.query(older, &columns, &chunks), qPrintable(session.errorText()));
    QCOMPARE(chunks.size(), 1);
    QCOMPARE(chunks.first().rowCount(), 1);
    const auto tables = std::find_if(columns.cbegin(), columns.cend(), [](const ColumnInfo &c) { return c.name == "tables"; });
    QVERIFY(tables != columns.cend());
    QCOMPARE(chunks.first().value(0, int(tables - columns.cbegin())), QByteArrayView("{app.customers}"));
}

// The indexes statement writes the definition of a plain index itself: it must be the
// server's pg_get_indexdef, letter for letter, for plain indexes and every near miss.
void TestSchemaSnapshot::indexDefinitionsAreTheServers()
{
    QString output;
    QVERIFY2(m_cluster.psql(QStringLiteral(R"sql(
        create database indexes;
        \c indexes
        create schema "Odd Schema";
        create extension pg_trgm;
        create table "Odd Schema"."Mixed Case" (id int, "select" text, v varchar(20), c text collate "C", t tsvector,
                                                 r int4range, j jsonb, n numeric, d date);
        create index plain on "Odd Schema"."Mixed Case" (id);
        create unique index "two columns" on "Odd Schema"."Mixed Case" ("select", id);
        create index on "Odd Schema"."Mixed Case" (v);
        create index on "Odd Schema"."Mixed Case" (c);
        create index on "Odd Schema"."Mixed Case" ("select" collate "C");
        create index on "Odd Schema"."Mixed Case" (id desc);
        create index on "Odd Schema"."Mixed Case" (id nulls first);
        create index on "Odd Schema"."Mixed Case" ("select" text_pattern_ops);
        create index on "Odd Schema"."Mixed Case" (id) include (n);
        create index on "Odd Schema"."Mixed Case" (id) where id > 0;
        create index on "Odd Schema"."Mixed Case" (lower("select"));
        create index on "Odd Schema"."Mixed Case" (id) with (fillfactor = 70);
        create index "hash id" on "Odd Schema"."Mixed Case" using hash (id);
        create index on "Odd Schema"."Mixed Case" using gin (t);
        create index on "Odd Schema"."Mixed Case" using gin (j jsonb_path_ops);
        create index on "Odd Schema"."Mixed Case" using gist (r);
        create index on "Odd Schema"."Mixed Case" using brin (d);
        create index on "Odd Schema"."Mixed Case" using spgist (r);
        create index on "Odd Schema"."Mixed Case" using gin ("select" gin_trgm_ops);
        create table parted (k int, x int) partition by range (k);
        create table parted_1 partition of parted for values from (0) to (10);
        create index on parted (x);
        create materialized view mv as select id, "select" from "Odd Schema"."Mixed Case";
        create index on mv (id, "select");
    )sql"), &output), qPrintable(output));

    PgSession session;
    QVERIFY2(session.open(m_cluster.params(QStringLiteral("indexes"))), qPrintable(session.errorText()));
    QVERIFY(session.query(QStringLiteral("SELECT pg_catalog.set_config('search_path', '', false)")));
    const QString statement = SchemaReader::statement(QStringLiteral("indexes"), m_cluster.majorVersion() * 10000);
    QList<QStringList> rows;
    QVERIFY2(session.query(QStringLiteral("SELECT s.object_name, s.definition, pg_catalog.pg_get_indexdef(ic.oid) FROM (")
                               + statement
                               + QStringLiteral(") s JOIN pg_catalog.pg_class ic ON ic.relname = s.object_name "
                                                "JOIN pg_catalog.pg_namespace ns ON ns.oid = ic.relnamespace "
                                                "AND ns.nspname = s.object_schema"),
                           &rows),
             qPrintable(session.errorText()));
    QCOMPARE(rows.size(), 22); // the indexes above, the partition's among them
    for (const QStringList &row : std::as_const(rows))
        QCOMPARE(row.value(1), row.value(2));

    // Those the statement spells out itself: what it leaves to the server says so here.
    const QString marked = QString(statement).replace(QStringLiteral("pg_catalog.pg_get_indexdef(c.oid)"), QStringLiteral("'(server)'"));
    QVERIFY(marked != statement);
    rows.clear();
    QVERIFY2(session.query(QStringLiteral("SELECT string_agg(s.object_name, ' ' ORDER BY s.object_name COLLATE \"C\") FROM (") + marked
                               + QStringLiteral(") s WHERE s.definition <> '(server)'"),
                           &rows),
             qPrintable(session.errorText()));
    QCOMPARE(rows.value(0).value(0), QStringLiteral("Mixed Case_c_idx Mixed Case_d_idx Mixed Case_t_idx hash id "
                                                    "mv_id_select_idx parted_1_x_idx plain two columns"));
}

void TestSchemaSnapshot::twoSnapshotsAreEqual()
{
    SchemaSnapshot again;
    const QString error = readSnapshot(&again);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(again == m_snapshot);
    for (qsizetype i = 1; i < again.objects.size(); ++i)
        QVERIFY(again.objects.at(i - 1).key() < again.objects.at(i).key());
}

void TestSchemaSnapshot::aChangeMakesThemDiffer()
{
    QVERIFY2(m_cluster.psql("alter type app.mood add value 'ecstatic'", nullptr, "shop"), qPrintable(m_cluster.error()));
    SchemaSnapshot changed;
    QVERIFY_NO_ERROR(readSnapshot(&changed));
    QVERIFY(changed != m_snapshot);
    QCOMPARE(changed.find("enum app.mood")->list("labels"), (QStringList{"sad", "meh", "ok", "happy", "ecstatic"}));
    QVERIFY2(m_cluster.psql("drop view app.active", nullptr, "shop"), qPrintable(m_cluster.error()));
    QVERIFY_NO_ERROR(readSnapshot(&changed));
    QVERIFY(!changed.find("view app.active"));
    QVERIFY(!changed.dependentsOf("column app.customers.email").contains("view app.active"));
}

void TestSchemaSnapshot::keptAsBytes()
{
    const QByteArray bytes = m_snapshot.toBytes();
    SchemaSnapshot back;
    QVERIFY(SchemaSnapshot::fromBytes(bytes, &back));
    QVERIFY(back == m_snapshot);
    QCOMPARE(back.fingerprint(), m_snapshot.fingerprint());
    const SchemaObject &middle = m_snapshot.objects.at(m_snapshot.size() / 2);
    QVERIFY(back.find(middle.key()) && *back.find(middle.key()) == middle);
    QCOMPARE(back.dependentsOf(m_snapshot.objects.first().key()), m_snapshot.dependentsOf(m_snapshot.objects.first().key()));
    // One attribute changed: another fingerprint.
    SchemaSnapshot changed = m_snapshot;
    changed.objects.last().attrs.insert(QStringLiteral("comment"), QStringLiteral("changed"));
    QVERIFY(changed.fingerprint() != m_snapshot.fingerprint());
    // Cut short or not a snapshot at all: refused.
    QVERIFY(!SchemaSnapshot::fromBytes(bytes.left(bytes.size() / 2), &back));
    QVERIFY(!SchemaSnapshot::fromBytes(QByteArrayLiteral("not a snapshot"), &back));
    QVERIFY(!SchemaSnapshot::fromBytes(bytes + QByteArrayLiteral("x"), &back));
}

void TestSchemaSnapshot::droppedConnectionGivesNoSnapshot()
{
    PgSession session;
    QVERIFY2(session.open(m_cluster.params(QStringLiteral("shop"))), qPrintable(session.errorText()));
    const QString pid = session.value(QStringLiteral("select pg_backend_pid()"));
    QVERIFY(!pid.isEmpty());

    // The relations statement reads pg_rewrite, which the statements before it do not: holding
    // that catalog makes the read stop halfway, with several kinds already read.
    PgSession locker;
    QVERIFY2(locker.open(m_cluster.params(QStringLiteral("shop"))), qPrintable(locker.errorText()));
    QVERIFY2(locker.query(QStringLiteral("begin")), qPrintable(locker.errorText()));
    QVERIFY2(locker.query(QStringLiteral("lock table pg_catalog.pg_rewrite in access exclusive mode")), qPrintable(locker.errorText()));

    // Checked from inside the reader's waits: once it waits for the lock, end its session.
    // pg_stat_get_activity, not the pg_stat_activity view, which would need pg_rewrite too.
    bool terminated = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QString output;
        m_cluster.psql("select 'ended:' || pg_terminate_backend(a.pid) from pg_stat_get_activity(" + pid
                           + ") a where a.wait_event_type = 'Lock'",
                       &output, "shop");
        if (output.contains("ended:t")) {
            terminated = true;
            poll.stop();
        }
    });
    poll.start();
    SchemaSnapshot snapshot;
    snapshot.serverVersionNum = 42;
    SchemaReader reader(&session);
    const QString error = reader.read(&snapshot);
    poll.stop();
    QVERIFY(locker.query(QStringLiteral("rollback")));

    QVERIFY(terminated);
    QVERIFY2(error.contains("connection to the server was lost while reading the schema (relations)"), qPrintable(error));
    QVERIFY2(error.contains("connect again and retry"), qPrintable(error));
    // Nothing of the half-read snapshot reached the caller.
    QCOMPARE(snapshot.serverVersionNum, 42);
    QVERIFY(snapshot.isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaSnapshot)
#include "tst_schemasnapshot.moc"
