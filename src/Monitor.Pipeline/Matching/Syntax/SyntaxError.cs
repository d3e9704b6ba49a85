namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>A problem in a term or query string.</summary>
/// <param name="Offset">0-based character offset in the string where the problem is.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record SyntaxError(int Offset, string Message, string Fix);
