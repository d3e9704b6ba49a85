using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Polling;
using Quartz;

namespace Monitor.Jobs;

/// <summary>Quartz job: polls one feed, then moves its own trigger to the feed's computed next poll time.</summary>
/// <remarks>One job per feed; <see cref="DisallowConcurrentExecutionAttribute"/> guarantees never two runs of one feed at once.</remarks>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPollCycle cycle, TimeProvider time, ILogger<FeedPollJob> logger) : IJob
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
        try
        {
            var report = await cycle.PollAsync(feedId, cancellationToken);
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
