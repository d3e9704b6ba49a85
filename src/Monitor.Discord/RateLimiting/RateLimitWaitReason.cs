namespace Monitor.Discord.RateLimiting;

/// <summary>Why a request may not be sent yet.</summary>
public enum RateLimitWaitReason
{
    /// <summary>It may be sent.</summary>
    None = 0,

    /// <summary>A Cloudflare-style ban was seen: all traffic pauses.</summary>
    Banned,

    /// <summary>The invalid-request count in the window reached the safety margin: all traffic pauses.</summary>
    InvalidRequestBudget,

    /// <summary>Discord rejected the bot token (401): nothing is sent with it again until restart.</summary>
    TokenRejected,

    /// <summary>A global 429 closed the gate for this token or IP.</summary>
    GlobalLimit,

    /// <summary>The 50 requests per second ceiling is reached.</summary>
    GlobalCeiling,

    /// <summary>The bucket's limits are not known yet and one request is already in flight.</summary>
    BucketInFlight,

    /// <summary>The bucket has no requests left until its reset.</summary>
    BucketExhausted,

    /// <summary>The per-channel message budget (Discord's hidden ~30/min limit) is used up.</summary>
    ChannelBudget,

    /// <summary>A <c>shared</c> 429 closed the channel.</summary>
    SharedLimit,
}
