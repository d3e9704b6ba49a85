namespace Monitor.Discord.Gateway;

/// <summary>Where the Gateway connection stands.</summary>
public enum GatewayPhase
{
    /// <summary>Not started, stopped on request, or stopped by a fatal error (see <see cref="GatewayStateMachine.FatalReason"/>).</summary>
    Stopped,

    /// <summary>Asking <c>GET /gateway/bot</c> for the URL and the session start limit.</summary>
    FetchingGateway,

    /// <summary>Waiting before the next attempt (back-off, invalid session, session start limit, identify concurrency).</summary>
    Waiting,

    /// <summary>Opening the WebSocket.</summary>
    Connecting,

    /// <summary>Connected, waiting for HELLO.</summary>
    AwaitingHello,

    /// <summary>IDENTIFY sent, waiting for READY.</summary>
    Identifying,

    /// <summary>RESUME sent, waiting for RESUMED (Discord replays missed events first).</summary>
    Resuming,

    /// <summary>READY or RESUMED received: events flow.</summary>
    Running,
}
