namespace Monitor.Pipeline.Polling;

/// <summary>Port: gives the current <see cref="PipelineSnapshot"/> (the last good config).</summary>
public interface IPipelineSnapshotSource
{
    /// <summary>Gets the snapshot in force.</summary>
    PipelineSnapshot Current { get; }
}
