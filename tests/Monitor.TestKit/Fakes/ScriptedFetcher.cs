using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.TestKit.Fakes;

/// <summary>
/// The test kit's one <see cref="IFeedFetcher"/>: answers from a queue (<see cref="Then"/>), then with <see cref="Otherwise"/>
/// once the queue is empty, and records which feed was asked with which conditions.
/// </summary>
public sealed class ScriptedFetcher : IFeedFetcher
{
    private readonly Queue<FetchResult> script = new();
    private readonly List<(string FeedId, FetchConditions Conditions)> requests = [];
    private readonly Lock gate = new();

    /// <summary>Gets or sets the answer once the queue is empty.</summary>
    /// <value>The default value is <see cref="FetchResult.NotModified"/>.</value>
    public FetchResult Otherwise { get; set; } = FetchResult.NotModified();

    /// <summary>Gets the conditions of every fetch, in order.</summary>
    public IReadOnlyList<FetchConditions> Conditions
    {
        get
        {
            lock (gate)
            {
                return requests.Select(r => r.Conditions).ToList();
            }
        }
    }

    /// <summary>Gets the ids of the feeds fetched, in order.</summary>
    public IReadOnlyList<string> FeedIds
    {
        get
        {
            lock (gate)
            {
                return requests.Select(r => r.FeedId).ToList();
            }
        }
    }

    /// <summary>Gets the conditions of the last fetch, or null when nothing was fetched.</summary>
    public FetchConditions? LastConditions => Conditions.LastOrDefault();

    /// <summary>Queues <paramref name="result"/> as the next answer.</summary>
    public ScriptedFetcher Then(FetchResult result)
    {
        lock (gate)
        {
            script.Enqueue(result);
        }

        return this;
    }

    /// <inheritdoc/>
    public Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        lock (gate)
        {
            requests.Add((feed.Id, conditions));
            return Task.FromResult(script.TryDequeue(out var next) ? next : Otherwise);
        }
    }
}
