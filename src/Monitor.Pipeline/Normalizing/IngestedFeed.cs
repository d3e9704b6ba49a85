using Monitor.Domain.Items;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Normalizing;

/// <summary>A feed read from its bytes: the parsed document and its normalised items.</summary>
/// <param name="Parsed">The parsed document (title, TTL, whether it was repaired).</param>
/// <param name="Items">The normalised items, in document order.</param>
/// <param name="EncodingName">The encoding the bytes were read with.</param>
public sealed record IngestedFeed(ParsedFeed Parsed, IReadOnlyList<FeedItem> Items, string EncodingName);
