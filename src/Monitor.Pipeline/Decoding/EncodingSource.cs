namespace Monitor.Pipeline.Decoding;

/// <summary>What decided a document's encoding, in order of precedence.</summary>
public enum EncodingSource
{
    /// <summary>A byte-order mark.</summary>
    ByteOrderMark,

    /// <summary>The HTTP Content-Type charset.</summary>
    HttpHeader,

    /// <summary>The XML declaration's encoding.</summary>
    XmlDeclaration,

    /// <summary>Nothing said: UTF-8.</summary>
    Default,
}
