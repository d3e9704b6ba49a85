using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>A snapshot with the given channels (all with a webhook) and no rules.</summary>
internal sealed class FixedSnapshots(string? adminChannel, params string[] channels) : IPipelineSnapshotSource
{
    public PipelineSnapshot Current { get; } = new PipelineSnapshot(
        new Dictionary<string, Domain.Feeds.FeedDefinition>(),
        channels.Concat(adminChannel is null ? [] : [adminChannel]).Distinct().ToDictionary(c => c, c => new ChannelDefinition(c, new Secret("https://discord.invalid/api/webhooks/1/" + c))),
        new NoRules())
    {
        AdminChannelId = adminChannel,
    };

    private sealed class NoRules : IRuleMatcher
    {
        public int RuleCount => 0;

        public IReadOnlyList<RuleHit> Match(FeedItem item) => [];
    }
}
