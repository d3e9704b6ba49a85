using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>Where a term matched: field, word span, sentence and original character span.</summary>
internal readonly record struct Occurrence(TermCondition Term, TextField Field, int Word, int LastWord, int Sentence, int Start, int Length);
