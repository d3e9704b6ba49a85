namespace Monitor.Domain.Items;

/// <summary>A searchable text field of a <see cref="FeedItem"/>.</summary>
public enum TextField
{
    /// <summary>The headline.</summary>
    Title = 0,

    /// <summary>The summary or lead, as plain text.</summary>
    Summary = 1,

    /// <summary>The full content, as plain text (often empty in feeds).</summary>
    Content = 2,
}
