using System.Text;
using Monitor.Pipeline.Stories;

namespace Monitor.Benchmarks.Stories;

/// <summary>
/// Deterministic news-like items for the story benchmarks: Dutch filler words, one capitalised name from a small pool
/// of 5,000 drawn with a skewed (Zipf-like) frequency, so the commonest names are on thousands of open stories, 2–4 names
/// from a pool of 2 million, and a number. <see cref="Rewrite"/> tells the same facts (names, number) in other words.
/// </summary>
internal static class SyntheticStories
{
    private const int CommonNames = 5_000;
    private const int RareNames = 2_000_000;

    private static readonly string[] Filler =
    [
        "de", "het", "een", "bij", "op", "in", "van", "na", "door", "met", "aanslag", "brand", "explosie", "storing", "staking",
        "doden", "gewonden", "politie", "brandweer", "minister", "kabinet", "regering", "burgemeester", "inwoners", "vannacht",
        "gisteren", "zeker", "meldt", "zegt", "volgens", "ernstig", "grote", "nieuwe", "tweede", "bewoners", "geëvacueerd",
        "onderzoek", "verdachte", "aangehouden", "overleden", "ziekenhuis", "treinen", "vluchten", "geschrapt", "wateroverlast",
        "aardbeving", "storm", "schade", "woning", "winkel", "markt", "haven", "station", "school", "ambassade", "personeel",
    ];

    /// <summary>Returns the first report of event <paramref name="n"/> (the same for the same <paramref name="n"/>).</summary>
    public static StoryItem Fresh(int n) => Make(n, n, $"feed{n % 2000}:item{n}");

    /// <summary>Returns another outlet's report of event <paramref name="n"/>: the same names and number, other words.</summary>
    public static StoryItem Rewrite(int n) => Make(n, (n * 31) + 7 + RareNames, $"feed{(n + 7) % 2000}:rewrite{n}");

    private static StoryItem Make(int fact, int wording, string id)
    {
        var facts = new Random(fact);
        var names = new[] { Name(Zipf(facts)) }.Concat(Enumerable.Range(0, 2 + facts.Next(3)).Select(_ => Name(CommonNames + facts.Next(RareNames)))).ToArray();
        var number = facts.Next(2, 100_000); // wide, so that two events rarely share a common name and a number by chance
        var term = Filler[10 + facts.Next(5)];
        var words = new Random(wording);
        var title = new StringBuilder();
        title.Append(Capital(Filler[words.Next(Filler.Length)])).Append(' ');
        AppendFiller(title, words, 3);
        title.Append(names[^1]).Append(' ');
        AppendFiller(title, words, 2);
        title.Append(number);
        var summary = new StringBuilder();
        summary.Append(Capital(Filler[words.Next(Filler.Length)])).Append(' ');
        foreach (var name in names)
        {
            AppendFiller(summary, words, 2 + words.Next(4));
            summary.Append(name).Append(' ');
        }

        AppendFiller(summary, words, 6);
        summary.Append(number).Append(" mensen.");
        return new StoryItem(id, id.Split(':')[0], title.ToString(), summary.ToString(), new Uri($"https://example.org/{id.Replace(':', '/')}")) { Terms = [term] };
    }

    private static void AppendFiller(StringBuilder sb, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sb.Append(Filler[random.Next(Filler.Length)]).Append(' ');
        }
    }

    /// <summary>Name rank from a skewed distribution: rank ≈ CommonNames^u, so rank 1 is far more common than rank 10,000.</summary>
    private static int Zipf(Random random) => (int)Math.Pow(CommonNames, random.NextDouble()) - 1;

    private static string Name(int rank)
    {
        ReadOnlySpan<string> syllables = ["ka", "bul", "ro", "ter", "dam", "ut", "recht", "an", "twer", "pen", "lu", "bock", "no", "to", "ma", "la", "ti", "ya", "sel", "wa"];
        var sb = new StringBuilder();
        var r = rank + 1;
        while (r > 0)
        {
            sb.Append(syllables[r % syllables.Length]);
            r /= syllables.Length;
        }

        return Capital(sb.ToString());
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
