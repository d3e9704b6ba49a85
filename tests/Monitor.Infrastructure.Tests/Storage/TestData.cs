using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>Items and alerts for storage tests (Dutch headlines, written for these tests).</summary>
internal static class TestData
{
    public static DateTimeOffset T0 { get; } = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static FeedItem Item(string key, string feed = "feed-a", string title = "Kabinet overlegt over gasprijs", string summary = "Het kabinet praat vandaag verder.", DateTimeOffset? published = null) =>
        new(feed, key, title, summary, string.Empty, null, published ?? T0);

    public static Alert Alert(FeedItem item, string channel, DateTimeOffset? created = null) =>
        new(AlertId.For(item.FeedId, item.Key, channel), channel, item, [new RuleHit("regel", "test", Severity.High, []) { Channels = [channel] }], created ?? T0);

    public static Alert Alert(string key, string channel, string feed = "feed-a") => Alert(Item(key, feed), channel);
}
