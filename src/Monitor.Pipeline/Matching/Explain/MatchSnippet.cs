using System.Text;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching.Explain;

/// <summary>Renders a short excerpt of an item with the matched words marked, for alerts and <c>monitor match</c>.</summary>
public static class MatchSnippet
{
    /// <summary>The default excerpt length in characters.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>Returns an excerpt of the field of <paramref name="hit"/>'s first match, with every match in it marked; <see langword="null"/> when the hit has no matches.</summary>
    public static string? For(FeedItem item, RuleHit hit, int maxLength = DefaultMaxLength, string open = "**", string close = "**")
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(hit);
        if (hit.Matches.Count == 0)
        {
            return null;
        }

        var field = hit.Matches[0].Field;
        return Render(item.Text(field), hit.Matches.Where(m => m.Field == field), maxLength, open, close);
    }

    /// <summary>Returns an excerpt of <paramref name="text"/> of at most about <paramref name="maxLength"/> characters around the first match, with matches wrapped in <paramref name="open"/> and <paramref name="close"/>; cut ends are shown as <c>…</c>.</summary>
    public static string Render(string text, IEnumerable<TermMatch> matches, int maxLength = DefaultMaxLength, string open = "**", string close = "**")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var spans = matches.Select(m => (m.Start, End: m.Start + m.Length)).Where(s => s.Start >= 0 && s.End <= text.Length)
            .Distinct().OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        var first = spans.Count > 0 ? spans[0].Start : 0;
        var start = Math.Max(0, first - (maxLength / 3));
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + maxLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start < maxLength + 20)
        {
            end++;
        }

        var sb = new StringBuilder(end - start + 16);
        if (start > 0)
        {
            sb.Append('…');
        }

        var pos = start;
        foreach (var (s, e) in spans)
        {
            if (s < pos || e > end)
            {
                continue; // overlapping or outside the excerpt
            }

            sb.Append(text, pos, s - pos).Append(open).Append(text, s, e - s).Append(close);
            pos = e;
        }

        sb.Append(text, pos, end - pos);
        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
