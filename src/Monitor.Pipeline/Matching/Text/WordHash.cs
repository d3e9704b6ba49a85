using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Monitor.Pipeline.Matching.Text;

/// <summary>
/// A fast 64-bit hash of a folded word: four chars per step (one multiply and one shift), not one, since it runs once
/// per word of every item and once per inflection candidate at compile time. Not randomised (see its users for why that is safe).
/// </summary>
internal static class WordHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(ReadOnlySpan<char> text)
    {
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

        return h;
    }
}
