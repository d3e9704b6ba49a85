namespace Monitor.Discord.Rest;

/// <summary>A Discord API call that failed: the HTTP status, Discord's JSON code and message, and the route template (never a token or full URL).</summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DiscordApiException"/> class.</summary>
    public DiscordApiException(string route, int status, int code, string message)
        : base($"Discord answered {status} (code {code}) to {route}: {message}")
    {
        Route = route;
        Status = status;
        Code = code;
    }

    /// <summary>Initializes a new instance of the <see cref="DiscordApiException"/> class.</summary>
    public DiscordApiException()
        : this("?", 0, 0, "unknown error")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DiscordApiException"/> class.</summary>
    public DiscordApiException(string message)
        : this("?", 0, 0, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DiscordApiException"/> class.</summary>
    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Route = "?";
    }

    /// <summary>Gets the route template, for example <c>PUT /applications/{id}/commands</c>.</summary>
    public string Route { get; } = "?";

    /// <summary>Gets the HTTP status.</summary>
    public int Status { get; }

    /// <summary>Gets Discord's JSON error code (for example 40060 already acknowledged, 10062 unknown interaction); 0 when absent.</summary>
    public int Code { get; }
}
