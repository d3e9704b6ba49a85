using Monitor.Discord;
using Monitor.Discord.Rendering;

namespace Monitor.Discord.Tests.Rendering;

public sealed class StorySourcesLineTests
{
    private static StorySource Source(string name, string? link = null) => new(name, link is null ? null : new Uri(link));

    public static TheoryData<string, StorySource[], string> Cases => new()
    {
        { "none", [], string.Empty },
        { "one outlet with a link", [Source("NOS", "https://nos.nl/a/1")], "Ook gemeld door: [NOS](<https://nos.nl/a/1>) (1)" },
        {
            "three outlets, one without a link",
            [Source("NOS", "https://nos.nl/a/1"), Source("Reuters", "https://reuters.com/x"), Source("RTL")],
            "Ook gemeld door: [NOS](<https://nos.nl/a/1>), [Reuters](<https://reuters.com/x>), RTL (3)"
        },
        { "the same outlet twice counts once, first link wins", [Source("NOS", "https://nos.nl/a/1"), Source("nos", "https://nos.nl/a/2")], "Ook gemeld door: [NOS](<https://nos.nl/a/1>) (1)" },
        { "markdown and mentions in a name are neutralised", [Source("*Breaking* @everyone")], "Ook gemeld door: \\*Breaking\\* @\u200Beveryone (1)" },
        { "a non-http link is left out", [Source("Lokaal", "ftp://example.org/a")], "Ook gemeld door: Lokaal (1)" },
        { "a ')' in the link cannot end the masked link", [Source("Wiki", "https://example.org/a_(b)")], "Ook gemeld door: [Wiki](<https://example.org/a_(b)>) (1)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_Case_GivesLine(string name, StorySource[] sources, string expected)
    {
        Assert.True(expected == StorySourcesLine.Render(sources), name);
    }

    [Fact]
    public void Render_ManyOutlets_StaysWithinFieldValueAndCountsTheRest()
    {
        var sources = Enumerable.Range(1, 60).Select(i => Source($"Omroep {i}", $"https://omroep{i}.example.nl/nieuws/2026/artikel-{i}-over-de-storm")).ToList();

        var line = StorySourcesLine.Render(sources);

        Assert.True(line.Length <= DiscordLimits.FieldValue, $"{line.Length} > {DiscordLimits.FieldValue}");
        Assert.StartsWith("Ook gemeld door: [Omroep 1](<https://omroep1.example.nl/", line, StringComparison.Ordinal);
        Assert.Matches(@", \+\d+ \(60\)$", line);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(120)]
    public void Render_SmallLimit_NeverExceedsItAndKeepsTheCount(int limit)
    {
        var sources = new[] { Source("NOS", "https://nos.nl/a/1"), Source("Reuters", "https://reuters.com/x"), Source("RTL Nieuws", "https://rtl.nl/b") };

        var line = StorySourcesLine.Render(sources, limit);

        Assert.True(line.Length <= limit, $"{line.Length} > {limit}: {line}");
        Assert.EndsWith("(3)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmallLimit_DropsLinksBeforeNames()
    {
        var sources = new[] { Source("NOS", "https://nos.nl/a/1"), Source("Reuters", "https://reuters.com/some/long/path/to/the/article") };

        Assert.Equal("Ook gemeld door: [NOS](<https://nos.nl/a/1>), Reuters (2)", StorySourcesLine.Render(sources, 60));
    }
}
