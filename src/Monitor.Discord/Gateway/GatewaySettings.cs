namespace Monitor.Discord.Gateway;

/// <summary>The tunables of <see cref="GatewayStateMachine"/>; the defaults follow Discord's documented limits (discord-api.md §8).</summary>
public sealed record GatewaySettings
{
    /// <summary>Gets the intents sent in IDENTIFY.</summary>
    public GatewayIntents Intents { get; init; } = GatewayIntents.Guilds;

    /// <summary>Gets the most payloads sent per <see cref="SendWindow"/> (Discord disconnects above 120 per 60 s).</summary>
    public int SendLimit { get; init; } = 120;

    /// <summary>Gets the window of <see cref="SendLimit"/>.</summary>
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets the first reconnect delay; each further attempt doubles it up to <see cref="MaxBackoff"/>, then jitter takes 0–50 % off.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest reconnect delay.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets how long a new connection may take to say HELLO before it is dropped and retried.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the window in which <see cref="GatewayInfo.MaxConcurrency"/> IDENTIFYs are allowed.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the close code used when we drop a connection but want to resume (not 1000/1001, which end the session).</summary>
    public int ResumableCloseCode { get; init; } = 4900;
}
