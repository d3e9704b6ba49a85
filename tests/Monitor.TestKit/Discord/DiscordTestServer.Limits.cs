using System.Globalization;
using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>Rate limits as Discord applies them.</summary>
public sealed partial class DiscordTestServer
{
    private static string Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);

    private static Reply TooMany(TimeSpan retryAfter, string scope, Dictionary<string, string> headers, bool global = false)
    {
        var all = new Dictionary<string, string>(headers)
        {
            ["X-RateLimit-Scope"] = scope,
            ["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        };
        if (global)
        {
            all["X-RateLimit-Global"] = "true";
        }

        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfter.TotalSeconds, 3),
            ["global"] = global,
        };
        return new Reply(429, body, all, scope);
    }

    /// <summary>Fixed-window bucket: counts the request and returns the headers, or a 429 when the window is used up.</summary>
    private (Reply? Limited, Dictionary<string, string> Headers) Take(FixedWindow window, int limit, TimeSpan length, string bucket, DateTimeOffset now)
    {
        if (now >= window.Start + length)
        {
            window.Start = now;
            window.Count = 0;
        }

        var resetAfter = window.Start + length - now;
        var exhausted = window.Count >= limit;
        if (!exhausted)
        {
            window.Count++;
        }

        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = Math.Max(0, limit - window.Count).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = ((window.Start + length).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = Seconds(resetAfter),
            ["X-RateLimit-Bucket"] = bucket,
        };
        return (exhausted ? TooMany(resetAfter, "user", headers) : null, headers);
    }

    /// <summary>Discord's hidden per-channel limit: about 30 messages a minute, answered with a shared 429 of about 40 s even though the headers show requests left.</summary>
    private Reply? HiddenLimit(string channelId, Dictionary<string, string> headers, DateTimeOffset now)
    {
        if (channelClosedUntil.TryGetValue(channelId, out var until) && until > now)
        {
            return TooMany(until - now, "shared", headers);
        }

        var posts = Queue(channelPosts, channelId);
        while (posts.Count > 0 && posts.Peek() + options.ChannelHiddenWindow <= now)
        {
            posts.Dequeue();
        }

        if (posts.Count < options.ChannelHiddenLimit)
        {
            return null;
        }

        // The penalty replaces the window: after it the channel starts afresh.
        channelClosedUntil[channelId] = now + options.SharedRetryAfter;
        posts.Clear();
        return TooMany(options.SharedRetryAfter, "shared", headers);
    }

    /// <summary>The global limit per bot token (requests per second).</summary>
    private Reply? Global(string auth, DateTimeOffset now)
    {
        var window = Queue(globalWindows, auth);
        while (window.Count > 0 && window.Peek() + TimeSpan.FromSeconds(1) <= now)
        {
            window.Dequeue();
        }

        if (window.Count >= options.GlobalPerSecond)
        {
            return TooMany(window.Peek() + TimeSpan.FromSeconds(1) - now, "global", [], global: true);
        }

        window.Enqueue(now);
        return null;
    }
}
