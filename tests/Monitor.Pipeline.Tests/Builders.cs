using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Tests;

/// <summary>Small builders for pipeline tests.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static FeedItem Item(string key = "k1", string title = "Titel", string summary = "", string feed = "f1") =>
        new(feed, key, title, summary, string.Empty, new Uri("https://nieuws.example.org/" + key), Now);

    public static RuleHit Hit(string rule, Severity severity, params string[] channels) =>
        new(rule, "cat-" + rule, severity, [new TermMatch("t", "t", TextField.Title, 0, 1)]) { Channels = channels };

    public static Alert Alert(string key, string channel) =>
        new(AlertId.For("f1", key, channel), channel, Item(key), [Hit("r", Severity.High, channel)], Now);
}
