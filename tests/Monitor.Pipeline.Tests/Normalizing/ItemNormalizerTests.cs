using Monitor.Domain.Feeds;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Tests.Normalizing;

public sealed class ItemNormalizerTests
{
    private static readonly DateTimeOffset FirstSeen = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri FeedUri = new("https://nieuws.example.org/feeds/rss.xml");

    [Theory]
    [InlineData("utm parameters dropped", "https://a.example/x?utm_source=rss&id=5&utm_medium=feed", "https://a.example/x?id=5")]
    [InlineData("only tracking: query removed", "https://a.example/x?fbclid=abc&UTM_Campaign=y", "https://a.example/x")]
    [InlineData("other parameters kept in order", "https://a.example/x?b=2&a=1", "https://a.example/x?b=2&a=1")]
    [InlineData("relative link resolved against the feed URL", "../artikel/1", "https://nieuws.example.org/artikel/1")]
    [InlineData("root-relative link", "/sport/2?at_medium=rss", "https://nieuws.example.org/sport/2")]
    [InlineData("default port dropped, host lowercased", "HTTPS://A.Example:443/x", "https://a.example/x")]
    public void Resolve_Links_Canonical(string because, string link, string expected)
    {
        Assert.True(expected == LinkCanonicalizer.Resolve(link, FeedUri)?.AbsoluteUri, because);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:redactie@example.org")]
    [InlineData("   ")]
    public void Resolve_NonHttp_Null(string link) => Assert.Null(LinkCanonicalizer.Resolve(link, FeedUri));

    [Fact]
    public void Normalize_HtmlAndEntities_PlainText()
    {
        var item = ItemNormalizer.Normalize("f", new ParsedItem { Title = "<b>Kabinet</b> &amp; Kamer", Summary = "<p>Eén</p><p>twee<br>drie</p><script>x()</script>" }, FeedUri, FirstSeen);
        Assert.Equal("Kabinet & Kamer", item.Title);
        Assert.Equal("Eén twee drie", item.Summary);
    }

    [Fact]
    public void Normalize_NoDate_FirstSeenTime()
    {
        var item = ItemNormalizer.Normalize("f", new ParsedItem { Title = "x", PublishedText = "onzin" }, FeedUri, FirstSeen);
        Assert.Equal(FirstSeen, item.Published);
        Assert.False(item.HasPublishedDate);
    }

    [Fact]
    public void Normalize_OnlyUpdated_UpdatedUsed()
    {
        var item = ItemNormalizer.Normalize("f", new ParsedItem { Title = "x", UpdatedText = "2022-01-27T10:00:00Z" }, FeedUri, FirstSeen);
        Assert.Equal(new DateTimeOffset(2022, 1, 27, 10, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Normalize_ItemBase_WinsOverDocumentUri()
    {
        var item = ItemNormalizer.Normalize("f", new ParsedItem { Link = "artikel", BaseUri = new Uri("https://b.example/dir/") }, FeedUri, FirstSeen);
        Assert.Equal("https://b.example/dir/artikel", item.Link!.AbsoluteUri);
    }

    [Theory]
    [InlineData(ItemIdentitySource.Guid, "guid-1")]
    [InlineData(ItemIdentitySource.Link, "https://a.example/x")]
    public void Normalize_IdFrom_PicksTheSource(ItemIdentitySource source, string expected)
    {
        var item = ItemNormalizer.Normalize("f", new ParsedItem { Id = "guid-1", Link = "https://a.example/x?utm_source=rss", Title = "t" }, FeedUri, FirstSeen, source);
        Assert.Equal(expected, item.Key);
    }

    [Fact]
    public void Normalize_IdFromHash_StableAcrossChangingGuidsAndLinks()
    {
        var a = ItemNormalizer.Normalize("f", new ParsedItem { Id = "r1", Link = "https://a.example/1?s=1", Title = "t", Summary = "s" }, FeedUri, FirstSeen, ItemIdentitySource.Hash);
        var b = ItemNormalizer.Normalize("f", new ParsedItem { Id = "r2", Link = "https://a.example/1?s=2", Title = "t", Summary = "s" }, FeedUri, FirstSeen, ItemIdentitySource.Hash);
        Assert.Equal(a.Key, b.Key);
        Assert.StartsWith("sha256:", a.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_NoGuid_CanonicalLinkThenHash()
    {
        var withLink = ItemNormalizer.Normalize("f", new ParsedItem { Link = "/a?utm_source=x", Title = "t" }, FeedUri, FirstSeen);
        var without = ItemNormalizer.Normalize("f", new ParsedItem { Title = "t" }, FeedUri, FirstSeen);
        Assert.Equal("https://nieuws.example.org/a", withLink.Key);
        Assert.StartsWith("sha256:", without.Key, StringComparison.Ordinal);
    }
}
