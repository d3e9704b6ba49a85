using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.Gateway;
using Monitor.Discord.Rest;
using Monitor.Domain.Channels;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests.Gateway;

/// <summary>A REST and a Gateway test server and a <see cref="DiscordSocketClient"/> on one fake clock, jitter fixed at 0.5.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private GatewayHarness(DiscordTestServer rest, GatewayTestServer gateway, FakeTimeProvider time, ServiceProvider services, string token)
    {
        Rest = rest;
        Gateway = gateway;
        Time = time;
        this.services = services;
        Token = token;
        Api = services.GetRequiredService<DiscordBotApiClient>();
        Client = new DiscordSocketClient(Api, new Secret(token), new GatewaySettings(), time, services.GetRequiredService<ILogger<DiscordSocketClient>>(), () => 0.5);
        Client.PhaseChanged += phase => Phases.Add(phase);
        Client.LatencyUpdated += _ => Acks.Release();
    }

    public DiscordTestServer Rest { get; }

    public GatewayTestServer Gateway { get; }

    public FakeTimeProvider Time { get; }

    public string Token { get; }

    public DiscordBotApiClient Api { get; }

    public DiscordSocketClient Client { get; }

    public System.Collections.Concurrent.BlockingCollection<GatewayPhase> Phases { get; } = [];

    /// <summary>Gets a count of heartbeat ACKs the client has processed.</summary>
    public SemaphoreSlim Acks { get; } = new(0);

    public FakeLogCollector Logs => services.GetFakeLogCollector();

    public IServiceProvider Services => services;

    public static async Task<GatewayHarness> StartAsync(bool validToken = true, GatewayTestServerOptions? options = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
        var rest = await DiscordTestServer.StartAsync(time);
        var gateway = await GatewayTestServer.StartAsync(rest, time, options);
        var token = validToken ? rest.CreateBotToken() : "bot-never-issued-0123456789";
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddFakeLogging();
        collection.AddDiscordDelivery(o => o.ApiBaseUrl = rest.ApiBase);
        collection.AddSingleton<DiscordBotApiClient>();
        return new GatewayHarness(rest, gateway, time, collection.BuildServiceProvider(), token);
    }

    /// <summary>Waits until the client has entered <paramref name="phase"/> (phases are recorded as they change, so none is missed).</summary>
    public Task WaitForPhaseAsync(GatewayPhase phase) => Task.Run(() =>
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        foreach (var seen in Phases.GetConsumingEnumerable(timeout.Token))
        {
            if (seen == phase)
            {
                return;
            }
        }
    });

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Gateway.DisposeAsync();
        await Rest.DisposeAsync();
        await services.DisposeAsync();
    }
}
