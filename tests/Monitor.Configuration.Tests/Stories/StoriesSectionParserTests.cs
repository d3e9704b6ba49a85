using Monitor.Configuration;
using Monitor.Pipeline.Stories;

namespace Monitor.Configuration.Tests.Stories;

public sealed class StoriesSectionParserTests
{
    private const string Base = """
        feeds:
          - id: nos
            url: https://nos.example/rss
        channels:
          crisis: { webhook: "${HOOK}" }
          ruis: { webhook: "${HOOK}", stories: off }
        rules:
          - id: invasie
            category: militair
            any: [invasie]
            channels: [crisis]
          - id: storm
            category: weer
            any: [storm]
            stories: off

        """;

    private static ConfigLoadResult Parse(string yaml) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", name => name == "HOOK" ? "https://discord.example/api/webhooks/1/x" : null);

    [Fact]
    public void Parse_NoSection_DefaultsAndSwitchesPerRuleAndChannel()
    {
        var result = Parse(Base);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var stories = result.Config!.Stories;
        Assert.Equal(StoryOptions.Default, stories.Options);
        Assert.Equal((true, true, false, false), (stories.Enabled, stories.AppliesTo("invasie", "crisis"), stories.AppliesTo("storm", "crisis"), stories.AppliesTo("invasie", "ruis")));
    }

    [Fact]
    public void Parse_Section_AllKeysRead()
    {
        var result = Parse(Base + """
            stories:
              window: 2d
              near_copy: 0.6
              rewrite: 0.45
              min_shared_entities: 3
              min_title_words: 5
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(new StoryOptions(TimeSpan.FromDays(2), 0.6, 0.45, 3, 5), result.Config!.Stories.Options);
    }

    [Fact]
    public void Parse_StoriesOff_DisablesEverywhere()
    {
        var result = Parse(Base + "stories: off\n");

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal((false, false), (result.Config!.Stories.Enabled, result.Config.Stories.AppliesTo("invasie", "crisis")));
    }

    [Theory]
    [InlineData("stories:\n  window: lang\n", 17, 11, "window 'lang' is not a duration")]
    [InlineData("stories:\n  window: 90d\n", 17, 11, "outside 1m..30d")]
    [InlineData("stories:\n  rewrite: 1.5\n", 17, 12, "rewrite '1.5' is not a number above 0")]
    [InlineData("stories:\n  min_shared_entities: 0\n", 17, 24, "min_shared_entities '0'")]
    [InlineData("stories:\n  venster: 36h\n", 17, 3, "venster")]
    [InlineData("stories: soms\n", 16, 10, "stories 'soms' is not true or false")]
    public void Parse_BadValue_ErrorWithPosition(string section, int line, int column, string message)
    {
        var result = Parse(Base + section);

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_RuleSwitchNotABoolean_ErrorAtTheRule()
    {
        var result = Parse(Base.Replace("    stories: off", "    stories: misschien", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Contains("stories of rule 'storm'", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }
}
