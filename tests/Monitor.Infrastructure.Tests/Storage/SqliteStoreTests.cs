using Monitor.Infrastructure.Storage;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The storage contract on SQLite: one fresh database file per test.</summary>
public sealed class SqliteStoreTests : RelationalStoreTests
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "monitor-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task OpenAsync_SkeletonSchemaVersion1_MigratesToCurrentKeepingRows()
    {
        var path = Path.Combine(directory, "v1.db");
        Directory.CreateDirectory(directory);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                + SqliteMigrationsAccess.Version1
                + "INSERT INTO seen_items VALUES ('f', 'k', 'h', 1);";
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteStore.OpenAsync(path, CancellationToken.None);

        Assert.Equal(2, store.SchemaVersion);
        Assert.Contains("k", (await store.FindSeenAsync("f", ["k"], CancellationToken.None)).Keys);
    }

    protected override async Task<IMonitorStore> OpenStoreAsync() =>
        await SqliteStore.OpenAsync(Path.Combine(directory, "monitor.db"), CancellationToken.None);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(directory, "monitor.db"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override Task CleanupAsync()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
