using System.Data.Common;
using Microsoft.Data.Sqlite;
using Monitor.Infrastructure.Storage.Migrations;

namespace Monitor.Infrastructure.Storage;

/// <summary>SQLite storage (WAL mode, the default): item ledger, outbox and feed state in one file. Migrations run on open.</summary>
public sealed class SqliteStore : RelationalStore
{
    private readonly string connectionString;

    private SqliteStore(string connectionString) => this.connectionString = connectionString;

    /// <inheritdoc/>
    public override string Provider => "sqlite";

    /// <inheritdoc/>
    private protected override string Dialect(Migration migration) => migration.Sqlite;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        var store = new SqliteStore(builder.ToString());
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    /// <inheritdoc/>
    public override async Task<string> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "PRAGMA integrity_check");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <inheritdoc/>
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return base.DisposeAsync();
    }

    /// <inheritdoc/>
    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // synchronous=FULL: a committed transaction survives power loss too, not only a killed process.
        await ExecAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;", cancellationToken);
        return connection;
    }
}
