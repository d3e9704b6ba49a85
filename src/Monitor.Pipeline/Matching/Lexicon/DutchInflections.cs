namespace Monitor.Pipeline.Matching;

/// <summary>
/// Candidate inflected forms of a Dutch word by suffix rules (plural -s/-'s/-en/-n with consonant doubling,
/// f→v, s→z and long-vowel undoubling; adjective -e; comparative -er/-st; diminutive -(e/t/p)je(s); verb forms
/// from an infinitive). Candidates are only accepted when the word list has them, so over-generation is harmless.
/// </summary>
internal static class DutchInflections
{
    private static readonly string[] Plain = ["s", "'s", "en", "n", "e", "er", "ere", "st", "ste", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes"];

    public static IEnumerable<string> Candidates(string w)
    {
        if (w.Length < 2)
        {
            yield break;
        }

        foreach (var s in Plain)
        {
            yield return w + s;
        }

        var last = w[^1];
        if (IsConsonant(last) && IsVowel(w[^2]) && (w.Length < 3 || !IsVowel(w[^3])))
        {
            yield return w + last + "en";
            yield return w + last + "e";
            yield return w + last + "er";
            yield return w + last + "etje";
        }

        var stem = w[..^1];
        if (last == 'f')
        {
            yield return stem + "ven";
            yield return stem + "ve";
        }
        else if (last == 's')
        {
            yield return stem + "zen";
            yield return stem + "ze";
        }

        if (w.Length >= 3 && IsConsonant(last) && IsVowel(w[^2]) && w[^2] == w[^3])
        {
            var single = w[..^2] + last; // boot → bot+en, groot → grot+e
            var soft = last switch { 'f' => w[..^2] + 'v', 's' => w[..^2] + 'z', _ => single };
            yield return soft + "en";
            yield return soft + "e";
            yield return soft + "er";
        }

        if (w.EndsWith("en", StringComparison.Ordinal) && w.Length > 4)
        {
            foreach (var v in VerbForms(w))
            {
                yield return v;
            }
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

    private static IEnumerable<string> VerbForms(string w)
    {
        foreach (var st in Stems(w[..^2]))
        {
            yield return st;
            yield return st + "t";
            yield return st + "te";
            yield return st + "ten";
            yield return st + "de";
            yield return st + "den";
            yield return "ge" + st + "d";
            yield return "ge" + st + "t";
        }

        yield return w + "d";
        yield return w + "de";
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
