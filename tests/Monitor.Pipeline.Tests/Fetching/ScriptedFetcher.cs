using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.Pipeline.Tests.Fetching;

/// <summary>An <see cref="IFeedFetcher"/> that answers from a queue and records the conditions it was asked with.</summary>
internal sealed class ScriptedFetcher : IFeedFetcher
{
    private readonly Queue<FetchResult> script = new();

    public List<FetchConditions> Conditions { get; } = [];

    public ScriptedFetcher Then(FetchResult result)
    {
        script.Enqueue(result);
        return this;
    }

    public Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        Conditions.Add(conditions);
        return Task.FromResult(script.Dequeue());
    }
}
