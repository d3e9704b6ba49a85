namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// Receives generated inflection candidates as pieces (<c>stem</c> + <c>suffix</c>) with the rule that made them, joins them
/// in a reused buffer and keeps a candidate only when the word list of the term's language has it: a string is allocated
/// for the few real forms, not for the dozens of candidates tried per word. The first rule to produce a form names it.
/// </summary>
internal sealed class FormSink(Lexicon lexicon)
{
    private readonly Dictionary<string, string> forms = new(StringComparer.Ordinal);
    private char[] buffer = new char[64];
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> known;
    private bool lookupReady;

    /// <summary>Gets the word list candidates are checked against.</summary>
    public Lexicon Lexicon => lexicon;

    /// <summary>Gets the accepted forms with their rules, in the order found.</summary>
    public List<InflectedForm> Accepted { get; } = [];

    /// <summary>Returns whether <paramref name="form"/> was accepted.</summary>
    public bool Has(string form) => forms.ContainsKey(form);

    /// <summary>Tries the candidate <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>, produced by <paramref name="rule"/>.</summary>
    public void Add(string rule, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default)
    {
        if (!lookupReady)
        {
            known = forms.GetAlternateLookup<ReadOnlySpan<char>>();
            lookupReady = true;
        }

        var length = a.Length + b.Length + c.Length;
        if (length > buffer.Length)
        {
            buffer = new char[length * 2];
        }

        a.CopyTo(buffer);
        b.CopyTo(buffer.AsSpan(a.Length));
        c.CopyTo(buffer.AsSpan(a.Length + b.Length));
        var candidate = buffer.AsSpan(0, length);
        if (!known.ContainsKey(candidate) && lexicon.Contains(candidate))
        {
            var s = candidate.ToString();
            forms[s] = rule;
            Accepted.Add(new InflectedForm(s, rule));
        }
    }

    /// <summary>Tries <paramref name="a"/> + one char + <paramref name="c"/>.</summary>
    public void Add(string rule, ReadOnlySpan<char> a, char b, ReadOnlySpan<char> c) => Add(rule, a, [b], c);
}
