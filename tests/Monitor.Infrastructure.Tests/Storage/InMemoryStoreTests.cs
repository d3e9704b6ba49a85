using Monitor.TestKit.Fakes;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The storage contract on the test kit's <see cref="InMemoryStore"/>: it must behave like the SQL stores it stands in for.</summary>
public sealed class InMemoryStoreTests : StoreContractTests<InMemoryStore>
{
    // Reopening finds the same "database", as a file or a schema would.
    private readonly InMemoryStore database = new();

    /// <inheritdoc/>
    protected override string StoreName => "memory";

    /// <inheritdoc/>
    protected override Task<InMemoryStore> OpenStoreAsync() => Task.FromResult(database);

    /// <inheritdoc/>
    protected override Task CleanupAsync() => Task.CompletedTask;
}
