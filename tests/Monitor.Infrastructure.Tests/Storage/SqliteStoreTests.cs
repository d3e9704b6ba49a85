using Monitor.Infrastructure.Storage;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The storage contract on SQLite: one fresh database file per test.</summary>
public sealed class SqliteStoreTests : RelationalStoreTests
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "monitor-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

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
