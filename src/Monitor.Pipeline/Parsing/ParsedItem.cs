namespace Monitor.Pipeline.Parsing;

/// <summary>One entry as the feed wrote it, before normalisation (text fields may still hold HTML).</summary>
public sealed record ParsedItem
{
    /// <summary>Gets the guid / Atom id / JSON id, when present.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the title (may contain HTML).</summary>
    public string? Title { get; init; }

    /// <summary>Gets the summary or description (may contain HTML).</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the full content (may contain HTML).</summary>
    public string? Content { get; init; }

    /// <summary>Gets the link as written (may be relative).</summary>
    public string? Link { get; init; }

    /// <summary>Gets the publication date as written.</summary>
    public string? PublishedText { get; init; }

    /// <summary>Gets the last-updated date as written (Atom <c>updated</c>).</summary>
    public string? UpdatedText { get; init; }

    /// <summary>Gets the author.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the categories.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Gets the base URI in force for this entry's links (xml:base resolved against the document URI), when known.</summary>
    public Uri? BaseUri { get; init; }
}
