namespace Monitor.Discord.RateLimiting;

/// <summary>A condition an operator must hear about.</summary>
public enum RateLimitAlarm
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Discord (Cloudflare) banned this IP; all traffic is paused.</summary>
    Banned,

    /// <summary>Invalid requests (401/403/429) reached the safety margin of Discord's 10,000 per 10 minutes; all traffic is paused.</summary>
    InvalidRequestBudget,

    /// <summary>Discord rejected the bot token.</summary>
    TokenRejected,
}
