namespace Monitor.Pipeline.Polling;

/// <summary>What one poll of one feed did.</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="ItemCount">Items in the document.</param>
/// <param name="NewItemCount">Items not seen before.</param>
/// <param name="AlertCount">Alerts enqueued.</param>
/// <param name="NextPollAt">When the feed should be polled next.</param>
public sealed record PollReport(string FeedId, PollOutcome Outcome, int ItemCount, int NewItemCount, int AlertCount, DateTimeOffset? NextPollAt)
{
    /// <summary>Gets the failure message, when the poll failed.</summary>
    public string? Error { get; init; }

    /// <summary>Gets how many items ended with each outcome (empty when the feed was not modified or the poll failed).</summary>
    public OutcomeCounts Outcomes { get; init; } = OutcomeCounts.None;
}
