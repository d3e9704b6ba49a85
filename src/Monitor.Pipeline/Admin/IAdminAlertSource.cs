using System.Diagnostics.CodeAnalysis;

namespace Monitor.Pipeline.Admin;

/// <summary>Port: admin alerts raised outside the pipeline (for example by the Discord client's rate limiter), waiting to be queued.</summary>
/// <remarks>The outbox dispatcher takes them at the start of each pass and queues them through <see cref="AdminAlertQueue"/>, awaited.</remarks>
public interface IAdminAlertSource
{
    /// <summary>Takes the oldest waiting alert; false when none waits.</summary>
    bool TryTake([NotNullWhen(true)] out AdminAlert? alert);
}
