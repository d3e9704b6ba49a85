namespace Monitor.Discord.Gateway;

/// <summary>A sliding window of send times: at most <c>limit</c> sends in any <c>window</c>. Pure: the time is passed in.</summary>
internal sealed class GatewaySendWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> sent = new();

    /// <summary>Returns whether a send is allowed at <paramref name="now"/>.</summary>
    public bool CanSend(DateTimeOffset now)
    {
        Expire(now);
        return sent.Count < limit;
    }

    /// <summary>Records a send at <paramref name="now"/>.</summary>
    public void Record(DateTimeOffset now) => sent.Enqueue(now);

    /// <summary>Returns when the next send is allowed (now when it already is).</summary>
    public DateTimeOffset NextFreeAt(DateTimeOffset now)
    {
        Expire(now);
        return sent.Count < limit ? now : sent.Peek() + window;
    }

    /// <summary>Forgets every send (a new connection has a new window).</summary>
    public void Reset() => sent.Clear();

    private void Expire(DateTimeOffset now)
    {
        while (sent.Count > 0 && sent.Peek() + window <= now)
        {
            sent.Dequeue();
        }
    }
}
