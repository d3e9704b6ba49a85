using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitor.Configuration;
using Monitor.Delivery;
using Monitor.Discord;
using Monitor.Infrastructure.Http;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Ingestion;
using Monitor.Pipeline.Polling;
using Monitor.Pipeline.State;

namespace Monitor.Hosting;

/// <summary>Dependency-injection wiring of the pipeline. The one place that says which implementation serves each port.</summary>
public static class MonitorServices
{
    /// <summary>Registers fetching (HTTP and files), the feed-poll cycle, the outbox dispatcher, the console sink and the Discord sink.</summary>
    public static IServiceCollection AddMonitorCore(this IServiceCollection services, MonitorConfig config, TextWriter consoleOutput)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(config);
        services.TryAddSingleton(new LedgerOptions { Retention = config.Storage.Retention });
        services.TryAddSingleton(new ReloadableSnapshotSource(config));
        services.TryAddSingleton<IPipelineSnapshotSource>(sp => sp.GetRequiredService<ReloadableSnapshotSource>());
        var http = config.Http;
        services.TryAddSingleton(http);
        services.AddHttpClient(HttpFeedFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => HttpFeedFetcher.CreateHandler(http));
        services.TryAddSingleton<HttpFeedFetcher>();
        services.TryAddSingleton<FileFeedFetcher>();
        services.TryAddSingleton<IFeedFetcher, FeedFetcher>();
        services.AddSingleton<IAlertSink>(new ConsoleAlertSink(consoleOutput));
        services.AddDiscordDelivery(config.Discord); // serves every channel with a webhook or bot token; the console sink serves the rest
        services.TryAddSingleton<DiscordAdminBridge>();
        services.TryAddSingleton<FeedIngestion>();
        services.TryAddSingleton<FeedPollCycle>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<Workers.OutboxDispatchLoop>();
        services.TryAddSingleton<Pipeline.Routing.AdminNotifier>();
        return services;
    }

    /// <summary>Registers <paramref name="store"/> as every storage port: the ledger, the outbox queue (dispatcher), the outbox admin (operators) and the feed-state store.</summary>
    public static IServiceCollection AddMonitorStorage(this IServiceCollection services, IMonitorStore store)
    {
        services.AddSingleton(store);
        services.AddSingleton<IItemLedger>(store);
        services.AddSingleton<IOutboxQueue>(store);
        services.AddSingleton<IOutboxAdmin>(store);
        services.AddSingleton<IFeedStateStore>(store);
        return services;
    }
}
