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
            bool? headOk = i == 0 ? true : null;
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

                headOk ??= Lexicons.IsCompoundHead(word.AsSpan(0, i));
                if (headOk != true)
                {
                    break;
                }

                bool? tailOk = end == word.Length ? true : null;
                foreach (var id in atoms)
                {
                    var atom = Atoms[id];
                    var ok = atom.Kind == AtomKind.Suffix
                        ? end == word.Length
                        : (tailOk ??= Lexicons.IsCompoundTail(word.AsSpan(end))) == true;
                    if (ok)
                    {
                        (found ??= []).Add(id);
                    }
                }
            }
        }
    }
}
