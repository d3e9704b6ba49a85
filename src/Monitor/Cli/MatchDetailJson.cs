namespace Monitor.Cli;

/// <summary>One matched term in <c>match --json</c>: the term as the rule wrote it, the text as it appears, field and position.</summary>
internal sealed record MatchDetailJson(string Term, string Text, string Field, int Start, int Length);
