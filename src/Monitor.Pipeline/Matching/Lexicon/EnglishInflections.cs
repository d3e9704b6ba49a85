namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// The inflected forms of an English word by English spelling rules: -s/-es (-es after s, x, z, ch, sh; consonant + y →
/// -ies; f/fe → -ves), -ed/-ing (silent e dropped, consonant + y → -ied, a final consonant doubled after a short stressed
/// vowel), -er/-est (only for words whose superlative is listed), and a short table of irregular forms. A form is kept
/// only when the English list has it. Agent nouns and other derivations (plunderer, striker) are not generated.
/// </summary>
internal static class EnglishInflections
{
    private static readonly string[] PastEndings = ["ed", "ing"];

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["man"] = ["men"],
        ["woman"] = ["women"],
        ["child"] = ["children"],
        ["person"] = ["people"],
        ["mouse"] = ["mice"],
        ["foot"] = ["feet"],
        ["tooth"] = ["teeth"],
        ["crisis"] = ["crises"],
        ["thesis"] = ["theses"],
        ["strike"] = ["struck", "stricken"],
        ["shoot"] = ["shot"],
        ["flee"] = ["fled"],
        ["fight"] = ["fought"],
        ["steal"] = ["stole", "stolen"],
        ["break"] = ["broke", "broken"],
        ["sink"] = ["sank", "sunk"],
        ["fall"] = ["fell", "fallen"],
        ["bring"] = ["brought"],
        ["buy"] = ["bought"],
        ["catch"] = ["caught"],
        ["hold"] = ["held"],
        ["lead"] = ["led"],
        ["leave"] = ["left"],
        ["lose"] = ["lost"],
        ["send"] = ["sent"],
        ["win"] = ["won"],
        ["withdraw"] = ["withdrew", "withdrawn"],
        ["blow"] = ["blew", "blown"],
        ["freeze"] = ["froze", "frozen"],
        ["give"] = ["gave", "given"],
        ["go"] = ["went", "gone"],
        ["hide"] = ["hid", "hidden"],
        ["rise"] = ["rose", "risen"],
        ["run"] = ["ran"],
        ["seek"] = ["sought"],
        ["sell"] = ["sold"],
        ["speak"] = ["spoke", "spoken"],
        ["take"] = ["took", "taken"],
        ["tear"] = ["tore", "torn"],
        ["tell"] = ["told"],
        ["throw"] = ["threw", "thrown"],
        ["write"] = ["wrote", "written"],
        ["drive"] = ["drove", "driven"],
        ["ride"] = ["rode", "ridden"],
        ["arise"] = ["arose", "arisen"],
        ["begin"] = ["began", "begun"],
        ["burn"] = ["burnt"],
        ["spread"] = ["spread"],
        ["hit"] = ["hit"],
    };

    /// <summary>Tries every form of <paramref name="w"/> the English rules make on <paramref name="sink"/> (which keeps the listed ones).</summary>
    public static void Forms(string w, FormSink sink)
    {
        if (w.Length < 2)
        {
            return;
        }

        if (Irregular.TryGetValue(w, out var irregular))
        {
            foreach (var f in irregular)
            {
                sink.Add("irregular form", f);
            }
        }

        var last = w[^1];
        var stem = w.AsSpan(0, w.Length - 1);
        var consonantY = last == 'y' && !IsVowel(w[^2]);
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
        {
            sink.Add("plural / 3rd person -es after s, x, z, ch, sh", w, "es");
        }
        else if (consonantY)
        {
            sink.Add("plural / 3rd person: consonant + y → -ies", stem, "ies");
        }
        else
        {
            sink.Add("plural / 3rd person -s", w, "s");
            if (last == 'o')
            {
                sink.Add("plural / 3rd person -es after o", w, "es");
            }
        }

        if (last == 'f')
        {
            sink.Add("plural f → -ves", stem, "ves");
        }
        else if (w.EndsWith("ife", StringComparison.Ordinal))
        {
            sink.Add("plural -ife → -ives", w.AsSpan(0, w.Length - 2), "ves");
        }

        var graded = sink.Lexicon.Contains(Superlative(w));
        if (w.EndsWith("ie", StringComparison.Ordinal))
        {
            sink.Add("past -d after e", w, "d");
            sink.Add("-ing: ie → y", w.AsSpan(0, w.Length - 2), "ying");
        }
        else if (last == 'e')
        {
            sink.Add("past -d after e", w, "d");
            sink.Add(w.EndsWith("ee", StringComparison.Ordinal) || w.EndsWith("oe", StringComparison.Ordinal) || w.EndsWith("ye", StringComparison.Ordinal) ? "-ing" : "-ing, silent e dropped", w.EndsWith("ee", StringComparison.Ordinal) || w.EndsWith("oe", StringComparison.Ordinal) || w.EndsWith("ye", StringComparison.Ordinal) ? w : stem, "ing");
        }
        else if (consonantY)
        {
            sink.Add("past: consonant + y → -ied", stem, "ied");
            sink.Add("-ing", w, "ing");
        }
        else if (IsShortStressedEnd(w, out var oneSyllable))
        {
            sink.Add("past -ed, final consonant doubled after a short vowel", w, last == 'c' ? 'k' : last, "ed");
            sink.Add("-ing, final consonant doubled after a short vowel", w, last == 'c' ? 'k' : last, "ing");
            if (!oneSyllable)
            {
                sink.Add("past -ed", w, "ed"); // stress decides (regretted, targeted); the list knows
                sink.Add("-ing", w, "ing");
            }
        }
        else
        {
            sink.Add("past -ed", w, "ed");
            sink.Add("-ing", w, "ing");
        }

        if (graded)
        {
            if (last == 'e')
            {
                sink.Add("comparative -r", w, "r");
                sink.Add("superlative -st", w, "st");
            }
            else if (consonantY)
            {
                sink.Add("comparative: y → -ier", stem, "ier");
                sink.Add("superlative: y → -iest", stem, "iest");
            }
            else if (IsShortStressedEnd(w, out _))
            {
                sink.Add("comparative -er, consonant doubled", w, last, "er");
                sink.Add("superlative -est, consonant doubled", w, last, "est");
            }
            else
            {
                sink.Add("comparative -er", w, "er");
                sink.Add("superlative -est", w, "est");
            }
        }
    }

    /// <summary>Words <paramref name="w"/> may be an inflected form of; callers keep a base only when its forms give back <paramref name="w"/>.</summary>
    public static IEnumerable<string> BaseCandidates(string w)
    {
        if (w.Length < 4)
        {
            yield break;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }

        if (w.EndsWith("ves", StringComparison.Ordinal))
        {
            yield return w[..^3] + "f";
            yield return w[..^3] + "fe";
        }

        if (w.EndsWith('s'))
        {
            yield return w[..^1];
        }

        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            yield return w[..^2];
        }

        foreach (var suffix in PastEndings)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 2)
            {
                var s = w[..^suffix.Length];
                yield return s;
                yield return s + "e";
                if (s[^1] == s[^2])
                {
                    yield return s[..^1];
                }
            }
        }
    }

    private static string Superlative(string w) =>
        w.EndsWith('e') ? w + "st" : w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]) ? string.Concat(w.AsSpan(0, w.Length - 1), "iest")
        : IsShortStressedEnd(w, out _) ? string.Concat(w, w[^1..], "est") : w + "est";

    /// <summary>Ends in one short vowel and one consonant (not w, x, y): stop, pot, regret; <paramref name="oneSyllable"/> says whether the word has one vowel group.</summary>
    private static bool IsShortStressedEnd(string w, out bool oneSyllable)
    {
        var shape = WordShape.Of(w);
        oneSyllable = shape.Syllables == 1;
        return w.Length >= 3 && shape.Coda == 1 && shape.Nucleus == 1 && w[^1] is not ('w' or 'x' or 'y' or 'h') && w[^2] != 'y';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
