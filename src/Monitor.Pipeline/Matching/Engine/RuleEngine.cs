using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>
/// The compiled rule engine. Semantics, in evaluation order:
/// <list type="number">
/// <item>Each field (title, summary, content) is folded and split into words once (see <see cref="Tokenizer"/>).</item>
/// <item>Each word is looked up once in one index holding every term of every rule (see <see cref="TermIndex"/>):
/// whole forms and inflections by hash, prefixes and compound parts by trie, cached per distinct word.</item>
/// <item>Phrases, proximity windows and regexes are checked only for terms whose atoms were found.</item>
/// <item>Only rules with at least one found term are evaluated: their any/all/none/NEAR/field tree, then the score
/// (when set), then <c>escalate</c> (raise to the highest matching clause), then <c>deescalate</c> (lower to the
/// lowest matching clause; applied last, so a denial near the hit wins).</item>
/// <item>Every rule that fires is returned (no first-match), most severe first, then in config order.</item>
/// </list>
/// The engine is immutable and thread-safe; a config change compiles a new one.
/// </summary>
public sealed partial class RuleEngine : IRuleMatcher
{
    private static readonly TextField[] AllFields = [TextField.Title, TextField.Summary, TextField.Content];
    private static readonly int FullMask = MaskOf(AllFields);
    private readonly CompiledRule[] rules;
    private readonly TermIndex index;
    private readonly Dictionary<TermCondition, CompiledTerm> terms;
    private readonly CompiledTerm[] termList;
    private readonly CandidateIndex candidates;

    /// <inheritdoc/>
    public int RuleCount => rules.Length;

    /// <summary>Gets the number of distinct compiled terms.</summary>
    public int TermCount => termList.Length;

    /// <summary>Gets the number of distinct atoms (word, prefix, suffix, exact and phrase-word patterns) in the index.</summary>
    public int AtomCount => index.Atoms.Count;

    /// <summary>Gets the rule definitions, in config order.</summary>
    public IReadOnlyList<RuleDefinition> Rules => rules.Select(r => r.Definition).ToList();

    /// <summary>Gets the word lists the engine was compiled against.</summary>
    public LexiconSet Lexicons => index.Lexicons;

    /// <inheritdoc/>
    public IReadOnlyList<RuleHit> Match(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var state = MatchState.Rent(this, item);
        foreach (var field in AllFields)
        {
            state.Scan(field, item.Text(field));
        }

        // Candidates come in config order; a stable sort on severity alone keeps config order within a severity.
        var hits = new List<RuleHit>();
        foreach (var ruleIndex in state.CandidateRules())
        {
            var hit = Evaluate(rules[ruleIndex], state);
            if (hit is not null)
            {
                hits.Add(hit);
            }
        }

        SortBySeverity(hits);
        return hits;
    }

    /// <summary>Stable insertion sort, most severe first (equal severities keep their config order).</summary>
    private static void SortBySeverity(List<RuleHit> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && hits[j].Severity < hit.Severity)
            {
                hits[j + 1] = hits[j];
                j--;
            }

            hits[j + 1] = hit;
        }
    }

    internal static int MaskOf(IEnumerable<TextField> fields) => fields.Aggregate(0, (m, f) => m | (1 << (int)f));
}
