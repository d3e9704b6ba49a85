namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>A lexical token of a query string.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Text">The raw text (a term, or the field name).</param>
/// <param name="Offset">Offset in the query string.</param>
/// <param name="Number">The N of <c>NEAR/N</c>.</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Offset, int Number = 0);
