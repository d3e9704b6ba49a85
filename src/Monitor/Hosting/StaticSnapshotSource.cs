using Monitor.Pipeline.Polling;

namespace Monitor.Hosting;

/// <summary>Serves one snapshot built from the loaded config.</summary>
public sealed class StaticSnapshotSource(PipelineSnapshot snapshot) : IPipelineSnapshotSource
{
    /// <inheritdoc/>
    public PipelineSnapshot Current { get; } = snapshot;
}
