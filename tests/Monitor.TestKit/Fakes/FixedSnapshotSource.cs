using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Polling;

namespace Monitor.TestKit.Fakes;

/// <summary>
/// The test kit's one <see cref="IPipelineSnapshotSource"/>: serves a fixed snapshot. Pass a snapshot you built, or use
/// <see cref="Create"/> for feeds and channels without rules.
/// </summary>
public sealed class FixedSnapshotSource(PipelineSnapshot snapshot) : IPipelineSnapshotSource
{
    /// <inheritdoc/>
    public PipelineSnapshot Current => snapshot;

    /// <summary>
    /// A snapshot of <paramref name="feeds"/> and <paramref name="channels"/> (each with a webhook on discord.invalid) and
    /// no rules; <paramref name="adminChannel"/>, when given, is added as a channel too and receives admin alerts.
    /// </summary>
    public static FixedSnapshotSource Create(
        IEnumerable<FeedDefinition>? feeds = null,
        IEnumerable<string>? channels = null,
        string? adminChannel = null,
        int failureThreshold = 3) =>
        new(new PipelineSnapshot(
            (feeds ?? []).ToDictionary(f => f.Id, StringComparer.Ordinal),
            (channels ?? []).Concat(adminChannel is null ? [] : [adminChannel]).Distinct(StringComparer.Ordinal)
                .ToDictionary(c => c, c => new ChannelDefinition(c, new Secret("https://discord.invalid/api/webhooks/1/" + c)), StringComparer.Ordinal),
            new NoRules())
        {
            AdminChannelId = adminChannel,
            FeedFailureThreshold = failureThreshold,
        });
}
