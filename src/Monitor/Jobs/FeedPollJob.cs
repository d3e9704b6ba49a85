using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Polling;
using Monitor.Pipeline.Telemetry;
using Monitor.Telemetry;
using Quartz;

namespace Monitor.Jobs;

/// <summary>Quartz job: polls one feed, then moves its own trigger to the feed's computed next poll time.</summary>
/// <remarks>One job per feed; <see cref="DisallowConcurrentExecutionAttribute"/> guarantees never two runs of one feed at once.</remarks>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPollCycle cycle, TimeProvider time, ILogger<FeedPollJob> logger, MonitorMetrics? metrics = null) : IJob
{
    /// <summary>The job-data key holding the feed id.</summary>
    public const string FeedIdKey = "feedId";

    /// <summary>The job-data key holding the feed's interval in ticks (fallback for rescheduling after a crash).</summary>
    public const string IntervalKey = "intervalTicks";

    /// <inheritdoc/>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feedId = context.MergedJobDataMap.GetString(FeedIdKey)!;
        var interval = TimeSpan.FromTicks(context.MergedJobDataMap.GetLong(IntervalKey));
        DateTimeOffset next;
        using var activity = MonitorActivities.Source.StartActivity("poll feed");
        activity?.SetTag("monitor.feed", feedId);
        var started = time.GetTimestamp();
        try
        {
            var report = await cycle.PollAsync(feedId, cancellationToken);
            metrics?.PollFinished(feedId, report.Outcome, time.GetElapsedTime(started));
            activity?.SetTag("monitor.outcome", MonitorMetrics.OutcomeLabel(report.Outcome));
            if (report.Outcome == PollOutcome.UnknownFeed)
            {
                await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
                return;
            }

            next = report.NextPollAt ?? time.GetUtcNow() + interval;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in one feed's path must not stop that feed (or any other) from being polled again.
            Log.PollCrashed(logger, feedId, ex.Message, ex);
            metrics?.PollFinished(feedId, PollOutcome.Failed, time.GetElapsedTime(started));
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            next = time.GetUtcNow() + interval;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(context.Trigger.Key)
            .ForJob(context.JobDetail.Key)
            .StartAt(next)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await context.Scheduler.RescheduleJob(context.Trigger.Key, trigger, cancellationToken);
    }
}
