namespace Monitor.Pipeline.Scheduling;

/// <summary>The production <see cref="IJitterSource"/>: a uniform draw from the shared random generator.</summary>
public sealed class RandomJitterSource : IJitterSource
{
    /// <summary>Gets the shared instance.</summary>
    public static RandomJitterSource Instance { get; } = new();

    /// <inheritdoc/>
    public double Next() => Random.Shared.NextDouble();
}
