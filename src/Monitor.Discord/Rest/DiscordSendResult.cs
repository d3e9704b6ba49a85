using Monitor.Discord.Models;

namespace Monitor.Discord.Rest;

/// <summary>The result of one Discord request, as a value: the message on success, else the failure kind and a log-safe reason.</summary>
public sealed record DiscordSendResult
{
    /// <summary>Gets the HTTP status, when a response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the message Discord returned.</summary>
    public DiscordMessageResponse? Message { get; init; }

    /// <summary>Gets how it failed.</summary>
    public DiscordFailureKind Failure { get; init; }

    /// <summary>Gets Discord's error body, when it sent one.</summary>
    public DiscordError? Error { get; init; }

    /// <summary>Gets the delay to wait before retrying, when known.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a reason safe to log (never a token).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the request succeeded.</summary>
    public bool Succeeded => Failure == DiscordFailureKind.None;
}
