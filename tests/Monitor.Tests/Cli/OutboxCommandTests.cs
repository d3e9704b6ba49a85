using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.TestKit;

namespace Monitor.Tests.Cli;

/// <summary><c>monitor outbox</c> and <c>monitor outbox retry</c> against a real SQLite database.</summary>
public sealed class OutboxCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory dir = new();
    private readonly string config;

    public OutboxCommandTests() => config = dir.Write("monitor.yaml", """
        feeds:
          - id: nieuws
            url: nieuws.xml
        channels:
          crisis: {}
        rules:
          - id: dijk
            category: water
            any: [dijk]
            channels: [crisis]
        storage:
          path: data/monitor.db
        """);

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Outbox_PendingAndDead_ListsBothWithReasonsAndDisabledChannels()
    {
        await SeedAsync(async (store, rows) =>
        {
            await store.ScheduleRetryAsync(rows[0].Sequence, Now.AddMinutes(1), "HTTP 503 Service Unavailable", default);
            await store.MarkDeadAsync(rows[1].Sequence, "HTTP 400: embeds.0.title: BASE_TYPE_MAX_LENGTH", Now, default);
            await store.DisableChannelAsync("crisis", "HTTP 404: Unknown Webhook (10015)", Now, default);
        });

        var result = await CliRunner.RunAsync("outbox", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pending (1):", result.Out, StringComparison.Ordinal);
        Assert.Contains("reason: HTTP 503 Service Unavailable", result.Out, StringComparison.Ordinal);
        Assert.Contains("dead (1):", result.Out, StringComparison.Ordinal);
        Assert.Contains("reason: HTTP 400: embeds.0.title: BASE_TYPE_MAX_LENGTH", result.Out, StringComparison.Ordinal);
        Assert.Contains("Dijk bij Lith verzwakt", result.Out, StringComparison.Ordinal);
        Assert.Contains("crisis", result.Out[result.Out.IndexOf("disabled channels (1):", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxRetryDead_DeadRows_RequeuesThemAndReenablesTheChannel()
    {
        await SeedAsync(async (store, rows) =>
        {
            await store.MarkDeadAsync(rows[0].Sequence, "HTTP 404: Unknown Webhook (10015)", Now, default);
            await store.MarkDeadAsync(rows[1].Sequence, "HTTP 404: Unknown Webhook (10015)", Now, default);
            await store.DisableChannelAsync("crisis", "HTTP 404: Unknown Webhook (10015)", Now, default);
        });

        var result = await CliRunner.RunAsync("outbox", "retry", "--dead", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("requeued 2 dead alert(s)", result.Out, StringComparison.Ordinal);
        await using var store = await SqliteStore.OpenAsync(dir.Path + "/data/monitor.db", default);
        Assert.Equal(2, (await store.ListAsync(OutboxStatus.Pending, 10, default)).Count);
        Assert.Empty(await store.ListDisabledChannelsAsync(default));
    }

    [Theory]
    [InlineData("1", 0, "requeued alert 1")]
    [InlineData("999", 1, "no pending or dead alert with id 999")]
    public async Task OutboxRetryId_KnownOrUnknownId_RequeuesOrExplains(string id, int exitCode, string expected)
    {
        await SeedAsync((store, rows) => store.MarkDeadAsync(rows[0].Sequence, "HTTP 403: Missing Permissions (50013)", Now, default));

        var result = await CliRunner.RunAsync("outbox", "retry", id, "--config", config);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(expected, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxRetry_NeitherIdNorDead_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("outbox", "retry", "--config", config);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("give either an id or --dead", result.Error, StringComparison.Ordinal);
    }

    private async Task SeedAsync(Func<IMonitorStore, IReadOnlyList<OutboxEntry>, Task> arrange)
    {
        await using var store = await SqliteStore.OpenAsync(dir.Path + "/data/monitor.db", default);
        var alerts = new[] { "Dijk bij Lith verzwakt", "Dijk bij Culemborg lekt" }.Select((title, i) =>
        {
            var item = new FeedItem("nieuws", "k" + i, title, string.Empty, string.Empty, null, Now);
            return new Alert(AlertId.For("nieuws", item.Key, "crisis"), "crisis", item, [new RuleHit("dijk", "water", Severity.High, []) { Channels = ["crisis"] }], Now);
        }).ToList();
        await store.CommitAsync(new PollCommit("nieuws", [.. alerts.Select(a => a.Item)], alerts, Now), default);
        await arrange(store, await store.ListAsync(OutboxStatus.Pending, 10, default));
    }
}
