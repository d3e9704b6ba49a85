using System.Data.Common;
using Microsoft.Data.Sqlite;
using Monitor.Infrastructure.Storage;
using Monitor.Infrastructure.Storage.Migrations;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Npgsql;

namespace Monitor.Infrastructure.Tests.Storage.Migrations;

/// <summary>The one schema history: both dialects end at the same version with the same tables, columns and indexes; old databases upgrade.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaMigrationsTests(PostgresServer server) : IAsyncLifetime
{
    /// <summary>PostgreSQL's whole schema as builds before the one history created it, recorded as version 1 (frozen here: never edit).</summary>
    private const string PostgresSingleStepDdl = """
        CREATE TABLE feed_state (
            feed_id TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0, last_error_kind TEXT,
            last_error TEXT, last_error_at BIGINT, last_success_at BIGINT, next_poll_at BIGINT);
        CREATE TABLE seen_items (
            feed_id TEXT NOT NULL, item_key TEXT NOT NULL, content_hash TEXT NOT NULL, first_seen_at BIGINT NOT NULL, PRIMARY KEY (feed_id, item_key));
        CREATE INDEX seen_items_first_seen ON seen_items (first_seen_at);
        CREATE TABLE outbox (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, alert_id TEXT NOT NULL UNIQUE, channel_id TEXT NOT NULL, feed_id TEXT, item_key TEXT,
            payload TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL, last_error TEXT, message_id TEXT, settled_at BIGINT);
        CREATE INDEX outbox_pending ON outbox (status, channel_id, seq);
        CREATE INDEX outbox_item ON outbox (feed_id, item_key);
        CREATE TABLE item_changes (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, feed_id TEXT NOT NULL, item_key TEXT NOT NULL, old_hash TEXT NOT NULL,
            new_hash TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, detected_at BIGINT NOT NULL);
        CREATE INDEX item_changes_item ON item_changes (feed_id, item_key);
        CREATE TABLE disabled_channels (channel_id TEXT PRIMARY KEY, reason TEXT NOT NULL, disabled_at BIGINT NOT NULL);
        """;

    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "monitor-migrations-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<string> schemas = [];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        foreach (var schema in schemas)
        {
            await server.DropSchemaAsync(schema);
        }
    }

    [Fact]
    public void All_NumberedFromOneWithoutGaps_EachStepWrittenForBothDialects()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.All.Count, SchemaMigrations.Latest);
        Assert.All(SchemaMigrations.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Name) || string.IsNullOrWhiteSpace(m.Sqlite) || string.IsNullOrWhiteSpace(m.Postgres)));
    }

    [Fact]
    public async Task OpenAsync_FreshSqliteAndPostgres_SameVersionTablesColumnsAndIndexes()
    {
        var path = Path.Combine(directory, "fresh.db");
        var connectionString = await NewSchemaAsync();
        await using var sqlite = await SqliteStore.OpenAsync(path, None);
        await using var postgres = await PostgresStore.OpenAsync(connectionString, None);

        var sqliteSchema = await SqliteSchemaAsync(path);
        Assert.Equal(SchemaMigrations.Latest, sqlite.SchemaVersion);
        Assert.Equal(sqlite.SchemaVersion, postgres.SchemaVersion);
        Assert.Equal(sqliteSchema, await PostgresSchemaAsync(connectionString));
        Assert.Contains("outbox.item_key text null", sqliteSchema);
        Assert.Contains("seen_items.feed_id text not null", sqliteSchema);
        Assert.Contains("index outbox_pending", sqliteSchema);
    }

    [Fact]
    public async Task OpenAsync_SqliteAtVersion1_UpgradesToLatestKeepingRows()
    {
        var path = Path.Combine(directory, "v1.db");
        await ExecSqliteAsync(path, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);" + SchemaMigrations.All[0].Sqlite
            + "INSERT INTO seen_items VALUES ('f', 'k', 'h', 1);");

        await using var store = await SqliteStore.OpenAsync(path, None);

        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Contains("k", (await store.FindSeenAsync("f", ["k"], None)).Keys);
        Assert.Equal(SchemaMigrations.Latest, await ScalarSqliteAsync(path, "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_PostgresAtVersion1OfTheOneHistory_AppliesTheRest()
    {
        var connectionString = await NewSchemaAsync();
        await ExecPostgresAsync(connectionString, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);" + SchemaMigrations.All[0].Postgres);

        await using var store = await PostgresStore.OpenAsync(connectionString, None);

        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Empty(await store.ListDisabledChannelsAsync(None));
        Assert.Equal(await SqliteSchemaAsync(await FreshSqliteAsync()), await PostgresSchemaAsync(connectionString));
    }

    [Fact]
    public async Task OpenAsync_PostgresFromTheOldSingleStepHistory_RecordedAsVersion2KeepingRows()
    {
        var connectionString = await NewSchemaAsync();
        var alert = TestData.Alert("a1", "crisis");
        await ExecPostgresAsync(
            connectionString,
            "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);" + PostgresSingleStepDdl
            + "INSERT INTO seen_items VALUES ('feed-a', 'a1', 'h', 1);"
            + "INSERT INTO disabled_channels VALUES ('regio', '404 Unknown Webhook (10015)', 1);"
            + $"INSERT INTO outbox (alert_id, channel_id, feed_id, item_key, payload, status, attempts, next_attempt_at, created_at) VALUES ('{alert.Id}', 'crisis', 'feed-a', 'a1', '{AlertSerializer.Serialize(alert).Replace("'", "''", StringComparison.Ordinal)}', 0, 0, 1, 1);");

        await using var store = await PostgresStore.OpenAsync(connectionString, None);

        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Equal(SchemaMigrations.Latest, await ScalarPostgresAsync(connectionString, "SELECT MAX(version) FROM schema_version"));
        Assert.Contains("a1", (await store.FindSeenAsync("feed-a", ["a1"], None)).Keys);
        Assert.Equal("404 Unknown Webhook (10015)", (await store.ListDisabledChannelsAsync(None))["regio"]);
        Assert.Equal(alert.Id, Assert.Single(await store.ListAsync(OutboxStatus.Pending, 10, None)).Alert.Id);
        Assert.Equal(await SqliteSchemaAsync(await FreshSqliteAsync()), await PostgresSchemaAsync(connectionString));
        await store.CommitAsync(new PollCommit("feed-a", [TestData.Item("a2")], [TestData.Alert("a2", "crisis")], TestData.T0), None);
    }

    [Fact]
    public async Task OpenAsync_SqliteAtVersion2_LastSeenStartsAtFirstSeenAndNothingAlertsAgain()
    {
        var path = Path.Combine(directory, "v2.db");
        var firstSeen = TestData.T0.AddDays(-30).ToUnixTimeMilliseconds();
        await ExecSqliteAsync(path, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1); INSERT INTO schema_version VALUES (2);"
            + SchemaMigrations.All[0].Sqlite + SchemaMigrations.All[1].Sqlite + $"INSERT INTO seen_items (feed_id, item_key, content_hash, first_seen_at) VALUES ('f', 'k', 'h', {firstSeen});");

        await using var store = await SqliteStore.OpenAsync(path, None);

        var entry = Assert.Single(await store.FindItemsAsync("k", "f", None));
        Assert.Equal(entry.FirstSeen, entry.LastSeen);
        Assert.Equal(TestData.T0.AddDays(-30), entry.LastSeen);
        Assert.Null(entry.Outcome);
        Assert.Equal("h", (await store.FindSeenAsync("f", ["k"], None))["k"].ContentHash);
    }

    [Fact]
    public async Task OpenAsync_PostgresAtVersion2_LastSeenStartsAtFirstSeen()
    {
        var connectionString = await NewSchemaAsync();
        var firstSeen = TestData.T0.AddDays(-30).ToUnixTimeMilliseconds();
        await ExecPostgresAsync(connectionString, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1); INSERT INTO schema_version VALUES (2);"
            + SchemaMigrations.All[0].Postgres + SchemaMigrations.All[1].Postgres + $"INSERT INTO seen_items (feed_id, item_key, content_hash, first_seen_at) VALUES ('f', 'k', 'h', {firstSeen});");

        await using var store = await PostgresStore.OpenAsync(connectionString, None);

        var entry = Assert.Single(await store.FindItemsAsync("k", null, None));
        Assert.Equal(TestData.T0.AddDays(-30), entry.LastSeen);
        Assert.Null(entry.Outcome);
    }

    /// <summary>SQLite's tables, columns (type affinity, nullability) and indexes, one normalised line each.</summary>
    private static async Task<List<string>> SqliteSchemaAsync(string path)
    {
        await using var connection = new SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        var lines = await ReadLinesAsync(
            connection,
            """
            SELECT m.name, p.name, p.type, p."notnull" = 0 AND p.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            """,
            r => $"{r.GetString(0)}.{r.GetString(1)} {NormaliseType(r.GetString(2))} {(r.GetBoolean(3) ? "null" : "not null")}");
        lines.AddRange(await ReadLinesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'", r => "index " + r.GetString(0)));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>PostgreSQL's tables, columns and indexes (besides those of primary keys and UNIQUE) in the store's schema, normalised like SQLite's.</summary>
    private static async Task<List<string>> PostgresSchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = await ReadLinesAsync(
            connection,
            "SELECT table_name, column_name, data_type, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = current_schema()",
            r => $"{r.GetString(0)}.{r.GetString(1)} {NormaliseType(r.GetString(2))} {(r.GetBoolean(3) ? "null" : "not null")}");
        lines.AddRange(await ReadLinesAsync(
            connection,
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'",
            r => "index " + r.GetString(0)));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ExecSqliteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarSqliteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecPostgresAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarPostgresAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> NewSchemaAsync()
    {
        var schema = "m_" + Guid.NewGuid().ToString("N")[..12];
        schemas.Add(schema);
        return await server.CreateSchemaAsync(schema);
    }

    private async Task<string> FreshSqliteAsync()
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N")[..8] + ".db");
        await using var store = await SqliteStore.OpenAsync(path, None);
        return path;
    }

    private static string NormaliseType(string type) => type.ToUpperInvariant() switch
    {
        "INTEGER" or "BIGINT" => "integer",
        "TEXT" => "text",
        var other => "unknown type " + other,
    };

    private static async Task<List<string>> ReadLinesAsync(DbConnection connection, string sql, Func<DbDataReader, string> line)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(line(reader));
        }

        return lines;
    }
}
