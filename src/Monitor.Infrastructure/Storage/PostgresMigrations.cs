namespace Monitor.Infrastructure.Storage;

/// <summary>Versioned schema for PostgreSQL (same tables and columns as <see cref="SqliteMigrations"/>). Append a new entry to change the schema; never edit an applied one.</summary>
internal static class PostgresMigrations
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
            last_error_at BIGINT,
            last_success_at BIGINT,
            next_poll_at BIGINT
        );
        CREATE TABLE seen_items (
            feed_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen_at BIGINT NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX seen_items_first_seen ON seen_items (first_seen_at);
        CREATE TABLE outbox (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            alert_id TEXT NOT NULL UNIQUE,
            channel_id TEXT NOT NULL,
            feed_id TEXT,
            item_key TEXT,
            payload TEXT NOT NULL,
            status INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            last_error TEXT,
            message_id TEXT,
            settled_at BIGINT
        );
        CREATE INDEX outbox_pending ON outbox (status, channel_id, seq);
        CREATE INDEX outbox_item ON outbox (feed_id, item_key);
        CREATE TABLE item_changes (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            feed_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            old_hash TEXT NOT NULL,
            new_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            detected_at BIGINT NOT NULL
        );
        CREATE INDEX item_changes_item ON item_changes (feed_id, item_key);
        CREATE TABLE disabled_channels (
            channel_id TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            disabled_at BIGINT NOT NULL
        );
        """,
    ];
}
