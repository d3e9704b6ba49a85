using System.Text;
using Monitor.Pipeline.Stories;

namespace Monitor.Benchmarks.Stories;

/// <summary>
/// Deterministic news-like items for the story benchmarks: Dutch filler words, 3–6 capitalised names drawn from 50,000
/// with a skewed (Zipf-like) frequency so a few names are on thousands of stories, and a number. Every other item after
/// the first 5,000 is a rewrite of one of the 5,000 before it: the same names and number in other filler words.
/// </summary>
internal static class SyntheticStories
{
    private const int Names = 50_000;

    private static readonly string[] Filler =
    [
        "de", "het", "een", "bij", "op", "in", "van", "na", "door", "met", "aanslag", "brand", "explosie", "storing", "staking",
        "doden", "gewonden", "politie", "brandweer", "minister", "kabinet", "regering", "burgemeester", "inwoners", "vannacht",
        "gisteren", "zeker", "meldt", "zegt", "volgens", "ernstig", "grote", "nieuwe", "tweede", "bewoners", "geëvacueerd",
        "onderzoek", "verdachte", "aangehouden", "overleden", "ziekenhuis", "treinen", "vluchten", "geschrapt", "wateroverlast",
        "aardbeving", "storm", "schade", "woning", "winkel", "markt", "haven", "station", "school", "ambassade", "personeel",
    ];

    /// <summary>Returns item <paramref name="n"/> of the sequence (the same for the same <paramref name="n"/>).</summary>
    public static StoryItem Item(int n)
    {
        var rewriteOf = n >= 5_000 && n % 2 == 1 ? n - 1 - (int)(Hash(n) % 4_999) : -1;
        var facts = new Random(rewriteOf >= 0 ? rewriteOf : n);
        var names = Enumerable.Range(0, 3 + facts.Next(4)).Select(_ => Name(Zipf(facts))).ToArray();
        var number = facts.Next(2, 500);
        var words = new Random(n * 31 + 7);
        var title = new StringBuilder();
        title.Append(Capital(Filler[words.Next(Filler.Length)])).Append(' ');
        AppendFiller(title, words, 3);
        title.Append(names[0]).Append(' ');
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
        return new StoryItem($"feed{n % 2000}:item{n}", $"feed{n % 2000}", title.ToString(), summary.ToString(), new Uri($"https://example.org/{n % 2000}/{n}"))
        {
            Terms = [Filler[10 + (int)(Hash(rewriteOf >= 0 ? rewriteOf : n) % 5)]],
        };
    }

    private static void AppendFiller(StringBuilder sb, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sb.Append(Filler[random.Next(Filler.Length)]).Append(' ');
        }
    }

    /// <summary>Name rank from a skewed distribution: rank ≈ Names^u, so rank 1 is far more common than rank 10,000.</summary>
    private static int Zipf(Random random) => (int)Math.Pow(Names, random.NextDouble()) - 1;

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

    private static ulong Hash(int n) => (ulong)n * 0x9E3779B97F4A7C15 >> 20;
}
