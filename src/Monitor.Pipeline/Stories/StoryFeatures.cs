using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Stories;

/// <summary>
/// Computes an item's <see cref="StoryFingerprint"/> with the matcher's folding and tokenising (<see cref="TokenizedText"/>:
/// diacritics and case folded, <c>Oekraïne</c> = <c>Oekraine</c>). Pure and allocation-light; run once per item.
/// </summary>
/// <remarks>
/// Named entities are read from capitalisation in the original text: a capitalised word inside a sentence (<c>Kabul</c>,
/// <c>NAVO</c>) is certain; one capitalised only because it starts a sentence or stands in a Title Case headline is
/// uncertain and weighs half. Numbers count as certain entities, except years (1900–2100), which most news shares.
/// Function words (<see cref="StoryStopwords"/>) are never entities.
/// </remarks>
internal static class StoryFeatures
{
    private const ulong StrongBit = 1;

    public static StoryFingerprint Of(StoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var title = TokenizedText.Of(item.Title);
        var summary = TokenizedText.Of(item.Summary);
        var shingles = new List<ulong>(title.WordCount + summary.WordCount);
        AddShingles(title, shingles);
        AddShingles(summary, shingles);

        var entities = new Dictionary<ulong, bool>();
        AddEntities(title, entities);
        AddEntities(summary, entities);
        var entityKeys = new ulong[entities.Count];
        var n = 0;
        foreach (var (hash, strong) in entities)
        {
            entityKeys[n++] = (hash & ~StrongBit) | (strong ? StrongBit : 0);
        }

        Array.Sort(entityKeys);
        var terms = item.Terms.Select(t => WordHash.Of(TextFolding.Fold(t.Trim('"', ' ', '=', '@', '*')))).Distinct().Order().ToArray();
        return new StoryFingerprint(item.Id, LinkKey(item.Link), TitleKey(title), title.WordCount, MinHash.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shingles)), entityKeys, terms);
    }

    /// <summary>Returns whether an entity hash from <see cref="StoryFingerprint.Entities"/> is certain (see the remarks).</summary>
    public static bool IsStrong(ulong entity) => (entity & StrongBit) != 0;

    /// <summary>Returns the entity's identity without its certainty bit.</summary>
    public static ulong Key(ulong entity) => entity & ~StrongBit;

    /// <summary>The link without scheme, <c>www.</c> and trailing slash, so http/https and www variants of one article agree.</summary>
    internal static string? LinkKey(Uri? link)
    {
        if (link is null || !link.IsAbsoluteUri)
        {
            return null;
        }

        var host = link.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? link.Host[4..] : link.Host;
        return string.Concat(host.ToLowerInvariant(), link.AbsolutePath.TrimEnd('/'), link.Query);
    }

    private static ulong TitleKey(TokenizedText title)
    {
        var h = 0UL;
        foreach (var t in title.Tokens)
        {
            if (!t.IsPart)
            {
                h = MinHash.Mix(h + WordHash.Of(title.Folded(t)));
            }
        }

        return h;
    }

    /// <summary>Word pairs (a field of one word: that word), by hash; pairs do not cross from title to summary.</summary>
    private static void AddShingles(TokenizedText text, List<ulong> shingles)
    {
        var previous = 0UL;
        var words = 0;
        foreach (var t in text.Tokens)
        {
            if (t.IsPart)
            {
                continue;
            }

            var h = WordHash.Of(text.Folded(t));
            if (words > 0)
            {
                shingles.Add(MinHash.Mix(previous + 0x9E3779B97F4A7C15) ^ h);
            }

            previous = h;
            words++;
        }

        if (words == 1)
        {
            shingles.Add(previous);
        }
    }

    private static void AddEntities(TokenizedText text, Dictionary<ulong, bool> entities)
    {
        var titleCase = IsTitleCase(text);
        var lastSentence = -1;
        var wordStart = -1;
        foreach (var t in text.Tokens)
        {
            if (t.IsPart && t.Start == wordStart)
            {
                continue; // the first part of Kabinet-Schoof is the word's own start: decided with the word
            }

            // A later part of a hyphenated word (Schoof in kabinet-Schoof, Charlois in Rotterdam-Charlois) is read as a word
            // of its own, so it meets the same name written alone; its capital is never the sentence's.
            var sentenceStart = !t.IsPart && t.Sentence != lastSentence;
            lastSentence = t.Sentence;
            wordStart = t.IsPart ? wordStart : t.Start;
            var folded = text.Folded(t);
            var apostrophe = folded.IndexOf('\'');
            if (apostrophe > 0)
            {
                folded = folded[..apostrophe]; // NAVO's, Russia's → navo, russia
            }

            bool strong;
            if (HasDigit(folded))
            {
                if (IsYear(folded))
                {
                    continue;
                }

                strong = true;
            }
            else if (char.IsUpper(text.Text[t.Start]) && folded.Length >= 2 && !StoryStopwords.Contains(folded.ToString()))
            {
                strong = !sentenceStart && !titleCase;
            }
            else
            {
                continue;
            }

            var hash = WordHash.Of(folded) & ~StrongBit;
            entities[hash] = strong || (entities.TryGetValue(hash, out var was) && was);
        }
    }

    /// <summary>A Title Case Headline: most words of four letters or more start with a capital, so capitals say nothing.</summary>
    private static bool IsTitleCase(TokenizedText text)
    {
        int words = 0, capitalised = 0;
        foreach (var t in text.Tokens)
        {
            if (t.IsPart || t.Length < 4 || !char.IsLetter(text.Text[t.Start]))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(text.Text[t.Start]) ? 1 : 0;
        }

        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && word[0] is '1' or '2' && int.TryParse(word, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;
}
