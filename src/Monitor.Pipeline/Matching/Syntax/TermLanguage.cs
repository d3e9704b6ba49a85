namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>The language whose spelling rules and word list give a term its inflections and compound parts.</summary>
public enum TermLanguage
{
    /// <summary>Dutch: the OpenTaal list and Dutch spelling rules.</summary>
    Dutch,

    /// <summary>English: the SCOWL list and English spelling rules.</summary>
    English,
}
