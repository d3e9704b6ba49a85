using Monitor.Pipeline.Matching.Text;
using Monitor.Pipeline.Stories;

namespace Monitor.Pipeline.Tests.Stories;

public sealed class StoryFeaturesTests
{
    public static TheoryData<string, string, string, string[], string[]> Entities => new()
    {
        // case, title, summary, certain entities, uncertain entities
        { "names inside a sentence are certain, the first word is not", "Rusland valt Oekraïne binnen", "Troepen trekken vanuit Belarus naar Kyiv.", ["oekraine", "belarus", "kyiv"], ["rusland", "troepen"] },
        { "a name at a sentence start is certain once seen inside one", "Rusland valt aan", "Volgens Kyiv heeft Rusland 40 drones ingezet.", ["kyiv", "rusland", "40"], ["volgens"] },
        { "Title Case headline: capitals say nothing", "Storm Batters Southern England", "Two died in Cornwall.", ["cornwall"], ["storm", "batters", "southern", "england", "two"] },
        { "hyphen parts and possessives", "Val van kabinet-Schoof", "Het is NAVO's grootste oefening in Noord-Holland.", ["schoof", "navo", "noordholland", "holland"], ["val"] },
        { "numbers count, years and function words do not", "In 2026 twaalf doden", "De teller staat op 12; De Telegraaf meldt 3,5 miljoen.", ["12", "3,5", "telegraaf"], [] },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public void Of_Text_FindsEntities(string name, string title, string summary, string[] certain, string[] uncertain)
    {
        var print = StoryFeatures.Of(new StoryItem("a", "A", title, summary, null));

        var expected = certain.Select(w => (WordHash.Of(w) & ~1UL, true)).Concat(uncertain.Select(w => (WordHash.Of(w) & ~1UL, false))).Order().ToList();
        var actual = print.Entities.Select(e => (StoryFeatures.Key(e), StoryFeatures.IsStrong(e))).Order().ToList();
        Assert.True(expected.SequenceEqual(actual), $"{name}: {expected.Count} expected, {actual.Count} found");
    }

    [Theory]
    [InlineData("https://nos.nl/artikel/1", "http://www.nos.nl/artikel/1/")]
    [InlineData("https://NOS.nl/artikel/1?x=2", "https://nos.nl/artikel/1?x=2")]
    public void LinkKey_VariantsOfOneLink_AreEqual(string a, string b) =>
        Assert.Equal(StoryFeatures.LinkKey(new Uri(a)), StoryFeatures.LinkKey(new Uri(b)));

    [Fact]
    public void Of_SameTextFoldedDifferently_GivesSameSignature()
    {
        var a = StoryFeatures.Of(new StoryItem("a", "A", "Oekraïne: ambassade dicht", "Het personeel vertrekt.", null));
        var b = StoryFeatures.Of(new StoryItem("b", "B", "OEKRAINE: Ambassade dicht", "het personeel vertrekt", null));

        Assert.Equal(1.0, MinHash.Similarity(a.Signature, b.Signature));
        Assert.Equal(a.TitleKey, b.TitleKey);
    }

    [Fact]
    public void Of_EmptyText_HasNoSimilarityToAnything()
    {
        var empty = StoryFeatures.Of(new StoryItem("a", "A", string.Empty, string.Empty, null));

        Assert.Equal(0.0, MinHash.Similarity(empty.Signature, empty.Signature));
    }
}
