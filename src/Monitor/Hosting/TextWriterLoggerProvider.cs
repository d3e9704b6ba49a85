using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Monitor.Hosting;

/// <summary>Writes log lines to a <see cref="TextWriter"/> (standard error for the CLI), one line per entry: time, level, category, message.</summary>
/// <remarks>Used instead of the console logger so that the CLI's logs go where the command's <c>CliContext.Error</c> points (tests capture them).</remarks>
public sealed class TextWriterLoggerProvider(TextWriter writer, TimeProvider time, LogLevel minimum, Func<string, string>? redact = null) : ILoggerProvider
{
    private readonly Lock gate = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new WriterLogger(this, ShortName(categoryName));

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static string ShortName(string category) => category[(category.LastIndexOf('.') + 1)..];

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var clean = redact ?? (text => text);
        var line = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():HH:mm:ss} {Level(level)} {category}: {clean(message)}");
        lock (gate)
        {
            writer.WriteLine(line);
            if (exception is not null && level >= LogLevel.Error)
            {
                writer.WriteLine("  " + exception.GetType().Name + ": " + clean(exception.Message));
            }

            writer.Flush();
        }
    }

    private sealed class WriterLogger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider.MinimumLevel && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }

    private LogLevel MinimumLevel => minimum;
}
