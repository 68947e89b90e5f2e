-- What the local fabric's supervisor asks a running compute to decide whether it is idle.
-- Sessions of monitoring tools (application_name pixetric-monitor) never count as activity.
-- Column 1: client sessions now; column 2: sessions established since the server started.

-- name: activity
SELECT (SELECT count(*)
        FROM pg_stat_activity
        WHERE pid <> pg_backend_pid()
          AND backend_type IN ('client backend', 'walsender')
          AND coalesce(application_name, '') <> 'pixetric-monitor') AS clients,
       (SELECT coalesce(sum(sessions), 0) FROM pg_stat_database) AS sessions

-- name: activity_13
-- Before PostgreSQL 14 there is no session counter: present sessions only.
SELECT (SELECT count(*)
        FROM pg_stat_activity
        WHERE pid <> pg_backend_pid()
          AND backend_type IN ('client backend', 'walsender')
          AND coalesce(application_name, '') <> 'pixetric-monitor') AS clients,
       -1 AS sessions
