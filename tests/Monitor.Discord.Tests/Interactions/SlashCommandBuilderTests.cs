using Monitor.Discord.Interactions;

namespace Monitor.Discord.Tests.Interactions;

public sealed class SlashCommandBuilderTests
{
    public static TheoryData<string, Func<SlashCommandBuilder, SlashCommandBuilder>, string> Invalid => new()
    {
        { "an upper-case name", b => b.WithName("Subscribe"), "lower-case" },
        { "a name with a space", b => b.WithName("sub scribe"), "lower-case" },
        { "a name over 32 characters", b => b.WithName(new string('a', 33)), "1–32" },
        { "an empty description", b => b.WithDescription(string.Empty), "1–100" },
        { "a description over 100 characters", b => b.WithDescription(new string('x', 101)), "1–100" },
        { "a required option after an optional one", b => b.AddOption("a", ApplicationCommandOptionType.String, "a").AddOption("b", ApplicationCommandOptionType.String, "b", required: true), "before the optional" },
        { "choices with autocomplete", b => b.AddOption("rule", ApplicationCommandOptionType.String, "rule", autocomplete: true, choices: [new("x", "x")]), "choices and autocomplete" },
        { "26 options", b => Enumerable.Range(0, 26).Aggregate(b, (x, i) => x.AddOption($"o{i}", ApplicationCommandOptionType.String, "o")), "at most 25" },
        { "two options with one name", b => b.AddOption("a", ApplicationCommandOptionType.String, "a").AddOption("a", ApplicationCommandOptionType.String, "a"), "unique" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Build_BrokenRule_ThrowsWithWhatToChange(string rule, Func<SlashCommandBuilder, SlashCommandBuilder> change, string expected)
    {
        var builder = change(new SlashCommandBuilder().WithName("subscribe").WithDescription("Volg meldingen"));

        var error = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {error.Message}");
    }

    [Fact]
    public void ToJson_Subscribe_MatchesDiscordsCommandObject()
    {
        var command = new SlashCommandBuilder()
            .WithName("subscribe")
            .WithDescription("Volg meldingen over een onderwerp")
            .WithDefaultMemberPermissions(DiscordPermissions.ManageChannels)
            .WithContexts(0)
            .AddOption("keywords", ApplicationCommandOptionType.String, "Zoektermen", required: true, maxLength: 200)
            .AddOption("rule", ApplicationCommandOptionType.String, "Regel", autocomplete: true)
            .AddOption("deliver", ApplicationCommandOptionType.String, "Waar", choices: [new("dm", "dm"), new("hier", "here")])
            .Build();

        Assert.Equal(
            """{"name":"subscribe","type":1,"description":"Volg meldingen over een onderwerp","options":[{"type":3,"name":"keywords","description":"Zoektermen","required":true,"max_length":200},{"type":3,"name":"rule","description":"Regel","autocomplete":true},{"type":3,"name":"deliver","description":"Waar","choices":[{"name":"dm","value":"dm"},{"name":"hier","value":"here"}]}],"default_member_permissions":"16","contexts":[0]}""",
            command.ToJson().ToJsonString());
    }
}
