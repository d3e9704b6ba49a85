using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Turns feed HTML into plain text with an HTML5 parser (AngleSharp), never with regexes.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article", "header", "footer", "pre", "hr",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    /// <summary>Returns the visible text of <paramref name="html"/>, entities decoded, whitespace collapsed, blocks separated by a space.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        // Fast path: no markup and no entities.
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return Collapse(html);
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        var nodes = Parser.ParseFragment(html, body);
        var sb = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, sb);
        }

        return Collapse(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element when Dropped.Contains(element.LocalName):
                break;
            case IElement element:
                var block = BlockElements.Contains(element.LocalName);
                if (block)
                {
                    sb.Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, sb);
                }

                if (block)
                {
                    sb.Append(' ');
                }

                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, sb);
                }

                break;
        }
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
