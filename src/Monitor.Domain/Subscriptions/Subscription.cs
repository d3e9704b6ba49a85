namespace Monitor.Domain.Subscriptions;

/// <summary>A person's standing request, made in Discord, to be told about items that pass <see cref="Filter"/>.</summary>
/// <param name="Id">The subscription's id (short, shown to its owner and to operators).</param>
/// <param name="OwnerId">The Discord user (snowflake) who made it.</param>
/// <param name="GuildId">The guild it was made in; <see langword="null"/> when made in a DM.</param>
/// <param name="ChannelId">The Discord channel it was made in (where <see cref="SubscriptionDelivery.Here"/> and
/// <see cref="SubscriptionDelivery.Channel"/> post).</param>
/// <param name="Filter">What it selects.</param>
/// <param name="Delivery">How it is delivered.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record Subscription(
    string Id,
    string OwnerId,
    string? GuildId,
    string? ChannelId,
    SubscriptionFilter Filter,
    SubscriptionDelivery Delivery,
    DateTimeOffset CreatedAt)
{
    /// <summary>Gets the time until which its owner snoozed their personal deliveries.</summary>
    /// <value>The default value is <see langword="null"/>: not muted.</value>
    public DateTimeOffset? MutedUntil { get; init; }

    /// <summary>Gets why delivery is paused (for example Discord refused a DM, code 50007), to be told to the owner on their next command.</summary>
    /// <value>The default value is <see langword="null"/>: active.</value>
    public string? PausedReason { get; init; }
}
