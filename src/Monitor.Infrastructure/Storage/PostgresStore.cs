using System.Data.Common;
using Monitor.Infrastructure.Storage.Migrations;
using Npgsql;

namespace Monitor.Infrastructure.Storage;

/// <summary>PostgreSQL storage (Npgsql), for several Monitor nodes sharing state. Same tables and statements as <see cref="SqliteStore"/>.</summary>
public sealed class PostgresStore : RelationalStore
{
    // Any constant: nodes starting together serialise their migrations on this advisory lock.
    private const long MigrationLockKey = 0x4D6F6E69746F72;

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim leaderGate = new(1, 1);
    private NpgsqlConnection? leaderConnection;

    private PostgresStore(NpgsqlDataSource dataSource) => this.dataSource = dataSource;

    /// <inheritdoc/>
    public override string Provider => "postgres";

    /// <inheritdoc/>
    private protected override string Dialect(Migration migration) => migration.Postgres;

    /// <summary>Connects with <paramref name="connectionString"/> (a secret: never logged) and applies pending migrations.</summary>
    public static async Task<PostgresStore> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException)
        {
            // The message of the driver's exception may quote the connection string: do not pass it on.
            throw new ArgumentException("storage.connection is not a valid PostgreSQL connection string; use the form 'Host=…;Port=5432;Database=…;Username=…;Password=…'", nameof(connectionString));
        }

        var store = new PostgresStore(dataSource);
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }

        return store;
    }

    /// <inheritdoc/>
    public override async Task<string> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        // PostgreSQL has no PRAGMA integrity_check; what we can check cheaply is that every table answers and the outbox keys are unique.
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) - COUNT(DISTINCT alert_id) FROM outbox");
        var duplicates = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return duplicates == 0 ? "ok" : "outbox has duplicate alert ids";
    }

    /// <inheritdoc/>
    public override async Task<bool> TryLeadDispatchAsync(CancellationToken cancellationToken)
    {
        await leaderGate.WaitAsync(cancellationToken);
        try
        {
            if (leaderConnection is not null)
            {
                try
                {
                    // Still connected means still holding the lock.
                    await using var ping = new NpgsqlCommand("SELECT 1", leaderConnection);
                    await ping.ExecuteScalarAsync(cancellationToken);
                    return true;
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                {
                    await leaderConnection.DisposeAsync();
                    leaderConnection = null;
                }
            }

            var connection = await dataSource.OpenConnectionAsync(cancellationToken);

            // Keyed by schema, so separate Monitor installations sharing one database do not block each other.
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(1836019316, hashtext(current_schema()))", connection);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                leaderConnection = connection;
                return true;
            }

            await connection.DisposeAsync();
            return false;
        }
        finally
        {
            leaderGate.Release();
        }
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        if (leaderConnection is not null)
        {
            await leaderConnection.DisposeAsync();
        }

        leaderGate.Dispose();
        await dataSource.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <inheritdoc/>
    protected override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc/>
    /// <remarks>
    /// Two polls committing at once would take identity values in one order and commit in the other; the dispatcher could then send
    /// the later row first. A transaction-level advisory lock (per schema) makes sequence order equal commit order.
    /// </remarks>
    protected override async Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecAsync(connection, transaction, "SELECT pg_advisory_xact_lock(1836019317, hashtext(current_schema()))", cancellationToken);

    /// <inheritdoc/>
    protected override async Task BeforeMigrateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("@key", MigrationLockKey));

    /// <inheritdoc/>
    /// <remarks>
    /// Builds before the one history created PostgreSQL's whole schema (what SQLite reaches at version 2) in a single step recorded as
    /// version 1. Such a database has <c>disabled_channels</c>, which version 1 of the one history does not: it is at version 2.
    /// </remarks>
    protected override async Task<int> MapLegacyVersionAsync(DbConnection connection, DbTransaction transaction, int recorded, CancellationToken cancellationToken)
    {
        if (recorded != 1)
        {
            return recorded;
        }

        await using var command = Command(connection, transaction, "SELECT to_regclass('disabled_channels') IS NOT NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is true ? 2 : 1;
    }
}
