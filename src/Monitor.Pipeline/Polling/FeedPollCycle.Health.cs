using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.State;

namespace Monitor.Pipeline.Polling;

/// <summary>Feed health: the pure <see cref="FeedHealth"/> decides the state to save; this saves it and tells admins of a transition.</summary>
public sealed partial class FeedPollCycle
{
    private async Task<PollReport> SucceedAsync(PipelineSnapshot snapshot, FeedDefinition feed, FeedState state, FetchResult fetched, TimeSpan? ttl, PollReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var update = FeedHealth.Succeeded(state, feed.Interval, fetched, ttl, snapshot.FeedFailureThreshold, now);
        await states.SaveAsync(update.State, cancellationToken);
        if (update.Transition == FeedHealthTransition.Recovered)
        {
            Log.FeedRecovered(logger, feed.Id, state.ConsecutiveFailures);
            var text = string.Create(CultureInfo.InvariantCulture, $"Feed '{feed.DisplayName}' ({feed.Source}) wordt weer gelezen na {state.ConsecutiveFailures} mislukte pogingen op rij. Laatste fout was: {state.LastError}");
            await admin.NotifyAsync(string.Create(CultureInfo.InvariantCulture, $"feed-recovered:{feed.Id}:{now.ToUnixTimeMilliseconds()}"), "feed-health", $"Feed {feed.DisplayName} werkt weer", text, Severity.Low, cancellationToken);
        }

        return report with { NextPollAt = update.NextPollAt };
    }

    private async Task<PollReport> FailAsync(PipelineSnapshot snapshot, FeedDefinition feed, FeedState state, FetchFailureKind kind, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var update = FeedHealth.Failed(state, feed.Interval, kind, error, retryAfter, snapshot.FeedFailureThreshold, now, jitter.Next());
        var failures = update.State.ConsecutiveFailures;
        var next = update.NextPollAt;
        Log.FeedFailed(logger, feed.Id, kind.ToString(), failures, error, next);
        await states.SaveAsync(update.State, cancellationToken);
        if (update.Transition == FeedHealthTransition.StartedFailing)
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
}
