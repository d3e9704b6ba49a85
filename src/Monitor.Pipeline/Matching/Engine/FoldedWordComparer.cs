using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>
/// Ordinal comparer for folded words with a fast hash (<see cref="WordHash"/>), usable with span lookups.
/// Not randomised: the cache it serves is bounded (<see cref="TermIndex.MaxCachedWords"/>), so colliding input can slow
/// matching down but not exhaust memory.
/// </summary>
internal sealed class FoldedWordComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static FoldedWordComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> text)
    {
        var h = WordHash.Of(text);
        return (int)(h ^ (h >> 32));
    }
}
