namespace Monitor.Pipeline.Parsing;

/// <summary>The document is not a feed we can read. The message says what is wrong and what to do.</summary>
public sealed class FeedParseException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FeedParseException"/> class.</summary>
    public FeedParseException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FeedParseException"/> class.</summary>
    public FeedParseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FeedParseException"/> class.</summary>
    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets a value indicating whether the document is an HTML page rather than a feed.</summary>
    public bool IsHtmlPage { get; init; }

    /// <summary>Gets a value indicating whether the body was empty.</summary>
    public bool IsEmpty { get; init; }
}
