using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;

namespace Monitor.Infrastructure.Storage;

/// <summary>
/// Monitor's durable state in one database: the item ledger, the outbox and per-feed state. SQLite by default, PostgreSQL for clusters.
/// The store implements every port; each stage depends only on its own (<see cref="IItemLedger"/>, <see cref="IFeedStateStore"/>,
/// <see cref="IOutboxQueue"/> for the dispatcher, <see cref="IOutboxAdmin"/> for operators, <see cref="IDispatchLeadership"/> for the dispatch loops). Only the host and the CLI that open the store see this type.
/// </summary>
public interface IMonitorStore : IItemLedger, IItemHistory, IOutboxQueue, IOutboxAdmin, IFeedStateStore, IDispatchLeadership, IAsyncDisposable
{
    /// <summary>Gets the provider name, for logs (<c>sqlite</c> or <c>postgres</c>).</summary>
    string Provider { get; }

    /// <summary>Gets the schema version after migrations ran.</summary>
    int SchemaVersion { get; }

    /// <summary>Runs the database's own consistency check; returns <c>ok</c> or what is wrong.</summary>
    Task<string> CheckIntegrityAsync(CancellationToken cancellationToken);
}
