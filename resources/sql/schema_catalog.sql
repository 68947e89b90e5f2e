-- The catalog snapshot that schema comparison works on, read by SchemaReader inside one
-- read-only REPEATABLE READ transaction so that every statement sees the same catalog.
--
-- Every object statement returns one row per object, in plain columns (no JSON to build on the
-- server or to parse in the client, which for large schemas costs more than the catalog scans):
--   object_kind    the object kind (SchemaObject::kindFromTag spells them)
--   object_schema, object_name, object_table, object_args   its identity: table is the
--                  relation a sub-object belongs to (columns, constraints, triggers, rules,
--                  policies), args a routine's identity arguments or another part of the
--                  identity (a user mapping's server); a column left out is empty
--   object_refs    text[] of "classid/objid/objsubid" of the catalog rows it stands for, so
--                  that pg_depend rows (statement "dependencies") can be mapped onto objects
--   any other      an attribute, named by the column: what is compared. Text, boolean, or text[]
--                  (lists are cast to text[]); null, and an empty list, mean "none"
--
-- Left out everywhere: system schemas (pg_catalog, information_schema, pg_toast*, pg_temp_*)
-- and objects that belong to an extension (pg_depend deptype 'e'); those are the extension's.
-- Comments are read with a subquery on pg_description, not obj_description(), which as a SQL
-- function costs several times more per row.
-- {{user schema n}} keeps the schemas of alias n that are not the system's, and {{not from an
-- extension CATALOG x.oid}} leaves out the rows of CATALOG that an extension brought.
-- Catalog columns that only some server versions have are written {{NN+ expression | fallback}}:
-- SchemaReader puts in the expression for servers of major version NN or later and the fallback
-- for older ones, so one statement serves PostgreSQL 12 to 17. (Collations, read rarely, use
-- to_jsonb(row) ->> 'column', null where the column does not exist.) A statement named NAME_NN
-- replaces NAME on servers older than major version NN + 1.
-- Privileges are aclitem arrays as text ("grantee=arwd/grantor"), the owner's implicit ones
-- included (acldefault); SchemaReader spells them out as "grantee=PRIVILEGE".

-- name: server_version
SELECT current_setting('server_version_num')::int

-- name: schemas
SELECT 'schema' AS object_kind,
       n.nspname AS object_name,
       ARRAY['2615/' || n.oid || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_userbyid(n.nspowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = n.oid AND ds.classoid = 'pg_catalog.pg_namespace'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner)))::text[] AS "privileges"
FROM pg_catalog.pg_namespace n
WHERE {{user schema n}}
  AND {{not from an extension pg_namespace n.oid}}

-- name: extensions
SELECT 'extension' AS object_kind,
       e.extname AS object_name,
       ARRAY['3079/' || e.oid || '/0']::text[] AS object_refs,
       n.nspname AS "schema",
       e.extversion AS "version",
       e.extrelocatable AS "relocatable",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = e.oid AND ds.classoid = 'pg_catalog.pg_extension'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace

-- name: extension_members
-- What each extension brought: a reference to any of these is a reference to the extension.
SELECT d.classid || '/' || d.objid || '/0' AS object_ref,
       e.extname AS object_extension
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'

-- name: collations
SELECT 'collation' AS object_kind,
       n.nspname AS object_schema,
       c.collname AS object_name,
       ARRAY['3456/' || c.oid || '/0']::text[] AS object_refs,
       c.collprovider AS "provider",
       c.collisdeterministic AS "deterministic",
       coalesce(to_jsonb(c) ->> 'collcollate', d.datcollate) AS "lcCollate",
       coalesce(to_jsonb(c) ->> 'collctype', d.datctype) AS "lcCtype",
       coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale') AS "locale",
       to_jsonb(c) ->> 'collicurules' AS "rules",
       pg_catalog.pg_get_userbyid(c.collowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_collation'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
CROSS JOIN (SELECT datcollate, datctype FROM pg_catalog.pg_database
            WHERE datname = current_database()) d
WHERE {{user schema n}}
  AND {{not from an extension pg_collation c.oid}}

-- name: types
-- Enums, free-standing composites (a table's row type is the table), domains and ranges. The
-- array type (and a range's multirange) is part of its type.
SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'c' THEN 'composite'
           WHEN 'd' THEN 'domain' ELSE 'range' END AS object_kind,
       n.nspname AS object_schema,
       t.typname AS object_name,
       (ARRAY['1247/' || t.oid || '/0', '1247/' || t.typarray || '/0',
                 '1259/' || t.typrelid || '/0',
                 '1247/' || coalesce({{14+ r.rngmultitypid | NULL}}, 0::oid) || '/0']
           || ARRAY(SELECT '2606/' || c.oid || '/0' FROM pg_catalog.pg_constraint c
                    WHERE c.contypid = t.oid)) AS object_refs,
       pg_catalog.pg_get_userbyid(t.typowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = t.oid AND ds.classoid = 'pg_catalog.pg_type'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(t.typacl, pg_catalog.acldefault('T', t.typowner)))::text[] AS "privileges",
       CASE WHEN t.typtype = 'e' THEN
           (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[]
            FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) END AS "labels",
       CASE WHEN t.typtype = 'c' THEN
           (SELECT array_agg(pg_catalog.quote_ident(a.attname) || ' '
                            || pg_catalog.format_type(a.atttypid, a.atttypmod)
                            || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                    THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.'
                                         || pg_catalog.quote_ident(co.collname) ELSE '' END
                            ORDER BY a.attnum)::text[]
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END AS "attributes",
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS "baseType",
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0
                AND t.typcollation <> bt.typcollation
           THEN (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                 FROM pg_catalog.pg_collation co
                 JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                 WHERE co.oid = t.typcollation) END AS "collation",
       t.typdefault AS "default",
       CASE WHEN t.typtype = 'd' THEN t.typnotnull END AS "notNull",
       -- Domain CHECKs as "name: definition"; NOT NULL is notNull (PostgreSQL 17 also
       -- keeps it in pg_constraint).
       CASE WHEN t.typtype = 'd' THEN
           (SELECT array_agg(pg_catalog.quote_ident(c.conname) || ': '
                            || pg_catalog.pg_get_constraintdef(c.oid, true)
                            ORDER BY c.conname COLLATE "C")::text[]
            FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') END AS "constraints",
       CASE WHEN t.typtype = 'r' THEN pg_catalog.format_type(r.rngsubtype, NULL) END AS "subtype",
       CASE WHEN t.typtype = 'r' AND NOT oc.opcdefault
           THEN pg_catalog.quote_ident(ocn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname) END AS "subtypeOpclass",
       CASE WHEN t.typtype = 'r' AND r.rngcollation <> 0
           THEN (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                 FROM pg_catalog.pg_collation co
                 JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                 WHERE co.oid = r.rngcollation AND co.oid <> st.typcollation) END AS "rangeCollation",
       CASE WHEN t.typtype = 'r' AND r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS "canonical",
       CASE WHEN t.typtype = 'r' AND r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS "subtypeDiff",
       CASE WHEN t.typtype = 'r' AND {{14+ r.rngmultitypid | NULL}} IS NOT NULL
           THEN (SELECT pg_catalog.quote_ident(mn.nspname) || '.' || pg_catalog.quote_ident(mt.typname)
                 FROM pg_catalog.pg_type mt
                 JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
                 WHERE mt.oid = {{14+ r.rngmultitypid | NULL}}) END AS "multirange"
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc
LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
WHERE t.typtype IN ('e', 'c', 'd', 'r')
  AND {{user schema n}}
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND {{not from an extension pg_type t.oid}}

-- name: sequences
-- Free-standing and serial sequences; identity sequences belong to their column. OWNED BY is
-- the sequence's auto dependency on a column.
SELECT 'sequence' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_name,
       ARRAY['1259/' || c.oid || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_userbyid(c.relowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(c.relacl, pg_catalog.acldefault('s', c.relowner)))::text[] AS "privileges",
       c.relpersistence = 'u' AS "unlogged",
       pg_catalog.format_type(s.seqtypid, NULL) AS "dataType",
       s.seqstart::text AS "start",
       s.seqincrement::text AS "increment",
       s.seqmin::text AS "minValue",
       s.seqmax::text AS "maxValue",
       s.seqcache::text AS "cache",
       s.seqcycle AS "cycle",
       (SELECT pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname)
                  || '.' || pg_catalog.quote_ident(ta.attname)
           FROM pg_catalog.pg_depend dep
           JOIN pg_catalog.pg_class tc ON tc.oid = dep.refobjid
           JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
           JOIN pg_catalog.pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
           WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid
             AND dep.refclassid = 'pg_catalog.pg_class'::regclass
             AND dep.refobjsubid > 0 AND dep.deptype = 'a') AS "ownedBy"
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
WHERE c.relkind = 'S'
  AND {{user schema n}}
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i'))

-- name: relations
-- Tables (ordinary, partitioned, foreign), views and materialized views. Their columns come
-- from "columns"; view columns are listed here as "name type" so that CREATE OR REPLACE VIEW
-- can be told apart from a view that must be rebuilt.
SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
           WHEN 'f' THEN 'foreign table' ELSE 'table' END AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_name,
       ARRAY['1259/' || c.oid || '/0', '1247/' || c.reltype || '/0',
           '1247/' || (SELECT t.typarray FROM pg_catalog.pg_type t WHERE t.oid = c.reltype) || '/0',
           '2618/' || coalesce((SELECT rw.oid FROM pg_catalog.pg_rewrite rw
                               WHERE rw.ev_class = c.oid AND rw.rulename = '_RETURN'), 0) || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_userbyid(c.relowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(c.relacl, pg_catalog.acldefault('r', c.relowner)))::text[] AS "privileges",
       CASE WHEN c.relkind = 'p' THEN true END AS "partitioned",
       CASE WHEN c.relpersistence = 'u' THEN true END AS "unlogged",
       (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(c.reloptions) o) AS "options",
       (SELECT am.amname FROM pg_catalog.pg_am am
           WHERE am.oid = c.relam AND am.amname <> 'heap') AS "accessMethod",
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS "partitionKey",
       CASE WHEN c.relispartition THEN
           (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(pc.relname)
            FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE i.inhrelid = c.oid) END AS "partitionOf",
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS "partitionBound",
       CASE WHEN NOT c.relispartition THEN
           (SELECT array_agg(pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(pc.relname)
                            ORDER BY i.inhseqno)::text[]
            FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE i.inhrelid = c.oid) END AS "inherits",
       CASE WHEN c.relrowsecurity THEN true END AS "rowSecurity",
       CASE WHEN c.relforcerowsecurity THEN true END AS "forceRowSecurity",
       CASE WHEN c.relkind IN ('r', 'p') AND c.relreplident <> 'd' THEN
           CASE c.relreplident WHEN 'n' THEN 'NOTHING' WHEN 'f' THEN 'FULL'
                ELSE (SELECT 'USING INDEX ' || pg_catalog.quote_ident(ic.relname)
                      FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                      WHERE i.indrelid = c.oid AND i.indisreplident) END END AS "replicaIdentity",
       (SELECT pg_catalog.quote_ident(ic.relname)
           FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
           WHERE i.indrelid = c.oid AND i.indisclustered) AS "clusterOn",
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END AS "definition",
       CASE WHEN c.relkind = 'm' AND NOT c.relispopulated THEN true END AS "withNoData",
       CASE WHEN c.relkind IN ('v', 'm') THEN
           (SELECT array_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
                            ORDER BY a.attnum)::text[]
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS "columns",
       CASE WHEN c.relkind IN ('v', 'm') THEN
           (SELECT array_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.quote_literal(d.description)
                            ORDER BY a.attnum)::text[]
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass
                                            AND d.objsubid = a.attnum
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS "columnComments",
       CASE WHEN c.relkind = 'v' THEN
           (SELECT array_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                            ORDER BY a.attnum)::text[]
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS "columnDefaults",
       CASE WHEN c.relkind IN ('v', 'm') THEN
           (SELECT array_agg(pg_catalog.quote_ident(a.attname) || ' ' || x::text ORDER BY a.attnum, x::text)::text[]
            FROM pg_catalog.pg_attribute a, unnest(a.attacl) x
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS "columnPrivileges",
       (SELECT s.srvname FROM pg_catalog.pg_foreign_table ft
           JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = c.oid) AS "server",
       (SELECT array_agg(o ORDER BY o)::text[] FROM pg_catalog.pg_foreign_table ft, unnest(ft.ftoptions) o
           WHERE ft.ftrelid = c.oid) AS "serverOptions"
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND {{user schema n}}
  AND {{not from an extension pg_class c.oid}}

-- name: columns
-- Columns of tables and foreign tables. Collation and storage only where they differ from the
-- column type's own. "local" is false for a column that only comes from a parent.
SELECT 'column' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_table,
       a.attname AS object_name,
       ARRAY['1259/' || c.oid || '/' || a.attnum,
           '2604/' || coalesce(ad.oid, 0) || '/0']::text[] AS object_refs,
       a.attnum::text AS "position",
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS "type",
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
           THEN (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                 FROM pg_catalog.pg_collation co
                 JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                 WHERE co.oid = a.attcollation) END AS "collation",
       a.attnotnull AS "notNull",
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "default",
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END AS "identity",
       CASE WHEN a.attidentity <> '' THEN
           (SELECT pg_catalog.quote_ident(sn.nspname) || '.' || pg_catalog.quote_ident(sc.relname)
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_class sc ON sc.oid = d.objid
            JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
            WHERE d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = c.oid
              AND d.refobjsubid = a.attnum AND d.classid = 'pg_catalog.pg_class'::regclass
              AND d.deptype = 'i' AND sc.relkind = 'S') END AS "identitySequence",
       CASE WHEN a.attidentity <> '' THEN
           (SELECT ARRAY['INCREMENT BY ' || s.seqincrement, 'MINVALUE ' || s.seqmin,
                                    'MAXVALUE ' || s.seqmax, 'START WITH ' || s.seqstart,
                                    'CACHE ' || s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END]::text[]
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
            WHERE d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = c.oid
              AND d.refobjsubid = a.attnum AND d.classid = 'pg_catalog.pg_class'::regclass
              AND d.deptype = 'i') END AS "identityOptions",
       CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS "generated",
       CASE WHEN a.attstorage <> t.typstorage THEN
           CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                             WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END AS "storage",
       CASE {{14+ a.attcompression | NULL}} WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS "compression",
       CASE WHEN coalesce(a.attstattarget, -1) >= 0 THEN a.attstattarget::text END AS "statistics",
       CASE WHEN NOT c.relispartition THEN a.attislocal END AS "local",
       CASE WHEN a.attinhcount > 0 THEN true END AS "inherited",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum) AS "comment",
       CASE WHEN a.attacl IS NOT NULL THEN
           (a.attacl)::text[] END AS "privileges",
       -- (Options named pg_… are the server's own bookkeeping, which some builds keep there.)
       CASE WHEN a.attoptions IS NOT NULL THEN
           (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(a.attoptions) o WHERE o !~ '^pg_') END AS "options",
       CASE WHEN a.attfdwoptions IS NOT NULL THEN (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(a.attfdwoptions) o) END AS "serverOptions"
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
  AND {{user schema n}}
  AND {{not from an extension pg_class c.oid}}

-- name: constraints
-- Table constraints declared on the table itself: those a partition or child only inherits
-- come with their parent's. Domain constraints travel with their domain.
SELECT 'constraint' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_table,
       k.conname AS object_name,
       ARRAY['2606/' || k.oid || '/0',
           '1259/' || CASE WHEN k.contype IN ('p', 'u', 'x') THEN k.conindid ELSE 0 END || '/0']::text[] AS object_refs,
       CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE'
           WHEN 'f' THEN 'FOREIGN KEY' WHEN 'c' THEN 'CHECK' ELSE 'EXCLUDE' END AS "type",
       pg_catalog.pg_get_constraintdef(k.oid, true) AS "definition",
       CASE WHEN NOT k.convalidated THEN true END AS "notValid",
       CASE WHEN k.connoinherit THEN true END AS "noInherit",
       CASE WHEN k.contype = 'f' THEN
           (SELECT pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.relname)
            FROM pg_catalog.pg_class rc JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE rc.oid = k.confrelid) END AS "referencedTable",
       CASE WHEN k.contype IN ('p', 'u', 'x') THEN
           (SELECT ic.relname FROM pg_catalog.pg_class ic WHERE ic.oid = k.conindid) END AS "index",
       CASE WHEN c.relkind = 'p' THEN true END AS "partitionedTable",
       CASE WHEN k.contype IN ('p', 'u', 'x') THEN (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = k.conindid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0) END AS "indexComment",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = k.oid AND ds.classoid = 'pg_catalog.pg_constraint'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x')
  AND k.conislocal AND k.conparentid = 0
  AND {{user schema n}}
  AND {{not from an extension pg_class c.oid}}

-- name: indexes
-- Indexes of tables and materialized views that no constraint owns (a constraint's index comes
-- and goes with it). "parentIndex" is the partitioned index a partition's index is attached
-- to: such an index is made by hand only when its name differs from the one PostgreSQL would
-- choose when the parent's index is created.
-- pg_get_indexdef looks up each column's default operator class in the catalog, which makes
-- it the costliest call here: an index of plain columns in ascending order, each with its
-- type's own default operator class and collation (most indexes), is spelled out the same way
-- here instead, and only the others are left to pg_get_indexdef.
SELECT 'index' AS object_kind,
       n.nspname AS object_schema,
       t.relname AS object_table,
       c.relname AS object_name,
       ARRAY['1259/' || c.oid || '/0']::text[] AS object_refs,
       coalesce(CASE WHEN c.relkind = 'i' AND i.indexprs IS NULL AND i.indpred IS NULL AND c.reloptions IS NULL
                          AND i.indnatts = i.indnkeyatts AND NOT {{15+ i.indnullsnotdistinct | false}} THEN
           (SELECT CASE WHEN count(*) = i.indnkeyatts
                             AND bool_and(i.indoption[k] = 0 AND i.indcollation[k] = a.attcollation
                                          AND oc.opcdefault AND oc.opcintype = a.atttypid)
                        THEN 'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                             || pg_catalog.quote_ident(c.relname) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.'
                             || pg_catalog.quote_ident(t.relname) || ' USING ' || pg_catalog.quote_ident(am.amname) || ' ('
                             || string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k) || ')' END
            FROM pg_catalog.generate_series(0, i.indnkeyatts - 1) k
            JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k]
            JOIN pg_catalog.pg_opclass oc ON oc.oid = i.indclass[k]) END,
           pg_catalog.pg_get_indexdef(c.oid)) AS "definition",
       am.amname AS "method",
       i.indisunique AS "unique",
       CASE WHEN c.relkind = 'I' THEN true END AS "partitioned",
       (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(pc.relname)
           FROM pg_catalog.pg_inherits h
           JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
           JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
           WHERE h.inhrelid = c.oid) AS "parentIndex",
       CASE WHEN NOT i.indisvalid AND c.relkind <> 'I' THEN true END AS "invalid",
       (SELECT array_agg(a.attnum || ' ' || a.attstattarget ORDER BY a.attnum)::text[]
           FROM pg_catalog.pg_attribute a
           WHERE a.attrelid = c.oid AND coalesce(a.attstattarget, -1) >= 0) AS "statistics",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.relam
WHERE t.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conindid = c.oid AND k.conrelid = t.oid AND k.contype IN ('p', 'u', 'x'))
  AND {{user schema n}}
  AND {{not from an extension pg_class t.oid}}

-- name: routines
-- Functions, procedures and aggregates; the identity is the name with the identity arguments.
-- Window functions are functions. An aggregate's parts are read from pg_aggregate, because
-- pg_get_functiondef does not write aggregates.
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS object_kind,
       n.nspname AS object_schema,
       p.proname AS object_name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS object_args,
       ARRAY['1255/' || p.oid || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_userbyid(p.proowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_proc'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner)))::text[] AS "privileges",
       pg_catalog.pg_get_function_arguments(p.oid) AS "arguments",
       pg_catalog.pg_get_function_result(p.oid) AS "result",
       l.lanname AS "language",
       CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END AS "definition",
       CASE WHEN p.prokind = 'a' THEN
           (SELECT ARRAY[
                       'SFUNC = ' || ag.aggtransfn::regproc::text,
                       'STYPE = ' || pg_catalog.format_type(ag.aggtranstype, NULL),
                       CASE WHEN ag.aggtransspace <> 0 THEN 'SSPACE = ' || ag.aggtransspace END,
                       CASE WHEN ag.aggfinalfn <> 0 THEN 'FINALFUNC = ' || ag.aggfinalfn::regproc::text END,
                       CASE WHEN ag.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
                       CASE WHEN ag.aggfinalfn <> 0 AND ag.aggfinalmodify <> 'r' THEN 'FINALFUNC_MODIFY = '
                            || CASE ag.aggfinalmodify WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                       CASE WHEN ag.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || ag.aggcombinefn::regproc::text END,
                       CASE WHEN ag.aggserialfn <> 0 THEN 'SERIALFUNC = ' || ag.aggserialfn::regproc::text END,
                       CASE WHEN ag.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || ag.aggdeserialfn::regproc::text END,
                       CASE WHEN ag.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(ag.agginitval) END,
                       CASE WHEN ag.aggmtransfn <> 0 THEN 'MSFUNC = ' || ag.aggmtransfn::regproc::text END,
                       CASE WHEN ag.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || ag.aggminvtransfn::regproc::text END,
                       CASE WHEN ag.aggmtranstype <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(ag.aggmtranstype, NULL) END,
                       CASE WHEN ag.aggmtransspace <> 0 THEN 'MSSPACE = ' || ag.aggmtransspace END,
                       CASE WHEN ag.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || ag.aggmfinalfn::regproc::text END,
                       CASE WHEN ag.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                       CASE WHEN ag.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(ag.aggminitval) END,
                       CASE WHEN ag.aggsortop <> 0 THEN 'SORTOP = OPERATOR(' || ag.aggsortop::regoperator::text || ')' END,
                       CASE WHEN p.proparallel = 's' THEN 'PARALLEL = SAFE'
                            WHEN p.proparallel = 'r' THEN 'PARALLEL = RESTRICTED' END,
                       CASE WHEN ag.aggkind = 'h' THEN 'HYPOTHETICAL' END]::text[]
            FROM pg_catalog.pg_aggregate ag WHERE ag.aggfnoid = p.oid) END AS "aggregate",
       CASE WHEN p.prokind = 'a' THEN
           (SELECT ag.aggkind <> 'n' FROM pg_catalog.pg_aggregate ag WHERE ag.aggfnoid = p.oid) END AS "orderedSet"
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE {{user schema n}}
  AND {{not from an extension pg_proc p.oid}}
  -- Constructors a range type makes for itself come and go with it.
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend xi
                  WHERE xi.classid = 'pg_catalog.pg_proc'::regclass AND xi.objid = p.oid
                    AND xi.refclassid = 'pg_catalog.pg_type'::regclass AND xi.deptype = 'i')

-- name: triggers
-- Triggers made by hand, constraint triggers included; not the ones PostgreSQL makes for
-- foreign keys, nor the clones a partition gets from its parent's trigger.
SELECT 'trigger' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_table,
       g.tgname AS object_name,
       ARRAY['2620/' || g.oid || '/0', '2606/' || g.tgconstraint || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_triggerdef(g.oid, false) AS "definition",
       CASE g.tgenabled WHEN 'O' THEN NULL WHEN 'D' THEN 'DISABLE'
           WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END AS "enabled",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = g.oid AND ds.classoid = 'pg_catalog.pg_trigger'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_trigger g
JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT g.tgisinternal
  AND {{13+ g.tgparentid | 0}} = 0
  AND {{user schema n}}
  AND {{not from an extension pg_class c.oid}}

-- name: event_triggers
SELECT 'event trigger' AS object_kind,
       e.evtname AS object_name,
       ARRAY['3466/' || e.oid || '/0']::text[] AS object_refs,
       e.evtevent AS "event",
       (SELECT array_agg(tag ORDER BY n)::text[] FROM unnest(e.evttags) WITH ORDINALITY AS x (tag, n)) AS "tags",
       e.evtfoid::regproc::text AS "function",
       CASE e.evtenabled WHEN 'O' THEN NULL WHEN 'D' THEN 'DISABLE'
           WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END AS "enabled",
       pg_catalog.pg_get_userbyid(e.evtowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = e.oid AND ds.classoid = 'pg_catalog.pg_event_trigger'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_event_trigger e
WHERE {{not from an extension pg_event_trigger e.oid}}

-- name: rules
-- Rules made by hand: a view's _RETURN rule is the view.
SELECT 'rule' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_table,
       r.rulename AS object_name,
       ARRAY['2618/' || r.oid || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_ruledef(r.oid, false) AS "definition",
       CASE r.ev_enabled WHEN 'O' THEN NULL WHEN 'D' THEN 'DISABLE'
           WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END AS "enabled",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_rewrite'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND {{user schema n}}
  AND {{not from an extension pg_class c.oid}}

-- name: policies
SELECT 'policy' AS object_kind,
       n.nspname AS object_schema,
       c.relname AS object_table,
       p.polname AS object_name,
       ARRAY['3256/' || p.oid || '/0']::text[] AS object_refs,
       p.polpermissive AS "permissive",
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
           WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS "command",
       (SELECT array_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r)) END
                           ORDER BY 1)::text[]
           FROM unnest(p.polroles) r) AS "roles",
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS "using",
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS "check",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_policy'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE {{user schema n}}

-- name: statistics
SELECT 'statistics' AS object_kind,
       n.nspname AS object_schema,
       s.stxname AS object_name,
       ARRAY['3381/' || s.oid || '/0']::text[] AS object_refs,
       pg_catalog.pg_get_statisticsobjdef(s.oid) AS "definition",
       CASE WHEN coalesce({{13+ s.stxstattarget | NULL}}, -1) >= 0 THEN {{13+ s.stxstattarget | NULL}}::text END AS "target",
       pg_catalog.pg_get_userbyid(s.stxowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = s.oid AND ds.classoid = 'pg_catalog.pg_statistic_ext'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
WHERE {{user schema n}}
  AND {{not from an extension pg_statistic_ext s.oid}}

-- name: publications
SELECT 'publication' AS object_kind,
       p.pubname AS object_name,
       (ARRAY['6104/' || p.oid || '/0']
           || ARRAY(SELECT '6106/' || pr.oid || '/0' FROM pg_catalog.pg_publication_rel pr
                    WHERE pr.prpubid = p.oid)) AS object_refs,
       CASE WHEN p.puballtables THEN true END AS "allTables",
       (SELECT array_agg(x ORDER BY x)::text[] FROM (
           SELECT pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname)
                  || coalesce(' (' || (SELECT string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
                                       FROM pg_catalog.pg_attribute a
                                       WHERE a.attrelid = tc.oid
                                         AND a.attnum = ANY (pr.prattrs)) || ')', '')
                  || coalesce(' WHERE (' || pg_catalog.pg_get_expr(pr.prqual, tc.oid) || ')', '') AS x
           FROM pg_catalog.pg_publication_rel pr
           JOIN pg_catalog.pg_class tc ON tc.oid = pr.prrelid
           JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
           WHERE pr.prpubid = p.oid) s) AS "tables",
       (SELECT array_agg(pg_catalog.quote_ident(pn.nspname) ORDER BY pn.nspname)::text[]
           FROM pg_catalog.pg_publication_namespace x
           JOIN pg_catalog.pg_namespace pn ON pn.oid = x.pnnspid
           WHERE x.pnpubid = p.oid) AS "schemas",
       concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
           CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END) AS "publish",
       CASE WHEN p.pubviaroot THEN true END AS "viaRoot",
       pg_catalog.pg_get_userbyid(p.pubowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_publication'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_publication p

-- name: publications_14
-- Before PostgreSQL 15 a publication names tables only, without column lists or row filters.
SELECT 'publication' AS object_kind,
       p.pubname AS object_name,
       (ARRAY['6104/' || p.oid || '/0']
           || ARRAY(SELECT '6106/' || pr.oid || '/0' FROM pg_catalog.pg_publication_rel pr
                    WHERE pr.prpubid = p.oid)) AS object_refs,
       CASE WHEN p.puballtables THEN true END AS "allTables",
       (SELECT array_agg(pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname)
                           ORDER BY 1)::text[]
           FROM pg_catalog.pg_publication_rel pr
           JOIN pg_catalog.pg_class tc ON tc.oid = pr.prrelid
           JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
           WHERE pr.prpubid = p.oid) AS "tables",
       concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
           CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END) AS "publish",
       CASE WHEN {{13+ p.pubviaroot | false}} THEN true END AS "viaRoot",
       pg_catalog.pg_get_userbyid(p.pubowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_publication'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_publication p

-- name: foreign_data_wrappers
SELECT 'foreign data wrapper' AS object_kind,
       w.fdwname AS object_name,
       ARRAY['2328/' || w.oid || '/0']::text[] AS object_refs,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::regproc::text END AS "handler",
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::regproc::text END AS "validator",
       (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(w.fdwoptions) o) AS "options",
       pg_catalog.pg_get_userbyid(w.fdwowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = w.oid AND ds.classoid = 'pg_catalog.pg_foreign_data_wrapper'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(w.fdwacl, pg_catalog.acldefault('F', w.fdwowner)))::text[] AS "privileges"
FROM pg_catalog.pg_foreign_data_wrapper w
WHERE {{not from an extension pg_foreign_data_wrapper w.oid}}

-- name: foreign_servers
SELECT 'server' AS object_kind,
       s.srvname AS object_name,
       ARRAY['1417/' || s.oid || '/0']::text[] AS object_refs,
       w.fdwname AS "wrapper",
       s.srvtype AS "type",
       s.srvversion AS "version",
       (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(s.srvoptions) o) AS "options",
       pg_catalog.pg_get_userbyid(s.srvowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = s.oid AND ds.classoid = 'pg_catalog.pg_foreign_server'::regclass AND ds.objsubid = 0) AS "comment",
       (coalesce(s.srvacl, pg_catalog.acldefault('S', s.srvowner)))::text[] AS "privileges"
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE {{not from an extension pg_foreign_server s.oid}}

-- name: user_mappings
-- Options without their values for secrets: a password never leaves the server.
SELECT 'user mapping' AS object_kind,
       CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(u.umuser) END AS object_name,
       s.srvname AS object_args,
       ARRAY['1418/' || u.oid || '/0']::text[] AS object_refs,
       (SELECT array_agg(o ORDER BY o)::text[] FROM unnest(u.umoptions) o
           WHERE o !~* '^(password|passfile|sslpassword|secret|token)=') AS "options"
FROM pg_catalog.pg_user_mapping u
JOIN pg_catalog.pg_foreign_server s ON s.oid = u.umserver

-- name: text_search_configurations
SELECT 'text search configuration' AS object_kind,
       n.nspname AS object_schema,
       c.cfgname AS object_name,
       ARRAY['3602/' || c.oid || '/0']::text[] AS object_refs,
       (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname)
           FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
           WHERE p.oid = c.cfgparser) AS "parser",
       (SELECT array_agg(x ORDER BY x)::text[] FROM (
           SELECT t.alias || ' ' || string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) AS x
           FROM pg_catalog.pg_ts_config_map m
           JOIN pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
           WHERE m.mapcfg = c.oid
           GROUP BY t.alias) s) AS "mappings",
       pg_catalog.pg_get_userbyid(c.cfgowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_ts_config'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
WHERE {{user schema n}}
  AND {{not from an extension pg_ts_config c.oid}}

-- name: text_search_dictionaries
SELECT 'text search dictionary' AS object_kind,
       n.nspname AS object_schema,
       d.dictname AS object_name,
       ARRAY['3600/' || d.oid || '/0']::text[] AS object_refs,
       (SELECT pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname)
           FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
           WHERE t.oid = d.dicttemplate) AS "template",
       d.dictinitoption AS "options",
       pg_catalog.pg_get_userbyid(d.dictowner) AS "owner",
       (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = d.oid AND ds.classoid = 'pg_catalog.pg_ts_dict'::regclass AND ds.objsubid = 0) AS "comment"
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
WHERE {{user schema n}}
  AND {{not from an extension pg_ts_dict d.oid}}

-- name: default_privileges
-- ALTER DEFAULT PRIVILEGES: name is the role, args the schema ("" for every schema), the
-- object type in attrs. Privileges as granted, without the implicit defaults.
SELECT 'default privileges' AS object_kind,
       pg_catalog.pg_get_userbyid(a.defaclrole) AS object_name,
       coalesce(n.nspname, '') || ' ' || CASE a.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES'
           WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS object_args,
       ARRAY['826/' || a.oid || '/0']::text[] AS object_refs,
       n.nspname AS "schema",
       CASE a.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES'
           WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS "objectType",
       (a.defaclacl)::text[] AS "privileges",
       CASE WHEN a.defaclnamespace = 0 THEN
           pg_catalog.acldefault(CASE a.defaclobjtype WHEN 'S' THEN 's' WHEN 'T' THEN 'T' WHEN 'n' THEN 'n'
                                 WHEN 'f' THEN 'f' ELSE 'r' END::"char", a.defaclrole)::text[] END AS "defaults"
FROM pg_catalog.pg_default_acl a
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = a.defaclnamespace

-- name: dependencies
-- Dependencies among the database's own objects: the dependent catalog row, the row it
-- depends on, and the kind of dependency. Normal, auto and partition dependencies only;
-- internal and extension ones join objects into one (a rule into its view, an index into its
-- constraint), and pinned system objects never change.
SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid, d.deptype
FROM pg_catalog.pg_depend d
WHERE d.deptype IN ('n', 'a', 'P', 'S')
  AND d.objid >= 16384 AND d.refobjid >= 16384
