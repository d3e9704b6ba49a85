using System.Data.Common;
using System.Globalization;

namespace Monitor.Infrastructure.Storage;

/// <summary>
/// The store's logic in portable SQL, shared by <see cref="SqliteStore"/> and <see cref="PostgresStore"/>: both run exactly the same
/// statements (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>LIMIT</c>); only connections and schema migrations differ.
/// Times are stored as Unix milliseconds.
/// </summary>
public abstract partial class RelationalStore : IMonitorStore
{
    /// <inheritdoc/>
    public abstract string Provider { get; }

    /// <inheritdoc/>
    public int SchemaVersion { get; private set; }

    /// <summary>Gets the versioned migrations of this dialect, oldest first. Append to change the schema; never edit an applied one.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

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

    /// <summary>Applies pending migrations in one transaction and records the version.</summary>
    protected async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BeforeMigrateAsync(connection, transaction, cancellationToken);
        await ExecAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancellationToken);
        await using var read = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
        {
            throw new InvalidOperationException($"the {Provider} database has schema version {current}, newer than this build knows ({Migrations.Count}); run a newer Monitor");
        }

        for (var v = current; v < Migrations.Count; v++)
        {
            await ExecAsync(connection, transaction, Migrations[v], cancellationToken);
            await ExecAsync(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({(v + 1).ToString(CultureInfo.InvariantCulture)})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        SchemaVersion = Migrations.Count;
    }

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

    private static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static object ToUnixMs(DateTimeOffset? time) => time is { } t ? t.ToUnixTimeMilliseconds() : DBNull.Value;

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromUnixMs(reader.GetInt64(ordinal));
}
