namespace Monitor.Pipeline.Delivery;

/// <summary>Port: the outbox as an operator sees it (<c>monitor outbox</c>): list rows and disabled channels, put rows back in the queue.</summary>
public interface IOutboxAdmin : IDisabledChannels
{
    /// <summary>Lists entries in a status, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken);

    /// <summary>Counts the entries in a status, without reading them.</summary>
    Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken);

    /// <summary>Puts a dead (or pending) entry back in the queue, due now, and re-enables its channel. Returns false when there is no such entry or it was already sent.</summary>
    Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts every dead entry back in the queue, due now, and re-enables their channels. Returns how many.</summary>
    Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
