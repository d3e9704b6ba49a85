namespace Monitor.Discord.RateLimiting;

/// <summary>Counts events in a sliding time window.</summary>
internal sealed class SlidingWindow(TimeSpan length)
{
    private readonly Queue<DateTimeOffset> events = new();

    public TimeSpan Length => length;

    public int Count(DateTimeOffset now)
    {
        while (events.Count > 0 && events.Peek() + length <= now)
        {
            events.Dequeue();
        }

        return events.Count;
    }

    /// <summary>Returns when the oldest event leaves the window.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now) => events.Count == 0 ? now : events.Peek() + length;

    public void Add(DateTimeOffset now) => events.Enqueue(now);
}
