namespace Monitor.Pipeline.Scheduling;

/// <summary>Port: the random draw that spreads retries of failing feeds (see <see cref="PollScheduler.AfterFailure(TimeSpan, int, TimeSpan?, DateTimeOffset, double)"/>).</summary>
/// <remarks>Injected so the decisions that use it stay pure and tests can fix the draw.</remarks>
public interface IJitterSource
{
    /// <summary>Returns a draw in [0, 1); 0.5 means no jitter.</summary>
    double Next();
}
