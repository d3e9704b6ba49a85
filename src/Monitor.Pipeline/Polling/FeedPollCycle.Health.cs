using Monitor.Domain.Feeds;
using Monitor.Pipeline.Admin;
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
            await admin.QueueAsync(HealthAlert(AdminAlertKind.FeedRecovered, feed, update, now), snapshot.AdminChannelId, cancellationToken);
        }

        return report with { NextPollAt = update.NextPollAt };
    }

    private async Task<PollReport> FailAsync(PipelineSnapshot snapshot, FeedDefinition feed, FeedState state, FetchFailureKind kind, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var update = FeedHealth.Failed(state, feed.Interval, kind, error, retryAfter, snapshot.FeedFailureThreshold, now, jitter.Next());
        Log.FeedFailed(logger, feed.Id, kind.ToString(), update.State.ConsecutiveFailures, error, update.NextPollAt);
        await states.SaveAsync(update.State, cancellationToken);
        if (update.Transition == FeedHealthTransition.StartedFailing
            && !await admin.QueueAsync(HealthAlert(AdminAlertKind.FeedFailing, feed, update, now), snapshot.AdminChannelId, cancellationToken))
        {
            Log.NoAdminChannel(logger, feed.Id, update.State.ConsecutiveFailures);
        }

        return new PollReport(feed.Id, PollOutcome.Failed, 0, 0, 0, update.NextPollAt) { Error = error };
    }

    private static AdminAlert HealthAlert(AdminAlertKind kind, FeedDefinition feed, FeedHealthUpdate update, DateTimeOffset now)
    {
        // The facts of the streak: a recovery reports the failures and the error that just ended.
        var streak = kind == AdminAlertKind.FeedRecovered ? update.Previous : update.State;
        return new AdminAlert(kind, feed.Id, now)
        {
            Name = feed.DisplayName,
            Source = feed.Source,
            Failures = streak.ConsecutiveFailures,
            ErrorKind = streak.LastErrorKind,
            Error = streak.LastError,
            LastSuccessAt = update.Previous.LastSuccessAt,
            NextAttemptAt = update.NextPollAt,
        };
    }
}
