using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Monitor.Pipeline.Parsing;

/// <summary>Salvages the intact entries of a document that is broken in one place (an unclosed tag, a truncated body).</summary>
/// <remarks>
/// Each <c>&lt;item&gt;</c>/<c>&lt;entry&gt;</c> is cut out and checked on its own, wrapped in a copy of the root start tag
/// so its namespace prefixes stay declared. The intact ones are put back after the part of the document that precedes the
/// first entry, and the elements still open there are closed. Entries that are broken themselves are dropped and counted.
/// </remarks>
public static partial class FeedRecovery
{
    /// <summary>Returns a well-formed document holding the intact entries of <paramref name="text"/>, or <see langword="null"/> when none could be saved.</summary>
    public static string? TryRecover(string text, out int skippedEntries)
    {
        ArgumentNullException.ThrowIfNull(text);
        skippedEntries = 0;
        var starts = EntryStart().Matches(text);
        var root = RootStart().Match(text);
        if (starts.Count == 0 || !root.Success || root.Index > starts[0].Index)
        {
            return null;
        }

        var rootName = root.Groups[1].Value;
        var kept = new List<string>();
        foreach (Match start in starts)
        {
            var name = start.Groups[1].Value;
            var close = text.IndexOf("</" + name, start.Index, StringComparison.Ordinal);
            var next = start.NextMatch();
            var closeEnd = close < 0 ? -1 : text.IndexOf('>', close);
            if (closeEnd < 0 || (next.Success && close > next.Index))
            {
                skippedEntries++;
                continue;
            }

            var chunk = text[start.Index..(closeEnd + 1)];
            if (IsWellFormed(root.Value + chunk + "</" + rootName + ">"))
            {
                kept.Add(chunk);
            }
            else
            {
                skippedEntries++;
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        var header = text[..starts[0].Index];
        var candidate = Assemble(header, kept, OpenElements(header));
        if (IsWellFormed(candidate))
        {
            return candidate;
        }

        var minimalHeader = rootName.EndsWith("rss", StringComparison.OrdinalIgnoreCase) ? root.Value + "<channel>" : root.Value;
        candidate = Assemble(minimalHeader, kept, OpenElements(minimalHeader));
        return IsWellFormed(candidate) ? candidate : null;
    }

    private static string Assemble(string header, List<string> entries, List<string> open)
    {
        var sb = new StringBuilder(header);
        foreach (var entry in entries)
        {
            sb.Append(entry).Append('\n');
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            sb.Append("</").Append(open[i]).Append('>');
        }

        return sb.ToString();
    }

    /// <summary>The elements left open at the end of <paramref name="header"/>, outermost first.</summary>
    private static List<string> OpenElements(string header)
    {
        var stack = new List<string>();
        foreach (Match tag in AnyTag().Matches(header))
        {
            var name = tag.Groups[2].Value;
            if (tag.Groups[1].Value == "/")
            {
                var at = stack.LastIndexOf(name);
                if (at >= 0)
                {
                    stack.RemoveRange(at, stack.Count - at);
                }
            }
            else if (!tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                stack.Add(name);
            }
        }

        return stack;
    }

    private static bool IsWellFormed(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 1024 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))[\s>/]", RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"<([A-Za-z_][\w.:-]*)(?:\s[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex RootStart();

    [GeneratedRegex(@"<(/?)([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
