using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Gateway;
using Monitor.Discord.Interactions;
using Monitor.Discord.Models;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests.Gateway;

/// <summary>The Gateway client against the Gateway test server, which enforces the protocol; all time is the harness's fake clock.</summary>
public sealed class DiscordSocketClientTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(41_250);

    [Fact]
    public async Task StartAsync_ValidToken_IdentifiesWithGuildsIntentOnly()
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        Assert.Equal(1, h.Gateway.Identifies);
        Assert.Equal(1, h.Gateway.LastIntents);
        Assert.Equal("/gateway", h.Gateway.Connections[0].Path);
        Assert.Contains(h.Rest.Requests, r => r.Method == "GET" && r.Path == "/api/v10/gateway/bot");
    }

    [Fact]
    public async Task Heartbeat_AfterJitteredDelayThenEveryInterval_CarriesLastSequence()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        h.Time.Advance(Interval / 2);
        await h.Gateway.WaitForAsync(g => g.Heartbeats.Count == 1);
        Assert.True(await h.Acks.WaitAsync(TimeSpan.FromSeconds(15)), "the client never processed the ACK");
        h.Time.Advance(Interval);
        await h.Gateway.WaitForAsync(g => g.Heartbeats.Count == 2);

        Assert.Equal([1, 1], h.Gateway.Heartbeats); // READY was sequence 1
        Assert.Empty(h.Gateway.CloseCodes);
    }

    [Fact]
    public async Task InteractionCreated_SlashCommand_RaisedWithUserGuildChannelOptionsAndPermissions()
    {
        await using var h = await GatewayHarness.StartAsync();
        var received = new TaskCompletionSource<SocketInteraction>();
        h.Client.InteractionCreated += i =>
        {
            received.TrySetResult(i);
            return Task.CompletedTask;
        };
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        var sent = await h.Gateway.DispatchInteractionAsync(GatewayTestServer.SlashCommand(
            "subscribe",
            [new JsonObject { ["name"] = "keywords", ["type"] = 3, ["value"] = "invasie" }],
            permissions: "16"));
        var interaction = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(sent.Id, interaction.Id);
        Assert.True(interaction.IsSlashCommand);
        Assert.Equal("subscribe", interaction.CommandName);
        Assert.Equal("invasie", interaction.Option("keywords")?.AsString());
        Assert.Equal("555000000000000001", interaction.User?.Id);
        Assert.Equal("777000000000000001", interaction.GuildId);
        Assert.Equal("888000000000000001", interaction.ChannelId);
        Assert.True(interaction.HasPermission(DiscordPermissions.ManageChannels));
        Assert.False(interaction.HasPermission(DiscordPermissions.ManageGuild));
        Assert.Equal(sent.Token, interaction.Token.Reveal());
    }

    [Fact]
    public async Task InteractionCreated_WithDispatcher_AnsweredEphemerallyOverTheCallbackWithinThreeSeconds()
    {
        await using var h = await GatewayHarness.StartAsync();
        var answered = new TaskCompletionSource();
        var dispatcher = new InteractionDispatcher(
            new Monitor.Discord.Tests.Interactions.InteractionTestKit.DelegateHandler(async (i, r, ct) =>
            {
                await r.RespondAsync(new DiscordMessage { Content = $"Je volgt nu: {i.Option("keywords")?.AsString()}" }, ephemeral: true, ct);
                answered.SetResult();
            }),
            h.Api,
            h.Time,
            h.Services.GetRequiredService<ILogger<InteractionDispatcher>>());
        h.Client.InteractionCreated += i => dispatcher.DispatchAsync(i, new RestInteractionAcknowledger(h.Api), CancellationToken.None);
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        var sent = await h.Gateway.DispatchInteractionAsync(GatewayTestServer.SlashCommand("subscribe", [new JsonObject { ["name"] = "keywords", ["type"] = 3, ["value"] = "invasie" }]));
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(4, sent.CallbackType);
        Assert.True(sent.IsEphemeral);
        Assert.Equal("Je volgt nu: invasie", (string?)sent.Original?["content"]);
        Assert.True(sent.AcknowledgedAt <= sent.CreatedAt + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task DroppedConnection_Resumes_MissesNoInteraction()
    {
        await using var h = await GatewayHarness.StartAsync();
        var received = new TaskCompletionSource<SocketInteraction>();
        h.Client.InteractionCreated += i =>
        {
            received.TrySetResult(i);
            return Task.CompletedTask;
        };
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        h.Gateway.Drop();
        await h.WaitForPhaseAsync(GatewayPhase.Waiting);
        var missed = await h.Gateway.DispatchInteractionAsync(GatewayTestServer.SlashCommand("subscriptions"));
        h.Time.Advance(TimeSpan.FromSeconds(1)); // the first back-off: 1 s minus jitter
        var interaction = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        Assert.Equal(missed.Id, interaction.Id);
        Assert.Equal(1, h.Gateway.Resumes);
        Assert.Equal(1, h.Gateway.Identifies);
        Assert.Equal("/resume", h.Gateway.Connections[1].Path);
    }

    [Fact]
    public async Task ZombieConnection_NoHeartbeatAck_ClosesWithoutEndingSessionAndResumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);
        h.Gateway.IgnoreHeartbeats = true;

        h.Time.Advance(Interval / 2);
        await h.Gateway.WaitForAsync(g => g.Heartbeats.Count == 1);
        h.Time.Advance(Interval);
        await h.WaitForPhaseAsync(GatewayPhase.Waiting);
        h.Gateway.IgnoreHeartbeats = false;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        Assert.Equal(1, h.Gateway.Resumes);
        await h.Gateway.WaitForAsync(g => g.Connections[0].ClientCloseCode == 4900);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnResumeUrl()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        await h.Gateway.SendReconnectAsync();
        await h.Gateway.WaitForAsync(g => g.Resumes == 1);

        Assert.Equal("/resume", h.Gateway.Connections[^1].Path);
        Assert.Equal(1, h.Gateway.Identifies);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAnewAfterAWait()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        await h.Gateway.SendInvalidSessionAsync(resumable: false);
        await h.WaitForPhaseAsync(GatewayPhase.Waiting);
        h.Time.Advance(TimeSpan.FromSeconds(5)); // 1–5 s, and past the 5-second identify window
        await h.Gateway.WaitForAsync(g => g.Identifies == 2);

        Assert.Equal(0, h.Gateway.Resumes);
    }

    [Fact]
    public async Task BadToken_Close4004_StopsGatewayWithClearMessageWithoutTheToken()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Client.StartAsync(CancellationToken.None);
        await h.WaitForPhaseAsync(GatewayPhase.Running);

        await h.Gateway.CloseAsync(4004);
        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(GatewayPhase.Stopped, h.Client.Phase);
        Assert.Contains("discord.bot_token", h.Client.FatalReason, StringComparison.Ordinal);
        var logs = string.Join('\n', h.Logs.GetSnapshot().Select(r => r.Message));
        Assert.Contains("4004", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Token, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadToken_UnknownToGatewayBot_StopsGatewayWithoutConnecting()
    {
        await using var h = await GatewayHarness.StartAsync(validToken: false);

        await h.Client.StartAsync(CancellationToken.None);
        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Contains("discord.bot_token", h.Client.FatalReason, StringComparison.Ordinal);
        Assert.Empty(h.Gateway.Connections);
        Assert.DoesNotContain(h.Token, string.Join('\n', h.Logs.GetSnapshot().Select(r => r.Message)), StringComparison.Ordinal);
    }
}
