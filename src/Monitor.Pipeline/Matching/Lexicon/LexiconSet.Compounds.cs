namespace Monitor.Pipeline.Matching.Lexicon;

/// <content>Compound checks: is the rest of a word, around a term, itself a word?</content>
public sealed partial class LexiconSet
{
    private const int MaxDepth = 2;

    /// <summary>Returns whether <paramref name="left"/> can stand before another word in a compound: a listed word (or two), optionally ending in a linking -s, -e or -en.</summary>
    public bool IsCompoundHead(ReadOnlySpan<char> left) => IsHead(left, MaxDepth);

    /// <summary>Returns whether <paramref name="right"/> can stand after another word in a compound: a listed word (or two), optionally starting with a linking s, e or en.</summary>
    public bool IsCompoundTail(ReadOnlySpan<char> right) => IsTail(right, MaxDepth);

    private bool IsHead(ReadOnlySpan<char> left, int depth)
    {
        if (IsWord(left, MinHeadLength) || (left.EndsWith("s") && IsWord(left[..^1], MinHeadLength))
            || (left.EndsWith("e") && IsWord(left[..^1], MinHeadLength)) || (left.EndsWith("en") && IsWord(left[..^2], MinHeadLength)))
        {
            return true;
        }

        if (depth == 0)
        {
            return false;
        }

        for (var k = MinHeadLength; k <= left.Length - MinHeadLength; k++)
        {
            if (IsWord(left[..k], MinHeadLength) && IsHead(left[k..], depth - 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTail(ReadOnlySpan<char> right, int depth)
    {
        if (IsTailWord(right, depth) || (right.StartsWith("s") && IsTailWord(right[1..], depth))
            || (right.StartsWith("e") && IsTailWord(right[1..], depth)) || (right.StartsWith("en") && IsTailWord(right[2..], depth)))
        {
            return true;
        }

        return false;
    }

    private bool IsTailWord(ReadOnlySpan<char> word, int depth)
    {
        if (IsWord(word, MinTailLength))
        {
            return true;
        }

        if (depth == 0)
        {
            return false;
        }

        for (var k = MinHeadLength; k <= word.Length - MinTailLength; k++)
        {
            if (IsHead(word[..k], 0) && IsTailWord(word[k..], depth - 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWord(ReadOnlySpan<char> word, int minLength) => word.Length >= minLength && Contains(word);
}
