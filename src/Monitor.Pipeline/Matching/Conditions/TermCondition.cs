using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>A leaf: true when the term occurs.</summary>
/// <param name="Term">The term.</param>
public sealed record TermCondition(TermSpec Term) : RuleCondition
{
    /// <summary>Gets the named list the term came from (<c>@name</c>), or <see langword="null"/>.</summary>
    public string? ListName { get; init; }

    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => [];
}
