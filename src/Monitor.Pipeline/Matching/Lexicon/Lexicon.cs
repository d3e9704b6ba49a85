using System.IO.Compression;
using System.Text;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// A word list (folded, hyphens removed) used to accept inflected forms and compound parts. The bundled Dutch
/// (OpenTaal) and English (SCOWL) lists are embedded resources, loaded once on first use and shared.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> DutchList = new(() => FromResource("nl-opentaal.words.gz"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Lexicon> EnglishList = new(() => FromResource("en-scowl.words.gz"), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordFilter filter;

    private Lexicon(HashSet<string> words)
    {
        this.words = words;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(words);
    }

    /// <summary>Gets the Dutch OpenTaal word list (loaded on first use).</summary>
    public static Lexicon Dutch => DutchList.Value;

    /// <summary>Gets the English SCOWL word list (loaded on first use).</summary>
    public static Lexicon English => EnglishList.Value;

    /// <summary>Gets an empty word list (terms then match only as written).</summary>
    public static Lexicon Empty { get; } = new([]);

    /// <summary>Gets the number of distinct folded words.</summary>
    public int Count => words.Count;

    /// <summary>Gets the folded words, unordered.</summary>
    public IEnumerable<string> Words => words;

    /// <summary>Builds a word list from <paramref name="entries"/> (folded here).</summary>
    public static Lexicon FromWords(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            AddEntry(set, e);
        }

        return new Lexicon(set);
    }

    /// <summary>Returns whether the folded <paramref name="word"/> is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word) => filter.MayContain(word) && lookup.Contains(word);

    /// <summary>Returns whether the folded <paramref name="word"/> is in the list.</summary>
    public bool Contains(string word) => filter.MayContain(word) && words.Contains(word);

    private static Lexicon FromResource(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var set = new HashSet<string>(450_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            AddEntry(set, line);
        }

        set.TrimExcess();
        return new Lexicon(set);
    }

    private static void AddEntry(HashSet<string> set, string entry)
    {
        var trimmed = entry.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        // Fast path: plain lower-case ASCII without hyphens is already folded.
        foreach (var c in trimmed)
        {
            if (c is < 'a' or > 'z')
            {
                set.Add(TextFolding.FoldWord(trimmed.ToString()));
                return;
            }
        }

        set.Add(trimmed.Length == entry.Length ? entry : trimmed.ToString());
    }
}
