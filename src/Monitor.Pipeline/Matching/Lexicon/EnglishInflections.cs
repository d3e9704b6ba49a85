namespace Monitor.Pipeline.Matching;

/// <summary>Candidate inflected forms of an English word (-s/-es, -ed, -ing, -er/-est, y→ies/ied, e-drop, consonant doubling); kept only when the word list has them.</summary>
internal static class EnglishInflections
{
    public static IEnumerable<string> Candidates(string w)
    {
        if (w.Length < 2)
        {
            yield break;
        }

        yield return w + "s";
        yield return w + "es";
        yield return w + "ed";
        yield return w + "ing";
        yield return w + "er";
        yield return w + "est";
        var last = w[^1];
        if (last == 'y')
        {
            yield return w[..^1] + "ies";
            yield return w[..^1] + "ied";
        }

        if (last == 'e')
        {
            yield return w + "d";
            yield return w[..^1] + "ing";
        }

        if (last is >= 'a' and <= 'z' && !"aeiouy".Contains(last, StringComparison.Ordinal) && "aeiou".Contains(w[^2], StringComparison.Ordinal))
        {
            yield return w + last + "ed";
            yield return w + last + "ing";
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
