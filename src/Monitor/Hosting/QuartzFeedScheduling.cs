using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Jobs;
using Quartz;

namespace Monitor.Hosting;

/// <summary>Registers one Quartz job per feed; each job reschedules itself from the feed's computed next poll (see <see cref="FeedPollJob"/>).</summary>
public static class QuartzFeedScheduling
{
    /// <summary>
    /// Adds Quartz and a job plus trigger per feed, first run now: the in-memory store on SQLite (one node), the clustered
    /// job store in the same database on PostgreSQL (several nodes).
    /// </summary>
    public static IServiceCollection AddFeedScheduling(this IServiceCollection services, MonitorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddQuartz(q =>
        {
            if (config.Storage.Provider == StorageProvider.Postgres)
            {
                // Several instances share the feeds through Quartz's clustered job store: each feed's job runs on one node
                // at a time, and a dead node's jobs are recovered by the others (Quartz.NET docs: "Clustering", JobStoreTX with clustered = true).
                q.ConfigureScheduler(o => o.GenerateInstanceId = true);
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(config.Storage.Connection!.Reveal());
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(10);
                    });
                    store.ProvisionSchema();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            foreach (var feed in config.Feeds)
            {
                // Configure lambdas run later: copy what the loop gives before capturing it.
                var job = Job(feed);
                var trigger = Trigger(feed, job.Key);
                var feedId = feed.Id;
                var intervalTicks = feed.Interval.Ticks;
                q.AddJob<FeedPollJob>(j => j.WithIdentity(job.Key)
                    .UsingJobData(FeedPollJob.FeedIdKey, feedId)
                    .UsingJobData(FeedPollJob.IntervalKey, intervalTicks)
                    .StoreDurably());
                q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(trigger.Key).StartNow()
                    .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Brings the scheduler in line with a reloaded config: jobs for new feeds start now, jobs of removed feeds are deleted.</summary>
    public static async Task SyncJobsAsync(IScheduler scheduler, MonitorConfig previous, MonitorConfig next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        var keep = next.Feeds.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in previous.Feeds.Where(f => !keep.Contains(f.Id)))
        {
            await scheduler.DeleteJob(JobKeyFor(removed.Id), cancellationToken);
        }

        foreach (var feed in next.Feeds)
        {
            var job = Job(feed);
            if (await scheduler.GetJobDetail(job.Key, cancellationToken) is null)
            {
                await scheduler.ScheduleJob(job, Trigger(feed, job.Key), cancellationToken: cancellationToken);
            }
        }
    }

    private static JobKey JobKeyFor(string feedId) => new("poll-" + feedId, "feeds");

    private static IJobDetail Job(Domain.Feeds.FeedDefinition feed) => JobBuilder.Create<FeedPollJob>()
        .WithIdentity(JobKeyFor(feed.Id))
        .UsingJobData(FeedPollJob.FeedIdKey, feed.Id)
        .UsingJobData(FeedPollJob.IntervalKey, feed.Interval.Ticks)
        .StoreDurably()
        .Build();

    private static ITrigger Trigger(Domain.Feeds.FeedDefinition feed, JobKey job) => TriggerBuilder.Create()
        .ForJob(job)
        .WithIdentity("poll-" + feed.Id, "feeds")
        .StartNow()
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
