using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.State;

namespace Monitor.Pipeline.Tests.State;

public sealed class FeedHealthTests
{
    private static readonly DateTimeOffset Now = Builders.Now;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public static TheoryData<string, int, double, double?, double, FeedHealthTransition> Failures => new()
    {
        // case,                                       failures before, jitter, retry-after (min), next poll (min after now), transition
        { "first failure, neutral jitter",             0,               0.5,    null,               5,                         FeedHealthTransition.None },
        { "first failure, lowest jitter",              0,               0.0,    null,               4,                         FeedHealthTransition.None },
        { "first failure, highest jitter",             0,               1.0,    null,               6,                         FeedHealthTransition.None },
        { "second failure doubles",                    1,               0.5,    null,               10,                        FeedHealthTransition.None },
        { "third failure reaches the threshold",       2,               0.5,    null,               20,                        FeedHealthTransition.StartedFailing },
        { "fourth failure is the same streak",         3,               0.5,    null,               40,                        FeedHealthTransition.None },
        { "long streak is capped at six hours",        30,              1.0,    null,               360,                       FeedHealthTransition.None },
        { "retry-after longer than back-off wins",     0,               0.5,    60,                 60,                        FeedHealthTransition.None },
        { "retry-after shorter than back-off is moot", 1,               0.5,    1,                  10,                        FeedHealthTransition.None },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failed_Case_CountsBacksOffAndReportsTheTransition(string name, int before, double jitter, double? retryAfterMinutes, double nextMinutes, FeedHealthTransition expected)
    {
        var previous = new FeedState("nos") { ConsecutiveFailures = before, ETag = "\"v1\"", LastSuccessAt = Now.AddHours(-1) };
        var retryAfter = retryAfterMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;

        var update = FeedHealth.Failed(previous, Interval, FetchFailureKind.NotFound, "fetcher: HTTP 404", retryAfter, threshold: 3, Now, jitter);

        Assert.True(Now.AddMinutes(nextMinutes) == update.NextPollAt, $"{name}: next poll {update.NextPollAt - Now} after now");
        Assert.True(expected == update.Transition, $"{name}: expected {expected}, got {update.Transition}");
        Assert.Equal(before + 1, update.State.ConsecutiveFailures);
        Assert.Equal(("NotFound", "fetcher: HTTP 404", Now), (update.State.LastErrorKind, update.State.LastError, update.State.LastErrorAt));
        Assert.Equal(("\"v1\"", Now.AddHours(-1)), (update.State.ETag, update.State.LastSuccessAt));
    }

    public static TheoryData<string, int, bool, string?, double?, double?, string?, double, FeedHealthTransition> Successes => new()
    {
        // case,                                  failures before, 304,   new etag,  cache (min), ttl (min), etag kept, next poll (min), transition
        { "200 after a healthy poll",             0,               false, "\"v2\"",  null,        null,      "\"v2\"",  5,               FeedHealthTransition.None },
        { "200 without validators drops old",     0,               false, null,      null,        null,      null,      5,               FeedHealthTransition.None },
        { "304 keeps the old validators",         0,               true,  null,      null,        null,      "\"v1\"",  5,               FeedHealthTransition.None },
        { "cache lifetime longer than interval",  0,               false, "\"v2\"",  30,          null,      "\"v2\"",  30,              FeedHealthTransition.None },
        { "ttl longer than cache lifetime",       0,               false, "\"v2\"",  30,          60,        "\"v2\"",  60,              FeedHealthTransition.None },
        { "success below the threshold",          2,               false, "\"v2\"",  null,        null,      "\"v2\"",  5,               FeedHealthTransition.None },
        { "success after the threshold",          3,               true,  null,      null,        null,      "\"v1\"",  5,               FeedHealthTransition.Recovered },
    };

    [Theory]
    [MemberData(nameof(Successes))]
    public void Succeeded_Case_ResetsKeepsValidatorsAndReportsTheTransition(string name, int before, bool notModified, string? etag, double? cacheMinutes, double? ttlMinutes, string? expectedEtag, double nextMinutes, FeedHealthTransition expected)
    {
        var previous = new FeedState("nos") { ConsecutiveFailures = before, ETag = "\"v1\"", LastError = "fetcher: HTTP 404" };
        var fetched = (notModified ? FetchResult.NotModified() : FetchResult.Ok(Array.Empty<byte>())) with
        {
            ETag = etag,
            CacheLifetime = cacheMinutes is { } c ? TimeSpan.FromMinutes(c) : null,
        };
        var ttl = ttlMinutes is { } t ? TimeSpan.FromMinutes(t) : (TimeSpan?)null;

        var update = FeedHealth.Succeeded(previous, Interval, fetched, ttl, threshold: 3, Now);

        Assert.True(Now.AddMinutes(nextMinutes) == update.NextPollAt, $"{name}: next poll {update.NextPollAt - Now} after now");
        Assert.True(expected == update.Transition, $"{name}: expected {expected}, got {update.Transition}");
        Assert.True(expectedEtag == update.State.ETag, $"{name}: etag {update.State.ETag}");
        Assert.Equal((0, Now), (update.State.ConsecutiveFailures, update.State.LastSuccessAt));
        Assert.Same(previous, update.Previous);
    }
}
