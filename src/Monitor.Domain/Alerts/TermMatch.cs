using Monitor.Domain.Items;

namespace Monitor.Domain.Alerts;

/// <summary>One place where a rule term matched, for explanations and highlighting.</summary>
/// <param name="Term">The term as the rule wrote it, for example <c>invasie</c> or <c>"ambassade personeel"</c>.</param>
/// <param name="Text">The matched text exactly as it appears in the item, for example <c>invasieplannen</c>.</param>
/// <param name="Field">The field the match is in.</param>
/// <param name="Start">Offset of the first matched character in that field's text.</param>
/// <param name="Length">Number of matched characters.</param>
public sealed record TermMatch(string Term, string Text, TextField Field, int Start, int Length);
