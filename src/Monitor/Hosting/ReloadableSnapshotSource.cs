using Monitor.Configuration;
using Monitor.Pipeline.Polling;

namespace Monitor.Hosting;

/// <summary>Holds the snapshot in force and swaps it atomically when a new config has loaded and compiled without errors.</summary>
public sealed class ReloadableSnapshotSource : IPipelineSnapshotSource
{
    private PipelineSnapshot current;

    /// <summary>Initializes a new instance of the <see cref="ReloadableSnapshotSource"/> class.</summary>
    public ReloadableSnapshotSource(MonitorConfig config)
    {
        Config = config;
        current = SnapshotFactory.Create(config);
    }

    /// <inheritdoc/>
    public PipelineSnapshot Current => Volatile.Read(ref current);

    /// <summary>Gets the config the current snapshot was built from.</summary>
    public MonitorConfig Config { get; private set; }

    /// <summary>Replaces the snapshot with one built from <paramref name="config"/>. Polls already running finish on the old one.</summary>
    public void Replace(MonitorConfig config)
    {
        var next = SnapshotFactory.Create(config);
        Config = config;
        Volatile.Write(ref current, next);
    }
}
