namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>
/// Receives generated inflection candidates as pieces (<c>stem</c> + <c>suffix</c>), joins them in a reused buffer and
/// keeps a candidate only when the word list has it: a string is allocated for the few real forms, not for the dozens
/// of candidates tried per word.
/// </summary>
internal sealed class FormSink(Lexicon lexicon, HashSet<string> forms)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known = forms.GetAlternateLookup<ReadOnlySpan<char>>();
    private char[] buffer = new char[64];

    /// <summary>Tries the candidate <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>.</summary>
    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default)
    {
        var length = a.Length + b.Length + c.Length;
        if (length > buffer.Length)
        {
            buffer = new char[length * 2];
        }

        a.CopyTo(buffer);
        b.CopyTo(buffer.AsSpan(a.Length));
        c.CopyTo(buffer.AsSpan(a.Length + b.Length));
        var candidate = buffer.AsSpan(0, length);
        if (!known.Contains(candidate) && lexicon.Contains(candidate))
        {
            known.Add(candidate);
        }
    }

    /// <summary>Tries <paramref name="a"/> + one char + <paramref name="c"/>.</summary>
    public void Add(ReadOnlySpan<char> a, char b, ReadOnlySpan<char> c) => Add(a, [b], c);
}
