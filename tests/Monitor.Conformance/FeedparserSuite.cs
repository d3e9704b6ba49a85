using System.Text;
using System.Text.RegularExpressions;
using Monitor.Pipeline.Decoding;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Conformance;

/// <summary>feedparser's tests: every <c>*.xml</c>/<c>*.json</c> under <c>feedparser/tests/</c> (any folder), expectations in the
/// <c>Expect:</c> header; files whose path contains <c>http</c> are treated as served from
/// <c>http://127.0.0.1:8097/&lt;path&gt;</c> with their <c>Header:</c> lines as response headers.</summary>
internal static partial class FeedparserSuite
{
    private static readonly Uri ServedFrom = new("http://127.0.0.1:8097/");

    public static IEnumerable<Check> Run(string corpusRoot)
    {
        var root = Path.Combine(corpusRoot, "feedparser");
        if (!Directory.Exists(Path.Combine(root, "tests")))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".xml", StringComparison.Ordinal) && !file.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var check in RunFile(root, file))
            {
                yield return check;
            }
        }
    }

    private static IEnumerable<Check> RunFile(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var folder = "feedparser/" + Path.GetDirectoryName(relative)!.Replace('\\', '/');
        var bytes = File.ReadAllBytes(file);
        var header = FeedDecoder.Decode(bytes, null).Text;
        var expect = ExpectLine().Match(header);
        if (!expect.Success || SkipUnless().IsMatch(header))
        {
            yield break;
        }

        string? contentType = null;
        Uri? baseUri = null;
        if (relative.Contains("http", StringComparison.Ordinal))
        {
            baseUri = new Uri(ServedFrom, relative);
            contentType = "text/xml";
            foreach (Match h in HeaderLine().Matches(header))
            {
                var name = h.Groups[1].Value.Trim();
                var value = h.Groups[2].Value.Trim();
                if (name.Equals("Content-type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = value;
                }
                else if (name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(baseUri, value, out var location))
                {
                    baseUri = location;
                }
            }
        }

        var subject = Subject.Read(bytes, contentType, baseUri);
        foreach (var clause in PyExpect.Parse(expect.Groups[1].Value.Replace("\n", " ", StringComparison.Ordinal).Trim()))
        {
            if (clause is null || clause.IsBozo)
            {
                continue;
            }

            var check = Evaluate(subject, clause, folder, relative);
            if (check is not null)
            {
                yield return check;
            }
        }
    }

    /// <summary>Maps a feedparser key path onto Monitor's model; null when the field is not one Monitor keeps (not applicable).</summary>
    private static Check? Evaluate(Subject subject, PyClause clause, string folder, string file)
    {
        var path = clause.Path.Select(p => p.ToLowerInvariant()).ToList();
        var field = string.Join('.', path);
        Check Make(bool passed, string? actual) => new(folder, file, field, passed, Show(clause.Literal), actual ?? "(none)");

        if (path is ["feed", "title"] or ["feed", "title_detail", "value"])
        {
            var title = HtmlText.ToPlainText(subject.Feed?.Title);
            return clause.Literal is string s ? Make(Compare.Text(s, title), title) : null;
        }

        if (path.Count < 3 || path[0] != "entries" || !int.TryParse(path[1], out var index))
        {
            return null;
        }

        var item = subject.Item(index);
        var raw = subject.Raw(index);
        var key = string.Join('.', path.Skip(2));
        switch (key)
        {
            case "title" or "title_detail.value" when clause.Literal is string s:
                return Make(Compare.Text(s, item?.Title), item?.Title);
            case "link" when clause.Literal is string s:
                return Make(Compare.Link(s, item?.Link), item?.Link?.AbsoluteUri);
            case "id" or "guid" when clause.Literal is string s:
                return Make(s == item?.Key, item?.Key);
            case "summary" or "description" or "summary_detail.value" when clause.Literal is string s:
                var summary = string.IsNullOrEmpty(item?.Summary) ? item?.Content : item.Summary;
                return Make(Compare.Text(s, summary), summary);
            case "content.0.value" when clause.Literal is string s:
                var content = string.IsNullOrEmpty(item?.Content) ? item?.Summary : item.Content;
                return Make(Compare.Text(s, content), content);
            case "published" or "issued" or "date" or "created" when clause.Literal is string s:
                return Make(s == raw?.PublishedText?.Trim(), raw?.PublishedText);
            case "updated" or "modified" when clause.Literal is string s:
                var updated = raw?.UpdatedText ?? raw?.PublishedText;
                return Make(s == updated?.Trim(), updated);
            case "published_parsed" or "issued_parsed" or "date_parsed" or "created_parsed" when clause.Literal is int[] t:
                return Parsed(t, raw?.PublishedText, Make);
            case "updated_parsed" or "modified_parsed" when clause.Literal is int[] t:
                return Parsed(t, raw?.UpdatedText ?? raw?.PublishedText, Make);
            default:
                return null;
        }
    }

    private static Check Parsed(int[] tuple, string? text, Func<bool, string?, Check> make)
    {
        var expected = new DateTimeOffset(tuple[0], tuple[1], tuple[2], tuple[3], tuple[4], Math.Min(tuple[5], 59), TimeSpan.Zero);
        var actual = FeedDates.Parse(text);
        return make(Compare.Instant(expected, actual), actual?.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Show(object? literal) => literal switch
    {
        int[] t => "(" + string.Join(", ", t) + ")",
        null => "None",
        _ => Convert.ToString(literal, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [GeneratedRegex(@"Expect:\s*(.*?)\s*-->", RegexOptions.Singleline)]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"SkipUnless:\s*(.*?)\n")]
    private static partial Regex SkipUnless();

    [GeneratedRegex(@"^Header:\s+([^:]+):(.*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
