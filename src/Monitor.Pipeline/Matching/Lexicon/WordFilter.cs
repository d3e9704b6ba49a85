using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// A Bloom filter in front of a word list: about ten bits per word, three probes. Compiling rules asks the word list
/// about hundreds of thousands of generated inflection candidates, nearly all of them not words; the filter answers
/// most of those from half a megabyte instead of walking the hash set's buckets and entries (several cache misses each).
/// "Maybe" answers (about 2% false positives) go on to the hash set, so results are exact.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] bits;
    private readonly ulong mask;

    public WordFilter(IReadOnlyCollection<string> words)
    {
        var size = 1UL << Math.Max(6, (int)Math.Ceiling(Math.Log2(Math.Max(1, words.Count) * 10.0)));
        bits = new ulong[size / 64];
        mask = size - 1;
        foreach (var w in words)
        {
            var (h1, h2) = Probes(w);
            for (var i = 0UL; i < 3; i++)
            {
                var bit = (h1 + (i * h2)) & mask;
                bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }
    }

    /// <summary>Returns <see langword="false"/> when <paramref name="word"/> is certainly not in the list.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var (h1, h2) = Probes(word);
        for (var i = 0UL; i < 3; i++)
        {
            var bit = (h1 + (i * h2)) & mask;
            if ((bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (ulong H1, ulong H2) Probes(ReadOnlySpan<char> word)
    {
        var h = WordHash.Of(word);
        return (h, (h >> 32) | 1);
    }
}
