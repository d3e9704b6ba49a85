using System.Text;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Discord.Rendering;

/// <summary>Builds the embed description: a window of the item's text around the first match, matched terms in bold, feed markdown escaped.</summary>
public static class SnippetBuilder
{
    /// <summary>Gets how many characters of feed text the snippet shows at most.</summary>
    public const int WindowLength = 480;

    private const int Lead = 140;

    /// <summary>Returns the snippet for <paramref name="item"/> given every match of the alert.</summary>
    public static string Build(FeedItem item, IEnumerable<TermMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(item);
        var all = matches.ToList();
        var field = ChooseField(item, all);
        var text = item.Text(field);
        var inField = all
            .Where(m => m.Field == field && m.Start >= 0 && m.Length > 0 && m.Start + m.Length <= text.Length)
            .OrderBy(m => m.Start)
            .ToList();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var (start, end) = Window(text, inField.Count > 0 ? inField[0].Start : 0);
        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append("… ");
        }

        var pos = start;
        foreach (var match in inField)
        {
            if (match.Start < pos || match.Start + match.Length > end)
            {
                continue; // overlapping or outside the window
            }

            sb.Append(DiscordText.Escape(text[pos..match.Start]));
            sb.Append("**").Append(DiscordText.Escape(text.Substring(match.Start, match.Length))).Append("**");
            pos = match.Start + match.Length;
        }

        sb.Append(DiscordText.Escape(text[pos..end]));
        if (end < text.Length)
        {
            sb.Append(" …");
        }

        return sb.ToString().Trim();
    }

    private static TextField ChooseField(FeedItem item, List<TermMatch> matches)
    {
        // The body tells more than the headline (which is the embed title already); fall back to whatever text there is.
        foreach (var field in new[] { TextField.Summary, TextField.Content })
        {
            if (matches.Exists(m => m.Field == field) && item.Text(field).Length > 0)
            {
                return field;
            }
        }

        return item.Summary.Length > 0 ? TextField.Summary : item.Content.Length > 0 ? TextField.Content : TextField.Title;
    }

    private static (int Start, int End) Window(string text, int anchor)
    {
        if (text.Length <= WindowLength)
        {
            return (0, text.Length);
        }

        var start = Math.Max(0, anchor - Lead);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < anchor ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + WindowLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > anchor ? space : end;
        }

        // Never split a surrogate pair at the window edges.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
