namespace Monitor.Pipeline.Stories;

/// <summary>
/// Dutch and English function words (folded) that are never named entities, even when capitalised after a colon or in a
/// Title Case headline. Word pairs for MinHash keep them: near-copies share them too.
/// </summary>
internal static class StoryStopwords
{
    private static readonly HashSet<string> Words = new(
        [
            // Dutch
            "de", "het", "een", "en", "of", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "uit", "over", "om", "tot", "door",
            "na", "als", "dat", "die", "dit", "deze", "er", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft",
            "hebben", "had", "niet", "geen", "ook", "nog", "al", "wel", "maar", "dan", "toch", "zo", "hoe", "wat", "wie", "waar",
            "waarom", "wanneer", "ze", "zij", "hij", "wij", "we", "ik", "je", "jij", "u", "hun", "haar", "zijn", "ons", "onze",
            "mijn", "meer", "veel", "alle", "nieuwe", "nieuw", "eerste", "tweede", "na", "tegen", "onder", "boven", "sinds",
            "live", "update", "video", "analyse", "column", "liveblog", "breaking",

            // English
            "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "after",
            "before", "over", "under", "about", "against", "than", "that", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "has", "have", "had", "not", "no", "but", "so", "how", "what", "who", "where", "why",
            "when", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "more", "new", "first", "says",
            "said", "say", "will", "would", "could", "can", "amid", "up", "out", "off", "news", "report", "reports",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether <paramref name="folded"/> is a function word.</summary>
    public static bool Contains(string folded) => Words.Contains(folded);
}
