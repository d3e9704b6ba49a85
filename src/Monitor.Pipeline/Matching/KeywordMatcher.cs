using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching;

/// <summary>Whole-word keyword matching, case- and diacritic-insensitive. Each term is folded once at compile time; each item is tokenised once.</summary>
/// <remarks>Evaluation: a rule fires when at least one of its <c>any</c> terms occurs as a whole word (or word sequence) in the title, summary or content.</remarks>
public sealed class KeywordMatcher : IRuleMatcher
{
    private static readonly TextField[] Fields = [TextField.Title, TextField.Summary, TextField.Content];
    private readonly IReadOnlyList<CompiledRule> rules;

    private KeywordMatcher(IReadOnlyList<CompiledRule> rules) => this.rules = rules;

    /// <inheritdoc/>
    public int RuleCount => rules.Count;

    /// <summary>Compiles rule definitions.</summary>
    public static KeywordMatcher Compile(IEnumerable<RuleDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var compiled = definitions
            .Select(d => new CompiledRule(d, d.Any.Select(t => (Term: t, Words: Tokenizer.Tokenize(t).Select(x => x.Folded).ToArray())).Where(t => t.Words.Length > 0).ToList()))
            .ToList();
        return new KeywordMatcher(compiled);
    }

    /// <inheritdoc/>
    public IReadOnlyList<RuleHit> Match(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tokens = Fields.Select(f => (Field: f, Text: item.Text(f), Tokens: Tokenizer.Tokenize(item.Text(f)))).ToList();
        var hits = new List<RuleHit>();
        foreach (var rule in rules)
        {
            var matches = new List<TermMatch>();
            foreach (var (field, text, fieldTokens) in tokens)
            {
                foreach (var (term, words) in rule.Terms)
                {
                    for (var i = 0; i + words.Length <= fieldTokens.Count; i++)
                    {
                        if (!SequenceAt(fieldTokens, i, words))
                        {
                            continue;
                        }

                        var first = fieldTokens[i];
                        var last = fieldTokens[i + words.Length - 1];
                        var length = last.Start + last.Length - first.Start;
                        matches.Add(new TermMatch(term, text.Substring(first.Start, length), field, first.Start, length));
                    }
                }
            }

            if (matches.Count > 0)
            {
                hits.Add(new RuleHit(rule.Definition.Id, rule.Definition.Category, rule.Definition.Severity, matches)
                {
                    Channels = rule.Definition.Channels,
                    BaseSeverity = rule.Definition.Severity,
                });
            }
        }

        return hits.OrderByDescending(h => h.Severity).ToList();
    }

    private static bool SequenceAt(List<Token> tokens, int start, string[] words)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (!string.Equals(tokens[start + j].Folded, words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record CompiledRule(RuleDefinition Definition, List<(string Term, string[] Words)> Terms);
}
