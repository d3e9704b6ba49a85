using System.Security.Cryptography;
using System.Text;

namespace Monitor.Domain.Alerts;

/// <summary>Derives deterministic alert ids, so a retried poll can never create a second alert for the same item and channel.</summary>
public static class AlertId
{
    /// <summary>Returns a 26-character lower-case base32 id for (feed, item key, channel).</summary>
    public static string For(string feedId, string itemKey, string channelId)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(itemKey);
        ArgumentNullException.ThrowIfNull(channelId);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{feedId}\n{itemKey}\n{channelId}"));
        return Base32(bytes.AsSpan(0, 16));
    }

    private static string Base32(ReadOnlySpan<byte> data)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var sb = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            sb.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return sb.ToString();
    }
}
