using Microsoft.Extensions.Time.Testing;
using Monitor.Pipeline.Stories;

namespace Monitor.Pipeline.Tests.Stories;

public sealed class StoryDeciderTests
{
    private static readonly DateTimeOffset Now = new FakeTimeProvider().GetUtcNow();

    private static readonly StoryItem Original = new(
        "nos#1",
        "NOS",
        "Zeker twaalf doden bij aanslag op moskee in Kabul",
        "Bij een bomaanslag op een sjiitische moskee in de Afghaanse hoofdstad Kabul zijn zeker twaalf mensen omgekomen. Het gebeurde tijdens het vrijdaggebed in de wijk Dasht-e-Barchi.",
        new Uri("https://nos.nl/artikel/2500001-aanslag-kabul"))
    {
        Terms = ["aanslag"],
    };

    public static TheoryData<string, StoryItem, double, StoryReason> Cases => new()
    {
        // case, later item, hours after the original, expected reason
        {
            "copy: same canonical link (http, www, trailing slash)",
            Original with { Id = "nos#2", Title = "Aanslag Kabul: teller op 14 doden", Summary = "Het dodental is gestegen.", Link = new Uri("http://www.nos.nl/artikel/2500001-aanslag-kabul/") },
            2,
            StoryReason.SameLink
        },
        {
            "copy: same title, other outlet, other summary",
            new StoryItem("nu#1", "NU.nl", "Zeker twaalf doden bij aanslag op moskee in Kabul", "Een zelfmoordterrorist blies zich op.", new Uri("https://nu.nl/a/1")),
            1,
            StoryReason.SameTitle
        },
        {
            "copy: same title with other capitals and accents",
            new StoryItem("nu#1", "NU.nl", "ZEKER TWAALF DODEN BIJ AANSLAG OP MOSKÉE IN KABUL", "Een zelfmoordterrorist blies zich op.", null),
            1,
            StoryReason.SameTitle
        },
        {
            "near-copy: wire copy with a word changed and a sentence added",
            new StoryItem("parool#1", "Het Parool", "Zeker twaalf doden bij aanslag op moskee in Kabul", string.Empty, null) with
            {
                Title = "Zeker twaalf doden bij bomaanslag op moskee in Kabul",
                Summary = "Bij een bomaanslag op een sjiitische moskee in de Afghaanse hoofdstad Kabul zijn zeker twaalf mensen omgekomen. Het gebeurde tijdens het vrijdaggebed in de wijk Dasht-e-Barchi. Dat meldt ANP.",
            },
            1,
            StoryReason.NearCopy
        },
        {
            "rewrite: other words, same place, district and toll",
            new StoryItem("rtl#1", "RTL Nieuws", "Explosie tijdens vrijdaggebed in Kabul", "In een moskee in Dasht-e-Barchi, een wijk in het westen van Kabul, is een bom ontploft. Volgens de Taliban vielen er twaalf doden.", null) { Terms = ["explosie"] },
            3,
            StoryReason.Rewrite
        },
        {
            "different event sharing words: an attack on a market in another city",
            new StoryItem("nos#9", "NOS", "Aanslag op markt in Mazar-i-Sharif, vijf doden", "Op een drukke markt in de Noord-Afghaanse stad Mazar-i-Sharif is een bermbom ontploft. Vijf mensen kwamen om, meldt de gouverneur van Balkh.", null) { Terms = ["aanslag"] },
            4,
            StoryReason.NewStory
        },
        {
            "different event sharing words: another attack in Kabul, other district",
            new StoryItem("nos#10", "NOS", "Bomaanslag op bus in Kabul", "In het oosten van Kabul is een bus met ambtenaren getroffen door een bom. Er vielen drie doden in de wijk Shar-e-Naw.", null) { Terms = ["aanslag"] },
            6,
            StoryReason.NewStory
        },
        {
            "outside the window: the same title two days later",
            new StoryItem("nu#2", "NU.nl", "Zeker twaalf doden bij aanslag op moskee in Kabul", "Herdenking een jaar later.", null),
            48,
            StoryReason.NewStory
        },
        {
            "outside the window: the same link 37 hours later",
            Original with { Id = "nos#3" },
            37,
            StoryReason.NewStory
        },
        {
            "a short same title is not enough: Liveblog",
            new StoryItem("x#1", "X", "Liveblog", "Volg het laatste nieuws over de verkiezingen.", null),
            1,
            StoryReason.NewStory
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Case_GivesReason(string name, StoryItem later, double hoursLater, StoryReason expected)
    {
        var story = new StoryCandidate(new StoryId(Original.Id), Now, [StoryFeatures.Of(Original)]);

        var decision = StoryDecider.Decide(StoryFeatures.Of(later), [story], Now.AddHours(hoursLater), StoryOptions.Default);

        Assert.True(expected == decision.Reason, $"{name}: expected {expected}, got {decision.Reason} ({decision.Score:0.00})");
        Assert.Equal(expected == StoryReason.NewStory ? later.Id : Original.Id, decision.Story.Value);
    }

    [Fact]
    public void Decide_TwoOpenStories_JoinsTheOneWithStrongerEvidence()
    {
        var rewrite = new StoryItem("rtl#1", "RTL Nieuws", "Explosie tijdens vrijdaggebed in Kabul", "In een moskee in Dasht-e-Barchi, een wijk in het westen van Kabul, is een bom ontploft. Twaalf doden.", null);
        var copy = Original with { Id = "nu#1", Link = null, Summary = "Een andere tekst." };
        StoryCandidate[] stories =
        [
            new(new StoryId("rtl#1"), Now, [StoryFeatures.Of(rewrite)]),
            new(new StoryId("nu#1"), Now.AddHours(1), [StoryFeatures.Of(copy)]),
        ];

        var decision = StoryDecider.Decide(StoryFeatures.Of(Original with { Id = "nos#5", Link = null }), stories, Now.AddHours(2), StoryOptions.Default);

        Assert.Equal((StoryReason.SameTitle, "nu#1"), (decision.Reason, decision.Story.Value));
    }

    [Fact]
    public void Decide_NoCandidates_StartsStoryNamedAfterItem()
    {
        var decision = StoryDecider.Decide(StoryFeatures.Of(Original), [], Now, StoryOptions.Default);

        Assert.Equal(new StoryDecision(StoryReason.NewStory, new StoryId("nos#1"), 0), decision);
    }

    [Fact]
    public void Decide_WindowFromOptions_IsHonoured()
    {
        var story = new StoryCandidate(new StoryId(Original.Id), Now, [StoryFeatures.Of(Original)]);
        var options = StoryOptions.Default with { Window = TimeSpan.FromHours(72) };

        var decision = StoryDecider.Decide(StoryFeatures.Of(Original with { Id = "nos#2" }), [story], Now.AddHours(48), options);

        Assert.Equal(StoryReason.SameLink, decision.Reason);
    }
}
