using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// The word lists a rule set is compiled against (by default Dutch and English). A term's forms and compound parts
/// come from one language: inflections are made by that language's spelling rules and kept only when that language's
/// list has them; a compound part is accepted only when the rest
/// of the word is itself a listed word (left part at least <see cref="MinHeadLength"/> letters, optionally
/// followed by a linking -s-, -e- or -en-; right part at least <see cref="MinTailLength"/> letters).
/// </summary>
public sealed partial class LexiconSet
{
    /// <summary>The fewest letters of a word before the term inside a compound (<c>zee</c> in <c>zeeoorlog</c>).</summary>
    public const int MinHeadLength = 3;

    /// <summary>The fewest letters of a word after the term inside a compound (keeps <c>invasie</c> out of <c>invasieve</c>).</summary>
    public const int MinTailLength = 4;

    /// <summary>The fewest letters of a base form found by removing an inflection (keeps <c>deen</c> from matching <c>de</c>).</summary>
    public const int MinBaseLength = 5;

    private static readonly Lazy<LexiconSet> DefaultSet = new(() => new LexiconSet(Lexicon.Dutch, Lexicon.English), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Initializes a new instance of the <see cref="LexiconSet"/> class.</summary>
    /// <param name="dutch">The Dutch word list.</param>
    /// <param name="english">The English word list.</param>
    public LexiconSet(Lexicon dutch, Lexicon english)
    {
        Dutch = dutch ?? throw new ArgumentNullException(nameof(dutch));
        English = english ?? throw new ArgumentNullException(nameof(english));
    }

    /// <summary>Gets the bundled Dutch and English lists (loaded once, on first use).</summary>
    public static LexiconSet Default => DefaultSet.Value;

    /// <summary>Gets a set without words: terms match only as written, compounds are never accepted.</summary>
    public static LexiconSet None { get; } = new(Lexicon.Empty, Lexicon.Empty);

    /// <summary>Gets the Dutch list.</summary>
    public Lexicon Dutch { get; }

    /// <summary>Gets the English list.</summary>
    public Lexicon English { get; }

    /// <summary>Returns whether either list has the folded word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Dutch.Contains(word) || English.Contains(word);

    /// <summary>Returns the list of <paramref name="language"/>.</summary>
    public Lexicon ListOf(TermLanguage language) => language == TermLanguage.English ? English : Dutch;

    /// <summary>
    /// Returns the language of a folded word: the one list that holds it; <paramref name="fallback"/> (the rule's language)
    /// when both or neither do.
    /// </summary>
    public TermLanguage LanguageOf(string folded, TermLanguage fallback = TermLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var nl = Dutch.Contains(folded);
        var en = English.Contains(folded);
        return nl == en ? fallback : nl ? TermLanguage.Dutch : TermLanguage.English;
    }

    /// <summary>Returns the folded word and its inflected forms in the word's own language (<see cref="LanguageOf"/>), the word itself first.</summary>
    public IReadOnlyList<string> Inflections(string folded) => Inflections(folded, LanguageOf(folded));

    /// <summary>Returns the folded word and its inflected forms that <paramref name="language"/>'s rules make and its list has (the word itself first).</summary>
    public IReadOnlyList<string> Inflections(string folded, TermLanguage language)
    {
        var forms = Forms(folded, language);
        var result = new string[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            result[i] = forms[i].Form;
        }

        return result;
    }

    /// <summary>
    /// Returns the folded word and its forms with the rule that made each: the word itself first, then, in ordinal order,
    /// the forms <paramref name="language"/>'s spelling rules make from it and its list has. A word that is itself an
    /// inflected form (troepen, invasions) also brings its base and the base's forms, when the rules applied to that base
    /// give the word back (so <c>poten</c> brings <c>poot</c>, never <c>pot</c>).
    /// </summary>
    public IReadOnlyList<InflectedForm> Forms(string folded, TermLanguage language)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var list = ListOf(language);
        var sink = new FormSink(list);
        Generate(folded, language, sink);
        var lemma = DutchInflections.IsLemma(sink.Accepted);
        foreach (var b in language == TermLanguage.English ? EnglishInflections.BaseCandidates(folded) : DutchInflections.BaseCandidates(folded))
        {
            if (lemma || b.Length < MinHeadLength || string.Equals(b, folded, StringComparison.Ordinal) || sink.Has(b) || !list.Contains(b))
            {
                continue;
            }

            var probe = new FormSink(list);
            Generate(b, language, probe);
            if (!probe.Has(folded))
            {
                continue; // the rules do not make this word from that base: another word (poten is not a form of pot)
            }

            sink.Add($"base form (the term is its {RuleOf(probe, folded)})", b);
            foreach (var f in probe.Accepted)
            {
                sink.Add(f.Rule, f.Form);
            }
        }

        var result = new List<InflectedForm>(sink.Accepted.Count + 1);
        foreach (var f in sink.Accepted)
        {
            if (!string.Equals(f.Form, folded, StringComparison.Ordinal) && f.Form.Length >= MinHeadLength)
            {
                result.Add(f);
            }
        }

        result.Sort((x, y) => string.CompareOrdinal(x.Form, y.Form));
        result.Insert(0, new InflectedForm(folded, "the word itself"));
        return result;
    }

    private static string RuleOf(FormSink sink, string form) => sink.Accepted.Find(f => string.Equals(f.Form, form, StringComparison.Ordinal)).Rule;

    private static void Generate(string word, TermLanguage language, FormSink sink)
    {
        if (language == TermLanguage.English)
        {
            EnglishInflections.Forms(word, sink);
        }
        else
        {
            DutchInflections.Forms(word, sink);
        }
    }

    /// <summary>Returns the ways to write a listed compound as two words in the word's own language (<c>ambassadepersoneel</c> → <c>ambassade personeel</c>).</summary>
    public IReadOnlyList<(string Left, string Right)> Splits(string folded) => Splits(folded, LanguageOf(folded));

    /// <summary>
    /// Returns the ways to write a compound <paramref name="language"/>'s list has as two listed words: Dutch parts of at
    /// least <see cref="MinBaseLength"/> letters ("voor stel" is not how anyone writes voorstel), English parts of at
    /// least <see cref="MinTailLength"/> (wildfire → wild fire); never a derivation ending as the right part (vlucht|eling), and
    /// for a compound that is an inflected form only inside its base (shoo|ting, kidnap|ping are not compounds).
    /// </summary>
    public IReadOnlyList<(string Left, string Right)> Splits(string folded, TermLanguage language)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var result = new List<(string, string)>();
        var list = ListOf(language);
        if (!list.Contains(folded))
        {
            return result;
        }

        // A compound that is itself an inflected form (shooting, kidnapping) splits only inside its base: shoo|ting is no compound.
        var end = folded.Length;
        foreach (var b in language == TermLanguage.English ? EnglishInflections.BaseCandidates(folded) : DutchInflections.BaseCandidates(folded))
        {
            if (b.Length < end && list.Contains(b))
            {
                var probe = new FormSink(list);
                Generate(b, language, probe);
                end = probe.Has(folded) ? b.Length : end;
            }
        }

        var (minLeft, minRight) = language == TermLanguage.English ? (MinTailLength, MinTailLength) : (MinBaseLength, MinBaseLength);
        for (var k = minLeft; k <= end - minRight; k++)
        {
            var left = folded.AsSpan(0, k);
            var right = folded.AsSpan(k);
            if (list.Contains(left) && list.Contains(right) && !DutchInflections.DerivationTails.Contains(right.ToString()))
            {
                result.Add((left.ToString(), right.ToString()));
            }
        }

        return result;
    }
}
