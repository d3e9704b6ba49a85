using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Configuration.Rules;

/// <summary>What a rule's terms can see while parsing: the named lists, whether regexes are allowed, and the language given by the rule or group.</summary>
internal sealed class RuleScope(IReadOnlyDictionary<string, RuleCondition> lists, bool allowRegex, TermLanguage? language = null)
{
    public TermParseOptions Options { get; } = new()
    {
        AllowRegex = allowRegex,
        Language = language,
        ResolveList = name => lists.TryGetValue(name, out var list) ? list : null,
        SuggestList = name => Suggestions.Closest(name, lists.Keys.ToList()),
    };

    public IReadOnlyDictionary<string, RuleCondition> Lists => lists;

    /// <summary>Returns this scope with <paramref name="other"/> as the language of its terms (or this scope when it is <see langword="null"/>).</summary>
    public RuleScope WithLanguage(TermLanguage? other) => other is null ? this : new RuleScope(lists, allowRegex, other);
}
