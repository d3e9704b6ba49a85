using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Jobs;
using Quartz;

namespace Monitor.Hosting;

/// <summary>Registers one Quartz job per feed; each job reschedules itself from the feed's computed next poll (see <see cref="FeedPollJob"/>).</summary>
public static class QuartzFeedScheduling
{
    /// <summary>Adds Quartz (in-memory store) and a job plus trigger per feed, first run now.</summary>
    public static IServiceCollection AddFeedScheduling(this IServiceCollection services, MonitorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            foreach (var feed in config.Feeds)
            {
                // Configure lambdas run later: copy what the loop gives before capturing it.
                var feedId = feed.Id;
                var intervalTicks = feed.Interval.Ticks;
                var jobKey = new JobKey("poll-" + feedId, "feeds");
                q.AddJob<FeedPollJob>(j => j.WithIdentity(jobKey)
                    .UsingJobData(FeedPollJob.FeedIdKey, feedId)
                    .UsingJobData(FeedPollJob.IntervalKey, intervalTicks)
                    .StoreDurably());
                q.AddTrigger(t => t.ForJob(jobKey)
                    .WithIdentity("poll-" + feedId, "feeds")
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
