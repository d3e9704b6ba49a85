using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Explain;
using Monitor.Pipeline.Tests.Matching;

namespace Monitor.Pipeline.Tests.Matching.Explain;

public sealed class MatchSnippetTests
{
    [Fact]
    public void Render_Hits_AreMarked()
    {
        const string text = "Het Kremlin ontkent invasieplannen voor Oekraïne.";
        var matches = new[] { new TermMatch("invasie", "invasieplannen", TextField.Title, 20, 14), new TermMatch("Oekraïne", "Oekraïne", TextField.Title, 40, 8) };

        Assert.Equal("Het Kremlin ontkent **invasieplannen** voor **Oekraïne**.", MatchSnippet.Render(text, matches));
        Assert.Equal("…ontkent [invasieplannen]…", MatchSnippet.Render(text, matches.Take(1), maxLength: 20, open: "[", close: "]"));
    }

    [Fact]
    public void For_RuleHit_UsesTheFieldOfTheFirstMatch()
    {
        var engine = EngineFixture.Terms("invasie");
        var item = EngineFixture.Item("Nieuws", "Kremlin ontkent invasieplannen");

        Assert.Equal("Kremlin ontkent **invasieplannen**", MatchSnippet.For(item, Assert.Single(engine.Match(item))));
    }
}
