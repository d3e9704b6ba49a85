using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>A per-channel rate limit like Discord's webhook bucket: N requests per window, 429 with retry_after beyond it; counts requests made before a retry_after ran out.</summary>
internal sealed class DiscordLikeRateLimit(int perWindow, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> accepted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public int RequestsBeforeRetryAfter { get; private set; }

    public int Limited { get; private set; }

    public DeliveryOutcome Admit(string channelId, DateTimeOffset now)
    {
        if (blockedUntil.TryGetValue(channelId, out var until) && now < until)
        {
            RequestsBeforeRetryAfter++;
        }

        var times = accepted.TryGetValue(channelId, out var q) ? q : accepted[channelId] = new Queue<DateTimeOffset>();
        while (times.Count > 0 && times.Peek() <= now - window)
        {
            times.Dequeue();
        }

        if (times.Count >= perWindow)
        {
            var retryAfter = times.Peek() + window - now;
            blockedUntil[channelId] = now + retryAfter;
            Limited++;
            return DeliveryOutcome.RetryLater("429 Too Many Requests", retryAfter);
        }

        times.Enqueue(now);
        return DeliveryOutcome.Delivered(1);
    }
}
