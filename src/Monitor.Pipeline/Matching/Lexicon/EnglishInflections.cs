namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>Candidate inflected forms of an English word (-s/-es, -ed, -ing, -er/-est, y→ies/ied, e-drop, consonant doubling); kept only when the word list has them.</summary>
internal static class EnglishInflections
{
    /// <summary>Tries every candidate form of <paramref name="w"/> on <paramref name="sink"/> (which keeps the listed ones).</summary>
    public static void Candidates(string w, FormSink sink)
    {
        if (w.Length < 2)
        {
            return;
        }

        sink.Add(w, "s");
        sink.Add(w, "es");
        sink.Add(w, "ed");
        sink.Add(w, "ing");
        sink.Add(w, "er");
        sink.Add(w, "est");
        var last = w[^1];
        var stem = w.AsSpan(0, w.Length - 1);
        if (last == 'y')
        {
            sink.Add(stem, "ies");
            sink.Add(stem, "ied");
        }

        if (last == 'e')
        {
            sink.Add(w, "d");
            sink.Add(stem, "ing");
        }

        if (last is >= 'a' and <= 'z' && !"aeiouy".Contains(last, StringComparison.Ordinal) && "aeiou".Contains(w[^2], StringComparison.Ordinal))
        {
            sink.Add(w, last, "ed");
            sink.Add(w, last, "ing");
        }
    }

    public static IEnumerable<string> Bases(string w)
    {
        if (w.Length < 4)
        {
            yield break;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }

        if (w.EndsWith('s'))
        {
            yield return w[..^1];
        }

        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            yield return w[..^2];
        }

        if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return w[..^2];
            yield return w[..^1];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return w[..^3];
            yield return w[..^3] + "e";
        }
    }
}
