using System.Data.Common;
using System.Globalization;
using Monitor.Infrastructure.Storage.Migrations;

namespace Monitor.Infrastructure.Storage;

/// <summary>
/// The store's logic in portable SQL, shared by <see cref="SqliteStore"/> and <see cref="PostgresStore"/>: both run exactly the same
/// statements (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>LIMIT</c>); only connections and the dialect of each schema migration differ.
/// Times are stored as Unix milliseconds.
/// </summary>
public abstract partial class RelationalStore : IMonitorStore
{
    /// <inheritdoc/>
    public abstract string Provider { get; }

    /// <inheritdoc/>
    public int SchemaVersion { get; private set; }

    /// <inheritdoc/>
    public abstract Task<string> CheckIntegrityAsync(CancellationToken cancellationToken);

    /// <inheritdoc/>
    public virtual Task<bool> TryLeadDispatchAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Opens a connection ready for use.</summary>
    protected abstract Task<DbConnection> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the migrations inside their transaction (PostgreSQL takes a lock so two nodes never migrate at once).</summary>
    protected virtual Task BeforeMigrateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs first inside <see cref="CommitAsync"/>'s transaction. Outbox order is sequence order, so a row must never become visible
    /// after a row with a higher sequence: PostgreSQL serialises commits here (SQLite has one writer anyway).
    /// </summary>
    protected virtual Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies pending migrations of <see cref="SchemaMigrations"/> in this dialect, in one transaction, and records the version.</summary>
    protected async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BeforeMigrateAsync(connection, transaction, cancellationToken);
        await ExecAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancellationToken);
        await using var read = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var recorded = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var current = await MapLegacyVersionAsync(connection, transaction, recorded, cancellationToken);
        if (current != recorded)
        {
            await RecordVersionAsync(connection, transaction, current, cancellationToken);
        }

        if (current > SchemaMigrations.Latest)
        {
            throw new InvalidOperationException($"the {Provider} database has schema version {current}, newer than this build knows ({SchemaMigrations.Latest}); run a newer Monitor");
        }

        foreach (var migration in SchemaMigrations.All.Where(m => m.Version > current))
        {
            await ExecAsync(connection, transaction, Dialect(migration), cancellationToken);
            await RecordVersionAsync(connection, transaction, migration.Version, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        SchemaVersion = SchemaMigrations.Latest;
    }

    /// <summary>Returns the migration's body in this store's dialect.</summary>
    private protected abstract string Dialect(Migration migration);

    /// <summary>
    /// Translates a version recorded by an older build with its own history into <see cref="SchemaMigrations"/>' numbering
    /// (runs inside the migration transaction). The default: the numbers are the same.
    /// </summary>
    protected virtual Task<int> MapLegacyVersionAsync(DbConnection connection, DbTransaction transaction, int recorded, CancellationToken cancellationToken) =>
        Task.FromResult(recorded);

    /// <summary>Creates a command with positional-free named parameters (<c>@name</c>, given as pairs).</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    protected static async Task<int> ExecAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task<int> RecordVersionAsync(DbConnection connection, DbTransaction transaction, int version, CancellationToken cancellationToken) =>
        ExecAsync(connection, transaction, "INSERT INTO schema_version (version) VALUES (@version)", cancellationToken, ("@version", version));

    private static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static object ToUnixMs(DateTimeOffset? time) => time is { } t ? t.ToUnixTimeMilliseconds() : DBNull.Value;

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromUnixMs(reader.GetInt64(ordinal));
}
