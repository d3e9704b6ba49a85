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

        // 2: change detection, gone destinations, and the item an alert came from (to edit its message later).
        """
        ALTER TABLE outbox ADD COLUMN feed_id TEXT;
        ALTER TABLE outbox ADD COLUMN item_key TEXT;
        CREATE INDEX outbox_item ON outbox (feed_id, item_key);
        CREATE INDEX seen_items_first_seen ON seen_items (first_seen_at);
        CREATE TABLE item_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            feed_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            old_hash TEXT NOT NULL,
            new_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            detected_at INTEGER NOT NULL
        );
        CREATE INDEX item_changes_item ON item_changes (feed_id, item_key);
        CREATE TABLE disabled_channels (
            channel_id TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            disabled_at INTEGER NOT NULL
        );
        """,
    ];
}
