using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;
using Xunit.Abstractions;

namespace Monitor.Pipeline.Tests.Matching;

/// <summary>
/// The inflection rules as data: <c>inflections.txt</c> (lemma → every form, written from the grammar) and
/// <c>derivations.txt</c> (other words a term must not match).
/// </summary>
public sealed class InflectionTableTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Matching", "Lexicon");

    public static TheoryData<string, string, string> Inflections() => Table("inflections.txt");

    public static TheoryData<string, string, string> Derivations() => Table("derivations.txt");

    [Fact]
    public void InflectionTable_BothLanguages_HasAtLeast300Lemmas()
    {
        var table = Inflections();

        Assert.True(table.Count >= 300, $"{table.Count} lemmas");
    }

    [Theory]
    [MemberData(nameof(Inflections))]
    public void Forms_Lemma_AreExactlyTheGrammarsForms(string language, string lemma, string expected)
    {
        var forms = LexiconSet.Default.Forms(lemma, LanguageOf(language));
        var want = expected == "-" ? [] : expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var got = forms.Skip(1).Select(f => f.Form).ToHashSet(StringComparer.Ordinal);
        foreach (var f in forms)
        {
            output.WriteLine($"{f.Form}  ({f.Rule})");
        }

        Assert.Equal(lemma, forms[0].Form);
        Assert.True(want.SetEquals(got), $"{language} {lemma}: missing [{string.Join(' ', want.Except(got).Order())}], unexpected [{string.Join(' ', got.Except(want).Order())}]");
    }

    [Theory]
    [MemberData(nameof(Derivations))]
    public void Match_Derivation_DoesNotFire(string language, string term, string words)
    {
        var engine = RuleEngine.Compile([new RuleDefinition("r", "test", Severity.Medium, [term], []) { Language = LanguageOf(language) }]);

        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var hits = engine.Match(new FeedItem("f", "k", word, string.Empty, string.Empty, null, DateTimeOffset.UnixEpoch));
            Assert.True(hits.Count == 0, $"{language} {term} matched the derivation {word} ({string.Join(", ", hits.SelectMany(h => h.Matches).Select(m => m.Text))})");
        }
    }

    private static TermLanguage LanguageOf(string code) => code == "en" ? TermLanguage.English : TermLanguage.Dutch;

    private static TheoryData<string, string, string> Table(string file)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Dir, file)))
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var head = text[..colon].Split(' ');
            data.Add(head[0], head[1], text[(colon + 1)..].Trim());
        }

        return data;
    }
}
