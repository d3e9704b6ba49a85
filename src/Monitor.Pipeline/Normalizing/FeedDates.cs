using System.Globalization;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Parses feed dates independently of the machine's culture and time zone.</summary>
public static class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MET"] = "+01:00", ["MEST"] = "+02:00",
        ["WET"] = "+00:00", ["WEST"] = "+01:00", ["BST"] = "+01:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>Parses an RFC 822 or ISO 8601 date; a date without an offset is read as UTC. Returns <see langword="null"/> when unreadable.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && (char.IsDigit(s[0]) || s.Contains(',', StringComparison.Ordinal) is false) && !EndsWithZoneName(s))
        {
            return iso;
        }

        s = ReplaceZoneName(s);
        return DateTimeOffset.TryParseExact(s, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc
            : DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }

    private static bool EndsWithZoneName(string s)
    {
        var last = s[(s.LastIndexOf(' ') + 1)..];
        return ZoneOffsets.ContainsKey(last) && last.Length > 1;
    }

    private static string ReplaceZoneName(string s)
    {
        var space = s.LastIndexOf(' ');
        if (space < 0)
        {
            return s;
        }

        var last = s[(space + 1)..];
        if (ZoneOffsets.TryGetValue(last, out var offset))
        {
            return s[..space] + " " + offset;
        }

        // +0100 → +01:00 so that "zzz" reads it.
        if (last.Length == 5 && (last[0] == '+' || last[0] == '-') && last[1..].All(char.IsDigit))
        {
            return s[..space] + " " + last[..3] + ":" + last[3..];
        }

        return s;
    }
}
