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

    /// <summary>Discord refused the payload (400, 413, or 10008 Unknown Message on an edit): do not retry it unchanged.</summary>
    Invalid,

    /// <summary>The webhook or channel is gone for good (10015 Unknown Webhook, 50027 Invalid Webhook Token or any 401 for a webhook, 10003 Unknown Channel): stop using it.</summary>
    DestinationGone,

    /// <summary>The destination exists but Monitor lacks a permission (50013 Missing Permissions, 50001 Missing Access, 160005 Thread Locked): an admin can fix it.</summary>
    MissingPermission,

    /// <summary>A status and code Monitor does not know: the request is not retried, nothing else is concluded.</summary>
    Unexpected,

    /// <summary>The bot token was rejected (401): nothing is sent with it until fixed.</summary>
    Unauthorized,

    /// <summary>Cloudflare-style ban: all traffic is paused.</summary>
    Banned,
}
