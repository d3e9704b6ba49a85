using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.TestKit.Discord;

/// <summary>
/// A Discord-compatible HTTP server on 127.0.0.1 for tests: webhooks (execute, edit, threads, forums), bot create/edit with nonce dedup,
/// Discord's validation (400 + error tree), its rate limits (per webhook with headers, a hidden per-channel limit answered with a
/// <c>shared</c> 429), programmable 5xx/outages, deleted webhooks, Cloudflare-style bans, and a record of every request.
/// </summary>
/// <example><code>
/// await using var server = await DiscordTestServer.StartAsync(timeProvider);
/// string url = server.CreateWebhook(channelId: "c1");
/// // ... deliver ...
/// Assert.Single(server.Messages);
/// </code></example>
public sealed partial class DiscordTestServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly DiscordTestServerOptions options;
    private readonly List<DiscordTestRequest> requests = [];
    private readonly List<DiscordTestMessage> messages = [];
    private readonly Dictionary<string, TestWebhook> webhooks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> channels = new(StringComparer.Ordinal); // id → is forum
    private readonly HashSet<string> botTokens = new(StringComparer.Ordinal);
    private readonly Queue<(int Status, int Code)> failures = new();
    private WebApplication? app;
    private long nextId = 1_300_000_000_000_000_000;

    private DiscordTestServer(TimeProvider time, DiscordTestServerOptions options)
    {
        this.time = time;
        this.options = options;
    }

    /// <summary>Gets the server root, for example <c>http://127.0.0.1:54321</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Gets the API base for bot requests: <c>{BaseAddress}/api/v10</c>.</summary>
    public Uri ApiBase => new(BaseAddress, "/api/v10");

    /// <summary>Gets or sets the status every request gets during an outage (for example 503), or <see langword="null"/>.</summary>
    public int? OutageStatus { get; set; }

    /// <summary>Gets every request so far.</summary>
    public IReadOnlyList<DiscordTestRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Gets every stored message, in creation order.</summary>
    public IReadOnlyList<DiscordTestMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return messages.ToList();
            }
        }
    }

    /// <summary>Gets the time until which the server answers every request as banned.</summary>
    public DateTimeOffset BannedUntil { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Starts a server on 127.0.0.1 with an ephemeral port.</summary>
    /// <param name="time">The clock for every window and timestamp (a FakeTimeProvider in tests); defaults to the system clock.</param>
    /// <param name="options">Limits; defaults to Discord's observed numbers.</param>
    public static async Task<DiscordTestServer> StartAsync(TimeProvider? time = null, DiscordTestServerOptions? options = null)
    {
        var server = new DiscordTestServer(time ?? TimeProvider.System, options ?? new DiscordTestServerOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.app = app;
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Creates a webhook into <paramref name="channelId"/> and returns its URL in the form the Discord UI copies (<c>…/api/webhooks/{id}/{token}</c>).</summary>
    public string CreateWebhook(string channelId = "c1", bool forum = false)
    {
        lock (gate)
        {
            channels.TryAdd(channelId, forum);
            var id = NextId();
            var token = $"tok-{Guid.NewGuid():N}";
            webhooks[id] = new TestWebhook(id, token, channelId);
            return $"{BaseAddress.AbsoluteUri.TrimEnd('/')}/api/webhooks/{id}/{token}";
        }
    }

    /// <summary>Creates a channel bots can post into.</summary>
    public void CreateChannel(string channelId, bool forum = false)
    {
        lock (gate)
        {
            channels[channelId] = forum;
        }
    }

    /// <summary>Registers and returns a valid bot token.</summary>
    public string CreateBotToken()
    {
        lock (gate)
        {
            var token = $"bot-{Guid.NewGuid():N}";
            botTokens.Add(token);
            return token;
        }
    }

    /// <summary>Deletes the webhook behind <paramref name="webhookUrl"/>: later calls get 404 Unknown Webhook (10015).</summary>
    public void DeleteWebhook(string webhookUrl)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        lock (gate)
        {
            foreach (var hook in webhooks.Values.Where(h => webhookUrl.Contains($"/webhooks/{h.Id}/", StringComparison.Ordinal)))
            {
                hook.Deleted = true;
            }
        }
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="status"/> (for example 500 or 502) and Discord's JSON error <paramref name="code"/> (0: none, for example 50013 Missing Permissions).</summary>
    public void FailNext(int status, int count = 1, int code = 0)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                failures.Enqueue((status, code));
            }
        }
    }

    /// <summary>Bans the client for <paramref name="duration"/>: every request gets <paramref name="status"/> with a Cloudflare HTML page and no rate-limit headers.</summary>
    public void Ban(TimeSpan duration, int status = 429)
    {
        lock (gate)
        {
            BannedUntil = time.GetUtcNow() + duration;
            banStatus = status;
        }
    }

    /// <summary>Returns the messages stored in <paramref name="channelId"/> (or a thread of it created by a forum post).</summary>
    public IReadOnlyList<DiscordTestMessage> MessagesIn(string channelId) => Messages.Where(m => m.ChannelId == channelId).ToList();

    /// <summary>Returns how many requests were answered with <paramref name="status"/>.</summary>
    public int CountStatus(int status) => Requests.Count(r => r.Status == status);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private string NextId() => (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class TestWebhook(string id, string token, string channelId)
    {
        public string Id => id;

        public string Token => token;

        public string ChannelId => channelId;

        public bool Deleted { get; set; }

        public FixedWindow Window { get; } = new();

        public FixedWindow EditWindow { get; } = new();
    }

    private sealed class FixedWindow
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }

    private sealed record Reply(int Status, JsonNode? Body, Dictionary<string, string> Headers, string? Scope = null, string? Html = null);
}
