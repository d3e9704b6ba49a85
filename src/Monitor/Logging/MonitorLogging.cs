using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Hosting;

namespace Monitor.Logging;

/// <summary>Chooses the log provider: readable lines (default) or JSON lines; both mask the config's secrets.</summary>
internal static class MonitorLogging
{
    public static ILoggerProvider Provider(LogFormat format, TextWriter writer, TimeProvider time, SecretRedactor redactor, LogLevel minimum) => format switch
    {
        LogFormat.Json => new JsonLinesLoggerProvider(writer, time, redactor, minimum),
        _ => new TextWriterLoggerProvider(writer, time, minimum, redactor.Redact),
    };
}
