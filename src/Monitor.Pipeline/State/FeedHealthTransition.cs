namespace Monitor.Pipeline.State;

/// <summary>A change in a feed's health that an admin should hear about.</summary>
public enum FeedHealthTransition
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>The feed just reached the configured number of consecutive failures.</summary>
    StartedFailing,

    /// <summary>The feed succeeded after having reached the threshold.</summary>
    Recovered,
}
