using Monitor.Discord.Rendering;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Discord.Tests.Rendering;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void Build_MatchesInSummary_TermsBoldAndMarkdownEscaped()
    {
        var alert = TestAlerts.Make(summary: "De *minister* zegt: dijkversterking in Limburg, daarna opnieuw dijkversterking.", terms: ["dijkversterking"]);
        var second = alert.Hits[0].Matches[^1] with { Start = alert.Item.Summary.LastIndexOf("dijkversterking", StringComparison.Ordinal) };
        var matches = alert.Hits[0].Matches.Append(second);

        var snippet = SnippetBuilder.Build(alert.Item, matches);

        Assert.Equal(@"De \*minister\* zegt: **dijkversterking** in Limburg, daarna opnieuw **dijkversterking**.", snippet);
    }

    [Fact]
    public void Build_MatchDeepInLongText_WindowAroundMatchWithEllipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("woord", 200));
        var summary = $"{filler} hier staat invasieplannen in de tekst {filler}";
        var at = summary.IndexOf("invasieplannen", StringComparison.Ordinal);
        var item = new FeedItem("f", "k", "Titel", summary, string.Empty, null, TestAlerts.Published);

        var snippet = SnippetBuilder.Build(item, [new TermMatch("invasie", "invasieplannen", TextField.Summary, at, 14)]);

        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("**invasieplannen**", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetBuilder.WindowLength + 10);
    }

    [Fact]
    public void Build_OnlyTitleMatches_ShowsSummaryStartWithoutBold()
    {
        var alert = TestAlerts.Make(title: "Overstroming in Venlo", summary: "Korte samenvatting.", terms: ["Overstroming"]);

        Assert.Equal("Korte samenvatting.", SnippetBuilder.Build(alert.Item, alert.Hits[0].Matches));
    }

    [Fact]
    public void Build_OutOfRangeMatch_IsIgnored()
    {
        var item = new FeedItem("f", "k", "T", "kort", string.Empty, null, TestAlerts.Published);

        Assert.Equal("kort", SnippetBuilder.Build(item, [new TermMatch("x", "x", TextField.Summary, 50, 3)]));
    }
}
