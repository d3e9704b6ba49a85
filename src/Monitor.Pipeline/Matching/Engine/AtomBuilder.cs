using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>Turns terms into atoms, sharing one atom between every term that needs the same pattern in the same language, and expanding inflections once per word and language.</summary>
internal sealed class AtomBuilder(LexiconSet lexicons)
{
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, TermLanguage), IReadOnlyList<string>> inflections = [];

    public List<Atom> Atoms { get; } = [];

    public CompiledTerm Compile(TermSpec spec, int id) => Compile(spec, id, TermLanguage.Dutch);

    /// <summary>Compiles <paramref name="spec"/>; its words take the term's language, else the language of the list that holds them, else <paramref name="ruleLanguage"/>.</summary>
    public CompiledTerm Compile(TermSpec spec, int id, TermLanguage ruleLanguage)
    {
        var lang = spec.Language ?? LanguageOf(spec.Words, ruleLanguage);
        switch (spec.Kind)
        {
            case TermKind.Word:
                var w = spec.Words[0];
                var sequences = spec.Compounds
                    ? lexicons.Splits(w, lang).Select(s => new[] { Atom(AtomKind.PhraseWord, s.Left, false, lang), Atom(AtomKind.PhraseWord, s.Right, false, lang) }).ToArray()
                    : [];
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Word, w, spec.Compounds, lang)], Sequences = sequences };
            case TermKind.Prefix:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Prefix, spec.Words[0], false, lang)] };
            case TermKind.Suffix:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Suffix, spec.Words[0], true, lang)] };
            case TermKind.Exact:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Exact, spec.Words[0], false, lang)] };
            case TermKind.Phrase when spec.Slop > 0:
                return new CompiledTerm { Id = id, Spec = spec, Sloppy = spec.Words.Select(x => Atom(AtomKind.PhraseWord, x, false, lang)).ToArray() };
            case TermKind.Phrase:
                // Closed form only for two words (ambassade personeel → ambassadepersoneel); longer phrases are not written as one word.
                int[] closed = spec.Words.Count == 2 ? [Atom(AtomKind.Word, string.Concat(spec.Words), true, lang)] : [];
                return new CompiledTerm
                {
                    Id = id,
                    Spec = spec,
                    Single = closed,
                    Sequences = [spec.Words.Select(x => Atom(AtomKind.PhraseWord, x, false, lang)).ToArray()],
                };
            case TermKind.Regex:
                return new CompiledTerm { Id = id, Spec = spec, Regex = RuleEngine.CreateRegex(spec.Pattern!) };
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown term kind.");
        }
    }

    /// <summary>The language of a term's words: the language whose list alone holds more of them; <paramref name="fallback"/> on a tie.</summary>
    public TermLanguage LanguageOf(IReadOnlyList<string> words, TermLanguage fallback)
    {
        var (nl, en) = Votes(words);
        return nl == en ? fallback : nl > en ? TermLanguage.Dutch : TermLanguage.English;
    }

    /// <summary>Counts the words only the Dutch list holds and the words only the English list holds.</summary>
    public (int Dutch, int English) Votes(IEnumerable<string> words)
    {
        int nl = 0, en = 0;
        foreach (var word in words)
        {
            var inNl = lexicons.Dutch.Contains(word);
            if (inNl != lexicons.English.Contains(word))
            {
                nl += inNl ? 1 : 0;
                en += inNl ? 0 : 1;
            }
        }

        return (nl, en);
    }

    private int Atom(AtomKind kind, string key, bool compounds, TermLanguage language)
    {
        var k = $"{(int)kind}|{(compounds ? 1 : 0)}|{(int)language}|{key}";
        if (byKey.TryGetValue(k, out var id))
        {
            return id;
        }

        IReadOnlyList<string> forms = kind is AtomKind.Prefix or AtomKind.Exact ? [] : Inflections(key, language);
        id = Atoms.Count;
        Atoms.Add(new Atom(id, kind, key, forms, compounds) { Language = language });
        byKey[k] = id;
        return id;
    }

    private IReadOnlyList<string> Inflections(string word, TermLanguage language)
    {
        if (!inflections.TryGetValue((word, language), out var forms))
        {
            inflections[(word, language)] = forms = lexicons.Inflections(word, language);
        }

        return forms;
    }
}
