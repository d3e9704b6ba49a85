using System.CommandLine;
using Monitor.Configuration;

namespace Monitor.Cli;

/// <summary><c>monitor schema</c>: prints the JSON Schema of <c>monitor.yaml</c> (for editors and CI validators).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of monitor.yaml; save it beside your config for editor completion");
        command.SetAction(_ =>
        {
            context.Out.Write(ConfigSchema.Text);
            return 0;
        });
        return command;
    }
}
