namespace Monitor.Domain.Feeds;

/// <summary>What a feed's first poll alerts: <c>none</c>, <c>all</c>, or items published within a window such as <c>24h</c> (the default).</summary>
/// <param name="Mode">The mode.</param>
/// <param name="Window">For <see cref="BackfillMode.Window"/>: how far back an item may be published and still alert.</param>
public sealed record BackfillPolicy(BackfillMode Mode, TimeSpan Window)
{
    /// <summary>Gets the policy used when neither the feed nor the config sets one: items of the last 24 hours.</summary>
    public static BackfillPolicy Default { get; } = new(BackfillMode.Window, TimeSpan.FromHours(24));

    /// <summary>Gets the policy that alerts nothing on the first poll.</summary>
    public static BackfillPolicy None { get; } = new(BackfillMode.None, TimeSpan.Zero);

    /// <summary>Gets the policy that alerts every matching item on the first poll.</summary>
    public static BackfillPolicy All { get; } = new(BackfillMode.All, TimeSpan.Zero);

    /// <summary>Returns the policy that alerts items published within <paramref name="window"/>.</summary>
    public static BackfillPolicy Within(TimeSpan window) => new(BackfillMode.Window, window);
}
