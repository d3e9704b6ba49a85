namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// The inflected forms of a Dutch word by Dutch spelling rules: plurals (-en with consonant doubling after a short
/// vowel, an undoubled vowel after a long one, f→v and s→z; -s, -'s, -n), diminutives (-je, -tje, -pje, -etje, -kje and
/// their -s plural), adjective -e, comparative and superlative (only for words whose superlative is listed) and, for an
/// infinitive, the verb forms (stem, -t, past -te/-de by 't kofschip, participle ge-…-t/-d and ge-…-en). A form is kept
/// only when the Dutch list has it, so a rule proposes and the list confirms. Derivations (-er, -ster, -aar, -ig, -isch,
/// -ing as new words) are not generated.
/// </summary>
internal static class DutchInflections
{
    /// <summary>Stressed short-vowel words whose vowel lengthens in the plural instead of doubling the consonant (the grammar's closed list).</summary>
    private static readonly Dictionary<string, string> Lengthening = new(StringComparer.Ordinal)
    {
        ["bad"] = "baden",
        ["bedrag"] = "bedragen",
        ["bevel"] = "bevelen",
        ["bevel"] = "bevelen",
        ["blad"] = "bladen",
        ["dag"] = "dagen",
        ["dak"] = "daken",
        ["dal"] = "dalen",
        ["gat"] = "gaten",
        ["gebed"] = "gebeden",
        ["gebod"] = "geboden",
        ["gebrek"] = "gebreken",
        ["gen"] = "genen",
        ["glas"] = "glazen",
        ["god"] = "goden",
        ["graf"] = "graven",
        ["hertog"] = "hertogen",
        ["hof"] = "hoven",
        ["hol"] = "holen",
        ["lid"] = "leden",
        ["lot"] = "loten",
        ["oorlog"] = "oorlogen",
        ["pad"] = "paden",
        ["schip"] = "schepen",
        ["slag"] = "slagen",
        ["slot"] = "sloten",
        ["smid"] = "smeden",
        ["spel"] = "spelen",
        ["stad"] = "steden",
        ["staf"] = "staven",
        ["vat"] = "vaten",
        ["verbod"] = "verboden",
        ["verlof"] = "verloven",
        ["weg"] = "wegen",
    };

    /// <summary>Nouns with the old plural -eren (kind → kinderen) or another irregular plural; for these the regular plural is not made.</summary>
    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.Ordinal)
    {
        ["ei"] = "eieren",
        ["gelid"] = "gelederen",
        ["hoen"] = "hoenderen",
        ["kalf"] = "kalveren",
        ["kind"] = "kinderen",
        ["lam"] = "lammeren",
        ["lied"] = "liederen",
        ["rad"] = "raderen",
        ["rund"] = "runderen",
        ["koe"] = "koeien",
        ["vlo"] = "vlooien",
    };

    /// <summary>Diminutives with the long vowel of the plural (gat → gaatje, schip → scheepje); other lengthening words keep the short vowel (dag → dagje, slot → slotje).</summary>
    private static readonly Dictionary<string, string> LongDiminutives = new(StringComparer.Ordinal)
    {
        ["gat"] = "gaat",
        ["glas"] = "glaas",
        ["schip"] = "scheep",
        ["blad"] = "blaad",
        ["vat"] = "vaat",
        ["pad"] = "paad",
        ["lot"] = "loot",
        ["dag"] = "daag",
    };

    /// <summary>Nouns with the old plural -eren beside the regular one (been → benen, beenderen).</summary>
    private static readonly Dictionary<string, string> ErenBeside = new(StringComparer.Ordinal)
    {
        ["been"] = "beenderen",
        ["blad"] = "bladeren",
        ["goed"] = "goederen",
        ["volk"] = "volkeren",
    };

    /// <summary>Words ending in s after a long vowel or diphthong that keep the s in the plural (kruis → kruisen, not kruizen).</summary>
    private static readonly HashSet<string> HardS = new(StringComparer.Ordinal) { "kruis", "kous", "paus", "eis", "dans", "kans", "mens", "wens", "prins", "glans" };

    /// <summary>Loanwords with the plural -s beside a listed -en form that is really a verb (tanks, not tanken; films, trams).</summary>
    private static readonly HashSet<string> LoanS = new(StringComparer.Ordinal)
    {
        "tank", "film", "trend", "team", "fan", "chip", "club", "clip", "hit", "tram", "jet", "tip", "drug", "truck", "shop", "test", "jeep",
        "job", "link", "site", "blog", "app", "hack", "deal", "tweet", "post", "rapper", "song", "show", "sms", "check", "crash", "hoax",
    };

    /// <summary>Strong and irregular verbs: past singular, past plural, participle (the weak forms are not made for these).</summary>
    private static readonly Dictionary<string, string[]> StrongVerbs = new(StringComparer.Ordinal)
    {
        ["schieten"] = ["schoot", "schoten", "geschoten"],
        ["sluiten"] = ["sloot", "sloten", "gesloten"],
        ["lopen"] = ["liep", "liepen", "gelopen"],
        ["vechten"] = ["vocht", "vochten", "gevochten"],
        ["sterven"] = ["stierf", "stierven", "gestorven"],
        ["slaan"] = ["sloeg", "sloegen", "geslagen"],
        ["vallen"] = ["viel", "vielen", "gevallen"],
        ["breken"] = ["brak", "braken", "gebroken"],
        ["vliegen"] = ["vloog", "vlogen", "gevlogen"],
        ["zinken"] = ["zonk", "zonken", "gezonken"],
        ["verdwijnen"] = ["verdween", "verdwenen", "verdwenen"],
        ["grijpen"] = ["greep", "grepen", "gegrepen"],
        ["rijden"] = ["reed", "reden", "gereden"],
        ["nemen"] = ["nam", "namen", "genomen"],
        ["geven"] = ["gaf", "gaven", "gegeven"],
        ["komen"] = ["kwam", "kwamen", "gekomen"],
        ["vangen"] = ["ving", "vingen", "gevangen"],
        ["houden"] = ["hield", "hielden", "gehouden"],
        ["stelen"] = ["stal", "stalen", "gestolen"],
        ["trekken"] = ["trok", "trokken", "getrokken"],
        ["verliezen"] = ["verloor", "verloren", "verloren"],
        ["winnen"] = ["won", "wonnen", "gewonnen"],
        ["beginnen"] = ["begon", "begonnen", "begonnen"],
        ["blijven"] = ["bleef", "bleven", "gebleven"],
        ["vriezen"] = ["vroor", "vroren", "gevroren"],
        ["bieden"] = ["bood", "boden", "geboden"],
        ["vinden"] = ["vond", "vonden", "gevonden"],
        ["sterven"] = ["stierf", "stierven", "gestorven"],
        ["verbieden"] = ["verbood", "verboden", "verboden"],
        ["dwingen"] = ["dwong", "dwongen", "gedwongen"],
        ["springen"] = ["sprong", "sprongen", "gesprongen"],
        ["schrijven"] = ["schreef", "schreven", "geschreven"],
        ["spreken"] = ["sprak", "spraken", "gesproken"],
        ["zeggen"] = ["zei", "zeiden", "gezegd"],
        ["doen"] = ["deed", "deden", "gedaan"],
        ["gaan"] = ["ging", "gingen", "gegaan"],
        ["staan"] = ["stond", "stonden", "gestaan"],
        ["zien"] = ["zag", "zagen", "gezien"],
        ["brengen"] = ["bracht", "brachten", "gebracht"],
        ["denken"] = ["dacht", "dachten", "gedacht"],
        ["kopen"] = ["kocht", "kochten", "gekocht"],
        ["zoeken"] = ["zocht", "zochten", "gezocht"],
    };

    /// <summary>Endings that make a new word, never a compound's second part (plunder|aars, spion|eren).</summary>
    internal static readonly HashSet<string> DerivationTails = new(StringComparer.Ordinal)
    {
        "aar", "aars", "aarster", "ster", "sters", "eren", "ering", "eringen", "erig", "erige", "ing", "ingen", "isch", "ische", "achtig", "achtige", "ig", "ige", "iger", "igst",
        "er", "ers", "enaar", "enaars", "ling", "lingen", "eling", "elingen", "heid", "schap", "lijk", "lijke", "baar", "loos",
    };

    private static readonly string[] DiminutiveEndings = ["etje", "tje", "pje", "kje", "je"];

    private static readonly string[] UnstressedPrefixes = ["be", "ge", "her", "ont", "ver", "er"];

    private static readonly string[] Particles = ["aan", "af", "bij", "binnen", "buiten", "door", "in", "mee", "na", "neer", "om", "op", "samen", "terug", "toe", "uit", "vast", "voor", "weg", "los"];

    /// <summary>Tries every form of <paramref name="w"/> the Dutch rules make on <paramref name="sink"/> (which keeps the listed ones).</summary>
    public static void Forms(string w, FormSink sink)
    {
        if (w.Length < 2 || !IsLetters(w))
        {
            return;
        }

        var shape = WordShape.Of(w);
        Plurals(w, shape, sink);
        Diminutives(w, shape, sink);
        Adjective(w, shape, sink);
        if (w.Length > 4 && w.EndsWith("en", StringComparison.Ordinal))
        {
            VerbForms(w, sink);
        }
        else if (StrongVerbs.TryGetValue(w, out var strong))
        {
            StrongForms(strong, sink);
        }
    }

    /// <summary>Whether a word's own forms (<paramref name="own"/>) show it is a verb or already has a plural or diminutive: then it is a lemma, not an inflected form of a shorter word.</summary>
    public static bool IsLemma(IReadOnlyList<InflectedForm> own)
    {
        var verb = 0;
        foreach (var f in own)
        {
            if (f.Rule.StartsWith("plural", StringComparison.Ordinal) || f.Rule.StartsWith("diminutive", StringComparison.Ordinal))
            {
                return true;
            }

            verb += f.Rule.StartsWith("present", StringComparison.Ordinal) || f.Rule.StartsWith("past", StringComparison.Ordinal) ? 1 : 0;
        }

        return verb >= 2;
    }
    /// <summary>Words <paramref name="w"/> may be an inflected form of (plural, diminutive), each with the rule; callers keep a base only when the rules applied to it give back <paramref name="w"/>.</summary>
    public static IEnumerable<string> BaseCandidates(string w)
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

        if (w.EndsWith("heden", StringComparison.Ordinal))
        {
            yield return w[..^5] + "heid";
        }

        if (w.EndsWith("en", StringComparison.Ordinal))
        {
            var s = w[..^2];
            yield return s;
            if (s.Length >= 2 && IsConsonant(s[^1]) && s[^2] == s[^1])
            {
                yield return s[..^1];
            }

            var hard = s[^1] switch { 'v' => s[..^1] + "f", 'z' => s[..^1] + "s", _ => s };
            yield return hard;
            if (hard.Length >= 3 && IsConsonant(hard[^1]) && hard[^2] is 'a' or 'e' or 'o' or 'u' && !IsVowel(hard[^3]))
            {
                yield return string.Concat(hard.AsSpan(0, hard.Length - 1), hard.AsSpan(hard.Length - 2, 2)); // bom+en → boom, haz+en → haas
            }

            if (w.EndsWith("eren", StringComparison.Ordinal))
            {
                yield return w[..^4];
            }
        }

        var stripped = w.EndsWith('s') ? w[..^1] : w;
        foreach (var dim in DiminutiveEndings)
        {
            if (stripped.EndsWith(dim, StringComparison.Ordinal) && stripped.Length > dim.Length + 1)
            {
                var b = stripped[..^dim.Length];
                yield return b;
                if (dim == "etje" && b.Length >= 2 && b[^1] == b[^2])
                {
                    yield return b[..^1]; // balletje → bal
                }

                if (dim == "kje")
                {
                    yield return b + "g"; // koninkje → koning
                }

                if (dim == "tje" && b.Length >= 2 && b[^1] == b[^2] && b[^1] is 'a' or 'o' or 'u')
                {
                    yield return b[..^1]; // autootje → auto
                }
            }
        }
    }

    private static void Plurals(string w, WordShape shape, FormSink sink)
    {
        if (IrregularPlurals.TryGetValue(w, out var irregular) || TailEntry(w, IrregularPlurals, sink.Lexicon, out irregular))
        {
            sink.Add(irregular.EndsWith("eren", StringComparison.Ordinal) ? "plural -eren (kind → kinderen)" : "irregular plural", irregular);
            return;
        }

        var before = sink.Accepted.Count;
        if (ErenBeside.TryGetValue(w, out var eren))
        {
            sink.Add("plural -eren (kind → kinderen)", eren);
        }

        if (Lengthening.TryGetValue(w, out var longer) || TailEntry(w, Lengthening, sink.Lexicon, out longer))
        {
            sink.Add("plural -en, vowel lengthened (dag → dagen)", longer);
            return;
        }

        if (w.EndsWith("heid", StringComparison.Ordinal))
        {
            sink.Add("plural -heid → -heden", w.AsSpan(0, w.Length - 3), "eden");
            return;
        }

        var last = w[^1];
        if (shape.Coda == 0)
        {
            if (shape.Nucleus == 1 && last == 'e')
            {
                sink.Add("plural -s", w, "s");
                sink.Add("plural -n", w, "n");
            }
            else if (last is 'a' or 'o' or 'u' or 'i' or 'y' && !IsDiphthongEnd(w))
            {
                sink.Add("plural -'s after a, i, o, u, y", w, "'s");
            }
            else
            {
                sink.Add("plural -en (-ën)", w, "en");
                if (sink.Accepted.Count == before)
                {
                    sink.Add("plural -s", w, "s");
                }
            }

            return;
        }

        var schwa = shape.Syllables > 1 && IsSchwaEnd(w);
        var doubled = false;
        if (shape.Coda == 1 && shape.Nucleus == 1 && last is not ('w' or 'x' or 'y' or 'h'))
        {
            var n = sink.Accepted.Count;
            sink.Add("plural -en, consonant doubled after a short vowel", w, last, "en");
            doubled = sink.Accepted.Count > n;
            if (shape.Syllables > 1 && !StressedShortEnd(w, sink.Lexicon) && (!schwa || w.EndsWith("el", StringComparison.Ordinal)))
            {
                sink.Add(schwa ? "plural -en after an unstressed syllable" : "plural -en after an unstressed vowel", w, "en"); // stress decides (kanon → kanonnen, monnik → monniken)
            }
        }
        else if (shape.Coda == 1 && shape.Nucleus == 2 && w[^2] == w[^3] && w[^2] is 'a' or 'e' or 'o' or 'u')
        {
            // boom → bomen, haas → hazen, graaf → graven: the long vowel is written single in the open syllable.
            var soft = Soft(last);
            sink.Add(soft == last ? "plural -en, long vowel written single" : $"plural -en, long vowel written single, {last} → {soft}", w.AsSpan(0, w.Length - 2), soft, "en");
        }
        else if (last is 'f' or 's' && !HardS.Contains(w) && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            // brief → brieven, huis → huizen, grens → grenzen; the hard form only when the soft one is not a word (kans → kansen)
            var n = sink.Accepted.Count;
            sink.Add($"plural -en, {last} → {Soft(last)}", w.AsSpan(0, w.Length - 1), Soft(last), "en");
            if (sink.Accepted.Count == n)
            {
                sink.Add("plural -en", w, "en");
            }
        }
        else
        {
            sink.Add("plural -en", w, "en");
        }

        // -s after an unstressed syllable (tafels, bakkers, leraars), for a word with no -en plural (fans, generaals), and for
        // an English loanword whose English plural is -s (films, tanks).
        var noEn = sink.Accepted.Count == before;
        if ((schwa && !doubled) || noEn || LoanS.Contains(w))
        {
            sink.Add(HasAdjectiveEnding(w) ? "-s after an adjective (iets ernstigs)" : schwa || noEn ? "plural -s" : "plural -s (loanword)", w, "s");
        }
    }

    /// <summary>An unstressed last syllable: -el, -em, -en, -er, -aar, -erd (tafel, bezem, wagen, bakker, leraar).</summary>
    private static bool IsSchwaEnd(string w) =>
        w.EndsWith("el", StringComparison.Ordinal) || w.EndsWith("em", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)
        || w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("aar", StringComparison.Ordinal) || w.EndsWith("erd", StringComparison.Ordinal);

    private static bool IsDiphthongEnd(string w) =>
        w.EndsWith("ui", StringComparison.Ordinal) || w.EndsWith("ei", StringComparison.Ordinal) || w.EndsWith("au", StringComparison.Ordinal)
        || w.EndsWith("ou", StringComparison.Ordinal) || w.EndsWith("eu", StringComparison.Ordinal) || w.EndsWith("oo", StringComparison.Ordinal)
        || w.EndsWith("aa", StringComparison.Ordinal) || w.EndsWith("uu", StringComparison.Ordinal);

    private static void Diminutives(string w, WordShape shape, FormSink sink)
    {
        var last = w[^1];
        if (shape.Coda == 0)
        {
            if (last is 'a' or 'o' or 'u' && !IsDiphthongEnd(w))
            {
                Dim(sink, "diminutive -tje, final vowel doubled (auto → autootje)", w, last, "tje");
            }
            else if (last is 'i' or 'y' && !IsDiphthongEnd(w))
            {
                Dim(sink, "diminutive -'tje", w, default, "'tje");
            }
            else
            {
                Dim(sink, "diminutive -tje after a vowel", w, default, "tje");
            }

            return;
        }

        if (LongDiminutives.TryGetValue(w, out var longDim) || TailEntry(w, LongDiminutives, sink.Lexicon, out longDim))
        {
            Dim(sink, "diminutive -je with a long vowel (gat → gaatje)", longDim, default, "je");
        }

        var isShort = shape.Coda == 1 && shape.Nucleus == 1 && last is not ('w' or 'x' or 'h');
        var stressed = isShort && (shape.Syllables == 1 || StressedShortEnd(w, sink.Lexicon));
        if (last is 'l' or 'n' or 'r' or 'm')
        {
            var tje = last == 'm' ? "pje" : "tje";
            if (isShort && !(shape.Syllables > 1 && IsSchwaEnd(w) && !w.EndsWith("el", StringComparison.Ordinal)))
            {
                Dim(sink, "diminutive -etje, consonant doubled after a short vowel", w, last, "etje");
            }

            if (!stressed)
            {
                Dim(sink, $"diminutive -{tje} after {(last == 'm' ? "m" : "l, n, r")}", w, default, tje);
            }

            return;
        }

        if (w.EndsWith("ng", StringComparison.Ordinal))
        {
            if (w.EndsWith("ing", StringComparison.Ordinal) && shape.Syllables > 1)
            {
                Dim(sink, "diminutive -kje after unstressed -ing (koning → koninkje)", w.AsSpan(0, w.Length - 1), default, "kje");
            }

            Dim(sink, "diminutive -etje after -ng", w, default, "etje");
            return;
        }

        if (stressed && last is 'g' or 'b')
        {
            Dim(sink, "diminutive -etje, consonant doubled after a short vowel", w, last, "etje"); // weg → weggetje
        }

        Dim(sink, last == 'w' ? "diminutive -tje after w" : "diminutive -je", w, default, last == 'w' ? "tje" : "je");
    }

    private static void Dim(FormSink sink, string rule, ReadOnlySpan<char> stem, char doubled, string suffix)
    {
        Span<char> one = stackalloc char[1];
        one[0] = doubled;
        ReadOnlySpan<char> middle = doubled == default ? ReadOnlySpan<char>.Empty : one;
        sink.Add(rule, stem, middle, suffix);
        sink.Add(rule + ", plural -s", stem, middle, suffix + "s");
    }

    private static void Adjective(string w, WordShape shape, FormSink sink)
    {
        if (shape.Coda == 0 || w.EndsWith("en", StringComparison.Ordinal))
        {
            return;
        }

        var last = w[^1];
        Span<char> stem = stackalloc char[w.Length + 1];
        int n;
        if (shape.Coda == 1 && shape.Nucleus == 1 && last is not ('w' or 'x' or 'h') && (shape.Syllables == 1 || StressedShortEnd(w, sink.Lexicon)))
        {
            w.AsSpan().CopyTo(stem);
            stem[w.Length] = last; // dik → dikk-e
            n = w.Length + 1;
        }
        else if (shape.Coda == 1 && shape.Nucleus == 2 && w[^2] == w[^3] && w[^2] is 'a' or 'e' or 'o' or 'u')
        {
            w.AsSpan(0, w.Length - 2).CopyTo(stem);
            stem[w.Length - 2] = Soft(last); // groot → grot-e, boos → boz-e
            n = w.Length - 1;
        }
        else if (last is 'f' or 's' && shape.Nucleus == 2 && shape.Coda == 1)
        {
            w.AsSpan(0, w.Length - 1).CopyTo(stem);
            stem[w.Length - 1] = Soft(last); // lief → liev-e, wijs → wijz-e
            n = w.Length;
        }
        else
        {
            w.AsSpan().CopyTo(stem);
            n = w.Length;
        }

        // An adjective shows itself by its degrees: -e, comparative and superlative all listed (groot, grote, groter, grootst).
        // Without them only adjective endings get -e (militair, russisch, oekraiens, gevaarlijk).
        var list = sink.Lexicon;
        var superlative = last == 's' ? "t" : "st";
        var attributive = string.Concat(stem[..n], "e");
        var comparative = last == 'r' ? w + "der" : string.Concat(stem[..n], "er");
        var graded = list.Contains(attributive) && list.Contains(comparative) && list.Contains(w + superlative)
            && (list.Contains(w + superlative + "e") || !list.Contains(w + "je")); // huis: huize, huizer, huist are listed, but huisje says noun
        if (graded || HasAdjectiveEnding(w))
        {
            sink.Add(graded ? "adjective -e" : "adjective -e (adjective ending)", attributive);
        }

        if (graded)
        {
            sink.Add(last == 'r' ? "comparative -der after r" : "comparative -er", comparative);
            sink.Add("superlative -st", w, superlative);
            sink.Add("superlative -ste", w, superlative + "e");
        }
    }

    private static bool HasAdjectiveEnding(string w)
    {
        foreach (var e in (ReadOnlySpan<string>)["isch", "ijk", "ig", "air", "eel", "ief", "aal", "ens", "ands", "aans", "iaans", "ees", "eus", "baar", "loos"])
        {
            if (w.EndsWith(e, StringComparison.Ordinal) && w.Length > e.Length + 2)
            {
                return true;
            }
        }

        return false;
    }

    private static void VerbForms(string w, FormSink sink)
    {
        var s0 = w[..^2];
        var voiceless = s0[^1] is 't' or 'k' or 'f' or 's' or 'h' or 'p' or 'x';
        var prefix = UnstressedPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal) && w.Length > p.Length + 3) ? string.Empty : "ge";
        var strong = StrongVerbs.TryGetValue(w, out var table) ? table : null;
        var weakParticiple = false;
        foreach (var st in Stems(s0, sink.Lexicon))
        {
            sink.Add("present tense: stem", st);
            if (!st.EndsWith('t'))
            {
                sink.Add("present tense: stem + t", st, "t");
            }

            if (strong is not null)
            {
                continue;
            }

            var past = voiceless ? "te" : "de";
            sink.Add($"past tense -{past} ('t kofschip)", st, past);
            sink.Add($"past tense -{past}n ('t kofschip)", st, past + "n");
            var dental = st.EndsWith('t') || st.EndsWith('d');
            var end = dental ? string.Empty : voiceless ? "t" : "d";
            var n = sink.Accepted.Count;
            sink.Add($"past participle {prefix}-…-{(dental ? st[^1..] : end)}", prefix, st, end);
            weakParticiple |= sink.Accepted.Count > n;

            // The participle as adjective: gewerkte, gezette (the stem's spelling of the infinitive before -e: gedode, not gedoode).
            sink.Add($"past participle {prefix}-…-{(dental ? st[^1..] : end)}, adjective -e", prefix, dental ? s0 : string.Concat(st, end), "e");
        }

        if (strong is not null)
        {
            StrongForms(strong, sink);
        }
        else if (!weakParticiple)
        {
            sink.Add($"past participle {prefix}-…-en (strong verb)", prefix, w);
        }

        sink.Add("present participle -end", w, "d");
        sink.Add("present participle -ende", w, "de");
        foreach (var p in Particles)
        {
            if (w.StartsWith(p, StringComparison.Ordinal) && w.Length > p.Length + 4)
            {
                // Separable verb: ge- goes after the particle (aanvallen → aangevallen, opzetten → opgezet).
                var rest = w[p.Length..];
                if (StrongVerbs.TryGetValue(rest, out var restStrong))
                {
                    sink.Add("past participle of a separable verb, ge- after the particle", p, restStrong[2]);
                    continue;
                }

                sink.Add("past participle of a separable verb, ge- after the particle", p, "ge", rest);
                foreach (var st in Stems(rest[..^2], sink.Lexicon))
                {
                    var end = st.EndsWith('t') || st.EndsWith('d') ? string.Empty : voiceless ? "t" : "d";
                    sink.Add("past participle of a separable verb, ge- after the particle", string.Concat(p, "ge"), st, end);
                }
            }
        }
    }

    private static void StrongForms(string[] forms, FormSink sink)
    {
        sink.Add("past tense (strong verb)", forms[0]);
        sink.Add("past tense plural (strong verb)", forms[1]);
        sink.Add("past participle (strong verb)", forms[2]);
    }

    /// <summary>Spellings of the stem after removing -en: undouble a final consonant (zetten → zet), double the vowel of an open syllable (lopen → loop, evacueren → evacueer), v→f, z→s; the undoubled spelling only when the doubled one is not a word (plunderen → plunder, openen → open).</summary>
    private static IEnumerable<string> Stems(string s, Lexicon list)
    {
        if (s.Length < 2)
        {
            yield break;
        }

        var last = s[^1];
        if (IsConsonant(last) && s[^2] == last)
        {
            yield return s[..^1];
            yield break;
        }

        var hard = last switch { 'v' => s[..^1] + 'f', 'z' => s[..^1] + 's', _ => s };
        if (s.Length >= 3 && IsConsonant(last) && s[^2] is 'a' or 'e' or 'o' or 'u' && s[^3] != s[^2] && !IsDiphthong(s[^3], s[^2]))
        {
            var open = string.Concat(hard.AsSpan(0, hard.Length - 1), hard.AsSpan(hard.Length - 2, 2)); // lop → loop, evacuer → evacueer
            if (WordShape.Of(s).Syllables == 1 || (!s.EndsWith("en", StringComparison.Ordinal) && (list.Contains(open) || !(s.EndsWith("el", StringComparison.Ordinal) || s.EndsWith("er", StringComparison.Ordinal)))))
            {
                yield return open;
                if (WordShape.Of(s).Syllables == 1 || (!s.EndsWith("en", StringComparison.Ordinal) && list.Contains(open)))
                {
                    yield break;
                }
            }
        }

        yield return hard; // plunder, werk, leef
    }

    private static bool IsDiphthong(char a, char b) => (a, b) is ('i', 'e') or ('o', 'e') or ('e', 'u') or ('e', 'i') or ('o', 'u') or ('a', 'u') or ('u', 'i');

    /// <summary>Whether the short last syllable of <paramref name="w"/> is stressed: a one-syllable word, or a compound whose last part is a listed one-syllable word after a listed first part of at least three letters or a particle (bloempot, aanval; not tafel, winter).</summary>
    private static bool StressedShortEnd(string w, Lexicon list)
    {
        if (WordShape.Of(w).Syllables == 1)
        {
            return true;
        }

        if (IsSchwaEnd(w) && !w.EndsWith("aar", StringComparison.Ordinal))
        {
            // -el, -em, -en, -er: usually unstressed; compounds on a stressed one (aanval, bloemstel) are found below only with a long head.
            return EndsInWord(w, list, 4);
        }

        return EndsInWord(w, list, 3);
    }

    private static bool EndsInWord(string w, Lexicon list, int minHead)
    {
        for (var k = 2; k <= w.Length - 3; k++)
        {
            var head = w.AsSpan(0, k);
            var tail = w.AsSpan(k);
            if (WordShape.Of(tail).Syllables != 1 || !list.Contains(tail) || IsUnstressedPrefix(head))
            {
                continue;
            }

            if ((k >= minHead && list.Contains(head)) || IsParticle(head) || (k > minHead && head.EndsWith("s") && list.Contains(head[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnstressedPrefix(ReadOnlySpan<char> head)
    {
        foreach (var p in UnstressedPrefixes)
        {
            if (head.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticle(ReadOnlySpan<char> head)
    {
        foreach (var p in Particles)
        {
            if (head.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds an entry of <paramref name="table"/> that <paramref name="w"/> ends in after a listed first part (hoofdstad → hoofdsteden).</summary>
    private static bool TailEntry(string w, Dictionary<string, string> table, Lexicon list, out string form)
    {
        foreach (var (key, value) in table)
        {
            if (w.Length > key.Length + 2 && w.EndsWith(key, StringComparison.Ordinal))
            {
                var head = w.AsSpan(0, w.Length - key.Length);
                if (list.Contains(head) || (head.EndsWith("s") && list.Contains(head[..^1])))
                {
                    form = string.Concat(head, value);
                    return true;
                }
            }
        }

        form = string.Empty;
        return false;
    }

    private static char Soft(char c) => c switch { 'f' => 'v', 's' => 'z', _ => c };

    private static bool IsLetters(string w)
    {
        foreach (var c in w)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
