namespace Monitor.Discord.Rest;

/// <summary>How a Discord request failed, decided once per response (see <see cref="DiscordResultClassifier"/>).</summary>
public enum DiscordFailureKind
{
    /// <summary>It did not fail.</summary>
    None = 0,

    /// <summary>Rate limited (429, or held back by the limiter): retry after the delay.</summary>
    RateLimited,

    /// <summary>5xx, timeout or network error: retry with back-off.</summary>
    Transient,

    /// <summary>Discord refused the payload or request (400 and most 4xx): do not retry unchanged.</summary>
    Invalid,

    /// <summary>The webhook or channel is gone or unusable (404 Unknown Webhook/Channel, 401 webhook token, 403 permissions): stop using it.</summary>
    DestinationGone,

    /// <summary>The bot token was rejected (401): nothing is sent with it until fixed.</summary>
    Unauthorized,

    /// <summary>Cloudflare-style ban: all traffic is paused.</summary>
    Banned,
}
