-- The query history database (SQLite), used by QueryHistory. Each "-- name:" line starts one
-- statement, which QueryHistory runs by that name. Times are milliseconds since the epoch,
-- UTC; duration_ms and row_count are -1 when unknown; error is empty for a statement that
-- succeeded. search_key holds the SQL, connection and database case-folded (and NFKC
-- normalized), because SQLite's own LIKE and lower() fold ASCII letters only.

-- name: wal
PRAGMA journal_mode = WAL

-- name: synchronous
PRAGMA synchronous = NORMAL

-- name: create_table
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT -1,
    row_count INTEGER NOT NULL DEFAULT -1,
    connection TEXT NOT NULL DEFAULT '',
    database TEXT NOT NULL DEFAULT '',
    sql TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL
)

-- name: create_index
CREATE INDEX IF NOT EXISTS history_started_at ON history (started_at DESC, id DESC)

-- name: insert
INSERT INTO history (started_at, duration_ms, row_count, connection, database, sql, error, search_key)
VALUES (:started_at, :duration_ms, :row_count, :connection, :database, :sql, :error, :search_key)

-- name: trim
DELETE FROM history
WHERE id IN (SELECT id FROM history ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET :keep)

-- name: search
SELECT id, started_at, duration_ms, row_count, connection, database, sql, error
FROM history
WHERE instr(search_key, :needle) > 0
ORDER BY started_at DESC, id DESC
LIMIT :limit

-- name: delete
DELETE FROM history WHERE id = :id

-- name: clear
DELETE FROM history

-- name: count
SELECT count(*) FROM history
