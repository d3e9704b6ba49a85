using Monitor.Pipeline.Polling;

namespace Monitor.Infrastructure.Tests.Http;

/// <summary>Hostile feeds end in the right text or a specific error, in bounded time and memory, while the healthy feeds are read.</summary>
[Collection(AllocationSensitive.Name)]
public sealed class HostileFeedTests(HostileFeedsFixture fixture) : IClassFixture<HostileFeedsFixture>
{
    [Theory]
    [InlineData("gzip-bomb-xml", "TooLarge")]
    [InlineData("endless-xml", "TooLarge")]
    [InlineData("trickle-xml", "Timeout")]
    [InlineData("html-xml", "NotAFeed")]
    [InlineData("loop-xml", "TooManyRedirects")]
    [InlineData("missing-xml", "NotFound")]
    [InlineData("gone-xml", "Gone")]
    [InlineData("limited-xml", "RateLimited")]
    [InlineData("broken-xml", "ServerError")]
    [InlineData("empty-xml", "EmptyBody")]
    public async Task Poll_HostileFeed_SpecificError(string feedId, string kinds)
    {
        var state = await fixture.Store.GetAsync(feedId, default);
        Assert.Equal(PollOutcome.Failed, fixture.Reports[feedId].Outcome);
        Assert.Contains(state.LastErrorKind, kinds.Split('|'));
        Assert.False(string.IsNullOrWhiteSpace(state.LastError));
        Assert.NotNull(state.NextPollAt);
    }

    [Theory]
    [InlineData("xxe-xml", "voor &xxe; na")]
    [InlineData("laughs-xml", "lach &j;")]
    [InlineData("invalid-utf8-xml", "één \uFFFD café")]
    [InlineData("utf16-xml", "Oekraïne één")]
    [InlineData("wrong-charset-xml", "“Oekraïne” €")]
    [InlineData("control-xml", "abcd")]
    public void Poll_HostileButReadableFeed_RightText(string feedId, string title)
    {
        Assert.Equal(PollOutcome.Updated, fixture.Reports[feedId].Outcome);
        Assert.Equal(title, fixture.TitlesOf(feedId));
    }

    [Fact]
    public void Poll_ExternalEntity_SecretNeverRead() =>
        Assert.DoesNotContain(HostileFeedsFixture.Secret, string.Join(" ", fixture.Reports.Keys.Select(fixture.TitlesOf)), StringComparison.Ordinal);

    [Fact]
    public void Poll_HtmlPage_ErrorNamesTheAdvertisedFeed() =>
        Assert.Contains("/echte-feed.xml", fixture.Reports["html-xml"].Error, StringComparison.Ordinal);

    [Fact]
    public void Poll_RateLimited_NextPollNotBeforeRetryAfter() =>
        Assert.True(fixture.Reports["limited-xml"].NextPollAt >= fixture.RoundStart.AddHours(1));

    [Fact]
    public void Poll_HealthyFeedsBesideHostileOnes_StillRead()
    {
        Assert.Equal(3, fixture.Reports["good-1-xml"].NewItemCount);
        Assert.Equal(2, fixture.Reports["good-2-xml"].NewItemCount);
        Assert.All(fixture.Reports.Values, r => Assert.NotNull(r.NextPollAt));
    }

    [Fact]
    public void Poll_WholeHostileRound_BoundedMemory()
    {
        Assert.True(fixture.AllocatedBytes < 200L * 1024 * 1024, $"allocated {fixture.AllocatedBytes} bytes");
    }
}
