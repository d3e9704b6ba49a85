namespace Monitor.Cli;

/// <summary>The exit codes of every command: one table, documented in the README's command-line section. A contract: never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The config is invalid (nothing was started), or the command's documented negative answer: a rule test fails, an unknown rule, no such outbox entry.</summary>
    public const int ConfigOrNegative = 1;

    /// <summary>Command-specific: <c>match</c> could not read its input; <c>feeds</c> found a failing feed.</summary>
    public const int InputOrFeedFailing = 2;

    /// <summary>The command line is wrong (unknown command or option, missing or conflicting arguments). Like sysexits' EX_USAGE.</summary>
    public const int Usage = 64;

    /// <summary>An unexpected failure (storage unreachable, a bug): one line on standard error, the stack trace with <c>--verbose</c>. Like sysexits' EX_SOFTWARE.</summary>
    public const int Unexpected = 70;

    /// <summary>Interrupted (Ctrl+C or SIGTERM) before the command finished; <c>monitor run</c> itself stops cleanly with <see cref="Ok"/>.</summary>
    public const int Interrupted = 130;
}
