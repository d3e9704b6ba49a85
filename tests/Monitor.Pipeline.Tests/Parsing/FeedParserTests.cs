using System.Text;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Tests.Parsing;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUri = new("https://nieuws.example.org/feeds/rss.xml");

    [Fact]
    public void Parse_HtmlEntitiesAndStrayAmpersands_FeedIsReadNotLost()
    {
        var feed = FeedParser.Parse("<rss version=\"2.0\"><channel><title>Nieuws</title><item><title>Caf&eacute;&nbsp;Fish & Chips</title></item></channel></rss>");
        Assert.Equal("Café\u00A0Fish & Chips", feed.Items.Single().Title);
        Assert.True(feed.Repaired);
    }

    [Fact]
    public void Parse_ExternalEntity_NoFileIsRead()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "GEHEIM-42");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secret}\">]><rss version=\"2.0\"><channel><title>t</title><item><title>a &xxe; b</title></item></channel></rss>";
            var feed = FeedParser.Parse(xml);
            Assert.DoesNotContain("GEHEIM", feed.Items.Single().Title, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Parse_BillionLaughs_NotExpanded()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append("<!ENTITY lol").Append(i).Append(" \"");
            for (var j = 0; j < 10; j++)
            {
                sb.Append("&lol").Append(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }

            sb.Append("\">");
        }

        sb.Append("]><rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title></item></channel></rss>");
        var feed = FeedParser.Parse(sb.ToString());
        Assert.True(feed.Items.Single().Title!.Length < 100);
    }

    [Fact]
    public void Parse_HtmlPage_NotAFeedNamingAdvertisedFeeds()
    {
        const string html = "<!DOCTYPE html><html><head><title>Nieuws</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss/binnenland.xml\"><link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://nieuws.example.org/atom\"><link rel=\"stylesheet\" href=\"/s.css\"></head><body>hoi</body></html>";
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(html, FeedUri));
        Assert.True(ex.IsHtmlPage);
        Assert.Contains("not a feed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://nieuws.example.org/rss/binnenland.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://nieuws.example.org/atom", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s.css", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RssAfterXhtmlDoctype_ItemsReadNotRefusedAsHtmlPage()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
            + "<rss version=\"2.0\"><channel><title>Gemeente</title>"
            + "<item><title>Raadsvergadering verplaatst</title><guid>r-1</guid><link>/nieuws/r-1</link></item></channel></rss>";
        var feed = FeedParser.Parse(xml, FeedUri);
        Assert.Equal("Raadsvergadering verplaatst", feed.Items.Single().Title);
    }

    [Fact]
    public void Parse_OneBrokenItem_IntactItemsRecovered()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Een</title><guid>1</guid></item>"
            + "<item><title>Twee <b>kapot</title><guid>2</guid></item>"
            + "<item><title>Drie</title><guid>3</guid></item></channel></rss>";
        var feed = FeedParser.Parse(xml);
        Assert.Equal(["Een", "Drie"], feed.Items.Select(i => i.Title));
        Assert.Equal(1, feed.SkippedEntries);
    }

    [Fact]
    public void Parse_TruncatedAtomDocument_CompleteEntriesRecovered()
    {
        const string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
            + "<entry><id>urn:1</id><title>Een</title></entry>"
            + "<entry><id>urn:2</id><title>Twee</title></entry>"
            + "<entry><id>urn:3</id><tit";
        var feed = FeedParser.Parse(xml);
        Assert.Equal(["urn:1", "urn:2"], feed.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_Empty_SpecificError(string text)
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(text));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Garbage_SpecificError()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse("dit is geen feed"));
        Assert.StartsWith("parser:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_XmlBase_ResolvedPerEntryAndLink()
    {
        const string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://a.example/nieuws/\"><title>t</title>"
            + "<entry xml:base=\"binnenland/\"><id>1</id><title>x</title><link href=\"artikel-1\"/></entry>"
            + "<entry><id>2</id><title>y</title><link rel=\"alternate\" xml:base=\"/sport/\" href=\"artikel-2\"/></entry></feed>";
        var feed = FeedParser.Parse(xml, FeedUri);
        Assert.Equal(new Uri("https://a.example/nieuws/binnenland/"), feed.Items[0].BaseUri);
        Assert.Equal(new Uri("https://a.example/sport/"), feed.Items[1].BaseUri);
    }

    [Fact]
    public void Parse_AtomWithoutPublished_UpdatedKept()
    {
        const string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>x</title><updated>2022-01-27T10:00:00+01:00</updated></entry></feed>";
        var item = FeedParser.Parse(xml).Items.Single();
        Assert.Null(item.PublishedText);
        Assert.Equal("2022-01-27T10:00:00+01:00", item.UpdatedText);
    }

    [Fact]
    public void Parse_RssDcDate_UsedWhenPubDateMissing()
    {
        const string xml = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title><item><title>x</title><dc:date>2022-01-27T10:00:00Z</dc:date><dc:creator>Redactie</dc:creator></item></channel></rss>";
        var item = FeedParser.Parse(xml).Items.Single();
        Assert.Equal("2022-01-27T10:00:00Z", item.PublishedText);
        Assert.Equal("Redactie", item.Author);
    }

    [Fact]
    public void Parse_JsonFeed_Read()
    {
        const string json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[{\"id\":\"1\",\"title\":\"Eén\",\"url\":\"https://x.example/1\",\"date_published\":\"2022-01-27T10:00:00Z\"}]}";
        var item = FeedParser.Parse(json).Items.Single();
        Assert.Equal("Eén", item.Title);
        Assert.Equal("2022-01-27T10:00:00Z", item.PublishedText);
    }

    [Fact]
    public void Parse_Ttl_Read()
    {
        var feed = FeedParser.Parse("<rss version=\"2.0\"><channel><title>t</title><ttl>45</ttl></channel></rss>");
        Assert.Equal(TimeSpan.FromMinutes(45), feed.TimeToLive);
    }

    [Theory]
    [InlineData("plain text keeps brackets as text", "<title type=\"text\">a &lt;b&gt; c</title>", "a <b> c")]
    [InlineData("html is markup", "<title type=\"html\">a &lt;b&gt;vet&lt;/b&gt; c</title>", "a vet c")]
    [InlineData("xhtml keeps its tags and drops scripts", "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">a <b>vet</b><script>x()</script> c</div></title>", "a vet c")]
    [InlineData("base64 is decoded", "<title type=\"application/octet-stream\">RWVu</title>", "Een")]
    [InlineData("Atom 0.3 escaped mode", "<title mode=\"escaped\" type=\"text/html\">&lt;i&gt;x&lt;/i&gt;</title>", "x")]
    public void Parse_AtomTextConstructs_ReadByType(string because, string title, string expected)
    {
        var feed = FeedParser.Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id>{title}</entry></feed>");
        var html = feed.Items.Single().Title;
        Assert.True(expected == Monitor.Pipeline.Normalizing.HtmlText.ToPlainText(html), because);
    }

    [Fact]
    public void Parse_JsonFeedWithShortVersion_Read()
    {
        const string json = "{\"version\":\"1.0\",\"title\":\"J\",\"items\":[{\"id\":7,\"title\":\"a <b\",\"content_text\":\"tekst\",\"url\":\"https://x.example/7\"}]}";
        var feed = FeedParser.Parse(json);
        var item = feed.Items.Single();
        Assert.Equal("7", item.Id);
        Assert.Equal("a <b", Monitor.Pipeline.Normalizing.HtmlText.ToPlainText(item.Title));
        Assert.Equal("tekst", item.Content);
    }

    [Fact]
    public void Parse_BrokenJson_SpecificError()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse("{\"items\": [ {\"id\": "));
        Assert.Contains("JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RssFallbacks_DublinCoreAndPermalinkGuid()
    {
        const string xml = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title><item><dc:title>DC titel</dc:title><dc:description>DC tekst</dc:description><guid>https://a.example/artikel/9</guid></item></channel></rss>";
        var item = FeedParser.Parse(xml).Items.Single();
        Assert.Equal("DC titel", item.Title);
        Assert.Equal("DC tekst", item.Summary);
        Assert.Equal("https://a.example/artikel/9", item.Link);
    }
}
