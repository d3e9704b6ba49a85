namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>The end of a folded word as spelling rules see it: how many vowel groups (syllables), how long the last vowel group is, and how many consonants follow it. <c>ij</c> counts as a vowel.</summary>
/// <param name="Syllables">The number of vowel groups.</param>
/// <param name="Nucleus">Letters in the last vowel group (<c>pot</c> 1, <c>boom</c> 2, <c>brief</c> 2).</param>
/// <param name="Coda">Consonants after the last vowel group (<c>pot</c> 1, <c>hand</c> 2, <c>auto</c> 0).</param>
internal readonly record struct WordShape(int Syllables, int Nucleus, int Coda)
{
    public static WordShape Of(ReadOnlySpan<char> w)
    {
        var i = w.Length - 1;
        var coda = 0;
        while (i >= 0 && !IsVowelAt(w, i))
        {
            coda++;
            i--;
        }

        var nucleus = 0;
        while (i >= 0 && IsVowelAt(w, i))
        {
            nucleus++;
            i--;
        }

        var syllables = nucleus > 0 ? 1 : 0;
        var inVowel = false;
        for (; i >= 0; i--)
        {
            var v = IsVowelAt(w, i);
            if (v && !inVowel)
            {
                syllables++;
            }

            inVowel = v;
        }

        return new WordShape(syllables, nucleus, coda);
    }

    private static bool IsVowelAt(ReadOnlySpan<char> w, int i) =>
        DutchInflections.IsVowel(w[i]) || (w[i] == 'j' && i > 0 && w[i - 1] == 'i');
}
