using Monitor.Pipeline.Fetching;

namespace Monitor.Pipeline.Tests.Fetching;

public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("plain URL is kept", "https://nos.nl/rss/nieuws.xml", "https://nos.nl/rss/nieuws.xml")]
    [InlineData("query string goes", "https://api.example.nl/feed?key=geheim&lang=nl", "https://api.example.nl/feed")]
    [InlineData("fragment after the query goes with it", "https://example.nl/feed?token=x#top", "https://example.nl/feed")]
    [InlineData("fragment without a query is kept", "https://example.nl/feed#top", "https://example.nl/feed#top")]
    [InlineData("user and password go", "https://jan:wachtwoord@example.nl/feed.xml", "https://example.nl/feed.xml")]
    [InlineData("user info and query both go", "http://jan:pw@example.nl:8080/f?k=1", "http://example.nl:8080/f")]
    [InlineData("@ in the path is not user info", "https://example.nl/@redactie/feed", "https://example.nl/@redactie/feed")]
    [InlineData("placeholder in the query goes", "https://example.nl/feed?key=${NOS_KEY}", "https://example.nl/feed")]
    [InlineData("placeholder user info goes", "https://${FEED_USER}:${FEED_PASS}@example.nl/feed", "https://example.nl/feed")]
    [InlineData("? inside a placeholder is not a query", "https://example.nl/${PATH:-a?b}/feed?k=1", "https://example.nl/${PATH:-a?b}/feed")]
    [InlineData("@ inside a placeholder is not user info", "https://example.nl/${A@B}/feed", "https://example.nl/${A@B}/feed")]
    [InlineData("placeholder host is kept", "https://${FEED_HOST}/rss", "https://${FEED_HOST}/rss")]
    [InlineData("unclosed placeholder is plain text", "https://example.nl/${X/feed?k=1", "https://example.nl/${X/feed")]
    [InlineData("file path is kept", "feeds/nos.xml", "feeds/nos.xml")]
    [InlineData("windows path is kept", @"C:\feeds\nos.xml", @"C:\feeds\nos.xml")]
    [InlineData("empty stays empty", "", "")]
    public void Redact_Url_DropsQueryAndUserInfo(string name, string url, string expected)
    {
        var redacted = UrlRedaction.Redact(url);

        Assert.True(expected == redacted, $"{name}: expected {expected}, got {redacted}");
    }
}
