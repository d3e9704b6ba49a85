namespace Monitor.Pipeline.State;

/// <summary>Decides when a feed's health is worth telling an admin about. Pure.</summary>
public static class FeedHealth
{
    /// <summary>Returns the transition from <paramref name="previousFailures"/> to <paramref name="currentFailures"/> consecutive failures.</summary>
    /// <remarks>"Failing" fires once per streak, on the poll that reaches <paramref name="threshold"/>; "Recovered" fires on the first success after such a streak.</remarks>
    public static FeedHealthTransition Evaluate(int previousFailures, int currentFailures, int threshold)
    {
        threshold = Math.Max(1, threshold);
        if (currentFailures == threshold && previousFailures < threshold)
        {
            return FeedHealthTransition.StartedFailing;
        }

        return currentFailures == 0 && previousFailures >= threshold ? FeedHealthTransition.Recovered : FeedHealthTransition.None;
    }
}
