namespace Monitor.Pipeline.Stories;

/// <summary>What story assignment needs of an item: the text a reader sees, its link, its outlet and the terms rules matched.</summary>
/// <param name="Id">The item's id, unique across feeds (feed id and item key); a story started by this item takes it as its id.</param>
/// <param name="Source">The outlet, as the "Ook gemeld door" line names it (the feed's name).</param>
/// <param name="Title">The headline as plain text.</param>
/// <param name="Summary">The summary as plain text.</param>
/// <param name="Link">The canonical link, when the item has one.</param>
public sealed record StoryItem(string Id, string Source, string Title, string Summary, Uri? Link)
{
    /// <summary>Gets the rule terms that matched the item, as the rules wrote them (<c>TermMatch.Term</c>).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
}
