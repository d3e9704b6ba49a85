using Monitor.Pipeline.Polling;

namespace Monitor.TestKit.Fakes;

/// <summary>Serves one fixed <see cref="PipelineSnapshot"/> (tests that build the snapshot themselves).</summary>
public sealed class StaticSnapshotSource(PipelineSnapshot snapshot) : IPipelineSnapshotSource
{
    /// <inheritdoc/>
    public PipelineSnapshot Current => snapshot;
}
