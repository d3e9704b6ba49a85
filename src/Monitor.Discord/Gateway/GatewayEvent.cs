namespace Monitor.Discord.Gateway;

/// <summary>Something that happened to the Gateway connection, fed into <see cref="GatewayStateMachine.Handle"/> with the time it happened.</summary>
public abstract record GatewayEvent
{
    private GatewayEvent()
    {
    }

    /// <summary>Start the Gateway.</summary>
    public sealed record Start : GatewayEvent;

    /// <summary>Stop the Gateway (shutdown).</summary>
    public sealed record Stop : GatewayEvent;

    /// <summary>The time passed (a deadline of <see cref="GatewayStateMachine.NextWakeAt"/> may have come).</summary>
    public sealed record Tick : GatewayEvent;

    /// <summary><c>GET /gateway/bot</c> answered.</summary>
    public sealed record GatewayFetched(GatewayInfo Info) : GatewayEvent;

    /// <summary><c>GET /gateway/bot</c> failed; <paramref name="Unauthorized"/> when Discord rejected the token (401).</summary>
    public sealed record GatewayFetchFailed(bool Unauthorized, string Reason) : GatewayEvent;

    /// <summary>The WebSocket is open.</summary>
    public sealed record Connected : GatewayEvent;

    /// <summary>The connection closed: with Discord's close code, or <see langword="null"/> when it dropped without one.</summary>
    public sealed record Closed(int? Code) : GatewayEvent;

    /// <summary>HELLO (op 10) with the heartbeat interval.</summary>
    public sealed record Hello(TimeSpan HeartbeatInterval) : GatewayEvent;

    /// <summary>A dispatch (op 0); READY carries the session id and resume URL.</summary>
    public sealed record Dispatch(int? Sequence, string Type, string? SessionId = null, Uri? ResumeUrl = null) : GatewayEvent;

    /// <summary>Discord asked for a heartbeat now (op 1).</summary>
    public sealed record HeartbeatRequested : GatewayEvent;

    /// <summary>Heartbeat ACK (op 11).</summary>
    public sealed record HeartbeatAck : GatewayEvent;

    /// <summary>RECONNECT (op 7).</summary>
    public sealed record Reconnect : GatewayEvent;

    /// <summary>INVALID_SESSION (op 9); <paramref name="Resumable"/> is its <c>d</c>.</summary>
    public sealed record InvalidSession(bool Resumable) : GatewayEvent;
}
