namespace Monitor.Infrastructure.Storage.Migrations;

/// <summary>
/// The one schema history of both stores. Append a new <see cref="Migration"/> (next version, both dialects) to change the schema; never
/// edit an applied one. Both dialects must end with the same tables and columns (a test compares them).
/// </summary>
/// <remarks>
/// Types differ only where the dialects do: times are Unix milliseconds (SQLite <c>INTEGER</c>, PostgreSQL <c>BIGINT</c>), identities are
/// <c>INTEGER PRIMARY KEY AUTOINCREMENT</c> in SQLite and <c>BIGINT GENERATED ALWAYS AS IDENTITY</c> in PostgreSQL.
/// </remarks>
internal static class SchemaMigrations
{
    /// <summary>Gets every migration, oldest first; <c>All[i].Version == i + 1</c>.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(
            1,
            "feed state, seen items, outbox",
            Sqlite: """
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
            Postgres: """
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
                CREATE TABLE outbox (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    alert_id TEXT NOT NULL UNIQUE,
                    channel_id TEXT NOT NULL,
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
                """),
        new(
            2,
            "change detection, disabled channels, the item an alert came from (to edit its message later)",
            Sqlite: """
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
            Postgres: """
                ALTER TABLE outbox ADD COLUMN feed_id TEXT;
                ALTER TABLE outbox ADD COLUMN item_key TEXT;
                CREATE INDEX outbox_item ON outbox (feed_id, item_key);
                CREATE INDEX seen_items_first_seen ON seen_items (first_seen_at);
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
                """),
        new(
            3,
            "the ledger forgets by last sight, and keeps each item's outcome and text (for 'monitor why' and backtests)",
            Sqlite: LedgerBySightDdl("INTEGER"),
            Postgres: LedgerBySightDdl("BIGINT")),
    ];

    /// <summary>Gets the version the newest migration leads to.</summary>
    public static int Latest => All[^1].Version;

    // Step 3 differs between the dialects only in the type of its times (Unix milliseconds).
    private static string LedgerBySightDdl(string timeType) => $"""
        ALTER TABLE seen_items ADD COLUMN last_seen_at {timeType};
        UPDATE seen_items SET last_seen_at = first_seen_at;
        ALTER TABLE seen_items ADD COLUMN outcome TEXT;
        ALTER TABLE seen_items ADD COLUMN rule_ids TEXT;
        ALTER TABLE seen_items ADD COLUMN title TEXT;
        ALTER TABLE seen_items ADD COLUMN summary TEXT;
        ALTER TABLE seen_items ADD COLUMN link TEXT;
        ALTER TABLE seen_items ADD COLUMN published_at {timeType};
        CREATE INDEX seen_items_last_seen ON seen_items (last_seen_at);
        CREATE INDEX seen_items_link ON seen_items (link);
        """;
}
