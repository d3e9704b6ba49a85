using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>Hash of the parts of an item a reader sees (title and summary), to notice edits.</summary>
public static class ContentHash
{
    /// <summary>Returns a short hex hash of the item's title and summary.</summary>
    public static string Of(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(item.Title + "\n" + item.Summary));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 12));
    }
}
