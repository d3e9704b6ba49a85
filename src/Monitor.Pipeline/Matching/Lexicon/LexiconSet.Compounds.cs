using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Lexicon;

/// <content>Compound checks: is the rest of a word, around a term, itself a word of the term's language?</content>
public sealed partial class LexiconSet
{
    private const int MaxDepth = 2;

    /// <summary>Returns whether <paramref name="left"/> can stand before another Dutch word in a compound.</summary>
    public bool IsCompoundHead(ReadOnlySpan<char> left) => IsCompoundHead(left, TermLanguage.Dutch);

    /// <summary>Returns whether <paramref name="right"/> can stand after another Dutch word in a compound.</summary>
    public bool IsCompoundTail(ReadOnlySpan<char> right) => IsCompoundTail(right, TermLanguage.Dutch);

    /// <summary>
    /// Returns whether <paramref name="left"/> can stand before another word in a compound: a word (or two) of
    /// <paramref name="language"/>'s list; in Dutch optionally ending in a linking -s, -e or -en.
    /// </summary>
    public bool IsCompoundHead(ReadOnlySpan<char> left, TermLanguage language) => IsHead(left, MaxDepth, ListOf(language), language == TermLanguage.Dutch);

    /// <summary>
    /// Returns whether <paramref name="right"/> can stand after another word in a compound: a word (or two) of
    /// <paramref name="language"/>'s list of at least <see cref="MinTailLength"/> letters; in Dutch optionally starting
    /// with a linking s or en. An inflection ending alone (-en, -s, -je) is never a compound's second part.
    /// </summary>
    public bool IsCompoundTail(ReadOnlySpan<char> right, TermLanguage language) => IsTail(right, MaxDepth, ListOf(language), language == TermLanguage.Dutch);

    private static bool IsHead(ReadOnlySpan<char> left, int depth, Lexicon list, bool linking)
    {
        if (IsWord(left, MinHeadLength, list) || (linking && ((left.EndsWith("s") && IsWord(left[..^1], MinHeadLength, list))
            || (left.EndsWith("e") && IsWord(left[..^1], MinHeadLength, list)) || (left.EndsWith("en") && IsWord(left[..^2], MinHeadLength, list)))))
        {
            return true;
        }

        if (depth == 0)
        {
            return false;
        }

        for (var k = MinHeadLength; k <= left.Length - MinHeadLength; k++)
        {
            if (IsWord(left[..k], MinHeadLength, list) && IsHead(left[k..], depth - 1, list, linking))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTail(ReadOnlySpan<char> right, int depth, Lexicon list, bool linking)
    {
        // No linking -e- on this side: moord|e|naar is moordenaar, not a compound of moord.
        return IsTailWord(right, depth, list, linking) || (linking && ((right.StartsWith("s") && IsTailWord(right[1..], depth, list, linking))
            || (right.StartsWith("en") && IsTailWord(right[2..], depth, list, linking))));
    }

    private static bool IsTailWord(ReadOnlySpan<char> word, int depth, Lexicon list, bool linking)
    {
        if (IsWord(word, MinTailLength, list))
        {
            return true;
        }

        if (depth == 0)
        {
            return false;
        }

        for (var k = MinHeadLength; k <= word.Length - MinTailLength; k++)
        {
            if (IsHead(word[..k], 0, list, linking) && IsTailWord(word[k..], depth - 1, list, linking))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> word, int minLength, Lexicon list) => word.Length >= minLength && list.Contains(word);
}
