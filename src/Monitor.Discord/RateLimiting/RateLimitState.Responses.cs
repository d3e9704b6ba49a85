namespace Monitor.Discord.RateLimiting;

/// <summary>Learning from responses.</summary>
public sealed partial class RateLimitState
{
    private static readonly TimeSpan DefaultRetry = TimeSpan.FromSeconds(1);

    /// <summary>Records the response to a request that was let through by <see cref="TryAcquire"/>. Returns an alarm an operator must hear about.</summary>
    public RateLimitAlarm Complete(DiscordRoute route, RateLimitObservation response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(response);
        var bucket = Bucket(route);
        bucket.InFlight = Math.Max(0, bucket.InFlight - 1);
        bucket.LastUsed = now;

        if (response.IsBan)
        {
            invalid.Add(now);
            BannedUntil = now + settings.BanPause;
            return RateLimitAlarm.Banned;
        }

        var wasPaused = invalid.Count(now) >= settings.InvalidPauseAt;
        if (response.StatusCode is 401 or 403 || (response.StatusCode == 429 && !response.IsShared))
        {
            invalid.Add(now);
        }

        bucket = Rebucket(route, bucket, response.Bucket);
        if (response.Limit is { } limit && response.Remaining is { } remaining)
        {
            bucket.Known = true;
            bucket.Limit = limit;
            bucket.Remaining = remaining;
            bucket.ResetAt = now + (response.ResetAfter ?? DefaultRetry);
        }
        else if (response.StatusCode != 429)
        {
            bucket.Known = true; // no headers: this route is not limited per bucket
        }

        if (response.StatusCode == 429)
        {
            OnTooManyRequests(route, bucket, response, now);
        }

        if (response.StatusCode == 401 && route.IsBot)
        {
            rejectedTokens.Add(route.GlobalKey);
            return RateLimitAlarm.TokenRejected;
        }

        return !wasPaused && invalid.Count(now) >= settings.InvalidPauseAt ? RateLimitAlarm.InvalidRequestBudget : RateLimitAlarm.None;
    }

    private void OnTooManyRequests(DiscordRoute route, BucketState bucket, RateLimitObservation response, DateTimeOffset now)
    {
        var until = now + (response.RetryAfter ?? DefaultRetry);
        if (response.IsGlobal)
        {
            globalClosedUntil[route.GlobalKey] = until;
            return;
        }

        if (response.IsShared)
        {
            // Someone else's traffic or Discord's hidden per-channel limit: the whole channel waits, whatever the bucket said.
            channelClosedUntil[route.MajorId] = until;
        }

        bucket.Known = true;
        bucket.Limit ??= 1;
        bucket.Remaining = 0;
        bucket.ResetAt = until > bucket.ResetAt || bucket.ResetAt == DateTimeOffset.MaxValue ? until : bucket.ResetAt;
    }

    private BucketState Rebucket(DiscordRoute route, BucketState current, string? hash)
    {
        if (hash is null || (hashByRoute.TryGetValue(route.RouteKey, out var known) && known == hash))
        {
            return current;
        }

        // First sight of the hash (or it changed): move what we know to the bucket named by the hash, shared by routes with that hash.
        var oldKey = BucketKey(route);
        hashByRoute[route.RouteKey] = hash;
        var newKey = BucketKey(route);
        if (buckets.TryGetValue(newKey, out var existing))
        {
            existing.InFlight += current.InFlight;
            buckets.Remove(oldKey);
            return existing;
        }

        buckets.Remove(oldKey);
        buckets[newKey] = current;
        return current;
    }
}
