using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.Delivery;
using Monitor.Discord.RateLimiting;
using Monitor.Discord.Rest;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests;

/// <summary>A Discord test server and a Discord client registered the way the host does it, sharing one fake clock.</summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private readonly bool ownsServer;

    private DiscordHarness(DiscordTestServer server, FakeTimeProvider time, ServiceProvider services, bool ownsServer)
    {
        Server = server;
        Time = time;
        this.services = services;
        this.ownsServer = ownsServer;
    }

    public DiscordTestServer Server { get; }

    public FakeTimeProvider Time { get; }

    public DiscordAlertSink Sink => services.GetRequiredService<DiscordAlertSink>();

    public DiscordRestClient Client => services.GetRequiredService<DiscordRestClient>();

    public DiscordAdminSignal Admin => services.GetRequiredService<DiscordAdminSignal>();

    public FakeLogCollector Logs => services.GetFakeLogCollector();

    public static async Task<DiscordHarness> StartAsync(DiscordTestServerOptions? serverOptions = null, Action<DiscordOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
        var server = await DiscordTestServer.StartAsync(time, serverOptions);
        return Attach(server, time, configure, ownsServer: true);
    }

    /// <summary>A second, independent client (another process) on the same server and clock.</summary>
    public static DiscordHarness Attach(DiscordTestServer server, FakeTimeProvider time, Action<DiscordOptions>? configure = null, bool ownsServer = false)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddFakeLogging();
        collection.AddDiscordDelivery(o =>
        {
            o.ApiBaseUrl = server.ApiBase;
            o.MaxInlineWait = TimeSpan.Zero; // never wait on the fake clock inside a test: long waits come back as RetryLater
            o.ResetMargin = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        return new DiscordHarness(server, time, collection.BuildServiceProvider(), ownsServer);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (ownsServer)
        {
            await Server.DisposeAsync();
        }
    }
}
