using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>What a term or query may use while it is parsed.</summary>
public sealed record TermParseOptions
{
    /// <summary>Gets a value indicating whether <c>/regex/</c> terms are allowed (the rule's <c>allow_regex</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowRegex { get; init; }

    /// <summary>Gets the language given to every parsed term (a rule's or group's <c>language:</c>), or <see langword="null"/> to decide per word.</summary>
    public TermLanguage? Language { get; init; }

    /// <summary>Gets the resolver for <c>@name</c> list references: returns the list's condition, or <see langword="null"/> when the list is not defined.</summary>
    /// <value>The default resolves nothing.</value>
    public Func<string, RuleCondition?> ResolveList { get; init; } = _ => null;

    /// <summary>Gets a function suggesting the closest defined list name for an unknown one, or <see langword="null"/>.</summary>
    /// <value>The default suggests nothing.</value>
    public Func<string, string?> SuggestList { get; init; } = _ => null;
}
