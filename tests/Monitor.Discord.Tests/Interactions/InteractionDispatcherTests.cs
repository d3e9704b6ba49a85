using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Interactions;
using Monitor.Discord.Tests.Gateway;
using Monitor.TestKit.Discord;
using static Monitor.Discord.Tests.Interactions.InteractionTestKit;

namespace Monitor.Discord.Tests.Interactions;

public sealed class InteractionDispatcherTests
{
    [Fact]
    public async Task DispatchAsync_FastHandler_AnswersWithoutDeferring()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var dispatcher = Dispatcher(h, (_, r, ct) => r.RespondAsync(Text("Je volgt 1 onderwerp."), ephemeral: true, ct));

        await dispatcher.DispatchAsync(interaction, new RestInteractionAcknowledger(h.Api), CancellationToken.None);

        Assert.Equal(4, record.CallbackType);
    }

    [Fact]
    public async Task DispatchAsync_SlowHandler_DefersEphemerallyWithinDeadlineThenFillsInOriginal()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var release = new TaskCompletionSource();
        var dispatcher = Dispatcher(h, async (_, r, ct) =>
        {
            await release.Task;
            await r.RespondAsync(Text("Abonnement 7 toegevoegd."), ephemeral: true, ct);
        });
        var acknowledger = new ReportingAcknowledger(new RestInteractionAcknowledger(h.Api));

        var dispatch = dispatcher.DispatchAsync(interaction, acknowledger, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var callback = await acknowledger.Acknowledged.WaitAsync(TimeSpan.FromSeconds(15));
        release.SetResult();
        await dispatch.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(5, (int?)callback["type"]);
        Assert.True(record.IsEphemeral);
        Assert.True(record.AcknowledgedAt <= record.CreatedAt + TimeSpan.FromSeconds(3));
        Assert.Equal("Abonnement 7 toegevoegd.", (string?)record.Original?["content"]);
        Assert.Equal(1, record.AcknowledgeAttempts);
    }

    [Fact]
    public async Task DispatchAsync_HandlerThrows_UserGetsEphemeralErrorAndLogHasIt()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var dispatcher = Dispatcher(h, (_, _, _) => throw new InvalidOperationException("database weg"));

        await dispatcher.DispatchAsync(interaction, new RestInteractionAcknowledger(h.Api), CancellationToken.None);

        Assert.Equal(4, record.CallbackType);
        Assert.True(record.IsEphemeral);
        Assert.Contains("could not handle", (string?)record.Original?["content"], StringComparison.Ordinal);
        Assert.Contains(h.Logs.GetSnapshot(), l => l.Level == LogLevel.Error && l.Exception?.Message == "database weg");
    }

    [Fact]
    public async Task DispatchAsync_HandlerReturnsWithoutAnswer_UserStillGetsAnAnswer()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var dispatcher = Dispatcher(h, (_, _, _) => Task.CompletedTask);

        await dispatcher.DispatchAsync(interaction, new RestInteractionAcknowledger(h.Api), CancellationToken.None);

        Assert.Equal(4, record.CallbackType);
        Assert.Contains("no answer", (string?)record.Original?["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_SlowAutocomplete_AnswersWithNoChoicesInTime()
    {
        await using var h = await GatewayHarness.StartAsync();
        var body = GatewayTestServer.SlashCommand("subscribe", [new System.Text.Json.Nodes.JsonObject { ["name"] = "rule", ["type"] = 3, ["value"] = "oor", ["focused"] = true }]);
        body["type"] = 4;
        var interaction = Create(h.Rest, out var record, body);
        var release = new TaskCompletionSource();
        var dispatcher = Dispatcher(h, async (i, r, ct) =>
        {
            Assert.Equal("rule", i.FocusedOption?.Name);
            await release.Task;
            await r.AutocompleteAsync([new AutocompleteChoice("oorlog", "oorlog")], ct);
        });
        var acknowledger = new ReportingAcknowledger(new RestInteractionAcknowledger(h.Api));

        var dispatch = dispatcher.DispatchAsync(interaction, acknowledger, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await acknowledger.Acknowledged.WaitAsync(TimeSpan.FromSeconds(15));
        release.SetResult();
        await dispatch.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(8, record.CallbackType);
        Assert.Empty(record.Callback!["data"]!["choices"]!.AsArray());
        Assert.Equal(1, record.AcknowledgeAttempts);
    }

    private static InteractionDispatcher Dispatcher(GatewayHarness h, Func<SocketInteraction, InteractionResponder, CancellationToken, Task> handle) =>
        new(new DelegateHandler(handle), h.Api, h.Time, h.Services.GetRequiredService<ILogger<InteractionDispatcher>>());
}
