using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Configuration;
using Monitor.Hosting;
using Monitor.TestKit;
using Monitor.Workers;
using Quartz;

namespace Monitor.Tests.Workers;

public sealed class ConfigReloadWorkerTests : IAsyncLifetime
{
    private readonly TempDirectory dir = new();
    private IScheduler scheduler = null!;
    private ServiceProvider provider = null!;
    private string configPath = null!;
    private ReloadableSnapshotSource snapshots = null!;
    private ConfigReloadWorker worker = null!;

    public async Task InitializeAsync()
    {
        configPath = dir.CopyBundledConfig();
        snapshots = new ReloadableSnapshotSource(ConfigLoader.Load(configPath, _ => null).Config!);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(q => q.UseInMemoryStore());
        provider = services.BuildServiceProvider();
        scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        worker = new ConfigReloadWorker(snapshots, new FixedFactory(scheduler), _ => null, TimeProvider.System, NullLogger<ConfigReloadWorker>.Instance);
    }

    public async Task DisposeAsync()
    {
        await scheduler.Shutdown(false);
        await provider.DisposeAsync();
        dir.Dispose();
    }

    [Fact]
    public async Task Reload_ValidChange_SwapsRulesAndSchedulesTheNewFeed()
    {
        var yaml = await File.ReadAllTextAsync(configPath);
        yaml = yaml.Replace("any: [invasie, inval, binnenvallen]", "any: [invasie, inval, binnenvallen, offensief]", StringComparison.Ordinal)
            .Replace("feeds:\n", "feeds:\n  - id: tweede\n    url: samples/nieuws.xml\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(configPath, yaml);

        var errors = await worker.ReloadAsync(default);

        Assert.Empty(errors);
        var item = new Monitor.Domain.Items.FeedItem("f", "k", "Nieuw offensief gemeld", string.Empty, string.Empty, null, DateTimeOffset.UnixEpoch);
        Assert.Contains(snapshots.Current.Matcher.Match(item), h => h.RuleId == "invasie");
        Assert.True(snapshots.Current.Feeds.ContainsKey("tweede"));
        Assert.NotNull(await scheduler.GetJobDetail(new JobKey("poll-tweede", "feeds")));
    }

    [Fact]
    public async Task Reload_BrokenFile_KeepsTheLastGoodConfigRunning()
    {
        var before = snapshots.Current;
        await File.WriteAllTextAsync(configPath, "feeds:\n  - id: a\n    url: x.xml\n    interval: eventually\n");

        var errors = await worker.ReloadAsync(default);

        Assert.Contains(errors, e => e.Message.Contains("'eventually' is not a duration", StringComparison.Ordinal));
        Assert.Same(before, snapshots.Current);
    }

    private sealed class FixedFactory(IScheduler scheduler) : ISchedulerFactory
    {
        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => ValueTask.FromResult(new List<IScheduler> { scheduler });

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => ValueTask.FromResult(scheduler);

        public ValueTask<IScheduler?> LookupScheduler(string schedName, CancellationToken cancellationToken = default) => ValueTask.FromResult<IScheduler?>(scheduler);
    }
}
