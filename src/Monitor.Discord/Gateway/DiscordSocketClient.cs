using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Interactions;
using Monitor.Discord.Rest;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Gateway;

/// <summary>
/// Monitor's Discord Gateway client (named after Discord.Net's <c>DiscordSocketClient</c>): one loop carries out the actions of
/// <see cref="GatewayStateMachine"/> over a <see cref="ClientWebSocket"/> (JSON encoding, no compression) and raises
/// <see cref="InteractionCreated"/> for every INTERACTION_CREATE. A fatal close stops only the Gateway: <see cref="FatalReason"/> says what to fix.
/// </summary>
/// <remarks>The bot token goes only into IDENTIFY/RESUME and the Authorization header; logs carry hosts, close codes and phases.</remarks>
public sealed partial class DiscordSocketClient : IAsyncDisposable
{
    private const int StopGeneration = -1;
    private readonly DiscordBotApiClient api;
    private readonly Secret botToken;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly GatewayStateMachine machine;
    private readonly Channel<(int Generation, GatewayEvent Event)> inbox = Channel.CreateUnbounded<(int, GatewayEvent)>();
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientWebSocket? socket;
    private int generation;
    private Task? loop;
    private CancellationTokenSource? cancel;
    private DateTimeOffset? heartbeatSentAt;

    /// <summary>Initializes a new instance of the <see cref="DiscordSocketClient"/> class.</summary>
    /// <param name="api">The REST client for <c>GET /gateway/bot</c>.</param>
    /// <param name="botToken">The bot token.</param>
    /// <param name="settings">Intents and limits.</param>
    /// <param name="time">The clock for heartbeats and back-off.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="jitter">Uniform values in [0, 1); defaults to <see cref="Random.Shared"/>.</param>
    public DiscordSocketClient(DiscordBotApiClient api, Secret botToken, GatewaySettings settings, TimeProvider time, ILogger<DiscordSocketClient> logger, Func<double>? jitter = null)
    {
        this.api = api;
        this.botToken = botToken;
        this.time = time;
        this.logger = logger;
        machine = new GatewayStateMachine(settings, jitter ?? Random.Shared.NextDouble);
    }

    /// <summary>Raised for every INTERACTION_CREATE (slash command, autocomplete), on its own task so heartbeats never wait for a handler.</summary>
    public event Func<SocketInteraction, Task>? InteractionCreated;

    /// <summary>Raised on the Gateway loop whenever <see cref="Phase"/> changes (keep handlers short).</summary>
    public event Action<GatewayPhase>? PhaseChanged;

    /// <summary>Raised on the Gateway loop when a heartbeat is acknowledged, with the round trip (as Discord.Net's <c>LatencyUpdated</c>).</summary>
    public event Action<TimeSpan>? LatencyUpdated;

    /// <summary>Gets the round trip of the last acknowledged heartbeat, or <see langword="null"/> before the first.</summary>
    public TimeSpan? Latency { get; private set; }

    /// <summary>Gets the phase of the connection.</summary>
    public GatewayPhase Phase => machine.Phase;

    /// <summary>Gets why the Gateway stopped for good (bad token, disallowed intents…), or <see langword="null"/>.</summary>
    public string? FatalReason => machine.FatalReason;

    /// <summary>Gets a task that completes when the Gateway has stopped (on request or for good).</summary>
    public Task Stopped => stopped.Task;

    /// <summary>Starts the Gateway in the background.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (loop is not null)
        {
            return Task.CompletedTask;
        }

        cancel = new CancellationTokenSource();
        loop = Task.Run(() => RunAsync(cancel.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection (code 1000) and stops the loop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (loop is null)
        {
            return;
        }

        inbox.Writer.TryWrite((StopGeneration, new GatewayEvent.Stop()));
        try
        {
            await loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await cancel!.CancelAsync();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        cancel?.Dispose();
        socket?.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(machine.Handle(new GatewayEvent.Start(), time.GetUtcNow()), cancellationToken);
            while (!cancellationToken.IsCancellationRequested && machine.Phase != GatewayPhase.Stopped)
            {
                var next = await NextAsync(cancellationToken);
                if (next is { } item && item.Generation != generation && item.Generation != StopGeneration)
                {
                    continue; // an event of a connection we already left
                }

                if (next?.Event is GatewayEvent.HeartbeatAck && heartbeatSentAt is { } sentAt)
                {
                    Latency = time.GetUtcNow() - sentAt;
                    heartbeatSentAt = null;
                    LatencyUpdated?.Invoke(Latency.Value);
                }

                var before = machine.Phase;
                await ApplyAsync(machine.Handle(next?.Event ?? new GatewayEvent.Tick(), time.GetUtcNow()), cancellationToken);
                if (machine.Phase != before)
                {
                    PhaseChanged?.Invoke(machine.Phase);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            Abandon();
            stopped.TrySetResult();
        }
    }

    /// <summary>Waits for the next event, or returns <see langword="null"/> when <see cref="GatewayStateMachine.NextWakeAt"/> comes first.</summary>
    private async Task<(int Generation, GatewayEvent Event)?> NextAsync(CancellationToken cancellationToken)
    {
        if (inbox.Reader.TryRead(out var ready))
        {
            return ready;
        }

        using var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = inbox.Reader.WaitToReadAsync(race.Token).AsTask();
        var wake = machine.NextWakeAt;
        var delay = wake is { } at
            ? Task.Delay(at - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, race.Token)
            : Task.Delay(Timeout.Infinite, race.Token);
        if (wake is { } due && time.GetUtcNow() >= due && !read.IsCompleted)
        {
            // The clock passed the deadline while the timer was being set up (it counts from its own creation): tick now.
            await race.CancelAsync();
            return null;
        }

        var first = await Task.WhenAny(read, delay);
        await race.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == read && inbox.Reader.TryRead(out var item) ? item : null;
    }

    private async Task ApplyAsync(IReadOnlyList<GatewayAction> actions, CancellationToken cancellationToken)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case GatewayAction.FetchGateway:
                    await FetchGatewayAsync(cancellationToken);
                    break;
                case GatewayAction.Connect connect:
                    await ConnectAsync(connect, cancellationToken);
                    break;
                case GatewayAction.Close close:
                    await CloseAsync(close.Code);
                    break;
                case GatewayAction.Identify identify:
                    await SendAsync(GatewayPayloads.Identify(botToken, identify.Intents), cancellationToken);
                    break;
                case GatewayAction.Resume resume:
                    await SendAsync(GatewayPayloads.Resume(botToken, resume.SessionId, resume.Sequence), cancellationToken);
                    break;
                case GatewayAction.Heartbeat heartbeat:
                    heartbeatSentAt = time.GetUtcNow();
                    await SendAsync(GatewayPayloads.Heartbeat(heartbeat.Sequence), cancellationToken);
                    break;
                case GatewayAction.Fatal fatal:
                    Log.GatewayFatal(logger, fatal.Reason);
                    break;
            }
        }
    }

    private async Task FetchGatewayAsync(CancellationToken cancellationToken)
    {
        try
        {
            var info = await api.GetGatewayAsync(botToken, cancellationToken);
            Post(new GatewayEvent.GatewayFetched(info));
        }
        catch (DiscordApiException e)
        {
            Log.GatewayTrouble(logger, e.Message);
            Post(new GatewayEvent.GatewayFetchFailed(e.Status == 401, e.Message));
        }
    }

    private async Task ConnectAsync(GatewayAction.Connect connect, CancellationToken cancellationToken)
    {
        Abandon();
        var current = ++generation;
        var webSocket = new ClientWebSocket();
        socket = webSocket;
        Log.GatewayConnecting(logger, connect.Url.Authority, connect.Resuming ? "resume" : "new session");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await webSocket.ConnectAsync(connect.Url, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            Log.GatewayTrouble(logger, $"connecting to {connect.Url.Authority} failed ({e.GetType().Name})");
            Post(new GatewayEvent.Closed(null));
            return;
        }

        Post(new GatewayEvent.Connected());
        _ = Task.Run(() => ReceiveAsync(webSocket, current, cancellationToken), CancellationToken.None);
    }

    private async Task CloseAsync(int code)
    {
        var closing = socket;
        Abandon();
        if (closing is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (closing.State == WebSocketState.Open)
            {
                await closing.CloseOutputAsync((WebSocketCloseStatus)code, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closing a broken connection: nothing left to tell Discord.
        }
        finally
        {
            closing.Dispose();
        }
    }

    /// <summary>Leaves the current socket: its later events carry an old generation and are dropped.</summary>
    private void Abandon()
    {
        generation++;
        socket = null;
    }

    private async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var webSocket = socket;
        if (webSocket is null)
        {
            return;
        }

        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
            await webSocket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            Post(new GatewayEvent.Closed(null));
        }
    }

    private void Post(GatewayEvent gatewayEvent) => inbox.Writer.TryWrite((generation, gatewayEvent));
}
