namespace Monitor.Domain.Channels;

/// <summary>A secret value (webhook URL, bot token) that never prints itself.</summary>
/// <remarks><see cref="ToString"/> returns a redacted form, so a secret that slips into a log line or an exception message stays hidden. Read <see cref="Reveal"/> only where the value is sent.</remarks>
public sealed class Secret
{
    private readonly string value;

    /// <summary>Initializes a new instance of the <see cref="Secret"/> class.</summary>
    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary>Gets a value indicating whether the secret is empty.</summary>
    public bool IsEmpty => value.Length == 0;

    /// <summary>Returns the secret itself. Call only at the point of use.</summary>
    public string Reveal() => value;

    /// <inheritdoc/>
    public override string ToString() => "***";
}
