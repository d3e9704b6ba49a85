namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// Candidate inflected forms of a Dutch word by suffix rules (plural -s/-'s/-en/-n with consonant doubling,
/// f→v, s→z and long-vowel undoubling; adjective -e; comparative -er/-st; diminutive -(e/t/p)je(s); verb forms
/// from an infinitive). Candidates are only accepted when the word list has them, so over-generation is harmless.
/// </summary>
internal static class DutchInflections
{
    private static readonly string[] Plain = ["s", "'s", "en", "n", "e", "er", "ere", "st", "ste", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes"];

    /// <summary>Tries every candidate form of <paramref name="w"/> on <paramref name="sink"/> (which keeps the listed ones).</summary>
    public static void Candidates(string w, FormSink sink)
    {
        if (w.Length < 2)
        {
            return;
        }

        foreach (var s in Plain)
        {
            sink.Add(w, s);
        }

        var last = w[^1];
        if (IsConsonant(last) && IsVowel(w[^2]) && (w.Length < 3 || !IsVowel(w[^3])))
        {
            sink.Add(w, last, "en");
            sink.Add(w, last, "e");
            sink.Add(w, last, "er");
            sink.Add(w, last, "etje");
        }

        var stem = w.AsSpan(0, w.Length - 1);
        if (last == 'f')
        {
            sink.Add(stem, "ven");
            sink.Add(stem, "ve");
        }
        else if (last == 's')
        {
            sink.Add(stem, "zen");
            sink.Add(stem, "ze");
        }

        if (w.Length >= 3 && IsConsonant(last) && IsVowel(w[^2]) && w[^2] == w[^3])
        {
            // boot → bot+en, groot → grot+e; a final f/s softens: lief → lieve, huis → huize(n)
            var head = w.AsSpan(0, w.Length - 2);
            var soft = last switch { 'f' => 'v', 's' => 'z', _ => last };
            sink.Add(head, soft, "en");
            sink.Add(head, soft, "e");
            sink.Add(head, soft, "er");
        }

        if (w.EndsWith("en", StringComparison.Ordinal) && w.Length > 4)
        {
            VerbForms(w, sink);
        }
    }

    public static IEnumerable<string> Bases(string w)
    {
        if (w.Length < 4)
        {
            yield break;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            yield return w[..^2];
        }

        if (w.EndsWith('s'))
        {
            yield return w[..^1];
        }

        if (w.EndsWith('n'))
        {
            yield return w[..^1];
        }

        if (w.EndsWith('e'))
        {
            yield return w[..^1];
        }

        if (w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith('e'))
        {
            var stem = w.EndsWith("en", StringComparison.Ordinal) ? w[..^2] : w[..^1];
            foreach (var s in Stems(stem))
            {
                yield return s;
            }
        }
    }

    private static void VerbForms(string w, FormSink sink)
    {
        foreach (var st in Stems(w[..^2]))
        {
            sink.Add(st);
            sink.Add(st, "t");
            sink.Add(st, "te");
            sink.Add(st, "ten");
            sink.Add(st, "de");
            sink.Add(st, "den");
            sink.Add("ge", st, "d");
            sink.Add("ge", st, "t");
        }

        sink.Add(w, "d");
        sink.Add(w, "de");
    }

    /// <summary>Spelling variants of a stem after removing -en/-e: undouble a final consonant, v→f, z→s, double a single vowel.</summary>
    private static IEnumerable<string> Stems(string s)
    {
        if (s.Length < 2)
        {
            yield break;
        }

        yield return s;
        var last = s[^1];
        if (IsConsonant(last) && s[^2] == last)
        {
            yield return s[..^1];
        }

        var hard = last switch { 'v' => s[..^1] + 'f', 'z' => s[..^1] + 's', _ => s };
        if (!ReferenceEquals(hard, s))
        {
            yield return hard;
        }

        if (s.Length >= 3 && IsConsonant(last) && s[^2] is 'a' or 'e' or 'o' or 'u' && s[^3] != s[^2])
        {
            yield return string.Concat(hard.AsSpan(0, hard.Length - 1), hard.AsSpan(hard.Length - 2, 2)); // lop → loop, evacuer → evacueer
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
