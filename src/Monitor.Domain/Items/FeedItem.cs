namespace Monitor.Domain.Items;

/// <summary>One normalised feed entry: what every stage after parsing works with.</summary>
/// <param name="FeedId">The id of the feed in the config.</param>
/// <param name="Key">Stable identity within the feed (guid, else canonical link, else a hash of title and summary).</param>
/// <param name="Title">Headline as plain text (entities decoded, markup removed).</param>
/// <param name="Summary">Summary as plain text.</param>
/// <param name="Content">Full content as plain text; empty when the feed carries none.</param>
/// <param name="Link">Absolute link to the article, or <see langword="null"/>.</param>
/// <param name="Published">Publication time (Atom <c>updated</c> when <c>published</c> is missing, else first-seen time).</param>
public sealed record FeedItem(
    string FeedId,
    string Key,
    string Title,
    string Summary,
    string Content,
    Uri? Link,
    DateTimeOffset Published)
{
    /// <summary>Gets the author, when the feed names one.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the categories or tags the feed attached.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Gets a value indicating whether <see cref="Published"/> came from the feed (false: first-seen time).</summary>
    public bool HasPublishedDate { get; init; } = true;

    /// <summary>Returns the text of one field.</summary>
    public string Text(TextField field) => field switch
    {
        TextField.Title => Title,
        TextField.Summary => Summary,
        TextField.Content => Content,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown text field."),
    };
}
