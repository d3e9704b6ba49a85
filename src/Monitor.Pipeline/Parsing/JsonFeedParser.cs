using System.Text.Json;

namespace Monitor.Pipeline.Parsing;

/// <summary>Reads JSON Feed 1.0/1.1 with System.Text.Json. FeedReader's JSON path rejects feeds whose <c>version</c> is not the exact URL and maps few fields.</summary>
public static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses <paramref name="json"/>; throws <see cref="FeedParseException"/> when it is not a JSON Feed.</summary>
    public static ParsedFeed Parse(string json, Uri? documentUri)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"parser: the JSON is broken ({ex.Message}); check that the URL serves a JSON Feed", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedParseException("parser: JSON without an 'items' list is not a JSON Feed; check that the URL serves a feed");
            }

            var parsed = new List<ParsedItem>();
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                parsed.Add(new ParsedItem
                {
                    Id = Str(item, "id") ?? (item.TryGetProperty("id", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetRawText() : null),
                    Title = Escape(Str(item, "title")),
                    Summary = Escape(Str(item, "summary")),
                    Content = Str(item, "content_html") ?? Escape(Str(item, "content_text")),
                    Link = Str(item, "url") ?? Str(item, "external_url"),
                    PublishedText = Str(item, "date_published"),
                    UpdatedText = Str(item, "date_modified"),
                    Author = Author(item),
                    Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                        ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList()
                        : [],
                    BaseUri = documentUri,
                });
            }

            return new ParsedFeed(Escape(Str(root, "title")), parsed);
        }
    }

    private static string? Author(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var first = authors.EnumerateArray().FirstOrDefault();
            if (first.ValueKind == JsonValueKind.Object)
            {
                return Str(first, "name");
            }
        }

        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Str(author, "name") : null;
    }

    private static string? Escape(string? text) => text is null ? null : AtomText.Escape(text);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
