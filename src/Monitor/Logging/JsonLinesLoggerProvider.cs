using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Monitor.Logging;

/// <summary>
/// Writes one JSON object per line (for log collectors): <c>timestamp</c>, <c>level</c>, <c>category</c>, <c>eventId</c>,
/// <c>message</c>, <c>messageTemplate</c>, <c>properties</c> and, when there is one, <c>exception</c> (type, message, stack trace).
/// Every string passes through the <see cref="SecretRedactor"/>.
/// </summary>
internal sealed class JsonLinesLoggerProvider(TextWriter writer, TimeProvider time, SecretRedactor redactor, LogLevel minimum) : ILoggerProvider
{
    private const string OriginalFormat = "{OriginalFormat}";
    private readonly Lock gate = new();

    public ILogger CreateLogger(string categoryName) => new JsonLogger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Formats one entry as a JSON line (without the newline).</summary>
    internal string Format<TState>(LogLevel level, string category, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToString());
            json.WriteString("category", category);
            if (eventId.Id != 0)
            {
                json.WriteNumber("eventId", eventId.Id);
            }

            json.WriteString("message", redactor.Redact(formatter(state, exception)));
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            if (properties.FirstOrDefault(p => p.Key == OriginalFormat).Value is string template)
            {
                json.WriteString("messageTemplate", template);
            }

            json.WriteStartObject("properties");
            foreach (var (key, value) in properties.Where(p => p.Key != OriginalFormat))
            {
                WriteValue(json, key, value);
            }

            json.WriteEndObject();
            if (exception is not null)
            {
                json.WriteStartObject("exception");
                json.WriteString("type", exception.GetType().FullName);
                json.WriteString("message", redactor.Redact(exception.Message));
                json.WriteString("stackTrace", redactor.Redact(exception.StackTrace ?? string.Empty));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(key);
                break;
            case bool b:
                json.WriteBoolean(key, b);
                break;
            case int or long or short or byte or uint or ulong or ushort:
                json.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                json.WriteNumber(key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset at:
                json.WriteString(key, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteString(key, redactor.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    private void Write(string line)
    {
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class JsonLogger(JsonLinesLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider.Minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(provider.Format(logLevel, category, eventId, state, exception, formatter));
            }
        }
    }

    private LogLevel Minimum => minimum;
}
