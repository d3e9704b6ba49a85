using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>Turns terms into atoms, sharing one atom between every term that needs the same pattern, and expanding inflections once per word.</summary>
internal sealed class AtomBuilder(LexiconSet lexicons)
{
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> inflections = new(StringComparer.Ordinal);

    public List<Atom> Atoms { get; } = [];

    public CompiledTerm Compile(TermSpec spec, int id)
    {
        switch (spec.Kind)
        {
            case TermKind.Word:
                var w = spec.Words[0];
                var sequences = spec.Compounds
                    ? lexicons.Splits(w).Select(s => new[] { Atom(AtomKind.PhraseWord, s.Left, false), Atom(AtomKind.PhraseWord, s.Right, false) }).ToArray()
                    : [];
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Word, w, spec.Compounds)], Sequences = sequences };
            case TermKind.Prefix:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Prefix, spec.Words[0], false)] };
            case TermKind.Suffix:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Suffix, spec.Words[0], true)] };
            case TermKind.Exact:
                return new CompiledTerm { Id = id, Spec = spec, Single = [Atom(AtomKind.Exact, spec.Words[0], false)] };
            case TermKind.Phrase when spec.Slop > 0:
                return new CompiledTerm { Id = id, Spec = spec, Sloppy = spec.Words.Select(x => Atom(AtomKind.PhraseWord, x, false)).ToArray() };
            case TermKind.Phrase:
                // Closed form only for two words (ambassade personeel → ambassadepersoneel); longer phrases are not written as one word.
                int[] closed = spec.Words.Count == 2 ? [Atom(AtomKind.Word, string.Concat(spec.Words), true)] : [];
                return new CompiledTerm
                {
                    Id = id,
                    Spec = spec,
                    Single = closed,
                    Sequences = [spec.Words.Select(x => Atom(AtomKind.PhraseWord, x, false)).ToArray()],
                };
            case TermKind.Regex:
                return new CompiledTerm { Id = id, Spec = spec, Regex = RuleEngine.CreateRegex(spec.Pattern!) };
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown term kind.");
        }
    }

    private int Atom(AtomKind kind, string key, bool compounds)
    {
        var k = $"{(int)kind}|{(compounds ? 1 : 0)}|{key}";
        if (byKey.TryGetValue(k, out var id))
        {
            return id;
        }

        IReadOnlyList<string> forms = kind is AtomKind.Prefix or AtomKind.Exact ? [] : Inflections(key);
        id = Atoms.Count;
        Atoms.Add(new Atom(id, kind, key, forms, compounds));
        byKey[k] = id;
        return id;
    }

    private IReadOnlyList<string> Inflections(string word)
    {
        if (!inflections.TryGetValue(word, out var forms))
        {
            inflections[word] = forms = lexicons.Inflections(word);
        }

        return forms;
    }
}
