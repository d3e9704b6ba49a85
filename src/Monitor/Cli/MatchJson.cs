namespace Monitor.Cli;

/// <summary>The <c>match --json</c> line: at least item, title, link, rule, category, severity and matches (terms as they appear in the text).</summary>
internal sealed record MatchJson(
    string Item,
    string Feed,
    string Title,
    string? Link,
    DateTimeOffset Published,
    string Rule,
    string Category,
    string Severity,
    IReadOnlyList<string> Matches,
    IReadOnlyList<MatchDetailJson> Evidence,
    IReadOnlyDictionary<string, string> Labels,
    double Score,
    string? Explanation,
    string? Snippet);
