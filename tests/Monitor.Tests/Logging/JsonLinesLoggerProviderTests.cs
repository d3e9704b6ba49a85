using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Monitor.Logging;

namespace Monitor.Tests.Logging;

public sealed partial class JsonLinesLoggerProviderTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Log_StructuredMessageWithException_OneJsonObjectWithEveryField()
    {
        using var output = new StringWriter();
        using var provider = new JsonLinesLoggerProvider(output, clock, SecretRedactor.None, LogLevel.Information);
        var logger = provider.CreateLogger("Monitor.Pipeline.Polling.FeedPollCycle");

        Polled(logger, "nieuws", 12, new InvalidOperationException("boom"));
        Polled(logger, "tweede", 3, null);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("timestamp").GetString());
        Assert.Equal("Warning", first.GetProperty("level").GetString());
        Assert.Equal("Monitor.Pipeline.Polling.FeedPollCycle", first.GetProperty("category").GetString());
        Assert.Equal(4242, first.GetProperty("eventId").GetInt32());
        Assert.Equal("Feed nieuws gave 12 items", first.GetProperty("message").GetString());
        Assert.Equal("Feed {FeedId} gave {ItemCount} items", first.GetProperty("messageTemplate").GetString());
        Assert.Equal("nieuws", first.GetProperty("properties").GetProperty("FeedId").GetString());
        Assert.Equal(12, first.GetProperty("properties").GetProperty("ItemCount").GetInt32());
        Assert.Equal("System.InvalidOperationException", first.GetProperty("exception").GetProperty("type").GetString());
        Assert.Equal("boom", first.GetProperty("exception").GetProperty("message").GetString());
        Assert.False(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("exception", out _));
    }

    [Fact]
    public void Log_BelowMinimum_WritesNothing()
    {
        using var output = new StringWriter();
        using var provider = new JsonLinesLoggerProvider(output, clock, SecretRedactor.None, LogLevel.Error);

        Polled(provider.CreateLogger("x"), "nieuws", 1, null);

        Assert.Equal(string.Empty, output.ToString());
    }

    [LoggerMessage(4242, LogLevel.Warning, "Feed {FeedId} gave {ItemCount} items")]
    private static partial void Polled(ILogger logger, string feedId, int itemCount, Exception? exception);
}
