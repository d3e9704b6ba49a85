using System.Diagnostics;

namespace Monitor.Telemetry;

/// <summary>The trace source: one span per feed poll (exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set).</summary>
internal static class MonitorActivities
{
    public const string SourceName = "Monitor";

    public static ActivitySource Source { get; } = new(SourceName);
}
