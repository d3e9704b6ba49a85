using System.Globalization;
using System.Text.Json;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Conformance;

/// <summary>gofeed's testdata: every input with an expected JSON beside it (<c>x.xml</c> → <c>x.json</c>,
/// <c>x.json</c> → <c>x_expected.json</c>), plus the inline table of <c>parser/universal</c> from the corpus manifest.
/// Only the fields Monitor keeps are compared: feed title; per item title, link, id, published date, summary and content.</summary>
internal static class GofeedSuite
{
    public static IEnumerable<Check> Run(string corpusRoot)
    {
        var root = Path.Combine(corpusRoot, "gofeed");
        if (!Directory.Exists(Path.Combine(root, "testdata")))
        {
            yield break;
        }

        foreach (var input in Directory.EnumerateFiles(Path.Combine(root, "testdata"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var expected = ExpectedFor(input);
            if (expected is null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, input).Replace('\\', '/');
            var folder = "gofeed/" + Path.GetDirectoryName(relative)!.Replace('\\', '/');
            var subject = Subject.Read(File.ReadAllBytes(input), null, null);
            using var json = JsonDocument.Parse(File.ReadAllText(expected));
            var model = relative.Contains("parser/rss", StringComparison.Ordinal) ? "rss"
                : relative.Contains("parser/atom", StringComparison.Ordinal) ? "atom"
                : relative.Contains("parser/json", StringComparison.Ordinal) ? "json"
                : "universal";
            foreach (var check in Compare(subject, json.RootElement, model, folder, relative))
            {
                yield return check;
            }
        }

        foreach (var check in Universal(corpusRoot, root))
        {
            yield return check;
        }
    }

    private static string? ExpectedFor(string input)
    {
        if (input.EndsWith("_expected.json", StringComparison.Ordinal))
        {
            return null;
        }

        var candidates = input.EndsWith(".json", StringComparison.Ordinal)
            ? new[] { input[..^5] + "_expected.json" }
            : input.EndsWith(".xml", StringComparison.Ordinal) || input.EndsWith(".rss", StringComparison.Ordinal) || input.EndsWith(".atom", StringComparison.Ordinal)
                ? new[] { Path.ChangeExtension(input, ".json") }
                : [];
        return candidates.FirstOrDefault(File.Exists);
    }

    private static IEnumerable<Check> Compare(Subject subject, JsonElement expected, string model, string folder, string file)
    {
        if (expected.TryGetProperty("title", out var feedTitle) && feedTitle.ValueKind == JsonValueKind.String)
        {
            var title = HtmlText.ToPlainText(subject.Feed?.Title);
            yield return new Check(folder, file, "feed.title", Conformance.Compare.Text(feedTitle.GetString(), title), feedTitle.GetString()!, title);
        }

        var listName = model == "atom" ? "entries" : "items";
        if (!expected.TryGetProperty(listName, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var e in items.EnumerateArray())
        {
            foreach (var check in CompareItem(subject, e, index, model, folder, file))
            {
                yield return check;
            }

            index++;
        }
    }

    private static IEnumerable<Check> CompareItem(Subject subject, JsonElement e, int index, string model, string folder, string file)
    {
        var item = subject.Item(index);
        var raw = subject.Raw(index);
        string P(string f) => $"items[{index}].{f}";

        if (Str(e, "title") is { } title)
        {
            yield return new Check(folder, file, P("title"), Conformance.Compare.Text(title, item?.Title), title, item?.Title ?? "(none)");
        }

        var link = model switch
        {
            "atom" => AtomAlternate(e),
            "json" => Str(e, "url"),
            _ => Str(e, "link"),
        };
        if (link is not null)
        {
            yield return new Check(folder, file, P("link"), Conformance.Compare.Link(link, item?.Link), link, item?.Link?.AbsoluteUri ?? "(none)");
        }

        var id = model switch
        {
            "rss" => e.TryGetProperty("guid", out var g) && g.ValueKind == JsonValueKind.Object ? Str(g, "value") : null,
            "atom" or "json" => Str(e, "id"),
            _ => Str(e, "guid"),
        };
        if (id is not null)
        {
            yield return new Check(folder, file, P("id"), id.Trim() == item?.Key, id, item?.Key ?? "(none)");
        }

        var published = model switch
        {
            "rss" => Str(e, "pubDateParsed"),
            "json" => Str(e, "date_published"),
            _ => Str(e, "publishedParsed"),
        };
        if (published is not null && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            // gofeed's universal model, like Monitor, falls back to the updated date; its format models do not.
            var actual = model == "universal" ? (item is { HasPublishedDate: true } ? item.Published : null) : FeedDates.Parse(raw?.PublishedText);
            yield return new Check(folder, file, P("published"), Conformance.Compare.Instant(instant, actual), published, actual?.ToString("u", CultureInfo.InvariantCulture) ?? "(none)");
        }

        var summary = model switch
        {
            "atom" or "json" => Str(e, "summary"),
            _ => Str(e, "description"),
        };
        if (summary is not null)
        {
            var actual = string.IsNullOrEmpty(item?.Summary) ? item?.Content : item.Summary;
            yield return new Check(folder, file, P("summary"), Conformance.Compare.Text(summary, actual), summary, actual ?? "(none)");
        }

        var content = model switch
        {
            "atom" => e.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object ? Str(c, "value") : null,
            "json" => Str(e, "content_html") ?? Str(e, "content_text"),
            _ => Str(e, "content"),
        };
        if (content is not null)
        {
            var actual = string.IsNullOrEmpty(item?.Content) ? item?.Summary : item.Content;
            yield return new Check(folder, file, P("content"), Conformance.Compare.Text(content, actual), content, actual ?? "(none)");
        }
    }

    private static string? AtomAlternate(JsonElement entry)
    {
        if (!entry.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var all = links.EnumerateArray().ToList();
        var alternate = all.FirstOrDefault(l => Str(l, "rel") is null or "alternate");
        return alternate.ValueKind == JsonValueKind.Object ? Str(alternate, "href") : null;
    }

    private static IEnumerable<Check> Universal(string corpusRoot, string root)
    {
        var manifest = Path.Combine(corpusRoot, "gofeed-manifest.jsonl");
        if (!File.Exists(manifest))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(manifest))
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("expected_inline", out var inline) || inline.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var input = doc.RootElement.GetProperty("input").GetString()!;
            var path = Path.Combine(root, input);
            if (!File.Exists(path))
            {
                continue;
            }

            var subject = Subject.Read(File.ReadAllBytes(path), null, null);
            var folder = "gofeed/" + Path.GetDirectoryName(input)!.Replace('\\', '/');
            var error = inline.TryGetProperty("hasError", out var err) && err.ValueKind == JsonValueKind.True;
            if (error)
            {
                yield return new Check(folder, input, "error", subject.Error is not null, "a parse error", subject.Error ?? "parsed");
            }
            else if (Str(inline, "title") is { } title)
            {
                var actual = HtmlText.ToPlainText(subject.Feed?.Title);
                yield return new Check(folder, input, "feed.title", Conformance.Compare.Text(title, actual), title, subject.Error ?? actual);
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
