using Monitor.Discord.RateLimiting;

namespace Monitor.Discord.Tests.RateLimiting;

public sealed class RateLimitObservationTests
{
    [Fact]
    public void From_429WithHeadersAndBody_ReadsEverything()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "1.250",
            ["X-RateLimit-Bucket"] = "abcd",
            ["X-RateLimit-Scope"] = "shared",
            ["Retry-After"] = "65",
        };

        var o = RateLimitObservation.From(429, h => headers.GetValueOrDefault(h), """{"message":"You are being rate limited.","retry_after":64.57,"global":false}""");

        Assert.Equal(5, o.Limit);
        Assert.Equal(0, o.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(1.25), o.ResetAfter);
        Assert.Equal("abcd", o.Bucket);
        Assert.True(o.IsShared);
        Assert.False(o.IsGlobal);
        Assert.Equal(TimeSpan.FromSeconds(64.57), o.RetryAfter);
        Assert.False(o.IsBan);
    }

    [Theory]
    [InlineData(429, "<html>error code: 1015</html>", true)]
    [InlineData(403, "<!DOCTYPE html><html>Access denied</html>", true)]
    [InlineData(429, """{"code":0,"message":"You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."}""", true)]
    [InlineData(403, """{"code":50013,"message":"Missing Permissions"}""", false)]
    [InlineData(404, "<html>not found</html>", false)]
    [InlineData(403, "", false)]
    public void From_NoRateLimitHeaders_DetectsCloudflareBan(int status, string body, bool isBan) =>
        Assert.Equal(isBan, RateLimitObservation.From(status, _ => null, body).IsBan);

    [Fact]
    public void From_GlobalHeaderAndRetryAfterHeaderOnly_UsesHeader()
    {
        var o = RateLimitObservation.From(429, h => h switch { "X-RateLimit-Global" => "true", "Retry-After" => "3", "X-RateLimit-Scope" => "global", _ => null }, "{}");

        Assert.True(o.IsGlobal);
        Assert.Equal(TimeSpan.FromSeconds(3), o.RetryAfter);
    }
}
