using Microsoft.Extensions.Time.Testing;
using Monitor.Pipeline.Stories;

namespace Monitor.Pipeline.Tests.Stories;

public sealed class StoryIndexTests
{
    private static readonly StoryItem Kabul = new("nos#1", "NOS", "Zeker twaalf doden bij aanslag op moskee in Kabul", "Bij een bomaanslag op een moskee in Kabul zijn zeker twaalf mensen omgekomen, in de wijk Dasht-e-Barchi.", new Uri("https://nos.nl/a/1"));
    private static readonly StoryItem KabulRewrite = new("rtl#1", "RTL Nieuws", "Explosie tijdens vrijdaggebed in Kabul", "In een moskee in Dasht-e-Barchi, een wijk van Kabul, is een bom ontploft. Twaalf doden.", new Uri("https://rtl.nl/b/2"));

    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void Assign_FirstItem_StartsStoryNamedAfterIt()
    {
        var index = new StoryIndex(StoryOptions.Default);

        var decision = index.Assign(Kabul, clock.GetUtcNow());

        Assert.Equal((StoryReason.NewStory, "nos#1", 1), (decision.Reason, decision.Story.Value, index.Count));
    }

    [Fact]
    public void Assign_RewriteOfOpenStory_JoinsIt()
    {
        var index = new StoryIndex(StoryOptions.Default);
        index.Assign(Kabul, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(2));

        var decision = index.Assign(KabulRewrite, clock.GetUtcNow());

        Assert.Equal((StoryReason.Rewrite, "nos#1", 1), (decision.Reason, decision.Story.Value, index.Count));
    }

    [Fact]
    public void Expire_AfterWindow_RemovesStoryAndSameLinkStartsAgain()
    {
        var index = new StoryIndex(StoryOptions.Default);
        index.Assign(Kabul, clock.GetUtcNow());
        clock.Advance(StoryDefaults.Window + TimeSpan.FromMinutes(1));

        var removed = index.Expire(clock.GetUtcNow());
        var decision = index.Assign(Kabul with { Id = "nos#2" }, clock.GetUtcNow());

        Assert.Equal((1, StoryReason.NewStory, "nos#2"), (removed, decision.Reason, decision.Story.Value));
    }

    [Fact]
    public void Expire_InsideWindow_KeepsStory()
    {
        var index = new StoryIndex(StoryOptions.Default);
        index.Assign(Kabul, clock.GetUtcNow());
        clock.Advance(StoryDefaults.Window - TimeSpan.FromMinutes(1));

        Assert.Equal((0, StoryReason.SameLink), (index.Expire(clock.GetUtcNow()), index.Assign(Kabul with { Id = "nos#2" }, clock.GetUtcNow()).Reason));
    }

    [Fact]
    public void Assign_SameItemsAgain_GiveTheSameStories()
    {
        var index = new StoryIndex(StoryOptions.Default);
        var first = (index.Assign(Kabul, clock.GetUtcNow()), index.Assign(KabulRewrite, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(5));

        var again = (index.Assign(Kabul, clock.GetUtcNow()), index.Assign(KabulRewrite, clock.GetUtcNow()));

        // The later item now also meets its own link, so the reason may be stronger; what counts is the story.
        Assert.Equal((true, "nos#1", false, "nos#1"), (again.Item1.IsNew, again.Item1.Story.Value, again.Item2.IsNew, again.Item2.Story.Value));
        Assert.Equal((true, false), (first.Item1.IsNew, first.Item2.IsNew));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Find_DoesNotRecord()
    {
        var index = new StoryIndex(StoryOptions.Default);

        index.Find(Kabul, clock.GetUtcNow());

        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Add_StoredItemOnStartUp_LaterRewriteJoinsIt()
    {
        var index = new StoryIndex(StoryOptions.Default);
        index.Add(new StoryId("nos#1"), clock.GetUtcNow().AddHours(-3), Kabul);

        var decision = index.Assign(KabulRewrite, clock.GetUtcNow());

        Assert.Equal("nos#1", decision.Story.Value);
    }

    [Fact]
    public void Assign_LabelledSetInTimeOrder_DecidesAsALinearScanDoes()
    {
        var now = clock.GetUtcNow();
        var items = LabelledStories.Load().OrderBy(x => x.Hours).ThenBy(x => x.Item.Id, StringComparer.Ordinal).ToList();
        var index = new StoryIndex(StoryOptions.Default);
        var scan = new Dictionary<StoryId, StoryCandidate>();
        foreach (var (_, hours, item) in items)
        {
            var seen = now.AddHours(hours);
            index.Expire(seen);
            var print = StoryFeatures.Of(item);
            var expected = StoryDecider.Decide(print, scan.Values, seen, StoryOptions.Default);
            if (!scan.TryGetValue(expected.Story, out var story))
            {
                scan[expected.Story] = story = new StoryCandidate(expected.Story, seen, new List<StoryFingerprint>());
            }

            ((List<StoryFingerprint>)story.Items).Add(print);

            var actual = index.Assign(item, seen);

            // The score of a new story is the closest candidate's, and the index sees fewer candidates: compare the decision.
            Assert.True((expected.Reason, expected.Story) == (actual.Reason, actual.Story), $"{item.Title}: scan {expected}, index {actual}");
        }
    }
}
