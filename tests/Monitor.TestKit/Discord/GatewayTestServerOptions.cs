namespace Monitor.TestKit.Discord;

/// <summary>What the Gateway test server enforces; defaults follow Discord (discord-api.md §8).</summary>
public sealed class GatewayTestServerOptions
{
    /// <summary>Gets or sets the heartbeat interval sent in HELLO.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Gets or sets how long after HELLO or the last heartbeat the server waits before closing with 4009 (session timed out).</summary>
    /// <value>The default value is <see langword="null"/>: 1.5 × <see cref="HeartbeatInterval"/>.</value>
    public TimeSpan? HeartbeatDeadline { get; set; }

    /// <summary>Gets or sets the payloads a client may send per <see cref="SendWindow"/> before it is closed with 4008.</summary>
    public int SendLimit { get; set; } = 120;

    /// <summary>Gets or sets the window of <see cref="SendLimit"/>.</summary>
    public TimeSpan SendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the intent bits accepted at all (others close with 4013).</summary>
    public int KnownIntents { get; set; } = (1 << 26) - 1;

    /// <summary>Gets or sets the privileged intent bits, refused with 4014 (GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT).</summary>
    public int PrivilegedIntents { get; set; } = (1 << 1) | (1 << 8) | (1 << 15);
}
