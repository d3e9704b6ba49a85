namespace Monitor.Server.Status;

/// <summary>One feed's health on the status page.</summary>
internal sealed record FeedStatusRow(string Id, string Name, DateTimeOffset? LastSuccessAt, int Failures, string? LastError, DateTimeOffset? NextPollAt)
{
    public bool IsFailing => Failures > 0;
}
