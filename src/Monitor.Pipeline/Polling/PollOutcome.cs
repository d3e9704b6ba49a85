namespace Monitor.Pipeline.Polling;

/// <summary>How a poll ended.</summary>
public enum PollOutcome
{
    /// <summary>The feed was read.</summary>
    Updated,

    /// <summary>The server answered 304.</summary>
    NotModified,

    /// <summary>The poll failed; see <see cref="PollReport.Error"/>.</summary>
    Failed,

    /// <summary>The feed is no longer in the config.</summary>
    UnknownFeed,
}
