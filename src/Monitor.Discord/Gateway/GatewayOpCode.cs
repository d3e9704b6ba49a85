namespace Monitor.Discord.Gateway;

/// <summary>Gateway opcodes Monitor sends or handles (discord-api.md §8).</summary>
public enum GatewayOpCode
{
    /// <summary>An event (<c>t</c> names it, <c>s</c> numbers it).</summary>
    Dispatch = 0,

    /// <summary>A heartbeat, sent by us (and asked for by Discord).</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Resumes a session; Discord replays what was missed.</summary>
    Resume = 6,

    /// <summary>Discord asks us to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>The session is invalid; <c>d</c> says whether it can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>The first message on a connection, with the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Discord acknowledged a heartbeat.</summary>
    HeartbeatAck = 11,
}
