-- The registry of a local fabric (SQLite, one file per fabric), used by FabricRegistry.
-- Each "-- name:" line starts one statement. PRAGMA user_version holds the schema version;
-- a registry with a higher version than the program knows is never written to.
-- Times are milliseconds since the epoch, UTC.

-- name: wal
PRAGMA journal_mode = WAL

-- name: synchronous
-- In WAL mode NORMAL never corrupts the file and keeps every commit through a crash or kill of
-- the program; only a power cut may lose the last commits, which the journal's recovery and
-- the orphan sweep on the next opening make good. FULL would add an fsync to each of the
-- dozen small commits of an action.
PRAGMA synchronous = NORMAL

-- name: foreign_keys
PRAGMA foreign_keys = ON

-- name: busy_timeout
PRAGMA busy_timeout = 5000

-- name: read_version
PRAGMA user_version

-- name: set_version_1
PRAGMA user_version = 1

-- name: create_branches
-- One row per branch. port and socket directory stay the same for the branch's whole life
-- (its stable endpoint). state: creating, ready, failed, deleting. compute: running,
-- suspended, starting, stopping, failed. clone_method: initdb, import, reflink, copy,
-- basebackup.
CREATE TABLE branches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    parent_id INTEGER REFERENCES branches (id) ON DELETE RESTRICT,
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'creating',
    compute TEXT NOT NULL DEFAULT 'suspended',
    port INTEGER NOT NULL UNIQUE,
    data_dir TEXT NOT NULL UNIQUE,
    clone_method TEXT NOT NULL DEFAULT '',
    branch_lsn TEXT NOT NULL DEFAULT '',
    branch_time INTEGER NOT NULL DEFAULT 0,
    protected INTEGER NOT NULL DEFAULT 0,
    is_default INTEGER NOT NULL DEFAULT 0,
    auto_suspend_seconds INTEGER NOT NULL DEFAULT 300,
    -- When a client was last seen on the compute (for auto-suspend), ms since the epoch.
    last_active_at INTEGER NOT NULL DEFAULT 0,
    -- Why the compute failed, when it did.
    compute_message TEXT NOT NULL DEFAULT ''
)

-- name: create_operations
-- Long actions (create, reset, delete, start, suspend, import) with their progress, so that a
-- queue can be shown, retried, and recovered after a crash. state: pending, running, done,
-- failed, rolled_back.
CREATE TABLE operations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    branch_name TEXT NOT NULL,
    -- What a retry needs (the parent of a create, the new name of a rename), one per line.
    arguments TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    progress REAL NOT NULL DEFAULT 0,
    step TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    -- The process that runs it (for recovery diagnostics).
    pid INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)

-- name: create_journal
-- The steps of a multi-step operation, written before each step starts, so that opening the
-- fabric after a crash can finish or undo it.
CREATE TABLE journal (
    operation_id INTEGER NOT NULL REFERENCES operations (id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    action TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, step)
)

-- name: create_settings
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)

-- name: insert_branch
INSERT INTO branches (name, parent_id, created_at, state, compute, port, data_dir, clone_method,
                      branch_lsn, branch_time, protected, is_default)
VALUES (:name, :parent_id, :created_at, :state, :compute, :port, :data_dir, :clone_method,
        :branch_lsn, :branch_time, :protected, :is_default)

-- name: select_branches
SELECT id, name, parent_id, created_at, state, compute, port, data_dir, clone_method, branch_lsn,
       branch_time, protected, is_default, auto_suspend_seconds, last_active_at, compute_message
FROM branches
ORDER BY id

-- name: update_branch
UPDATE branches
SET name = :name, parent_id = :parent_id, state = :state, compute = :compute, data_dir = :data_dir,
    clone_method = :clone_method, branch_lsn = :branch_lsn, branch_time = :branch_time,
    protected = :protected, is_default = :is_default, auto_suspend_seconds = :auto_suspend_seconds,
    last_active_at = :last_active_at, compute_message = :compute_message
WHERE id = :id

-- name: clear_default
UPDATE branches SET is_default = 0 WHERE is_default <> 0

-- name: set_default
UPDATE branches SET is_default = 1 WHERE id = :id

-- name: delete_branch
DELETE FROM branches WHERE id = :id

-- name: insert_operation
INSERT INTO operations (kind, branch_name, arguments, state, created_at, updated_at, pid)
VALUES (:kind, :branch_name, :arguments, :state, :created_at, :updated_at, :pid)

-- name: update_operation
UPDATE operations
SET state = :state, progress = :progress, step = :step, error = :error, updated_at = :now, pid = :pid
WHERE id = :id

-- name: select_operations
SELECT id, kind, branch_name, arguments, state, progress, step, error, created_at, updated_at
FROM operations
ORDER BY id DESC
LIMIT :limit

-- name: select_operation
SELECT id, kind, branch_name, arguments, state, progress, step, error, created_at, updated_at
FROM operations
WHERE id = :id

-- name: select_operations_in_state
SELECT id, kind, branch_name, arguments, state, progress, step, error, created_at, updated_at
FROM operations
WHERE state = :state
ORDER BY id

-- name: prune_operations
-- Keeps the newest thousand finished operations.
DELETE FROM operations
WHERE state IN ('done', 'failed', 'rolled_back')
  AND id < (SELECT coalesce(min(id), 0) FROM (SELECT id FROM operations ORDER BY id DESC LIMIT 1000))

-- name: insert_journal
INSERT INTO journal (operation_id, step, action, payload)
VALUES (:operation_id, (SELECT coalesce(max(step), 0) + 1 FROM journal WHERE operation_id = :same_operation),
        :action, :payload)

-- name: select_journal
SELECT step, action, payload FROM journal WHERE operation_id = :operation_id ORDER BY step

-- name: delete_journal
DELETE FROM journal WHERE operation_id = :operation_id

-- name: select_setting
SELECT value FROM settings WHERE key = :key

-- name: upsert_setting
INSERT INTO settings (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
