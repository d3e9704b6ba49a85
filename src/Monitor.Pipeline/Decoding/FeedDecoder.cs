using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Pipeline.Decoding;

/// <summary>Turns a feed's bytes into text. Order: BOM, then the HTTP charset, then the XML declaration, then UTF-8.</summary>
/// <remarks>
/// FeedReader's own byte path ignores the HTTP charset and fails on UTF-16, so decoding is ours (dependencies.md §A2).
/// ISO-8859-1, latin1 and US-ASCII are read as windows-1252, as browsers do (WHATWG). Invalid bytes become U+FFFD; this never throws.
/// </remarks>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/> using <paramref name="contentType"/> (the HTTP header, may be null).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        var (bomEncoding, bomLength) = DetectBom(body);
        if (bomEncoding is not null)
        {
            return new DecodedText(Lenient(bomEncoding).GetString(body[bomLength..]), bomEncoding.WebName, EncodingSource.ByteOrderMark);
        }

        var httpCharset = CharsetFromContentType(contentType);
        if (httpCharset is not null && TryGetEncoding(httpCharset, out var httpEncoding))
        {
            return new DecodedText(Lenient(httpEncoding).GetString(body), httpEncoding.WebName, EncodingSource.HttpHeader);
        }

        var declared = CharsetFromXmlDeclaration(body);
        if (declared is not null && TryGetEncoding(declared, out var xmlEncoding))
        {
            return new DecodedText(Lenient(xmlEncoding).GetString(body), xmlEncoding.WebName, EncodingSource.XmlDeclaration);
        }

        return new DecodedText(Lenient(Encoding.UTF8).GetString(body), "utf-8", EncodingSource.Default);
    }

    /// <summary>Maps a charset label to an encoding, applying the browser rule that Latin-1 and ASCII mean windows-1252.</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        var name = label.Trim().Trim('"', '\'').ToUpperInvariant();
        name = name switch
        {
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "ISO_8859-1" or "CP819" or "IBM819" => "windows-1252",
            "UTF8" => "utf-8",
            _ => name,
        };
        try
        {
            encoding = Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    private static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? CharsetFromXmlDeclaration(ReadOnlySpan<byte> body)
    {
        // The declaration is ASCII-compatible in every encoding we can read without a BOM; 200 bytes is plenty.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 200)]);
        var match = XmlEncoding().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding Lenient(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9_:.\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
