using System.Text.Json.Nodes;
using Monitor.Discord.Rest;
using Monitor.Discord.Tests.Gateway;
using Monitor.Discord.Tests.Interactions;

namespace Monitor.Discord.Tests.TestServer;

/// <summary>The REST double keeps Discord's interaction rules, so the client's "one acknowledgement within 3 s" is really tested.</summary>
public sealed class DiscordTestServerInteractionTests
{
    [Fact]
    public async Task Callback_SecondAcknowledgement_Gets40060()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = InteractionTestKit.Create(h.Rest, out _);
        var pong = new JsonObject { ["type"] = 5 };
        await h.Api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, pong, CancellationToken.None);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, pong, CancellationToken.None));

        Assert.Equal((400, 40060), (error.Status, error.Code));
        Assert.DoesNotContain(interaction.Token.Reveal(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_AfterThreeSeconds_GetsUnknownInteraction()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = InteractionTestKit.Create(h.Rest, out _);
        h.Time.Advance(TimeSpan.FromSeconds(3.5));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, new JsonObject { ["type"] = 5 }, CancellationToken.None));

        Assert.Equal((404, 10062), (error.Status, error.Code));
    }

    [Fact]
    public async Task OpenDm_SameUserTwice_SameChannelTheBotCanPostIn()
    {
        await using var h = await GatewayHarness.StartAsync();
        var token = new Monitor.Domain.Channels.Secret(h.Token);

        var first = await h.Api.CreateDmChannelAsync(token, "555000000000000001", CancellationToken.None);
        var second = await h.Api.CreateDmChannelAsync(token, "555000000000000001", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first, h.Rest.DmChannelOf("555000000000000001"));
    }
}
