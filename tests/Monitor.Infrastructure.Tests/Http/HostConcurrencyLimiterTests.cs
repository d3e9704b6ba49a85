using Monitor.Infrastructure.Http;

namespace Monitor.Infrastructure.Tests.Http;

public sealed class HostConcurrencyLimiterTests
{
    [Fact]
    public async Task AcquireAsync_LimitReached_NextWaitsUntilASlotIsGivenBack()
    {
        var limiter = new HostConcurrencyLimiter(2);
        var first = await limiter.AcquireAsync("nieuws.example.org", default);
        using var second = await limiter.AcquireAsync("NIEUWS.example.org", default);

        var third = limiter.AcquireAsync("nieuws.example.org", default);
        Assert.False(third.IsCompleted);

        first.Dispose();
        using var slot = await third;
    }

    [Fact]
    public async Task AcquireAsync_OtherHost_NotLimitedByTheFirst()
    {
        var limiter = new HostConcurrencyLimiter(1);
        using var held = await limiter.AcquireAsync("a.example.org", default);

        var other = limiter.AcquireAsync("b.example.org", default);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Dispose_Twice_GivesBackOneSlotOnly()
    {
        var limiter = new HostConcurrencyLimiter(1);
        var slot = await limiter.AcquireAsync("a.example.org", default);
        slot.Dispose();
        slot.Dispose();

        using var again = await limiter.AcquireAsync("a.example.org", default);
        var extra = limiter.AcquireAsync("a.example.org", default);

        Assert.False(extra.IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        var limiter = new HostConcurrencyLimiter(1);
        using var held = await limiter.AcquireAsync("a.example.org", default);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync("a.example.org", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
