using System.Globalization;
using Monitor.Discord.Models;
using Monitor.Domain;
using Monitor.Domain.Alerts;

namespace Monitor.Discord.Rendering;

/// <summary>Renders one alert as one embed an analyst can judge in two seconds: linked headline, bold evidence, colour, facts.</summary>
/// <remarks>Labels are Dutch (the users are Dutch newsrooms). Every text from the feed is escaped and every limit is respected.</remarks>
public static class AlertEmbedRenderer
{
    /// <summary>The longest description Monitor writes, leaving room in the 6000-character message budget for other embeds.</summary>
    public const int DescriptionBudget = 1400;

    /// <summary>Renders <paramref name="alert"/>.</summary>
    public static DiscordEmbed Render(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var item = alert.Item;
        var title = string.IsNullOrWhiteSpace(item.Title) ? "(zonder titel)" : item.Title;
        var link = item.Link is { IsAbsoluteUri: true } uri && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
        var embed = new DiscordEmbed
        {
            Title = DiscordText.Truncate(DiscordText.Escape(title), DiscordLimits.Title),
            Url = link,
            Description = DiscordText.Truncate(SnippetBuilder.Build(item, alert.Hits.SelectMany(h => h.Matches)), DescriptionBudget),
            Color = SeverityColors.For(alert.Severity),
            Fields = Fields(alert, link),
            Timestamp = item.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Footer = new DiscordEmbedFooter(DiscordText.Truncate($"Monitor · {alert.ChannelId} · alert {alert.Id}", DiscordLimits.FooterText)),
        };
        return embed with { Description = DiscordText.NonEmpty(embed.Description) };
    }

    private static List<DiscordEmbedField> Fields(Alert alert, string? link)
    {
        var categories = alert.Hits.Select(h => h.Category).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase);
        var rules = alert.Hits.Select(h => $"{h.RuleId} ({h.Severity.ToName()})");
        var source = alert.Item.FeedId + (link is null ? string.Empty : $" · {new Uri(link).Host}");
        var unix = alert.Item.Published.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var published = alert.Item.HasPublishedDate ? $"<t:{unix}:R>" : $"onbekend (gezien <t:{unix}:R>)";
        var fields = new List<DiscordEmbedField>
        {
            Field("Categorie", string.Join(", ", categories)),
            Field("Ernst", $"{Badge(alert.Severity)} {alert.Severity.ToName()}"),
            Field("Bron", source),
            Field("Gepubliceerd", published, escape: false),
            Field(alert.Hits.Count == 1 ? "Regel" : "Regels", string.Join(", ", rules), inline: false),
        };
        if (alert.TopHit?.Explanation is { Length: > 0 } why)
        {
            fields.Add(Field("Waarom", why, inline: false));
        }

        return fields;
    }

    private static DiscordEmbedField Field(string name, string value, bool inline = true, bool escape = true) =>
        new(name, DiscordText.NonEmpty(DiscordText.Truncate(escape ? DiscordText.Escape(value) : value, DiscordLimits.FieldValue)), inline);

    private static string Badge(Severity severity) => severity switch
    {
        Severity.Critical => "🔴",
        Severity.High => "🟠",
        Severity.Medium => "🟡",
        Severity.Low => "🔵",
        _ => "⚪",
    };
}
