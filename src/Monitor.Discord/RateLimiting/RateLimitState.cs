namespace Monitor.Discord.RateLimiting;

/// <summary>Discord's rate limits as a pure state machine: asked before every request, told about every response, given <c>now</c> each time.</summary>
/// <remarks>
/// Buckets are keyed by (<c>X-RateLimit-Bucket</c> hash, major resource); until a route's hash is known the route key stands in, and only one
/// request may be in flight on it. Remaining/Reset-After are honoured before sending; a 429 closes its bucket, its channel (scope
/// <c>shared</c>) or the global gate for <c>retry_after</c>. On top: a global ceiling per token/IP, a per-channel message budget under Discord's
/// hidden limit, the invalid-request budget with a safety margin, and a full stop on a Cloudflare ban or a rejected bot token.
/// Not thread-safe: <see cref="DiscordRateLimiter"/> serialises access.
/// </remarks>
public sealed partial class RateLimitState(RateLimitSettings settings)
{
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, string> hashByRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindow> globalWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> globalClosedUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindow> channelWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> channelClosedUntil = new(StringComparer.Ordinal);
    private readonly HashSet<string> rejectedTokens = new(StringComparer.Ordinal);
    private readonly SlidingWindow invalid = new(settings.InvalidWindow);

    /// <summary>Gets the time until which all traffic is paused because of a ban.</summary>
    public DateTimeOffset BannedUntil { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Gets the number of buckets tracked.</summary>
    public int BucketCount => buckets.Count;

    /// <summary>Returns the invalid requests (401, 403, non-shared 429) counted in the current window.</summary>
    public int InvalidRequests(DateTimeOffset now) => invalid.Count(now);

    /// <summary>Decides whether <paramref name="route"/> may be sent at <paramref name="now"/>; when it may, its slot is reserved until <see cref="Complete"/> or <see cref="Abandon"/>.</summary>
    public RateLimitDecision TryAcquire(DiscordRoute route, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (BannedUntil > now)
        {
            return new(RateLimitWaitReason.Banned, BannedUntil);
        }

        if (invalid.Count(now) >= settings.InvalidPauseAt)
        {
            return new(RateLimitWaitReason.InvalidRequestBudget, invalid.NextFree(now));
        }

        if (rejectedTokens.Contains(route.GlobalKey))
        {
            return new(RateLimitWaitReason.TokenRejected, DateTimeOffset.MaxValue);
        }

        if (globalClosedUntil.TryGetValue(route.GlobalKey, out var globalUntil) && globalUntil > now)
        {
            return new(RateLimitWaitReason.GlobalLimit, globalUntil);
        }

        var global = Window(globalWindows, route.GlobalKey, Second);
        if (global.Count(now) >= settings.GlobalPerSecond)
        {
            return new(RateLimitWaitReason.GlobalCeiling, global.NextFree(now));
        }

        if (route.PostsMessage && channelClosedUntil.TryGetValue(route.MajorId, out var channelUntil) && channelUntil > now)
        {
            return new(RateLimitWaitReason.SharedLimit, channelUntil);
        }

        var channel = Window(channelWindows, route.MajorId, settings.ChannelWindow);
        if (route.PostsMessage && channel.Count(now) >= settings.ChannelBudget)
        {
            return new(RateLimitWaitReason.ChannelBudget, channel.NextFree(now) + settings.ResetMargin);
        }

        var bucket = Bucket(route);
        if (!bucket.Known && bucket.InFlight > 0)
        {
            return new(RateLimitWaitReason.BucketInFlight, now + InFlightPoll);
        }

        if (bucket.Known && bucket.Limit is not null)
        {
            if (now >= bucket.ResetAt)
            {
                bucket.Remaining = bucket.Limit.Value;
                bucket.ResetAt = DateTimeOffset.MaxValue; // unknown until the next response says
            }

            if (bucket.Remaining - bucket.InFlight <= 0)
            {
                return bucket.ResetAt == DateTimeOffset.MaxValue
                    ? new(RateLimitWaitReason.BucketInFlight, now + InFlightPoll)
                    : new(RateLimitWaitReason.BucketExhausted, bucket.ResetAt + settings.ResetMargin);
            }
        }

        bucket.InFlight++;
        bucket.LastUsed = now;
        global.Add(now);
        if (route.PostsMessage)
        {
            channel.Add(now);
        }

        return RateLimitDecision.Go(now);
    }

    /// <summary>Releases a reserved slot whose request never got a response (timeout, network error).</summary>
    public void Abandon(DiscordRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = Bucket(route);
        bucket.InFlight = Math.Max(0, bucket.InFlight - 1);
    }

    /// <summary>Drops buckets idle for longer than <paramref name="idle"/> with nothing in flight.</summary>
    public void Sweep(DateTimeOffset now, TimeSpan idle)
    {
        foreach (var key in buckets.Where(b => b.Value.InFlight == 0 && b.Value.LastUsed + idle < now && (b.Value.ResetAt <= now || b.Value.ResetAt == DateTimeOffset.MaxValue)).Select(b => b.Key).ToList())
        {
            buckets.Remove(key);
        }
    }

    private static SlidingWindow Window(Dictionary<string, SlidingWindow> windows, string key, TimeSpan length)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            window = new SlidingWindow(length);
            windows[key] = window;
        }

        return window;
    }

    private string BucketKey(DiscordRoute route) =>
        $"{(hashByRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey)}|{route.MajorId}";

    private BucketState Bucket(DiscordRoute route)
    {
        var key = BucketKey(route);
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new BucketState();
            buckets[key] = bucket;
        }

        return bucket;
    }
}
