namespace Monitor.Pipeline.Stories;

/// <summary>What an item is compared by, computed once per item by <see cref="StoryFeatures"/>.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="LinkKey">The canonical link without scheme and <c>www.</c>, or <see langword="null"/>.</param>
/// <param name="TitleKey">A hash of the folded title words (0 for an empty title).</param>
/// <param name="TitleWords">The number of words in the title.</param>
/// <param name="Signature">The MinHash signature of the word pairs of title and summary (<see cref="MinHash.Size"/> slots).</param>
/// <param name="Entities">Hashes of the named entities and numbers, sorted and distinct; the lowest bit is 1 for a certain entity
/// (capitalised inside a sentence, or a number) and 0 for a word capitalised only by position (sentence start, Title Case headline).</param>
/// <param name="Terms">Hashes of the folded matched rule terms, sorted and distinct.</param>
internal sealed record StoryFingerprint(string ItemId, string? LinkKey, ulong TitleKey, int TitleWords, uint[] Signature, ulong[] Entities, ulong[] Terms);
