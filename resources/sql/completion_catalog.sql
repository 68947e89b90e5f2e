-- What the SQL editor's completion knows about a database, read in one round trip by
-- CatalogReader and turned into a CatalogSnapshot. One row per object; "kind" says which:
--   p  search path entry: position = place in current_schemas(true), name = the schema
--   n  schema: id = oid, name
--   r  relation: id = oid, schema, name, subkind = relkind (r table, v view, m materialized
--      view, f foreign table, p partitioned table)
--   a  column: parent = the relation's oid, position = attnum, name, detail = its type
--   f  function: id = oid, schema, name, subkind = prokind (f, a aggregate, w window,
--      p procedure), detail = identity arguments, result = result type
--   t  type: id = oid, schema, name = typname, subkind = typtype, detail = SQL spelling
-- TOAST tables, other sessions' temporary schemas, array and row types of tables, and
-- functions only the server itself can call (trigger, handler, "internal" signatures) are
-- left out: nobody types them.
--
-- The session is the reader's own: a catalog that takes longer than this to read is better
-- left unread than holding a backend, and completion keeps working with what it had.
set statement_timeout = '30s';

with schemas as (
    select n.oid, n.nspname
    from pg_catalog.pg_namespace n
    where n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
),
relations as (
    select c.oid, c.relname, c.relkind, s.nspname
    from pg_catalog.pg_class c
    join schemas s on s.oid = c.relnamespace
    where c.relkind in ('r', 'v', 'm', 'f', 'p')
)
select 'p' as kind, null::oid as id, null::oid as parent, p.position::int as position,
       null::name as schema, p.name, null::text as subkind, null::text as detail,
       null::text as result
from unnest(pg_catalog.current_schemas(true)) with ordinality as p(name, position)
union all
select 'n', s.oid, null, null, s.nspname, s.nspname, null, null, null
from schemas s
union all
select 'r', r.oid, null, null, r.nspname, r.relname, r.relkind::text, null, null
from relations r
union all
select 'a', null, a.attrelid, a.attnum, null, a.attname, null,
       pg_catalog.format_type(a.atttypid, a.atttypmod), null
from pg_catalog.pg_attribute a
join relations r on r.oid = a.attrelid
where a.attnum > 0 and not a.attisdropped
union all
select 'f', p.oid, null, null, s.nspname, p.proname, p.prokind::text,
       pg_catalog.pg_get_function_identity_arguments(p.oid),
       pg_catalog.pg_get_function_result(p.oid)
from pg_catalog.pg_proc p
join schemas s on s.oid = p.pronamespace
where p.prorettype <> all ('{trigger,event_trigger,internal,language_handler,fdw_handler,index_am_handler,tsm_handler,table_am_handler}'::pg_catalog.regtype[])
  and not ('pg_catalog.internal'::pg_catalog.regtype = any (p.proargtypes::pg_catalog.oid[]))
union all
select 't', t.oid, null, null, s.nspname, t.typname, t.typtype::text,
       pg_catalog.format_type(t.oid, null), null
from pg_catalog.pg_type t
join schemas s on s.oid = t.typnamespace
where t.typtype in ('b', 'c', 'd', 'e', 'r', 'm')
  and t.typcategory <> 'A'
  and (t.typrelid = 0
       or exists (select from pg_catalog.pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
