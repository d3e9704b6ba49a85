using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Explain;

namespace Monitor.Cli;

/// <summary>Prints match results: readable lines, or one JSON object per alert per line (a scripting contract).</summary>
internal sealed class MatchPrinter(TextWriter output, bool json)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public void Print(FeedItem item, RuleHit hit)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(ToJson(item, hit), JsonOptions));
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"[{hit.Severity.ToName()}] rule {hit.RuleId} · category {hit.Category}{(item.Title.Length > 0 ? " · " + item.Title : string.Empty)}"));
        if (item.Link is not null)
        {
            output.WriteLine(string.Create(inv, $"  link: {item.Link}"));
        }

        foreach (var match in hit.Matches)
        {
            output.WriteLine(string.Create(inv, $"  matched {match.Term} → \"{match.Text}\" in {match.Field.ToString().ToLowerInvariant()} at {match.Start}"));
        }

        if (MatchSnippet.For(item, hit) is { } snippet)
        {
            output.WriteLine(string.Create(inv, $"  snippet: {snippet.ReplaceLineEndings(" ")}"));
        }

        if (hit.Explanation is not null)
        {
            output.WriteLine(string.Create(inv, $"  why: {hit.Explanation}"));
        }
    }

    private static MatchJson ToJson(FeedItem item, RuleHit hit) => new(
        item.Key,
        item.FeedId,
        item.Title,
        item.Link?.AbsoluteUri,
        item.Published,
        hit.RuleId,
        hit.Category,
        hit.Severity.ToName(),
        hit.Matches.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList(),
        hit.Matches.Select(m => new MatchDetailJson(m.Term, m.Text, m.Field.ToString().ToLowerInvariant(), m.Start, m.Length)).ToList(),
        hit.Labels,
        hit.Score,
        hit.Explanation,
        MatchSnippet.For(item, hit));
}
