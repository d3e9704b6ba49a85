using Monitor.Discord.Interactions;
using Monitor.Discord.Tests.Gateway;
using static Monitor.Discord.Tests.Interactions.InteractionTestKit;

namespace Monitor.Discord.Tests.Interactions;

/// <summary>The responder against the REST double, which refuses a second acknowledgement (40060) and a late one (10062).</summary>
public sealed class InteractionResponderTests
{
    [Fact]
    public async Task RespondAsync_First_SendsEphemeralMessageAsTheOneAcknowledgement()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var responder = new InteractionResponder(interaction, new RestInteractionAcknowledger(h.Api), h.Api);

        await responder.RespondAsync(Text("Je volgt niets."), ephemeral: true, CancellationToken.None);

        Assert.Equal(4, record.CallbackType);
        Assert.True(record.IsEphemeral);
        Assert.Equal("Je volgt niets.", (string?)record.Original?["content"]);
        Assert.Equal(1, record.AcknowledgeAttempts);
    }

    [Fact]
    public async Task RespondAsync_AfterDefer_EditsOriginalWithoutASecondAcknowledgement()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var responder = new InteractionResponder(interaction, new RestInteractionAcknowledger(h.Api), h.Api);

        await responder.DeferAsync(ephemeral: true, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(10)); // past the 3-second deadline: only the acknowledgement is bound by it
        await responder.RespondAsync(Text("Klaar: 2 abonnementen."), ephemeral: true, CancellationToken.None);

        Assert.Equal(5, record.CallbackType);
        Assert.True(record.IsEphemeral);
        Assert.Equal("Klaar: 2 abonnementen.", (string?)record.Original?["content"]);
        Assert.Equal(1, record.OriginalEdits);
        Assert.Equal(1, record.AcknowledgeAttempts);
    }

    [Fact]
    public async Task RespondAsync_Twice_SecondIsAFollowup()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var responder = new InteractionResponder(interaction, new RestInteractionAcknowledger(h.Api), h.Api);

        await responder.RespondAsync(Text("Eerste antwoord."), ephemeral: true, CancellationToken.None);
        await responder.RespondAsync(Text("Nog iets."), ephemeral: true, CancellationToken.None);

        Assert.Equal(1, record.AcknowledgeAttempts);
        var followup = Assert.Single(record.Followups);
        Assert.Equal(64, (int?)followup["flags"]);
    }

    [Fact]
    public async Task DeferAsync_Twice_AcknowledgesOnce()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var responder = new InteractionResponder(interaction, new RestInteractionAcknowledger(h.Api), h.Api);

        await responder.DeferAsync(ephemeral: false, CancellationToken.None);
        await responder.DeferAsync(ephemeral: true, CancellationToken.None);

        Assert.Equal(1, record.AcknowledgeAttempts);
        Assert.False(record.IsEphemeral);
    }

    [Fact]
    public async Task AutocompleteAsync_ThirtyChoices_SendsTheFirst25()
    {
        await using var h = await GatewayHarness.StartAsync();
        var interaction = Create(h.Rest, out var record);
        var responder = new InteractionResponder(interaction, new RestInteractionAcknowledger(h.Api), h.Api);

        await responder.AutocompleteAsync(Enumerable.Range(1, 30).Select(i => new AutocompleteChoice($"regel {i}", $"r{i}")), CancellationToken.None);

        Assert.Equal(8, record.CallbackType);
        Assert.Equal(25, record.Callback!["data"]!["choices"]!.AsArray().Count);
    }
}
