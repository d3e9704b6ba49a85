namespace Monitor.Pipeline.State;

/// <summary>The result of one poll for a feed's health: the state to save and whether an admin should hear about it.</summary>
/// <param name="Previous">The state before the poll.</param>
/// <param name="State">The state to save; its <see cref="FeedState.NextPollAt"/> is set.</param>
/// <param name="Transition">The change worth telling an admin about, or <see cref="FeedHealthTransition.None"/>.</param>
public sealed record FeedHealthUpdate(FeedState Previous, FeedState State, FeedHealthTransition Transition)
{
    /// <summary>Gets when the feed is polled next.</summary>
    public DateTimeOffset NextPollAt => State.NextPollAt ?? throw new InvalidOperationException("a health update always sets the next poll");
}
