using Monitor.Infrastructure.Storage;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The storage contract on PostgreSQL: one fresh schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : RelationalStoreTests
{
    private readonly string schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    private string? connectionString;

    [Fact]
    public async Task TryLeadDispatchAsync_TwoNodes_OneLeadsUntilItGoesAway()
    {
        await using var other = await OpenStoreAsync();

        Assert.True(await Store.TryLeadDispatchAsync(CancellationToken.None));
        Assert.True(await Store.TryLeadDispatchAsync(CancellationToken.None));
        Assert.False(await other.TryLeadDispatchAsync(CancellationToken.None));

        await Store.DisposeAsync();
        Store = await OpenStoreAsync();

        Assert.True(await other.TryLeadDispatchAsync(CancellationToken.None));
        Assert.False(await Store.TryLeadDispatchAsync(CancellationToken.None));
    }

    protected override async Task<IMonitorStore> OpenStoreAsync()
    {
        connectionString ??= await server.CreateSchemaAsync(schema);
        return await PostgresStore.OpenAsync(connectionString, CancellationToken.None);
    }

    protected override Task CleanupAsync() => server.DropSchemaAsync(schema);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
