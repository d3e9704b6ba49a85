using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Scheduling;
using Monitor.Pipeline.State;

namespace Monitor.Pipeline.Polling;

/// <summary>Feed health: validators kept, failures counted, back-off computed, admins told when a feed breaks and when it recovers.</summary>
public sealed partial class FeedPollCycle
{
    private async Task<PollReport> SucceedAsync(PipelineSnapshot snapshot, FeedDefinition feed, FeedState state, FetchResult fetched, TimeSpan? ttl, PollReport report, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hint = Max(fetched.CacheLifetime, ttl);
        var next = PollScheduler.AfterSuccess(feed.Interval, hint, now);
        var notModified = fetched.Status == FetchStatus.NotModified;
        await states.SaveAsync(
            state with
            {
                ETag = fetched.ETag ?? (notModified ? state.ETag : null),
                LastModified = fetched.LastModified ?? (notModified ? state.LastModified : null),
                ConsecutiveFailures = 0,
                LastSuccessAt = now,
                NextPollAt = next,
            },
            cancellationToken);

        if (FeedHealth.Evaluate(state.ConsecutiveFailures, 0, snapshot.FeedFailureThreshold) == FeedHealthTransition.Recovered)
        {
            Log.FeedRecovered(logger, feed.Id, state.ConsecutiveFailures);
            var text = string.Create(CultureInfo.InvariantCulture, $"Feed '{feed.DisplayName}' ({feed.Source}) wordt weer gelezen na {state.ConsecutiveFailures} mislukte pogingen op rij. Laatste fout was: {state.LastError}");
            await admin.NotifyAsync(string.Create(CultureInfo.InvariantCulture, $"feed-recovered:{feed.Id}:{now.ToUnixTimeMilliseconds()}"), "feed-health", $"Feed {feed.DisplayName} werkt weer", text, Severity.Low, cancellationToken);
        }

        return report with { NextPollAt = next };
    }

    private async Task<PollReport> FailAsync(PipelineSnapshot snapshot, FeedDefinition feed, FeedState state, FetchFailureKind kind, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var next = PollScheduler.AfterFailure(feed.Interval, failures, retryAfter, now, Random.Shared.NextDouble());
        Log.FeedFailed(logger, feed.Id, kind.ToString(), failures, error, next);
        await states.SaveAsync(
            state with
            {
                ConsecutiveFailures = failures,
                LastErrorKind = kind.ToString(),
                LastError = error,
                LastErrorAt = now,
                NextPollAt = next,
            },
            cancellationToken);

        if (FeedHealth.Evaluate(state.ConsecutiveFailures, failures, snapshot.FeedFailureThreshold) == FeedHealthTransition.StartedFailing)
        {
            var since = state.LastSuccessAt is { } s ? s.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "nooit";
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Feed '{feed.DisplayName}' ({feed.Source}) is {failures} keer op rij mislukt. Fout: {kind}: {error}. Laatst gelukt: {since}. Monitor blijft het proberen; volgende poging {next:yyyy-MM-dd HH:mm} UTC. Zie 'monitor feeds'.");
            var sent = await admin.NotifyAsync(string.Create(CultureInfo.InvariantCulture, $"feed-failing:{feed.Id}:{now.ToUnixTimeMilliseconds()}"), "feed-health", $"Feed {feed.DisplayName} faalt ({kind})", text, Severity.High, cancellationToken);
            if (!sent)
            {
                Log.NoAdminChannel(logger, feed.Id, failures);
            }
        }

        return new PollReport(feed.Id, PollOutcome.Failed, 0, 0, 0, next) { Error = error };
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
