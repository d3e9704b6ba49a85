namespace Monitor.Pipeline.Stories;

/// <summary>
/// MinHash over 64-bit shingle hashes: slot <c>i</c> keeps the smallest of <c>(a_i · mix(shingle) + b_i) &gt;&gt; 32</c>
/// (one finaliser per shingle, then a multiply-add per slot). The share of equal
/// slots of two signatures estimates the Jaccard similarity of their shingle sets. Bands of <see cref="Rows"/> slots are
/// the LSH keys of <see cref="StoryIndex"/>: two items with similarity <c>s</c> share a band with probability
/// <c>1 - (1 - s^4)^8</c> (0.40 at 0.5, 0.89 at 0.7), and rewrites are found through their entities besides.
/// </summary>
internal static class MinHash
{
    /// <summary>Slots per signature.</summary>
    public const int Size = 32;

    /// <summary>Slots per LSH band.</summary>
    public const int Rows = 4;

    /// <summary>LSH bands per signature.</summary>
    public const int Bands = Size / Rows;

    private static readonly ulong[] Multipliers = CreateSeeds(0x5DEECE66DUL, odd: true);
    private static readonly ulong[] Offsets = CreateSeeds(0xB5AD4ECEDA1CE2A9UL, odd: false);

    /// <summary>Returns the signature of <paramref name="shingles"/>; all slots <see cref="uint.MaxValue"/> when there are none.</summary>
    public static uint[] Of(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            var m = Mix(shingle);
            for (var i = 0; i < Size; i++)
            {
                var h = (uint)(((m * Multipliers[i]) + Offsets[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    /// <summary>Estimates the Jaccard similarity of the two shingle sets (0 when either is empty).</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a[0] == uint.MaxValue && a[1] == uint.MaxValue)
        {
            return 0; // no shingles at all (an empty text): nothing to be a copy of
        }

        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal / (double)Size;
    }

    /// <summary>Returns the LSH key of band <paramref name="band"/> (the band number is part of the key).</summary>
    public static ulong BandKey(uint[] signature, int band)
    {
        var h = (ulong)(band + 1) * 0x9E3779B97F4A7C15;
        for (var i = band * Rows; i < (band + 1) * Rows; i++)
        {
            h = Mix(h ^ signature[i]);
        }

        return h;
    }

    /// <summary>A 64-bit finaliser (splitmix64): every input bit affects every output bit.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9;
        x ^= x >> 27;
        x *= 0x94D049BB133111EB;
        x ^= x >> 31;
        return x;
    }

    private static ulong[] CreateSeeds(ulong start, bool odd)
    {
        var seeds = new ulong[Size];
        var s = start;
        for (var i = 0; i < Size; i++)
        {
            s = Mix(s + 0x9E3779B97F4A7C15);
            seeds[i] = odd ? s | 1 : s;
        }

        return seeds;
    }
}
