namespace Monitor.Domain.Subscriptions;

/// <summary>Where a subscription's alerts go.</summary>
public enum SubscriptionDelivery
{
    /// <summary>A direct message to the owner.</summary>
    Dm,

    /// <summary>The channel it was made in, mentioning the owner (and nobody else).</summary>
    Here,

    /// <summary>The channel it was made in, without a mention (needs Manage Channels).</summary>
    Channel,
}
