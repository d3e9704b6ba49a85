using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Interactions;
using Monitor.Discord.Tests.Gateway;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Tests.Interactions;

public sealed class CommandRegistrarTests
{
    private static readonly ApplicationCommandDefinition Subscribe = new SlashCommandBuilder()
        .WithName("subscribe").WithDescription("Volg meldingen")
        .AddOption("keywords", ApplicationCommandOptionType.String, "Zoektermen", required: true)
        .AddOption("rule", ApplicationCommandOptionType.String, "Regel", autocomplete: true)
        .Build();

    private static readonly ApplicationCommandDefinition Mute = new SlashCommandBuilder()
        .WithName("mute").WithDescription("Even stilte").WithContexts(0).Build();

    [Fact]
    public async Task RegisterAsync_FirstStart_OverwritesGloballyWithApplicationIdFromOauth()
    {
        await using var h = await GatewayHarness.StartAsync();

        var results = await Registrar(h).RegisterAsync(new Secret(h.Token), null, [], [Subscribe, Mute], CancellationToken.None);

        Assert.Equal([new CommandRegistrationResult("global", true, 2)], results);
        Assert.Equal(1, h.Rest.CommandOverwrites);
        Assert.Equal(["subscribe", "mute"], h.Rest.CommandsOf().Select(c => (string?)c!["name"]));
        Assert.Contains(h.Rest.Requests, r => r.Path == "/api/v10/oauth2/applications/@me");
    }

    [Fact]
    public async Task RegisterAsync_UnchangedDefinitions_DoesNotOverwrite()
    {
        await using var h = await GatewayHarness.StartAsync();
        var registrar = Registrar(h);
        await registrar.RegisterAsync(new Secret(h.Token), h.Rest.ApplicationId, [], [Subscribe, Mute], CancellationToken.None);

        var results = await registrar.RegisterAsync(new Secret(h.Token), h.Rest.ApplicationId, [], [Subscribe, Mute], CancellationToken.None);

        Assert.False(Assert.Single(results).Overwritten);
        Assert.Equal(1, h.Rest.CommandOverwrites);
    }

    [Fact]
    public async Task RegisterAsync_ChangedDescription_OverwritesAgain()
    {
        await using var h = await GatewayHarness.StartAsync();
        var registrar = Registrar(h);
        await registrar.RegisterAsync(new Secret(h.Token), h.Rest.ApplicationId, [], [Subscribe, Mute], CancellationToken.None);
        var changed = Mute with { Description = "Zet je meldingen even uit" };

        var results = await registrar.RegisterAsync(new Secret(h.Token), h.Rest.ApplicationId, [], [Subscribe, changed], CancellationToken.None);

        Assert.True(Assert.Single(results).Overwritten);
        Assert.Equal(2, h.Rest.CommandOverwrites);
        Assert.Equal("Zet je meldingen even uit", (string?)h.Rest.CommandsOf()[1]!["description"]);
    }

    [Fact]
    public async Task RegisterAsync_GuildsConfigured_OverwritesPerGuildAndNotGlobally()
    {
        await using var h = await GatewayHarness.StartAsync();

        var results = await Registrar(h).RegisterAsync(new Secret(h.Token), h.Rest.ApplicationId, ["987654321098765432", "987654321098765433"], [Subscribe], CancellationToken.None);

        Assert.Equal(["guild 987654321098765432", "guild 987654321098765433"], results.Select(r => r.Scope));
        Assert.Single(h.Rest.CommandsOf("987654321098765432"));
        Assert.Single(h.Rest.CommandsOf("987654321098765433"));
        Assert.Empty(h.Rest.CommandsOf());
    }

    private static CommandRegistrar Registrar(GatewayHarness h) => new(h.Api, h.Services.GetRequiredService<ILogger<CommandRegistrar>>());
}
