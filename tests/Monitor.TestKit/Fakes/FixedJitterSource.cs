using Monitor.Pipeline.Scheduling;

namespace Monitor.TestKit.Fakes;

/// <summary>An <see cref="IJitterSource"/> that always draws the same value, so back-off times are exact in tests.</summary>
/// <param name="draw">The draw, in [0, 1); the default 0.5 means no jitter.</param>
public sealed class FixedJitterSource(double draw = 0.5) : IJitterSource
{
    /// <inheritdoc/>
    public double Next() => draw;
}
