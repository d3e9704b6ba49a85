using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Analysis of one folded word: whole forms, prefixes, compound parts.</content>
internal sealed partial class TermIndex
{
    /// <summary>Finds every atom <paramref name="word"/> matches. Runs once per distinct word (then cached).</summary>
    public int[] Analyse(string word)
    {
        List<int>? found = null;
        if (forms.TryGetValue(word, out var whole))
        {
            found = [.. whole];
        }

        var node = 0;
        for (var i = 0; i < word.Length && node >= 0; i++)
        {
            node = prefixes.Next(node, word[i]);
            if (node >= 0 && prefixes.Outputs(node) is { } p)
            {
                (found ??= []).AddRange(p);
            }
        }

        if (word.Length >= LexiconSet.MinHeadLength + TermParser.MinWildcardLength && word.Length <= MaxCompoundLength)
        {
            FindCompoundParts(word, ref found);
        }

        if (found is null)
        {
            return None;
        }

        found.Sort();
        return found.Distinct().ToArray();
    }

    private void FindCompoundParts(string word, ref List<int>? found)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var node = 0;
            bool? headNl = i == 0 ? true : null, headEn = headNl;
            for (var j = i; j < word.Length; j++)
            {
                node = compoundForms.Next(node, word[j]);
                if (node < 0)
                {
                    break;
                }

                if (compoundForms.Outputs(node) is not { } atoms)
                {
                    continue;
                }

                var end = j + 1;
                if (i == 0 && end == word.Length)
                {
                    continue; // the whole word: handled by the form table
                }

                bool? tailNl = null, tailEn = null;
                foreach (var id in atoms)
                {
                    var atom = Atoms[id];
                    if (i > 0 && end - i < LexiconSet.MinTailLength && atom.Kind != AtomKind.Suffix)
                    {
                        continue; // a short form (gas) only starts a compound
                    }

                    var en = atom.Language == TermLanguage.English;
                    if (!en && i == 3 && (word.StartsWith("ge", StringComparison.Ordinal) || word.StartsWith("be", StringComparison.Ordinal)) && Lexicons.Dutch.Contains(word))
                    {
                        continue; // ge-/be- + one letter is a verb prefix, not a first part: ges|loten is gesloten, bes|poten is bespoten
                    }

                    var head = en ? headEn ??= Lexicons.IsCompoundHead(word.AsSpan(0, i), TermLanguage.English) : headNl ??= Lexicons.IsCompoundHead(word.AsSpan(0, i), TermLanguage.Dutch);
                    if (!head)
                    {
                        continue;
                    }

                    var ok = atom.Kind == AtomKind.Suffix
                        ? end == word.Length
                        : en ? tailEn ??= IsTail(word, i, end, TermLanguage.English) : tailNl ??= IsTail(word, i, end, TermLanguage.Dutch);
                    if (ok)
                    {
                        (found ??= []).Add(id);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the rest of <paramref name="word"/> from <paramref name="end"/> makes a new word of the term instead of a
    /// compound: a derivation ending (plunder|aar, spion|eren, oorlogszucht|ig) or the term's doubled last consonant
    /// with an ending (pot|ting, stem|ming).
    /// </summary>
    private static bool IsDerivation(string word, int end, TermLanguage language)
    {
        var tail = word.AsSpan(end);
        if (language == TermLanguage.Dutch && (DutchInflections.DerivationTails.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tail)
            || tail.EndsWith("ig") || tail.EndsWith("isch") || tail.EndsWith("ige") || tail.EndsWith("ische")))
        {
            return true;
        }

        return tail.Length > 1 && tail[0] == word[end - 1] && IsInflectionEnding(tail[1..]);
    }

    /// <summary>Endings of inflection or derivation that are never a compound's second part.</summary>
    private static bool IsInflectionEnding(ReadOnlySpan<char> rest) =>
        rest is "s" or "'s" or "e" or "en" or "n" or "er" or "ers" or "es" or "ed" or "ing" or "ings" or "ingen" or "etje" or "etjes" or "je" or "jes" or "tje" or "tjes" or "y" or "ie" or "ig" or "ige" or "st" or "ste" or "t" or "te" or "ten" or "de" or "den" or "d";

    /// <summary>
    /// Whether the rest of <paramref name="word"/> after a term form at [<paramref name="start"/>, <paramref name="end"/>) is a
    /// compound tail, and, for a form that starts the word, no longer first part leaves a word too: the longest head wins
    /// (gasthuis is gast + huis, not gas + thuis).
    /// </summary>
    private bool IsTail(string word, int start, int end, TermLanguage language)
    {
        if (end == word.Length)
        {
            return true;
        }

        var tail = word.AsSpan(end);
        if (IsDerivation(word, end, language) || !Lexicons.IsCompoundTail(tail, language))
        {
            return false;
        }

        if (start == 0)
        {
            // The longest first part wins: gas|thuis is gast|huis, plunder|aars is plunderaar|s.
            var list = Lexicons.ListOf(language);
            for (var k = end + 1; k <= Math.Min(end + 4, word.Length - 1); k++)
            {
                var rest = word.AsSpan(k);
                if (word.AsSpan(end, k - end) is "s" or "en")
                {
                    continue; // a linking -s- or -en- after the term (oorlogs|schip) is not a longer first part
                }

                if (list.Contains(word.AsSpan(0, k)) && (IsInflectionEnding(rest) || Lexicons.IsCompoundTail(rest, language)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
