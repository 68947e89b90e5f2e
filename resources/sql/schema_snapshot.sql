-- The catalog snapshot that schema comparison works on, read by SchemaReader inside one
-- read-only REPEATABLE READ transaction so that every statement sees the same catalog.
-- One statement per object kind; each returns one row per object with a single JSON column
-- ("obj"), child rows (columns, enum labels, domain constraints) aggregated into it, ordered by
-- schema and name so that two snapshots of the same database compare equal.
-- Left out everywhere: system schemas (pg_catalog, information_schema, pg_toast*, pg_temp_*)
-- and objects that belong to an extension (pg_depend deptype 'e').
-- A statement named NAME_NN replaces NAME on servers older than major version NN + 1.

-- name: server_version
SELECT current_setting('server_version_num')::int

-- name: schemas
SELECT json_build_object(
         'name', n.nspname,
         'owner', pg_catalog.pg_get_userbyid(n.nspowner),
         'comment', pg_catalog.obj_description(n.oid, 'pg_namespace'))
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_namespace'::regclass
                    AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C"

-- name: extensions
SELECT json_build_object(
         'name', e.extname,
         'schema', n.nspname,
         'version', e.extversion,
         'owner', pg_catalog.pg_get_userbyid(e.extowner),
         'comment', pg_catalog.obj_description(e.oid, 'pg_extension'))
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
ORDER BY e.extname COLLATE "C"

-- name: types
-- Domain constraints are the CHECKs only: NOT NULL is notNull (PostgreSQL 17 also keeps it in
-- pg_constraint). Enums, composites (free-standing ones only: a table's row type is the table), domains and
-- ranges. Array types and multirange types come with their element and range types.
SELECT json_build_object(
         'schema', n.nspname,
         'name', t.typname,
         'kind', t.typtype,
         'owner', pg_catalog.pg_get_userbyid(t.typowner),
         'comment', pg_catalog.obj_description(t.oid, 'pg_type'),
         'labels', (SELECT coalesce(json_agg(e.enumlabel ORDER BY e.enumsortorder), '[]'::json)
                    FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
         'attributes', (SELECT coalesce(json_agg(json_build_object(
                                   'name', a.attname,
                                   'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
                                   'collation', CASE WHEN a.attcollation <> 0
                                                          AND a.attcollation <> at.typcollation
                                                     THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                                           FROM pg_catalog.pg_collation co
                                                           JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                                           WHERE co.oid = a.attcollation) END)
                                   ORDER BY a.attnum), '[]'::json)
                        FROM pg_catalog.pg_attribute a
                        JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                        WHERE t.typtype = 'c' AND a.attrelid = t.typrelid
                          AND a.attnum > 0 AND NOT a.attisdropped),
         'baseType', CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END,
         'default', t.typdefault,
         'notNull', t.typnotnull,
         'constraints', (SELECT coalesce(json_agg(json_build_object(
                                    'name', c.conname,
                                    'definition', pg_catalog.pg_get_constraintdef(c.oid, true),
                                    'notValid', NOT c.convalidated)
                                    ORDER BY c.conname COLLATE "C"), '[]'::json)
                         FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'),
         'rangeSubtype', (SELECT pg_catalog.format_type(r.rngsubtype, NULL)
                          FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid))
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'c', 'd', 'r')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"

-- name: sequences
-- Identity sequences are marked as such (pg_depend deptype 'i' on a column); the owned-by
-- column of other sequences is their deptype 'a' dependency on a column.
SELECT json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'owner', pg_catalog.pg_get_userbyid(c.relowner),
         'comment', pg_catalog.obj_description(c.oid, 'pg_class'),
         'dataType', pg_catalog.format_type(s.seqtypid, NULL),
         'start', s.seqstart::text,
         'increment', s.seqincrement::text,
         'min', s.seqmin::text,
         'max', s.seqmax::text,
         'cache', s.seqcache::text,
         'cycle', s.seqcycle,
         'identity', dep.deptype = 'i',
         'ownedBySchema', tn.nspname,
         'ownedByTable', tc.relname,
         'ownedByColumn', ta.attname)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_class'::regclass
                                  AND dep.objid = c.oid
                                  AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                                  AND dep.refobjsubid > 0
                                  AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = dep.refobjid
LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
WHERE c.relkind = 'S'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"

-- name: tables
-- Ordinary and partitioned tables with their columns. Collation and storage only when they
-- differ from the column type's own.
SELECT json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'relkind', c.relkind,
         'unlogged', c.relpersistence = 'u',
         'owner', pg_catalog.pg_get_userbyid(c.relowner),
         'comment', pg_catalog.obj_description(c.oid, 'pg_class'),
         'partitionKey', CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
         'partitionBound', CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
         'parents', (SELECT coalesce(json_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname)
                                              ORDER BY i.inhseqno), '[]'::json)
                     FROM pg_catalog.pg_inherits i
                     JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
                     JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                     WHERE i.inhrelid = c.oid),
         'columns', (SELECT coalesce(json_agg(json_build_object(
                                'name', a.attname,
                                'position', a.attnum,
                                'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
                                'collation', CASE WHEN a.attcollation <> 0
                                                       AND a.attcollation <> at.typcollation
                                                  THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                                        FROM pg_catalog.pg_collation co
                                                        JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                                        WHERE co.oid = a.attcollation) END,
                                'notNull', a.attnotnull,
                                'default', CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
                                'identity', a.attidentity,
                                'generated', CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
                                'storage', CASE WHEN a.attstorage <> at.typstorage THEN a.attstorage END,
                                'comment', pg_catalog.col_description(c.oid, a.attnum))
                                ORDER BY a.attnum), '[]'::json)
                     FROM pg_catalog.pg_attribute a
                     JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                     LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped))
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"

-- name: constraints
-- Table constraints (domain constraints travel with their domain).
SELECT json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', k.conname,
         'type', k.contype,
         'definition', pg_catalog.pg_get_constraintdef(k.oid, true),
         'notValid', NOT k.convalidated,
         'deferrable', k.condeferrable,
         'deferred', k.condeferred,
         'updateAction', CASE WHEN k.contype = 'f' THEN k.confupdtype END,
         'deleteAction', CASE WHEN k.contype = 'f' THEN k.confdeltype END,
         'matchType', CASE WHEN k.contype = 'f' THEN k.confmatchtype END,
         'referencedTable', CASE WHEN k.contype = 'f'
                                 THEN (SELECT quote_ident(rn.nspname) || '.' || quote_ident(rc.relname)
                                       FROM pg_catalog.pg_class rc
                                       JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                                       WHERE rc.oid = k.confrelid) END,
         'inherited', NOT k.conislocal,
         'comment', pg_catalog.obj_description(k.oid, 'pg_constraint'))
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", k.conname COLLATE "C"

-- name: indexes
-- Indexes of tables and materialized views; "constraint" names the constraint an index backs.
SELECT json_build_object(
         'schema', n.nspname,
         'table', t.relname,
         'name', c.relname,
         'definition', pg_catalog.pg_get_indexdef(c.oid),
         'method', am.amname,
         'unique', i.indisunique,
         'primary', i.indisprimary,
         'partial', i.indpred IS NOT NULL,
         'expression', i.indexprs IS NOT NULL,
         'nullsNotDistinct', i.indnullsnotdistinct,
         'constraint', (SELECT k.conname FROM pg_catalog.pg_constraint k
                        WHERE k.conindid = c.oid AND k.conrelid = t.oid
                          AND k.contype IN ('p', 'u', 'x')),
         'comment', pg_catalog.obj_description(c.oid, 'pg_class'))
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.relam
WHERE t.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"

-- name: indexes_14
-- Unique indexes with NULLS NOT DISTINCT arrived with PostgreSQL 15; older ones never have it.
SELECT json_build_object(
         'schema', n.nspname,
         'table', t.relname,
         'name', c.relname,
         'definition', pg_catalog.pg_get_indexdef(c.oid),
         'method', am.amname,
         'unique', i.indisunique,
         'primary', i.indisprimary,
         'partial', i.indpred IS NOT NULL,
         'expression', i.indexprs IS NOT NULL,
         'nullsNotDistinct', false,
         'constraint', (SELECT k.conname FROM pg_catalog.pg_constraint k
                        WHERE k.conindid = c.oid AND k.conrelid = t.oid
                          AND k.contype IN ('p', 'u', 'x')),
         'comment', pg_catalog.obj_description(c.oid, 'pg_class'))
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.relam
WHERE t.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"

-- name: views
SELECT json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'materialized', c.relkind = 'm',
         'definition', pg_catalog.pg_get_viewdef(c.oid, true),
         'owner', pg_catalog.pg_get_userbyid(c.relowner),
         'comment', pg_catalog.obj_description(c.oid, 'pg_class'))
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
