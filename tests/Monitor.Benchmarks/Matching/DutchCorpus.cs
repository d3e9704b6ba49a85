using System.Text;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Benchmarks.Matching;

/// <summary>
/// Reproducible Dutch benchmark text: sentence templates written for this project, slots filled by a seeded Zipf-like pick from a
/// 4,000-word vocabulary (about 130 common nouns written for it at the top ranks, random OpenTaal words as the long tail), cut into ~4 KB items
/// until 1 MiB (1,048,576 UTF-16 chars) is reached.
/// </summary>
public static class DutchCorpus
{
    public const int MiB = 1 << 20;

    private static readonly string[] Templates =
    [
        "Rusland heeft volgens inlichtingendiensten {0} militairen samengetrokken bij de grens met Oekraïne.",
        "Het Kremlin ontkent dat er plannen zijn voor een invasie, maar de {0} gaat gewoon door.",
        "De minister van Buitenlandse Zaken zegt dat de {0} van de {1} nog niet is besproken.",
        "In Kyiv blijft het rustig; op straat praten mensen vooral over de {0}.",
        "Volgens analisten is de kans op een {0} in de komende weken klein, maar niet nul.",
        "De Verenigde Staten laten een deel van het ambassadepersoneel vertrekken uit de hoofdstad.",
        "Het kabinet overlegt vanavond opnieuw over de {0} en de gevolgen voor de {1}.",
        "Op het ministerie werd tot laat vergaderd over nieuwe sancties tegen Rusland.",
        "De NAVO stuurt extra schepen en gevechtsvliegtuigen naar het oosten van het bondgenootschap.",
        "Een woordvoerder noemde de berichten over een {0} 'volstrekt onverantwoord'.",
        "Boeren in het noorden klagen over de {0} en vragen de provincie om hulp.",
        "De gemeente wil de {0} aanpakken met een nieuw plan voor de {1}.",
        "Het waterschap waarschuwt voor invasieve exoten in sloten en vaarten.",
        "Oranje won de oefeninterland met twee tegen één; de aanval van het elftal overtuigde.",
        "Economen verwachten dat de {0} dit jaar verder stijgt door de hoge {1}.",
        "Premier en president spraken elkaar telefonisch over een diplomatieke oplossing.",
        "De rechter oordeelde dat de {0} onrechtmatig was en de {1} moet worden teruggedraaid.",
        "Op de NAVO-top in Brussel werd gesproken over de {0} aan de oostflank.",
        "Volgens de krant {0} de regering al weken over de {1}.",
        "Bewoners van de wijk maken zich zorgen over de {0} en de {1} in hun buurt.",
        "Het Oekraïense leger oefent met nieuwe {0} in het oosten van het land.",
        "Diplomaten uit Europa reizen morgen naar Moskou voor een gesprek met Poetin.",
        "De prijzen van {0} en {1} zijn in een maand tijd flink gestegen.",
        "Onderzoekers publiceerden een rapport over de {0} van de {1} in Nederland.",
        "Na de storm lag de {0} urenlang stil en waren duizenden huishoudens zonder stroom.",
        "Het ministerie van Defensie bevestigt dat er {0} naar Litouwen worden gestuurd.",
        "De burgemeester noemt de {0} een 'zorgelijke ontwikkeling' voor de {1}.",
        "Rusland valt Oekraïne volgens Washington mogelijk binnen nog voor het einde van de maand.",
        "In de Tweede Kamer werd fel gedebatteerd over de {0} en de {1}.",
        "De politie onderzoekt een inval in een loods waar {0} werden gevonden.",
    ];

    // Common nouns written for this corpus; they take the top Zipf ranks, random lexicon words form the long tail.
    private static readonly string[] Common =
    [
        "regering", "economie", "oorlog", "vrede", "grens", "stad", "school", "zorg", "politie", "rechter", "wet", "begroting",
        "verkiezing", "partij", "minister", "president", "leger", "soldaten", "vluchtelingen", "energie", "gasprijs", "inflatie",
        "woningmarkt", "huur", "belasting", "pensioen", "landbouw", "stikstof", "klimaat", "storm", "overstroming", "dijk",
        "haven", "luchthaven", "spoor", "trein", "snelweg", "file", "ziekenhuis", "vaccinatie", "onderwijs", "universiteit",
        "studenten", "leraren", "gemeente", "provincie", "raad", "burgemeester", "wijk", "buurt", "bewoners", "winkel",
        "markt", "bedrijf", "fabriek", "werknemers", "vakbond", "staking", "loon", "banen", "werkloosheid", "export",
        "import", "handel", "sancties", "diplomatie", "overleg", "verdrag", "top", "conferentie", "onderhandelingen", "akkoord",
        "veiligheid", "aanslag", "inval", "onderzoek", "rapport", "cijfers", "prijzen", "kosten", "subsidie", "plannen",
        "maatregelen", "regels", "vergunning", "protest", "demonstratie", "toespraak", "interview", "debat", "kamer", "senaat",
        "coalitie", "oppositie", "premier", "koning", "kerk", "museum", "festival", "concert", "voetbal", "wedstrijd",
        "elftal", "trainer", "seizoen", "competitie", "zomer", "winter", "weekend", "ochtend", "avond", "nacht",
        "water", "lucht", "bodem", "natuur", "bossen", "dieren", "boeren", "vissers", "schepen", "vliegtuigen",
        "wapens", "munitie", "tanks", "drones", "raketten", "troepen", "oefening", "basis", "kazerne", "grensovergang",
    ];

    /// <summary>Builds the corpus: items whose title, summary and content together hold <paramref name="chars"/> characters.</summary>
    public static IReadOnlyList<FeedItem> Build(int seed = 20261127, int chars = MiB)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 4_000);
        var items = new List<FeedItem>();
        var total = 0;
        var body = new StringBuilder();
        while (total < chars)
        {
            body.Clear();
            var title = Sentence(random, vocabulary);
            var summary = Sentence(random, vocabulary);
            while (title.Length + summary.Length + body.Length < 4_096)
            {
                body.Append(Sentence(random, vocabulary)).Append(' ');
            }

            var content = body.ToString();
            var size = title.Length + summary.Length + content.Length;
            if (total + size > chars)
            {
                content = content[..Math.Clamp(chars - total - title.Length - summary.Length, 0, content.Length)];
                size = title.Length + summary.Length + content.Length;
            }

            items.Add(new FeedItem("bench", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), title, summary, content, null, DateTimeOffset.UnixEpoch));
            total += size;
        }

        return items;
    }

    /// <summary>The folded words of the templates and the common-noun list (the corpus's frequent words).</summary>
    public static HashSet<string> FixedWords() =>
        Templates.Concat(Common).SelectMany(t => Tokenizer.Tokenize(t)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>Folded lexicon words of plain letters, 4 to 14 long, in a seeded random order.</summary>
    public static string[] LexiconWords(int seed)
    {
        var words = Lexicon.Dutch.Words.Where(w => w.Length is >= 4 and <= 14 && w.All(char.IsAsciiLetterLower)).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(words);
        return words;
    }

    private static string[] Vocabulary(Random random, int size) =>
        Common.Concat(LexiconWords(random.Next()).Where(w => !Common.Contains(w))).Take(size).ToArray();

    private static string Sentence(Random random, string[] vocabulary)
    {
        var template = Templates[random.Next(Templates.Length)];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Zipf(random, vocabulary), Zipf(random, vocabulary));
    }

    private static string Zipf(Random random, string[] vocabulary)
    {
        // Rank ~ 1/x: a few words are very common, most are rare.
        var rank = (int)Math.Floor(Math.Pow(vocabulary.Length, random.NextDouble())) - 1;
        return vocabulary[Math.Clamp(rank, 0, vocabulary.Length - 1)];
    }
}
