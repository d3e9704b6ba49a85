using Monitor.Configuration;
using Monitor.Domain.Feeds;

namespace Monitor.Configuration.Tests.Feeds;

public sealed class HttpSectionParserTests
{
    private static ConfigLoadResult Parse(string yaml) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", _ => null);

    [Fact]
    public void Parse_HttpSection_AllKeysRead()
    {
        var result = Parse("""
            feeds:
              - id: nos
                url: https://nos.example/rss
            http:
              contact_url: https://example.org/wie-zijn-wij
              timeout: 20s
              connect_timeout: 5s
              max_body: 5MB
              per_host_concurrency: 2
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var http = result.Config!.Http;
        Assert.Equal("https://example.org/wie-zijn-wij", http.ContactUrl);
        Assert.Equal(TimeSpan.FromSeconds(20), http.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), http.ConnectTimeout);
        Assert.Equal(5L * 1024 * 1024, http.MaxBodyBytes);
        Assert.Equal(2, http.PerHostConcurrency);
    }

    [Fact]
    public void Parse_NoHttpSection_Defaults()
    {
        var result = Parse("feeds:\n  - id: nos\n    url: https://nos.example/rss\n");
        Assert.Equal(new Monitor.Pipeline.Fetching.FeedHttpOptions(), result.Config!.Http);
        Assert.Equal(ItemIdentitySource.Guid, result.Config.Feeds[0].IdFrom);
    }

    [Fact]
    public void Parse_MaxRedirects_ReadIntoTheOneHttpOptionsType()
    {
        var result = Parse("feeds: []\nhttp:\n  max_redirects: 2\n");
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Config!.Http.MaxRedirects);
    }

    [Theory]
    [InlineData("timeout: 0s", "http.timeout must be from 00:00:01 to 00:10:00")]
    [InlineData("connect_timeout: 1h", "http.connect_timeout must be from 00:00:01 to 00:05:00")]
    [InlineData("max_body: 100", "http.max_body must be from 1KB to 512MB")]
    [InlineData("max_body: 1GB", "http.max_body must be from 1KB to 512MB")]
    [InlineData("per_host_concurrency: 65", "http.per_host_concurrency must be from 1 to 64")]
    [InlineData("max_redirects: 11", "http.max_redirects must be from 0 to 10")]
    public void Parse_HttpValueOutOfRange_TheOptionsTypesLimitReportedAtTheKey(string line, string message)
    {
        var result = Parse($"feeds: []\nhttp:\n  {line}\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("max_body: tien", "max_body 'tien' is not a size")]
    [InlineData("contact_url: ftp://x", "contact_url 'ftp://x' is not an absolute")]
    [InlineData("per_host_concurrency: 0", "per_host_concurrency")]
    [InlineData("retries: 3", "retries")]
    public void Parse_BadHttpValue_ErrorWithPosition(string line, string message)
    {
        var result = Parse($"feeds: []\nhttp:\n  {line}\n");
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }
}
