using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Monitor.Pipeline.Matching;

/// <summary>
/// Ordinal comparer for folded words with a fast multiplicative hash (one multiply per four chars), usable with span lookups.
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

    /// <summary>Four chars per step (one 64-bit multiply and shift), not one: words are short and this runs once per word of every item.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var h = (ulong)text.Length * Multiplier;
        var bytes = MemoryMarshal.AsBytes(text);
        while (bytes.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * Multiplier;
            h ^= h >> 29;
            bytes = bytes[8..];
        }

        if (bytes.Length > 0)
        {
            ulong tail = bytes.Length >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : 0;
            if ((bytes.Length & 2) != 0)
            {
                tail = (tail << 16) | BinaryPrimitives.ReadUInt16LittleEndian(bytes[^2..]);
            }

            h = (h ^ tail) * Multiplier;
            h ^= h >> 29;
        }

        return (int)(h ^ (h >> 32));
    }
}
