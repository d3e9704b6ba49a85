using Monitor.Pipeline.Normalizing;

namespace Monitor.Conformance;

/// <summary>How a field of Monitor's model is compared with a peer's expectation.</summary>
internal static class Compare
{
    /// <summary>Text fields: Monitor stores plain text. A peer's value is HTML (then its visible text must match) or plain
    /// text (then it must match as it is, whitespace collapsed); which one depends on the construct's type, so either passes.</summary>
    public static bool Text(string? expected, string? actual)
    {
        expected ??= string.Empty;
        actual ??= string.Empty;
        return string.Equals(HtmlText.ToPlainText(expected), actual, StringComparison.Ordinal)
            || string.Equals(Collapse(expected), actual, StringComparison.Ordinal);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Links: compared as canonical absolute URLs (tracking parameters dropped on both sides).</summary>
    public static bool Link(string? expected, Uri? actual)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return actual is null;
        }

        var canonical = LinkCanonicalizer.Resolve(expected, null);
        return canonical is not null ? canonical == actual : string.Equals(expected, actual?.OriginalString, StringComparison.Ordinal);
    }

    public static bool Instant(DateTimeOffset expected, DateTimeOffset? actual) => actual is { } a && a.ToUniversalTime() == expected.ToUniversalTime();
}
