namespace Monitor.Pipeline.Decoding;

/// <summary>A feed document as text, with the encoding used and where that choice came from.</summary>
/// <param name="Text">The decoded text, without a BOM.</param>
/// <param name="EncodingName">The web name of the encoding used, for example <c>utf-8</c> or <c>windows-1252</c>.</param>
/// <param name="Source">What decided the encoding.</param>
public sealed record DecodedText(string Text, string EncodingName, EncodingSource Source);
