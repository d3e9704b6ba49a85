using System.Text;

namespace Monitor.Tests;

/// <summary>A log writer that a test can wait on: <see cref="WaitForAsync"/> completes when a written line satisfies a condition.</summary>
internal sealed class LogWatcher : TextWriter
{
    private readonly StringBuilder text = new();
    private readonly List<(Func<string, bool> Condition, TaskCompletionSource<string> Done)> waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Waits (at most a minute, so a broken build fails instead of hanging) for a line satisfying <paramref name="condition"/>; returns that line.</summary>
    public Task<string> WaitForAsync(Func<string, bool> condition)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (text)
        {
            var match = Lines().FirstOrDefault(condition);
            if (match is not null)
            {
                return Task.FromResult(match);
            }

            waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        lock (text)
        {
            text.Append(value);
            var lines = Lines();
            foreach (var waiter in waiters.ToList())
            {
                if (lines.FirstOrDefault(waiter.Condition) is { } line)
                {
                    waiter.Done.TrySetResult(line);
                    waiters.Remove(waiter);
                }
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

    private List<string> Lines() => [.. text.ToString().Split('\n').SkipLast(1)];
}
