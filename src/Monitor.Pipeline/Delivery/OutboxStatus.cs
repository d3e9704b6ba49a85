namespace Monitor.Pipeline.Delivery;

/// <summary>Where an outbox row stands: <c>Pending → Sent | Dead</c>.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be delivered (possibly after a failed attempt).</summary>
    Pending = 0,

    /// <summary>The destination confirmed it.</summary>
    Sent = 1,

    /// <summary>Permanently failed; a person must look (<c>monitor outbox retry</c> requeues).</summary>
    Dead = 2,
}
