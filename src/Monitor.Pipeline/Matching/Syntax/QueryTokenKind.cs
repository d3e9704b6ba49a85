namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>Kinds of <see cref="QueryToken"/>.</summary>
internal enum QueryTokenKind
{
    Term,
    And,
    Or,
    Not,
    Near,
    LeftParen,
    RightParen,
    Field,
}
