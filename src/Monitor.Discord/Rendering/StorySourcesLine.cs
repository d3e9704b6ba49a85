using System.Globalization;
using System.Text;

namespace Monitor.Discord.Rendering;

/// <summary>
/// Renders the "Ook gemeld door: NOS, Reuters, RTL (3)" line of a story message: every other outlet once (first link
/// wins), as a masked link to its article, the count of outlets at the end. Pure. The line never exceeds the limit
/// it is given (an embed field value by default, <see cref="DiscordLimits.FieldValue"/>): outlets that do not fit are
/// counted as "+N" instead of named, and an outlet's name is shortened rather than dropped when it alone is too long.
/// </summary>
public static class StorySourcesLine
{
    /// <summary>The words before the list.</summary>
    public const string Label = "Ook gemeld door: ";

    private const int MaxNameLength = 64;

    /// <summary>Returns the line, or an empty string when there are no sources.</summary>
    /// <param name="sources">The outlets in the order they reported; the same name twice counts once.</param>
    /// <param name="maxLength">The longest line allowed, in UTF-16 units.</param>
    public static string Render(IReadOnlyList<StorySource> sources, int maxLength = DiscordLimits.FieldValue)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var distinct = sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Name))
            .DistinctBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (distinct.Count == 0)
        {
            return string.Empty;
        }

        var count = string.Create(CultureInfo.InvariantCulture, $" ({distinct.Count})");
        var sb = new StringBuilder(Label);
        for (var i = 0; i < distinct.Count; i++)
        {
            var entry = Entry(distinct[i]);
            var separator = i == 0 ? string.Empty : ", ";
            var rest = distinct.Count - i - 1;

            // Room for this entry, and if others follow, for the "+N" that may have to stand in for them.
            var tail = rest == 0 ? count : string.Create(CultureInfo.InvariantCulture, $", +{rest}{count}");
            if (sb.Length + separator.Length + entry.Length + tail.Length > maxLength)
            {
                var plain = DiscordText.Escape(DiscordText.Truncate(distinct[i].Name.Trim(), MaxNameLength));
                if (sb.Length + separator.Length + plain.Length + tail.Length <= maxLength)
                {
                    entry = plain; // the name without its link still fits
                }
                else
                {
                    return Finish(sb, string.Create(CultureInfo.InvariantCulture, $"{separator}+{rest + 1}{count}"), maxLength);
                }
            }

            sb.Append(separator).Append(entry);
        }

        return Finish(sb, count, maxLength);
    }

    private static string Entry(StorySource source)
    {
        var name = DiscordText.Escape(DiscordText.Truncate(source.Name.Trim(), MaxNameLength));
        return source.Link is { IsAbsoluteUri: true } link && link.Scheme is "http" or "https"
            ? $"[{name}](<{link.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)}>)" // <…>: no preview, and ')' in the URL cannot end it
            : name;
    }

    private static string Finish(StringBuilder sb, string tail, int maxLength)
    {
        sb.Append(tail);
        return sb.Length <= maxLength ? sb.ToString() : DiscordText.Truncate(sb.ToString(), maxLength);
    }
}
