namespace Monitor.Cli;

/// <summary>One line of <c>monitor feeds</c>.</summary>
/// <param name="FeedId">The feed id.</param>
/// <param name="Status">ok, failing, new (never polled) or overdue.</param>
/// <param name="Failures">Consecutive failures.</param>
/// <param name="LastSuccess">Last successful poll (UTC), or "never".</param>
/// <param name="NextPoll">Next poll (UTC), or "-".</param>
/// <param name="LastError">Last error as "Kind: message", or empty.</param>
internal sealed record FeedHealthRow(string FeedId, string Status, int Failures, string LastSuccess, string NextPoll, string LastError);
