namespace Monitor.Server.Status;

/// <summary>One alert on the status page (the item's title and link, the top rule hit).</summary>
internal sealed record AlertRow(DateTimeOffset CreatedAt, string RuleId, string Category, string Severity, string Title, Uri? Link, string State);
