namespace Monitor.Discord.Gateway;

/// <summary>
/// The Gateway connection as a pure state machine: <see cref="Handle"/> takes an event and the time it happened and returns the actions the
/// driver carries out, in order. No socket and no clock: the driver feeds <see cref="GatewayEvent.Tick"/> at <see cref="NextWakeAt"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A new session starts with <c>GET /gateway/bot</c> (the URL is never hard-coded), honours <c>session_start_limit</c> (waits for
/// <c>reset_after</c> at 0 remaining) and <c>max_concurrency</c> IDENTIFYs per 5 s, then HELLO → IDENTIFY (<see cref="GatewaySettings.Intents"/>).</item>
/// <item>Heartbeats every interval, the first after interval × jitter. A heartbeat due while the previous one is unacknowledged means a
/// zombie connection: close with 4900 and resume.</item>
/// <item>Resume (on <c>resume_gateway_url</c> with the last sequence) after op 7 (at once), a drop or a resumable close code (back-off),
/// op 9 with <c>d: true</c> (after 1–5 s). A new session after op 9 <c>d: false</c> (after 1–5 s) and close codes 4007/4009 (back-off).</item>
/// <item>Close codes 4004 and 4010–4014 stop the Gateway with <see cref="GatewayAction.Fatal"/>; so does a 401 from <c>GET /gateway/bot</c>.</item>
/// <item>Back-off: <see cref="GatewaySettings.InitialBackoff"/> doubling per failed attempt up to <see cref="GatewaySettings.MaxBackoff"/>,
/// minus 0–50 % jitter; reset by READY/RESUMED.</item>
/// <item>Never more than <see cref="GatewaySettings.SendLimit"/> sends per <see cref="GatewaySettings.SendWindow"/>: a send over the
/// limit waits in order for a free slot.</item>
/// </list>
/// </remarks>
public sealed class GatewayStateMachine
{
    private const string Query = "?v=10&encoding=json";
    private readonly GatewaySettings settings;
    private readonly Func<double> jitter;
    private readonly GatewaySendWindow sendWindow;
    private readonly Queue<GatewayAction> pendingSends = new();
    private readonly Queue<DateTimeOffset> identifies = new();
    private TimeSpan heartbeatInterval;
    private DateTimeOffset? nextHeartbeatAt;
    private bool awaitingAck;
    private DateTimeOffset? waitUntil;
    private GatewayAction? afterWait;
    private int attempts;
    private GatewayInfo? gateway;

    /// <summary>Initializes a new instance of the <see cref="GatewayStateMachine"/> class.</summary>
    /// <param name="settings">Limits and intents.</param>
    /// <param name="jitter">A source of uniform values in [0, 1) (injected so tests are deterministic).</param>
    public GatewayStateMachine(GatewaySettings settings, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(jitter);
        this.settings = settings;
        this.jitter = jitter;
        sendWindow = new GatewaySendWindow(settings.SendLimit, settings.SendWindow);
    }

    /// <summary>Gets the current phase.</summary>
    public GatewayPhase Phase { get; private set; } = GatewayPhase.Stopped;

    /// <summary>Gets the session id from READY, or <see langword="null"/> without a resumable session.</summary>
    public string? SessionId { get; private set; }

    /// <summary>Gets the <c>resume_gateway_url</c> from READY.</summary>
    public Uri? ResumeUrl { get; private set; }

    /// <summary>Gets the last dispatch sequence number received.</summary>
    public int? LastSequence { get; private set; }

    /// <summary>Gets why the Gateway stopped for good, or <see langword="null"/>.</summary>
    public string? FatalReason { get; private set; }

    /// <summary>Gets when the driver must feed a <see cref="GatewayEvent.Tick"/> next, or <see langword="null"/> when nothing is due.</summary>
    public DateTimeOffset? NextWakeAt { get; private set; }

    /// <summary>Handles <paramref name="gatewayEvent"/> that happened at <paramref name="now"/> and returns the actions to carry out, in order.</summary>
    public IReadOnlyList<GatewayAction> Handle(GatewayEvent gatewayEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var actions = new List<GatewayAction>();
        switch (gatewayEvent)
        {
            case GatewayEvent.Start when Phase == GatewayPhase.Stopped && FatalReason is null:
                Fetch(actions);
                break;
            case GatewayEvent.Stop:
                if (IsConnected)
                {
                    actions.Add(new GatewayAction.Close(1000));
                }

                Disconnect();
                afterWait = null;
                Phase = GatewayPhase.Stopped;
                break;
            case GatewayEvent.Tick:
                OnTick(now, actions);
                break;
            case GatewayEvent.GatewayFetched fetched when Phase == GatewayPhase.FetchingGateway:
                OnGatewayFetched(fetched.Info, now, actions);
                break;
            case GatewayEvent.GatewayFetchFailed failed when Phase == GatewayPhase.FetchingGateway:
                if (failed.Unauthorized)
                {
                    Fail(GatewayCloseCodes.FatalReason(4004)!, actions);
                }
                else
                {
                    Backoff(now, new GatewayAction.FetchGateway());
                }

                break;
            case GatewayEvent.Connected when Phase == GatewayPhase.Connecting:
                Phase = GatewayPhase.AwaitingHello;
                sendWindow.Reset();
                waitUntil = now + settings.HelloTimeout;
                afterWait = null;
                break;
            case GatewayEvent.Closed closed when IsConnected || Phase == GatewayPhase.Connecting:
                OnClosed(closed.Code, now, actions);
                break;
            case GatewayEvent.Hello hello when Phase == GatewayPhase.AwaitingHello:
                OnHello(hello.HeartbeatInterval, now, actions);
                break;
            case GatewayEvent.Dispatch dispatch when IsConnected:
                OnDispatch(dispatch);
                break;
            case GatewayEvent.HeartbeatRequested when IsConnected:
                Send(new GatewayAction.Heartbeat(LastSequence), now, actions);
                break;
            case GatewayEvent.HeartbeatAck when IsConnected:
                awaitingAck = false;
                break;
            case GatewayEvent.Reconnect when IsConnected:
                actions.Add(new GatewayAction.Close(settings.ResumableCloseCode));
                Disconnect();
                Reconnect(actions);
                break;
            case GatewayEvent.InvalidSession invalid when IsConnected:
                actions.Add(new GatewayAction.Close(settings.ResumableCloseCode));
                Disconnect();
                if (!invalid.Resumable)
                {
                    ForgetSession();
                }

                // Discord's advice: wait a random 1–5 s before the next attempt.
                Wait(now + TimeSpan.FromSeconds(1 + (4 * jitter())), NextConnect());
                break;
        }

        NextWakeAt = ComputeNextWake(now);
        return actions;
    }

    private bool IsConnected => Phase is GatewayPhase.AwaitingHello or GatewayPhase.Identifying or GatewayPhase.Resuming or GatewayPhase.Running;

    private void OnTick(DateTimeOffset now, List<GatewayAction> actions)
    {
        if (waitUntil is { } until && until <= now)
        {
            waitUntil = null;
            if (Phase == GatewayPhase.AwaitingHello)
            {
                // No HELLO in time: drop this connection and try again.
                actions.Add(new GatewayAction.Close(settings.ResumableCloseCode));
                Disconnect();
                Backoff(now, NextConnect());
                return;
            }

            var next = afterWait;
            afterWait = null;
            switch (next)
            {
                case GatewayAction.FetchGateway:
                    Fetch(actions);
                    break;
                case GatewayAction.Connect connect:
                    Phase = GatewayPhase.Connecting;
                    actions.Add(connect);
                    break;
            }
        }

        if (IsConnected && nextHeartbeatAt is { } due && due <= now)
        {
            if (awaitingAck)
            {
                // The last heartbeat was never acknowledged: a zombie connection. Close without ending the session and resume.
                actions.Add(new GatewayAction.Close(settings.ResumableCloseCode));
                Disconnect();
                Backoff(now, NextConnect());
                return;
            }

            Send(new GatewayAction.Heartbeat(LastSequence), now, actions);
            awaitingAck = true;
            nextHeartbeatAt = due + heartbeatInterval;
        }

        FlushSends(now, actions);
    }

    private void OnGatewayFetched(GatewayInfo info, DateTimeOffset now, List<GatewayAction> actions)
    {
        gateway = info;
        if (info.Remaining <= 0)
        {
            // session_start_limit exhausted: identifying now would reset the token. Wait for the window to refill and ask again.
            Wait(now + info.ResetAfter, new GatewayAction.FetchGateway());
            return;
        }

        while (identifies.Count > 0 && identifies.Peek() + settings.IdentifyWindow <= now)
        {
            identifies.Dequeue();
        }

        var connect = new GatewayAction.Connect(WithQuery(info.Url), Resuming: false);
        if (identifies.Count >= Math.Max(1, info.MaxConcurrency))
        {
            Wait(identifies.Peek() + settings.IdentifyWindow, connect);
            return;
        }

        Phase = GatewayPhase.Connecting;
        actions.Add(connect);
    }

    private void OnHello(TimeSpan interval, DateTimeOffset now, List<GatewayAction> actions)
    {
        heartbeatInterval = interval;
        awaitingAck = false;
        nextHeartbeatAt = now + (interval * jitter());
        waitUntil = null;
        if (SessionId is { } session)
        {
            Phase = GatewayPhase.Resuming;
            Send(new GatewayAction.Resume(session, LastSequence), now, actions);
        }
        else
        {
            Phase = GatewayPhase.Identifying;
            identifies.Enqueue(now);
            gateway = gateway is null ? null : gateway with { Remaining = gateway.Remaining - 1 };
            Send(new GatewayAction.Identify(settings.Intents), now, actions);
        }
    }

    private void OnDispatch(GatewayEvent.Dispatch dispatch)
    {
        if (dispatch.Sequence is { } sequence)
        {
            LastSequence = sequence;
        }

        switch (dispatch.Type)
        {
            case "READY":
                SessionId = dispatch.SessionId;
                ResumeUrl = dispatch.ResumeUrl;
                Phase = GatewayPhase.Running;
                attempts = 0;
                break;
            case "RESUMED":
                Phase = GatewayPhase.Running;
                attempts = 0;
                break;
        }
    }

    private void OnClosed(int? code, DateTimeOffset now, List<GatewayAction> actions)
    {
        Disconnect();
        if (code is { } closeCode && GatewayCloseCodes.FatalReason(closeCode) is { } fatal)
        {
            Fail(fatal, actions);
            return;
        }

        if (!GatewayCloseCodes.KeepsSession(code))
        {
            ForgetSession();
        }

        Backoff(now, NextConnect());
    }

    private void Reconnect(List<GatewayAction> actions)
    {
        var next = NextConnect();
        if (next is GatewayAction.Connect connect)
        {
            Phase = GatewayPhase.Connecting;
            actions.Add(connect);
        }
        else
        {
            Fetch(actions);
        }
    }

    /// <summary>The next connection: a resume on <c>resume_gateway_url</c> when a session exists, else a new session from <c>GET /gateway/bot</c>.</summary>
    private GatewayAction NextConnect() =>
        SessionId is not null && ResumeUrl is { } resume
            ? new GatewayAction.Connect(WithQuery(resume), Resuming: true)
            : new GatewayAction.FetchGateway();

    private void Backoff(DateTimeOffset now, GatewayAction next)
    {
        attempts++;
        var doubling = Math.Min(attempts - 1, 16);
        var delay = TimeSpan.FromTicks(Math.Min(settings.MaxBackoff.Ticks, settings.InitialBackoff.Ticks << doubling));
        Wait(now + (delay * (1 - (0.5 * jitter()))), next);
    }

    private void Wait(DateTimeOffset until, GatewayAction next)
    {
        Phase = GatewayPhase.Waiting;
        waitUntil = until;
        afterWait = next;
    }

    private void Fetch(List<GatewayAction> actions)
    {
        Phase = GatewayPhase.FetchingGateway;
        actions.Add(new GatewayAction.FetchGateway());
    }

    private void Fail(string reason, List<GatewayAction> actions)
    {
        Disconnect();
        FatalReason = reason;
        Phase = GatewayPhase.Stopped;
        waitUntil = null;
        afterWait = null;
        actions.Add(new GatewayAction.Fatal(reason));
    }

    private void Disconnect()
    {
        nextHeartbeatAt = null;
        awaitingAck = false;
        waitUntil = null;
        pendingSends.Clear();
    }

    private void ForgetSession()
    {
        SessionId = null;
        ResumeUrl = null;
        LastSequence = null;
    }

    private void Send(GatewayAction send, DateTimeOffset now, List<GatewayAction> actions)
    {
        pendingSends.Enqueue(send);
        FlushSends(now, actions);
    }

    private void FlushSends(DateTimeOffset now, List<GatewayAction> actions)
    {
        while (pendingSends.Count > 0 && sendWindow.CanSend(now))
        {
            sendWindow.Record(now);
            actions.Add(pendingSends.Dequeue());
        }
    }

    private DateTimeOffset? ComputeNextWake(DateTimeOffset now)
    {
        DateTimeOffset? next = waitUntil;
        if (IsConnected && nextHeartbeatAt is { } heartbeat && (next is null || heartbeat < next))
        {
            next = heartbeat;
        }

        if (pendingSends.Count > 0)
        {
            var free = sendWindow.NextFreeAt(now);
            if (next is null || free < next)
            {
                next = free;
            }
        }

        return next;
    }

    private static Uri WithQuery(Uri url) => new(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Query);
}
