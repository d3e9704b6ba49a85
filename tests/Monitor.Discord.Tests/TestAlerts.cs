using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Domain.Items;

namespace Monitor.Discord.Tests;

/// <summary>Builds alerts for tests: Dutch items with term matches computed from the text.</summary>
internal static class TestAlerts
{
    public static readonly DateTimeOffset Published = new(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);

    public static Alert Make(
        string title = "Kabinet bespreekt nieuwe maatregelen tegen overstromingen",
        string summary = "Het kabinet overlegt vandaag over dijkversterking nadat de waterstand in de Maas sterk steeg.",
        Severity severity = Severity.High,
        string[]? terms = null,
        string? link = "https://nieuws.example.nl/artikel/1",
        string id = "alert1",
        string channelId = "c1",
        string ruleId = "water")
    {
        terms ??= ["dijkversterking"];
        var item = new FeedItem("nos", $"key-{id}", title, summary, string.Empty, link is null ? null : new Uri(link), Published);
        var matches = new List<TermMatch>();
        foreach (var term in terms)
        {
            foreach (var (field, text) in new[] { (TextField.Title, title), (TextField.Summary, summary) })
            {
                var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    matches.Add(new TermMatch(term, text.Substring(at, term.Length), field, at, term.Length));
                }
            }
        }

        return new Alert(id, channelId, item, [new RuleHit(ruleId, "veiligheid", severity, matches)], Published);
    }

    public static List<Alert> Many(int count, string channelId = "c1", Severity severity = Severity.Medium) =>
        Enumerable.Range(1, count)
            .Select(i => Make(title: $"Bericht {i} over dijkversterking", link: $"https://nieuws.example.nl/artikel/{i}", id: $"a{i:D4}", channelId: channelId, severity: severity))
            .ToList();

    public static ChannelDefinition Webhook(string url, string id = "c1") => new(id, new Secret(url));
}
