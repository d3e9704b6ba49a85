using System.Text.Json;
using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task Schema_NoArguments_PrintsTheBundledSchemaAsJson()
    {
        var result = await CliRunner.RunAsync("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ConfigDirectory, "monitor.schema.json")), result.Out);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }
}
