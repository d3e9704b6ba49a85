using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.TestKit.Discord;

/// <summary>
/// A Discord Gateway on 127.0.0.1 for tests (Kestrel WebSockets) that enforces the protocol: HELLO, IDENTIFY validation (token against
/// <see cref="DiscordTestServer"/>, intents), the heartbeat deadline, RESUME with replay of missed events, the send limit and close codes.
/// Tests can close with any code, drop the connection, send op 7 / op 9, and deliver INTERACTION_CREATE; interactions are registered with
/// the REST server, which enforces the 3-second deadline and "already acknowledged" (40060).
/// </summary>
/// <example><code>
/// await using var rest = await DiscordTestServer.StartAsync(time);
/// await using var gateway = await GatewayTestServer.StartAsync(rest, time);
/// // client connects via rest.ApiBase + /gateway/bot …
/// await gateway.WaitForAsync(g => g.Identifies == 1);
/// var interaction = await gateway.DispatchInteractionAsync(GatewayTestServer.SlashCommand("ping"));
/// </code></example>
public sealed partial class GatewayTestServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly DiscordTestServer rest;
    private readonly TimeProvider time;
    private readonly GatewayTestServerOptions options;
    private readonly Dictionary<string, GatewayTestSession> sessions = new(StringComparer.Ordinal);
    private readonly List<GatewayTestConnection> connections = [];
    private readonly List<int> heartbeatSequences = [];
    private readonly List<int> closeCodes = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? app;
    private int nextSession;

    private GatewayTestServer(DiscordTestServer rest, TimeProvider time, GatewayTestServerOptions options)
    {
        this.rest = rest;
        this.time = time;
        this.options = options;
    }

    /// <summary>Gets the Gateway URL (<c>ws://127.0.0.1:port/gateway</c>), as <c>GET /gateway/bot</c> answers it.</summary>
    public Uri Url { get; private set; } = new("ws://127.0.0.1/");

    /// <summary>Gets the <c>resume_gateway_url</c> READY hands out (<c>ws://127.0.0.1:port/resume</c>).</summary>
    public Uri ResumeUrl { get; private set; } = new("ws://127.0.0.1/");

    /// <summary>Gets or sets a value indicating whether heartbeats go unacknowledged (the client must see a zombie connection).</summary>
    public bool IgnoreHeartbeats { get; set; }

    /// <summary>Gets how many IDENTIFYs were accepted.</summary>
    public int Identifies { get; private set; }

    /// <summary>Gets how many RESUMEs were accepted.</summary>
    public int Resumes { get; private set; }

    /// <summary>Gets the intents of the last IDENTIFY.</summary>
    public int? LastIntents { get; private set; }

    /// <summary>Gets the sequence (or -1 for null) every heartbeat carried, in order.</summary>
    public IReadOnlyList<int> Heartbeats
    {
        get
        {
            lock (gate)
            {
                return heartbeatSequences.ToList();
            }
        }
    }

    /// <summary>Gets every close code the server sent, in order.</summary>
    public IReadOnlyList<int> CloseCodes
    {
        get
        {
            lock (gate)
            {
                return closeCodes.ToList();
            }
        }
    }

    /// <summary>Gets every connection so far with the path it used (<c>/gateway</c> or <c>/resume</c>) and the close code it ended with.</summary>
    public IReadOnlyList<(string Path, int? ClientCloseCode, bool Open)> Connections
    {
        get
        {
            lock (gate)
            {
                return connections.Select(c => (c.Path, c.ClientCloseCode, c.IsOpen)).ToList();
            }
        }
    }

    /// <summary>Starts a Gateway on 127.0.0.1 and points <paramref name="rest"/>'s <c>GET /gateway/bot</c> at it.</summary>
    public static async Task<GatewayTestServer> StartAsync(DiscordTestServer rest, TimeProvider? time = null, GatewayTestServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rest);
        var server = new GatewayTestServer(rest, time ?? TimeProvider.System, options ?? new GatewayTestServerOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.app = app;
        server.Url = new Uri($"ws://{address.Authority}/gateway");
        server.ResumeUrl = new Uri($"ws://{address.Authority}/resume");
        rest.GatewayUrl = server.Url;
        return server;
    }

    /// <summary>Returns a guild slash-command interaction body (id, token and application id are filled in on dispatch).</summary>
    public static JsonObject SlashCommand(string name, JsonArray? options = null, string userId = "555000000000000001", string guildId = "777000000000000001", string channelId = "888000000000000001", string permissions = "2147483647") => new()
    {
        ["type"] = 2,
        ["guild_id"] = guildId,
        ["channel_id"] = channelId,
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "analist", ["global_name"] = "Analist" },
            ["permissions"] = permissions,
        },
        ["app_permissions"] = "2147483647",
        ["locale"] = "nl",
        ["data"] = new JsonObject { ["id"] = "999000000000000001", ["name"] = name, ["type"] = 1, ["options"] = options ?? [] },
    };

    /// <summary>Creates the interaction with the REST server (its 3-second clock starts now) and delivers it as INTERACTION_CREATE, or keeps it for replay when no connection is live.</summary>
    public async Task<DiscordTestInteraction> DispatchInteractionAsync(JsonObject interaction)
    {
        var (created, body) = rest.CreateInteraction(interaction);
        await DispatchAsync("INTERACTION_CREATE", body);
        return created;
    }

    /// <summary>Sends a dispatch to the current session (kept for replay on resume).</summary>
    public async Task DispatchAsync(string type, JsonNode data)
    {
        GatewayTestSession session;
        lock (gate)
        {
            session = sessions.Values.LastOrDefault() ?? throw new InvalidOperationException("no session: the client has not identified");
        }

        await session.DispatchAsync(type, data);
        Pulse();
    }

    /// <summary>Closes the live connection with <paramref name="code"/> (for example 4000, or 4004 to test a fatal stop).</summary>
    public Task CloseAsync(int code) => Live() is { } c ? CloseConnectionAsync(c, code) : Task.CompletedTask;

    /// <summary>Drops the live connection without a close frame.</summary>
    public void Drop()
    {
        if (Live() is { } connection)
        {
            connection.Abort();
            Pulse();
        }
    }

    /// <summary>Sends op 7 RECONNECT on the live connection.</summary>
    public Task SendReconnectAsync() => SendOnLiveAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    /// <summary>Sends op 9 INVALID_SESSION with <paramref name="resumable"/> as <c>d</c>; a non-resumable one forgets the session.</summary>
    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable && Live()?.Session is { } session)
        {
            lock (gate)
            {
                sessions.Remove(session.Id);
            }
        }

        return SendOnLiveAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    /// <summary>Asks the client for a heartbeat now (op 1).</summary>
    public Task RequestHeartbeatAsync() => SendOnLiveAsync(new JsonObject { ["op"] = 1, ["d"] = null });

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking on every change of the server's state (not a sleep).</summary>
    public async Task WaitForAsync(Func<GatewayTestServer, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            await next.WaitAsync(cancel.Token);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in SnapshotConnections())
        {
            connection.Abort();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private List<GatewayTestConnection> SnapshotConnections()
    {
        lock (gate)
        {
            return connections.ToList();
        }
    }

    private GatewayTestConnection? Live()
    {
        lock (gate)
        {
            return connections.LastOrDefault(c => c.IsOpen);
        }
    }

    private async Task SendOnLiveAsync(JsonObject payload)
    {
        if (Live() is { } connection)
        {
            await connection.SendAsync(payload);
        }
    }

    private void Pulse()
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            previous = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var path = context.Request.Path.Value?.TrimEnd('/') ?? string.Empty;
        if (path is not ("/gateway" or "/resume") || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            // Discord answers a wrong version with close code 4012.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((WebSocketCloseStatus)4012, "Invalid API version", CancellationToken.None);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new GatewayTestConnection(socket, path, time);
        lock (gate)
        {
            connections.Add(connection);
        }

        Pulse();
        await RunConnectionAsync(connection, context.RequestAborted);
        Pulse();
    }
}
