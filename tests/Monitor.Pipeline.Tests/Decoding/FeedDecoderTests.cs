using System.Text;
using Monitor.Pipeline.Decoding;

namespace Monitor.Pipeline.Tests.Decoding;

public sealed class FeedDecoderTests
{
    private const string Dutch = "Oekraïne: één café “citaat” €";

    static FeedDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Doc(Encoding encoding, string? declared, bool bom = false)
    {
        var text = (declared is null ? string.Empty : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>") + $"<rss><channel><title>{Dutch}</title></channel></rss>";
        var bytes = encoding.GetBytes(text);
        return bom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }

    [Fact]
    public void Decode_Utf8WithBom_BomWinsOverWrongHttpCharset()
    {
        var result = FeedDecoder.Decode(Doc(Encoding.UTF8, "windows-1252", bom: true), "text/xml; charset=iso-8859-1");
        Assert.Contains(Dutch, result.Text, StringComparison.Ordinal);
        Assert.Equal(EncodingSource.ByteOrderMark, result.Source);
        Assert.False(result.Text.StartsWith('\uFEFF'));
    }

    [Theory]
    [InlineData("utf-16LE with BOM", "utf-16", true)]
    [InlineData("utf-16BE with BOM", "utf-16BE", true)]
    [InlineData("utf-16LE without BOM", "utf-16", false)]
    [InlineData("utf-16BE without BOM", "utf-16BE", false)]
    [InlineData("utf-32LE with BOM", "utf-32", true)]
    [InlineData("utf-32LE without BOM", "utf-32", false)]
    public void Decode_WideEncodings_ReadCorrectly(string because, string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var result = FeedDecoder.Decode(Doc(encoding, encodingName, bom), "application/rss+xml");
        Assert.True(result.Text.Contains(Dutch, StringComparison.Ordinal), because);
    }

    [Fact]
    public void Decode_HttpCharset_WinsOverXmlDeclaration()
    {
        var result = FeedDecoder.Decode(Doc(Encoding.GetEncoding(1252), "utf-8"), "application/rss+xml; charset=windows-1252");
        Assert.Contains(Dutch, result.Text, StringComparison.Ordinal);
        Assert.Equal(EncodingSource.HttpHeader, result.Source);
    }

    [Fact]
    public void Decode_XmlDeclaration_UsedWithoutHttpCharset()
    {
        var result = FeedDecoder.Decode(Doc(Encoding.GetEncoding("iso-8859-15"), "iso-8859-15"), "text/xml");
        Assert.Contains("Oekraïne: één café", result.Text, StringComparison.Ordinal);
        Assert.Equal(EncodingSource.XmlDeclaration, result.Source);
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("us-ascii")]
    [InlineData("latin1")]
    public void Decode_Latin1AndAsciiLabels_ReadAsWindows1252(string label)
    {
        // cp1252 bytes 0x93/0x94/0x80 are “ ” € — as ISO-8859-1 they would be invisible C1 controls.
        var result = FeedDecoder.Decode(Doc(Encoding.GetEncoding(1252), label), null);
        Assert.Contains("“citaat” €", result.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", result.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252BytesLabelledUtf8_ReadAsWindows1252()
    {
        var result = FeedDecoder.Decode(Doc(Encoding.GetEncoding(1252), "utf-8"), "application/xml; charset=utf-8");
        Assert.Contains(Dutch, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8InAUtf8Document_ReplacesOnlyTheBadBytes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<rss><title>één "), 0xFF, 0xC3, .. Encoding.UTF8.GetBytes(" café</title></rss>")];
        var result = FeedDecoder.Decode(bytes, null);
        Assert.Contains("één \uFFFD\uFFFD café", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownCharset_FallsBackWithoutThrowing()
    {
        var result = FeedDecoder.Decode(Doc(Encoding.UTF8, "x-bogus-42"), "text/xml; charset=x-bogus");
        Assert.Contains(Dutch, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            _ = FeedDecoder.Decode(bytes, i % 2 == 0 ? "text/xml; charset=utf-16" : null);
        }
    }
}
