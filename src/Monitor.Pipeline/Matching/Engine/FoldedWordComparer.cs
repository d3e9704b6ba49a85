namespace Monitor.Pipeline.Matching;

/// <summary>
/// Ordinal comparer for folded words with a fast FNV-1a hash (one multiply per char), usable with span lookups.
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
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }
}
