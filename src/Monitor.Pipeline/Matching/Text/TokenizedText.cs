namespace Monitor.Pipeline.Matching.Text;

/// <summary>
/// One text split into words with positions, folded into one reusable buffer (no string per word). A hyphenated or
/// apostrophe word (<c>NAVO-top</c>, <c>NAVO's</c>) is listed once whole (folded <c>navotop</c>, <c>navo's</c>) and then once per part.
/// </summary>
internal sealed class TokenizedText
{
    /// <summary>Folded ASCII word chars (letters lower-cased, digits), <c>'\0'</c> for every other ASCII char.</summary>
    private static readonly char[] AsciiFold = CreateAsciiFold();

    private char[] folded = new char[64];
    private TokenSpan[] tokens = new TokenSpan[16];
    private readonly List<(int Start, int FoldStart, int FoldEnd, int End)> parts = [];

    public string Text { get; private set; } = string.Empty;

    public int Count { get; private set; }

    public int WordCount { get; private set; }

    public ReadOnlySpan<TokenSpan> Tokens => tokens.AsSpan(0, Count);

    public ReadOnlySpan<char> Folded(in TokenSpan token) => folded.AsSpan(token.FoldStart, token.FoldLength);

    public static TokenizedText Of(string text)
    {
        var t = new TokenizedText();
        t.Reset(text);
        return t;
    }

    /// <summary>Tokenises <paramref name="text"/>, replacing the previous contents.</summary>
    public void Reset(string text)
    {
        Text = text;
        Count = 0;
        WordCount = 0;
        var fpos = 0;
        var sentence = 0;
        var boundary = false;
        var n = text.Length;
        var i = 0;
        EnsureFoldCapacity(0, n);
        while (i < n)
        {
            var c = text[i];
            if (c < 0x80 ? AsciiFold[c] == '\0' : !Tokenizer.IsWordChar(c))
            {
                boundary |= c is '.' or '!' or '?' or '\n';
                i++;
                continue;
            }

            if (boundary && WordCount > 0)
            {
                sentence++;
            }

            boundary = false;
            var start = i;
            var foldStart = fpos;
            parts.Clear();
            var partStart = i;
            var partFoldStart = fpos;
            int apostrophe = -1, apostropheFold = -1;
            while (true)
            {
                while (i < n)
                {
                    var w = text[i];
                    if (w < 0x80)
                    {
                        var f = AsciiFold[w];
                        if (f == '\0')
                        {
                            break;
                        }

                        folded[fpos++] = f; // room for one folded char per input char is kept (EnsureFoldCapacity)
                    }
                    else if (Tokenizer.IsWordChar(w))
                    {
                        fpos = AppendFolded(w, fpos, n - i);
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                // What ended the run: most often a space, which ends the word without looking further.
                if (i + 1 >= n || text[i] == ' ' || !Tokenizer.IsWordChar(text[i + 1]))
                {
                    break;
                }

                var j = text[i];
                if (TextFolding.IsHyphen(j))
                {
                    parts.Add((partStart, partFoldStart, fpos, i));
                    partStart = i + 1;
                    partFoldStart = fpos;
                }
                else if (TextFolding.IsApostrophe(j))
                {
                    parts.Add((partStart, partFoldStart, fpos, i));
                    (apostrophe, apostropheFold) = (i, fpos);
                    fpos = Append('\'', fpos);
                    partStart = i + 1;
                    partFoldStart = fpos;
                }
                else if (j is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                {
                    fpos = Append(j, fpos); // 100.000 and 2,5 stay one word
                }
                else
                {
                    break;
                }

                i++;
            }

            if (fpos == foldStart)
            {
                continue;
            }

            Add(new TokenSpan(start, i - start, foldStart, fpos - foldStart, WordCount, sentence, false));
            if (parts.Count > 0)
            {
                parts.Add((partStart, partFoldStart, fpos, i));
                if (apostrophe > 0 && parts[0].End != apostrophe)
                {
                    parts.Add((start, foldStart, apostropheFold, apostrophe)); // F-35's → also F-35
                }

                foreach (var (ps, pfs, pfe, pe) in parts)
                {
                    if (pfe > pfs)
                    {
                        Add(new TokenSpan(ps, pe - ps, pfs, pfe - pfs, WordCount, sentence, true));
                    }
                }
            }

            WordCount++;
        }
    }

    /// <summary>Appends a separator kept inside a word (<c>'</c>, or <c>.</c>/<c>,</c> inside a number): one char in, one out.</summary>
    private int Append(char c, int fpos)
    {
        folded[fpos] = c;
        return fpos + 1;
    }

    /// <summary>Appends the folded form of a non-ASCII word char (it may be longer, e.g. a ligature or NFKD expansion),
    /// keeping room for one folded char per input char still to come.</summary>
    private int AppendFolded(char c, int fpos, int remaining)
    {
        var f = TextFolding.FoldChar(c);
        EnsureFoldCapacity(fpos, f.Length + remaining);
        f.CopyTo(folded.AsSpan(fpos));
        return fpos + f.Length;
    }

    private void EnsureFoldCapacity(int fpos, int needed)
    {
        if (fpos + needed > folded.Length)
        {
            Array.Resize(ref folded, Math.Max(folded.Length * 2, fpos + needed + 16));
        }
    }

    private static char[] CreateAsciiFold()
    {
        var table = new char[0x80];
        for (var c = (char)0; c < 0x80; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        }

        return table;
    }

    private void Add(TokenSpan token)
    {
        if (Count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        tokens[Count++] = token;
    }
}
