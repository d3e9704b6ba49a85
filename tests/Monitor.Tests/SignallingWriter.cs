using System.Text;

namespace Monitor.Tests;

/// <summary>A thread-safe writer that completes <see cref="Seen"/> once the output contains a marker (event-driven waiting, no sleeps).</summary>
internal sealed class SignallingWriter(string marker) : TextWriter
{
    private readonly StringBuilder text = new();
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => done.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (text)
        {
            text.Append(value);
            if (value == '\n' && text.ToString().Contains(marker, StringComparison.Ordinal))
            {
                done.TrySetResult();
            }
        }
    }

    public override void Write(string? value)
    {
        lock (text)
        {
            text.Append(value);
            if (text.ToString().Contains(marker, StringComparison.Ordinal))
            {
                done.TrySetResult();
            }
        }
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
