namespace Monitor.Pipeline.Admin;

/// <summary>What Monitor tells its operators about in the admin channel.</summary>
public enum AdminAlertKind
{
    /// <summary>A feed reached the configured number of failed polls in a row.</summary>
    FeedFailing,

    /// <summary>A feed that was failing is read again.</summary>
    FeedRecovered,

    /// <summary>A channel's Discord webhook or channel is gone: the channel is disabled and its queue parked.</summary>
    WebhookGone,

    /// <summary>Monitor lacks a permission in a channel: the channel is held with its queue.</summary>
    PermissionMissing,

    /// <summary>Discord (Cloudflare) refuses this IP: all Discord traffic is paused.</summary>
    DiscordBanned,

    /// <summary>Discord rejected the bot token.</summary>
    DiscordTokenRejected,

    /// <summary>Invalid Discord requests neared Discord's limit: all Discord traffic is paused.</summary>
    DiscordInvalidRequests,
}
