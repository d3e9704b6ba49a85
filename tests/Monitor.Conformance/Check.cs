namespace Monitor.Conformance;

/// <summary>One applicable check on one document.</summary>
internal sealed record Check(string Folder, string File, string Field, bool Passed, string Expected, string Actual);
