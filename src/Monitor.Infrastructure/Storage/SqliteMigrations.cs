namespace Monitor.Infrastructure.Storage;

/// <summary>Versioned schema for SQLite. Append a new entry to change the schema; never edit an applied one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE feed_state (
            feed_id TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_error_kind TEXT,
            last_error TEXT,
            last_error_at INTEGER,
            last_success_at INTEGER,
            next_poll_at INTEGER
        );
        CREATE TABLE seen_items (
            feed_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen_at INTEGER NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        );
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            alert_id TEXT NOT NULL UNIQUE,
            channel_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            status INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            last_error TEXT,
            message_id TEXT,
            settled_at INTEGER
        );
        CREATE INDEX outbox_pending ON outbox (status, channel_id, seq);
        """,
    ];
}
