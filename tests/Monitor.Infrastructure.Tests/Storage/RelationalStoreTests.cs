using Microsoft.Extensions.Time.Testing;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>What only a SQL store can meet: rows written by something else than the store (a bad payload, an old schema).</summary>
public abstract class RelationalStoreTests : StoreContractTests
{
    [Theory]
    [InlineData("not JSON at all")]
    [InlineData("{\"id\": 12")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"id\":\"x\",\"channelId\":\"crisis\"}")]
    [InlineData("{\"id\":\"x\",\"channelId\":\"crisis\",\"item\":{\"feedId\":\"feed-a\",\"key\":\"c1\"},\"hits\":[]}")]
    [InlineData("")]
    public async Task DispatchDueAsync_UnreadablePayload_ParksThatRowWithReasonAndEveryOtherRowFlows(string payload)
    {
        var time = new FakeTimeProvider(TestData.T0);
        var sink = new ScriptedSink(time, (_, _, _) => DeliveryOutcome.Delivered(1));
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis"), TestData.Alert("d1", "diplomatie") };
        await Store.CommitAsync(new PollCommit("feed-a", [], alerts, TestData.T0), CancellationToken.None);
        await ExecuteSqlAsync($"UPDATE outbox SET payload = '{payload.Replace("'", "''", StringComparison.Ordinal)}' WHERE alert_id = '{alerts[0].Id}'");
        var dispatcher = Dispatcher(time, sink, null, "crisis", "diplomatie");

        var first = await dispatcher.DispatchDueAsync(CancellationToken.None);
        var second = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchReport(2, 0, 0), first);
        Assert.Equal(new DispatchReport(0, 0, 0), second);
        Assert.Equal([alerts[1].Id], sink.Delivered("crisis"));
        Assert.Equal([alerts[2].Id], sink.Delivered("diplomatie"));
        var dead = Assert.Single(await Store.ListAsync(OutboxStatus.Dead, 10, CancellationToken.None));
        Assert.Equal((alerts[0].Id, "crisis", "c1"), (dead.Alert.Id, dead.Alert.ChannelId, dead.Alert.Item.Key));
        Assert.StartsWith("outbox payload is", dead.LastError, StringComparison.Ordinal);
        Assert.EndsWith("parked so the rest of the queue keeps flowing", dead.LastError, StringComparison.Ordinal);
    }

    /// <summary>Runs SQL on the store's database directly, as another program (or a bug) would.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);
}
