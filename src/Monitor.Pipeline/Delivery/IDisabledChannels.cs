namespace Monitor.Pipeline.Delivery;

/// <summary>Port: which channels are disabled and why. Shared by <see cref="IOutboxQueue"/> (the dispatcher parks their rows) and <see cref="IOutboxAdmin"/> (operators see them).</summary>
public interface IDisabledChannels
{
    /// <summary>Returns the disabled channels and why.</summary>
    Task<IReadOnlyDictionary<string, string>> ListDisabledChannelsAsync(CancellationToken cancellationToken);
}
