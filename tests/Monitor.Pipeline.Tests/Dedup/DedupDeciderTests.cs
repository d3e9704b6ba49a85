using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;

namespace Monitor.Pipeline.Tests.Dedup;

public sealed class DedupDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    public static TheoryData<string, string?, bool, string, double?, double, bool, DedupReason> Cases => new()
    {
        // case,                                          seen hash, first poll, backfill, max_age (days), published hours ago, dated, expected
        { "later poll, new item",                          null,   false, "24h",  null, 1,       true,  DedupReason.New },
        { "later poll, new item published 30d ago",        null,   false, "24h",  null, 720,     true,  DedupReason.New },
        { "later poll, new item dated years ago",          null,   false, "24h",  null, 40000,   true,  DedupReason.New },
        { "later poll, undated item",                      null,   false, "24h",  null, 24 * 91, false, DedupReason.New },
        { "later poll, max_age 7d, item of 2 days ago",    null,   false, "24h",  7,    48,      true,  DedupReason.New },
        { "later poll, max_age 7d, item of 30 days ago",   null,   false, "24h",  7,    720,     true,  DedupReason.TooOld },
        { "later poll, max_age 7d, undated item",          null,   false, "24h",  7,    720,     false, DedupReason.New },
        { "first poll, 24h, item of 2h ago",               null,   true,  "24h",  null, 2,       true,  DedupReason.New },
        { "first poll, 24h, item of 2 days ago",           null,   true,  "24h",  null, 48,      true,  DedupReason.OutsideBackfillWindow },
        { "first poll, 24h, undated item",                 null,   true,  "24h",  null, 0,       false, DedupReason.OutsideBackfillWindow },
        { "first poll, 7d, item of 2 days ago",            null,   true,  "7d",   null, 48,      true,  DedupReason.New },
        { "first poll, none",                              null,   true,  "none", null, 0,       true,  DedupReason.BackfillNone },
        { "first poll, all, item of 2022",                 null,   true,  "all",  null, 40000,   true,  DedupReason.New },
        { "first poll, all, max_age 30d, item of 2022",    null,   true,  "all",  30,   40000,   true,  DedupReason.TooOld },
        { "first poll, none wins over max_age",            null,   true,  "none", 30,   40000,   true,  DedupReason.BackfillNone },
        { "seen, same content",                            "same", false, "24h",  null, 1,       true,  DedupReason.Unchanged },
        { "seen, title edited",                            "other", false, "24h", null, 1,       true,  DedupReason.Changed },
        { "seen, old item with max_age stays unchanged",   "same", false, "24h",  7,    720,     true,  DedupReason.Unchanged },
        { "seen on first poll (crash replay)",             "same", true,  "all",  null, 1,       true,  DedupReason.Unchanged },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Case_GivesReason(string name, string? seenHash, bool firstPoll, string backfill, double? maxAgeDays, double hoursAgo, bool dated, DedupReason expected)
    {
        var item = new FeedItem("nos", "k1", "Storm raast over Zeeland", "Veel schade aan de kust.", string.Empty, null, Now.AddHours(-hoursAgo)) { HasPublishedDate = dated };
        var seen = seenHash switch
        {
            null => null,
            "same" => new SeenItem("k1", ContentHash.Of(item)),
            _ => new SeenItem("k1", ContentHash.Of(item with { Title = "Storm raast over Zeeland en Zuid-Holland" })),
        };

        var maxAge = maxAgeDays is { } days ? TimeSpan.FromDays(days) : (TimeSpan?)null;
        var reason = DedupDecider.Decide(item, seen, firstPoll, Policy(backfill), maxAge, Now);

        Assert.True(expected == reason, $"{name}: expected {expected}, got {reason}");
    }

    [Theory]
    [InlineData(DedupReason.New, true, true)]
    [InlineData(DedupReason.Unchanged, false, false)]
    [InlineData(DedupReason.Changed, false, false)]
    [InlineData(DedupReason.BackfillNone, false, true)]
    [InlineData(DedupReason.OutsideBackfillWindow, false, true)]
    [InlineData(DedupReason.TooOld, false, true)]
    public void AlertsAndRecords_Reason_SayWhatFollows(DedupReason reason, bool alerts, bool records)
    {
        Assert.Equal(alerts, DedupDecider.Alerts(reason));
        Assert.Equal(records, DedupDecider.Records(reason));
    }

    private static BackfillPolicy Policy(string text) => text switch
    {
        "none" => BackfillPolicy.None,
        "all" => BackfillPolicy.All,
        "7d" => BackfillPolicy.Within(TimeSpan.FromDays(7)),
        _ => BackfillPolicy.Default,
    };
}
