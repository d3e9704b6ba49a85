using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Monitor.Pipeline.Admin;

namespace Monitor.TestKit.Fakes;

/// <summary>An <see cref="IAdminAlertSource"/> whose waiting alerts a test enqueues.</summary>
public sealed class QueuedAdminAlertSource : IAdminAlertSource
{
    /// <summary>Gets the waiting alerts, oldest first.</summary>
    public ConcurrentQueue<AdminAlert> Alerts { get; } = new();

    /// <inheritdoc/>
    public bool TryTake([NotNullWhen(true)] out AdminAlert? alert) => Alerts.TryDequeue(out alert);
}
