using System.Text;
using System.Xml.Linq;

namespace Monitor.Pipeline.Parsing;

/// <summary>Reads an Atom text construct (title, subtitle, summary, content) as HTML, honouring its declared type.</summary>
/// <remarks>
/// FeedReader returns every construct's raw value, so plain text that contains <c>&lt;</c> would later be read as markup,
/// XHTML loses its tags, and base64 stays encoded. Atom 1.0: <c>type</c> text (default) | html | xhtml | a MIME type
/// (XML types inline, text types as text, anything else base64). Atom 0.3: <c>mode</c> xml | escaped | base64 with a MIME <c>type</c>.
/// </remarks>
public static class AtomText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the construct as an HTML string (plain text is HTML-escaped), or null when <paramref name="element"/> is null.</summary>
    public static string? AsHtml(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (element.Attribute("type")?.Value ?? string.Empty).Trim().ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? string.Empty).Trim().ToLowerInvariant();
        if (mode == "base64" || (type.Contains('/', StringComparison.Ordinal) && !IsXml(type) && !type.StartsWith("text/", StringComparison.Ordinal)))
        {
            var decoded = Base64(element.Value);
            return decoded is null ? Escape(element.Value) : type.Contains("html", StringComparison.Ordinal) ? decoded : Escape(decoded);
        }

        if (type == "xhtml" || IsXml(type) || (mode == "xml" && element.HasElements))
        {
            return InnerXml(element);
        }

        if (type is "html" or "text/html" || mode == "escaped")
        {
            return element.Value;
        }

        return Escape(element.Value);
    }

    /// <summary>Escapes plain text so that an HTML reader shows it as it is (only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('&', '<', '>') < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>The first child of <paramref name="parent"/> with local name <paramref name="localName"/>, in any namespace.</summary>
    public static XElement? Child(XElement? parent, string localName)
    {
        // Walks the sibling list directly: this runs several times per entry, and Elements() allocates an enumerator each time.
        for (var node = parent?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && string.Equals(element.Name.LocalName, localName, StringComparison.Ordinal))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsXml(string type) => type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("/xml", StringComparison.Ordinal);

    private static string InnerXml(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            sb.Append(node.ToString(SaveOptions.DisableFormatting));
        }

        return sb.ToString();
    }

    private static string? Base64(string value)
    {
        try
        {
            return Strict.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}
