namespace Monitor.Pipeline.Delivery;

/// <summary>Port: whether this process may dispatch the outbox now (what the dispatch loops ask before each pass).</summary>
public interface IDispatchLeadership
{
    /// <summary>
    /// Returns whether this process may dispatch the outbox now. Only one node of a PostgreSQL cluster dispatches at a time (it holds a
    /// session advisory lock; if it dies, its connection drops and another node takes over), so two nodes never send the same row.
    /// SQLite is single-node: always true.
    /// </summary>
    Task<bool> TryLeadDispatchAsync(CancellationToken cancellationToken);
}
