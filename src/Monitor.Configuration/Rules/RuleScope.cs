using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Configuration.Rules;

/// <summary>What a rule's terms can see while parsing: the named lists and whether regexes are allowed.</summary>
internal sealed class RuleScope(IReadOnlyDictionary<string, RuleCondition> lists, bool allowRegex)
{
    public TermParseOptions Options { get; } = new()
    {
        AllowRegex = allowRegex,
        ResolveList = name => lists.TryGetValue(name, out var list) ? list : null,
        SuggestList = name => Suggestions.Closest(name, lists.Keys.ToList()),
    };

    public IReadOnlyDictionary<string, RuleCondition> Lists => lists;
}
