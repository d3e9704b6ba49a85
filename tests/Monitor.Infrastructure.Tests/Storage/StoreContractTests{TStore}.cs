using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;
using Monitor.TestKit.Fakes;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>
/// The one storage contract. Every test here runs against SQLite (<see cref="SqliteStoreTests"/>), PostgreSQL
/// (<see cref="PostgresStoreTests"/>) and the test kit's in-memory store (<see cref="InMemoryStoreTests"/>); a store passes only if it
/// behaves the same, so pipeline tests on the in-memory store mean what they would on SQLite.
/// </summary>
/// <typeparam name="TStore">The store type: it serves every storage port.</typeparam>
public abstract partial class StoreContractTests<TStore> : IAsyncLifetime
    where TStore : IItemLedger, IItemHistory, IOutboxQueue, IOutboxAdmin, IFeedStateStore
{
    /// <summary>No cancellation.</summary>
    protected static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Gets or sets the store under test (fresh and migrated).</summary>
    protected TStore Store { get; set; } = default!;

    /// <summary>Gets the store's name for reports (<c>sqlite</c>, <c>postgres</c>, <c>memory</c>).</summary>
    protected abstract string StoreName { get; }

    /// <inheritdoc/>
    public async Task InitializeAsync() => Store = await OpenStoreAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await CloseStoreAsync();
        await CleanupAsync();
    }

    [Fact]
    public async Task OpenAsync_Reopened_KeepsData()
    {
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("a1")], [TestData.Alert("a1", "crisis")], TestData.T0), None);
        await CloseStoreAsync();

        Store = await OpenStoreAsync();

        Assert.Single(await Store.FindSeenAsync("feed-a", ["a1"], None));
        Assert.Single(await Store.ListAsync(OutboxStatus.Pending, 10, None));
    }

    [Fact]
    public async Task CommitAsync_ItemsAndAlerts_BothWrittenAndSeenIsPerFeed()
    {
        var items = new[] { TestData.Item("a1"), TestData.Item("a2") };
        await Store.CommitAsync(new PollCommit("feed-a", items, [TestData.Alert(items[0], "crisis")], TestData.T0), None);

        var seen = await Store.FindSeenAsync("feed-a", ["a1", "a2", "a3"], None);
        var otherFeed = await Store.FindSeenAsync("feed-b", ["a1"], None);
        var due = await Store.GetDueAsync(TestData.T0, 10, None);

        Assert.Equal(["a1", "a2"], seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ContentHash.Of(items[0]), seen["a1"].ContentHash);
        Assert.Empty(otherFeed);
        var entry = Assert.Single(due);
        Assert.Equal(TestData.Alert(items[0], "crisis").Id, entry.Alert.Id);
        Assert.Equal("Kabinet overlegt over gasprijs", entry.Alert.Item.Title);
        Assert.Equal((TestData.T0, 0, OutboxStatus.Pending), (entry.CreatedAt, entry.Attempts, entry.Status));
    }

    [Fact]
    public async Task CommitAsync_FailsHalfway_NeitherItemsNorAlertsAreWritten()
    {
        var good = TestData.Alert("a1", "crisis");
        var broken = good with { Id = "broken", ChannelId = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("a1")], [good, broken], TestData.T0), None));

        Assert.Empty(await Store.FindSeenAsync("feed-a", ["a1"], None));
        Assert.Empty(await Store.ListAsync(OutboxStatus.Pending, 10, None));
    }

    [Fact]
    public async Task CommitAsync_SameAlertTwice_QueuedOnce()
    {
        var alert = TestData.Alert("a1", "crisis");
        await Store.CommitAsync(new PollCommit("feed-a", [alert.Item], [alert], TestData.T0), None);
        await Store.CommitAsync(new PollCommit("feed-a", [alert.Item], [alert], TestData.T0.AddMinutes(1)), None);

        Assert.Single(await Store.ListAsync(OutboxStatus.Pending, 10, None));
    }

    [Fact]
    public async Task CommitAsync_ChangedItem_UpdatesHashAndRecordsChangeWithOldHash()
    {
        var before = TestData.Item("a1", title: "Brand in loods");
        var after = before with { Title = "Grote brand in loods Rotterdam" };
        await Store.CommitAsync(new PollCommit("feed-a", [before], [], TestData.T0), None);

        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0.AddMinutes(5)) { ChangedItems = [after] }, None);

        var change = Assert.Single(await Store.ListChangesAsync("feed-a", 10, None));
        Assert.Equal(new ItemChange("feed-a", "a1", ContentHash.Of(before), ContentHash.Of(after), after.Title, after.Summary, TestData.T0.AddMinutes(5)), change);
        Assert.Equal(ContentHash.Of(after), (await Store.FindSeenAsync("feed-a", ["a1"], None))["a1"].ContentHash);
        Assert.Empty(await Store.ListAsync(OutboxStatus.Pending, 10, None));
    }

    [Theory]
    [InlineData("an item never seen", "nieuw", "Brand in loods")]
    [InlineData("a seen item whose text did not change", "a1", "Brand in loods")]
    public async Task CommitAsync_ChangedItemThatIsNoChange_RecordsNothing(string name, string key, string title)
    {
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("a1", title: "Brand in loods")], [], TestData.T0), None);

        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0.AddMinutes(5)) { ChangedItems = [TestData.Item(key, title: title)] }, None);

        Assert.True((await Store.ListChangesAsync("feed-a", 10, None)).Count == 0, name);
        Assert.Empty(await Store.FindSeenAsync("feed-a", ["nieuw"], None));
    }

    [Fact]
    public async Task ListChangesAsync_TwoChanges_NewestFirstUpToTheLimit()
    {
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("a1", title: "Brand in loods")], [], TestData.T0), None);
        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0.AddMinutes(5)) { ChangedItems = [TestData.Item("a1", title: "Grote brand in loods")] }, None);
        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0.AddMinutes(9)) { ChangedItems = [TestData.Item("a1", title: "Brand in loods onder controle")] }, None);

        Assert.Equal(["Brand in loods onder controle", "Grote brand in loods"], (await Store.ListChangesAsync("feed-a", 10, None)).Select(c => c.Title));
        Assert.Equal(["Brand in loods onder controle"], (await Store.ListChangesAsync("feed-a", 1, None)).Select(c => c.Title));
    }

    [Fact]
    public async Task CommitAsync_EightFeedsAtOnce_AllCommitsLand()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(f => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var item = TestData.Item("k" + i, feed: "feed-" + f);
                await Store.CommitAsync(new PollCommit(item.FeedId, [item], [TestData.Alert(item, "crisis")], TestData.T0), None);
            }
        })));

        Assert.Equal(80, (await Store.ListAsync(OutboxStatus.Pending, 1000, None)).Count);
    }

    [Fact]
    public async Task PruneAsync_OldRows_RemovesSeenAndSentButKeepsPendingAndDead()
    {
        var old = TestData.T0.AddDays(-100);
        var alerts = new[] { TestData.Alert("s", "crisis"), TestData.Alert("p", "crisis"), TestData.Alert("d", "crisis") };
        await Store.CommitAsync(new PollCommit("feed-a", [.. alerts.Select(a => a.Item)], alerts, old), None);
        var rows = await Store.ListAsync(OutboxStatus.Pending, 10, None);
        await Store.MarkSentAsync([rows[0].Sequence], "m1", old, None);
        await Store.MarkDeadAsync(rows[2].Sequence, "400 Bad Request", old, None);
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("recent")], [], TestData.T0), None);

        var removed = await Store.PruneAsync(TestData.T0.AddDays(-90), None);

        Assert.Equal(4, removed);
        Assert.Equal(["recent"], (await Store.FindSeenAsync("feed-a", ["s", "p", "d", "recent"], None)).Keys);
        Assert.Single(await Store.ListAsync(OutboxStatus.Pending, 10, None));
        Assert.Single(await Store.ListAsync(OutboxStatus.Dead, 10, None));
        Assert.Empty(await Store.ListAsync(OutboxStatus.Sent, 10, None));
    }

    [Fact]
    public async Task SaveAsync_FeedState_RoundTripsIncludingNulls()
    {
        var state = new FeedState("feed-a") { ETag = "\"abc\"", ConsecutiveFailures = 3, LastError = "503", LastErrorAt = TestData.T0, NextPollAt = TestData.T0.AddMinutes(5) };
        await Store.SaveAsync(state, None);
        await Store.SaveAsync(state with { ConsecutiveFailures = 4 }, None);

        Assert.Equal(state with { ConsecutiveFailures = 4 }, await Store.GetAsync("feed-a", None));
        Assert.Equal(new FeedState("nieuw"), await Store.GetAsync("nieuw", None));
        Assert.Single(await Store.ListAsync(None));
    }

    /// <summary>Opens the store (again, on the same database, when called twice).</summary>
    protected abstract Task<TStore> OpenStoreAsync();

    /// <summary>Closes the store (as a process exit would); the database stays for <see cref="OpenStoreAsync"/>.</summary>
    protected async Task CloseStoreAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>Removes what the test created.</summary>
    protected abstract Task CleanupAsync();

    /// <summary>A dispatcher on <see cref="Store"/> with the given channels.</summary>
    protected OutboxDispatcher Dispatcher(FakeTimeProvider time, IAlertSink sink, string? admin, params string[] channels)
    {
        var snapshots = FixedSnapshotSource.Create(channels: channels, adminChannel: admin);
        return new OutboxDispatcher(Store, [sink], snapshots, time, NullLogger<OutboxDispatcher>.Instance, new AdminAlertQueue(Store));
    }
}
