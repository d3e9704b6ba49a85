using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Pipeline.Decoding;

/// <summary>Turns a feed's bytes into text. Order: BOM, then the HTTP charset, then the XML declaration, then UTF-8.</summary>
/// <remarks>
/// FeedReader's own byte path ignores the HTTP charset and fails on UTF-16, so decoding is ours, as measured against FeedReader 2.1.1.
/// ISO-8859-1, latin1 and US-ASCII are read as windows-1252, as browsers do (WHATWG). UTF-16/32 without a BOM are
/// recognised by the byte pattern of <c>&lt;?xml</c>. When UTF-8 was only assumed or declared (not a BOM) and the bytes
/// contain no valid multi-byte sequence but do contain invalid ones, the document is a legacy single-byte one that was
/// mislabelled, and it is read as windows-1252. Otherwise invalid bytes become U+FFFD. This never throws.
/// </remarks>
public static partial class FeedDecoder
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Encoding> LenientEncodings = new();

    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/> using <paramref name="contentType"/> (the HTTP header, may be null).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        var (bomEncoding, bomLength) = DetectBom(body);
        if (bomEncoding is not null)
        {
            return new DecodedText(Lenient(bomEncoding).GetString(body[bomLength..]), bomEncoding.WebName, EncodingSource.ByteOrderMark);
        }

        var wide = DetectWideWithoutBom(body);
        var httpCharset = CharsetFromContentType(contentType);
        if (httpCharset is not null && TryGetEncoding(httpCharset, out var httpEncoding) && Compatible(httpEncoding, wide))
        {
            return Checked(body, httpEncoding, EncodingSource.HttpHeader);
        }

        if (wide is not null)
        {
            return new DecodedText(Lenient(wide).GetString(body), wide.WebName, EncodingSource.ByteOrderMark);
        }

        var declared = CharsetFromXmlDeclaration(body);
        if (declared is not null && TryGetEncoding(declared, out var xmlEncoding) && !IsUtf16Or32(xmlEncoding))
        {
            return Checked(body, xmlEncoding, EncodingSource.XmlDeclaration);
        }

        return Checked(body, Encoding.UTF8, EncodingSource.Default);
    }

    /// <summary>Maps a charset label to an encoding, applying the browser rule that Latin-1 and ASCII mean windows-1252.</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = label.Trim().Trim('"', '\'').ToUpperInvariant();
        name = name switch
        {
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "ISO_8859-1" or "CP819" or "IBM819" or "ISO-IR-100" or "CP1252" => "windows-1252",
            "UTF8" or "UNICODE-1-1-UTF-8" => "utf-8",
            "UTF-16" or "UTF16" or "UNICODE" => "utf-16",
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

    private static DecodedText Checked(ReadOnlySpan<byte> body, Encoding encoding, EncodingSource source)
    {
        if (encoding.CodePage == 65001)
        {
            // Valid UTF-8 (nearly every feed) needs no replacement fallback, and the shared instance decodes it fastest.
            if (System.Text.Unicode.Utf8.IsValid(body))
            {
                return new DecodedText(Encoding.UTF8.GetString(body), encoding.WebName, source);
            }

            if (LooksLikeLegacySingleByte(body))
            {
                var cp1252 = Encoding.GetEncoding(1252);
                return new DecodedText(Lenient(cp1252).GetString(body), cp1252.WebName, source);
            }
        }

        return new DecodedText(Lenient(encoding).GetString(body), encoding.WebName, source);
    }

    /// <summary>True when the bytes are not valid UTF-8 and hold no valid multi-byte UTF-8 sequence at all.</summary>
    private static bool LooksLikeLegacySingleByte(ReadOnlySpan<byte> body)
    {
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return false;
        }

        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b < 0x80)
            {
                continue;
            }

            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (length > 0 && i + length <= body.Length && System.Text.Unicode.Utf8.IsValid(body.Slice(i, length)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUtf16Or32(Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;

    private static bool Compatible(Encoding declared, Encoding? wide) =>
        wide is null ? !IsUtf16Or32(declared) : IsUtf16Or32(declared) && declared.GetByteCount("<") == wide.GetByteCount("<");

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

    /// <summary>UTF-16/32 without a BOM, recognised by how <c>&lt;</c> (and <c>?</c>) are laid out (XML 1.0 appendix F).</summary>
    private static Encoding? DetectWideWithoutBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x00, 0x00]))
        {
            return Encoding.UTF32;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x3C]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00]) && b.Length > 3 && b[3] == 0x00)
        {
            return Encoding.Unicode;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C]) && b.Length > 2 && b[2] == 0x00)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
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
        LenientEncodings.GetOrAdd(encoding.CodePage, static cp => Encoding.GetEncoding(cp, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")));

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9_:.\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
