-- The registry of a local fabric (SQLite, one file per fabric), used by FabricRegistry.
-- Each "-- name:" line starts one statement. PRAGMA user_version holds the schema version;
-- a registry with a higher version than the program knows is never written to.
-- Times are milliseconds since the epoch, UTC.

-- name: wal
PRAGMA journal_mode = WAL

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
    auto_suspend_seconds INTEGER NOT NULL DEFAULT 300
)

-- name: create_operations
-- Long actions (create, reset, delete, start, suspend, import) with their progress, so that a
-- queue can be shown, retried, and recovered after a crash. state: pending, running, done,
-- failed, rolled_back.
CREATE TABLE operations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    branch_name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    progress REAL NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
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
       branch_time, protected, is_default, auto_suspend_seconds
FROM branches
ORDER BY id

-- name: select_setting
SELECT value FROM settings WHERE key = :key

-- name: upsert_setting
INSERT INTO settings (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
