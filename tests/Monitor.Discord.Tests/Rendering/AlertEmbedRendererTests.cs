using Monitor.Discord.Rendering;
using Monitor.Domain;

namespace Monitor.Discord.Tests.Rendering;

public sealed class AlertEmbedRendererTests
{
    [Fact]
    public void Render_Alert_TitleLinkColourFieldsAndRelativeTime()
    {
        var alert = TestAlerts.Make(severity: Severity.Critical);

        var embed = AlertEmbedRenderer.Render(alert);

        Assert.Equal("Kabinet bespreekt nieuwe maatregelen tegen overstromingen", embed.Title);
        Assert.Equal("https://nieuws.example.nl/artikel/1", embed.Url);
        Assert.Equal(SeverityColors.For(Severity.Critical), embed.Color);
        Assert.Contains("**dijkversterking**", embed.Description, StringComparison.Ordinal);
        var fields = embed.Fields!.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("veiligheid", fields["Categorie"]);
        Assert.Contains("critical", fields["Ernst"], StringComparison.Ordinal);
        Assert.Equal($"<t:{TestAlerts.Published.ToUnixTimeSeconds()}:R>", fields["Gepubliceerd"]);
        Assert.Equal("nos · nieuws.example.nl", fields["Bron"]);
        Assert.Contains("water (critical)", fields["Regel"], StringComparison.Ordinal);
        Assert.Equal(TestAlerts.Published.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), embed.Timestamp);
        Assert.Contains("alert1", embed.Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugeFeedTexts_EveryLimitRespected()
    {
        var huge = string.Concat(Enumerable.Repeat("🇳🇱 Zeer lange **kop** met @everyone ", 400));
        var alert = TestAlerts.Make(title: huge, summary: huge + " dijkversterking " + huge, ruleId: new string('r', 3000));

        var embed = AlertEmbedRenderer.Render(alert);

        Assert.True(embed.Title!.Length <= DiscordLimits.Title);
        Assert.True(embed.Description!.Length <= DiscordLimits.Description);
        Assert.All(embed.Fields!, f => Assert.True(f.Value.Length <= DiscordLimits.FieldValue && f.Name.Length <= DiscordLimits.FieldName));
        Assert.True(embed.Fields!.Count <= DiscordLimits.Fields);
        Assert.True(embed.CountedLength <= DiscordLimits.MessageEmbedCharacters);
        Assert.DoesNotContain("@everyone", embed.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoLinkNoTitleNoSummary_StillValid()
    {
        var alert = TestAlerts.Make(title: " ", summary: string.Empty, link: null, terms: []);

        var embed = AlertEmbedRenderer.Render(alert);

        Assert.Null(embed.Url);
        Assert.Equal("(zonder titel)", embed.Title);
        Assert.False(string.IsNullOrWhiteSpace(embed.Description));
        Assert.All(embed.Fields!, f => Assert.False(string.IsNullOrEmpty(f.Value)));
    }
}
