using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Monitor.Configuration.Admin;
using Monitor.Configuration.Channels;
using Monitor.Configuration.Feeds;
using Monitor.Configuration.Logging;
using Monitor.Configuration.Rules;
using Monitor.Configuration.Server;
using Monitor.Configuration.Storage;
using Monitor.TestKit;

namespace Monitor.Configuration.Tests;

/// <summary>The schema and the parser agree: same keys everywhere, same verdict on every sample and every broken config.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly string SamplesDirectory = Path.Combine(RepoPaths.Root, "tests", "Monitor.Configuration.Tests", "SchemaSamples");

    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["DISCORD_WEBHOOK_CRISIS"] = "https://discord.example/api/webhooks/1/crisis-token",
        ["DISCORD_BOT_TOKEN"] = "bot-token",
        ["MONITOR_PG"] = "Host=127.0.0.1;Database=monitor",
        ["MONITOR_SERVER_TOKEN"] = "server-token",
    };

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ConfigSchema.Text));

    public static TheoryData<string, string, string[]> KeyLists => new()
    {
        { "top level", "", [.. ConfigLoader.TopLevelKeys] },
        { "a feed", "/$defs/feed", [.. FeedsSectionParser.Keys] },
        { "a channel", "/$defs/channel", [.. ChannelsSectionParser.Keys] },
        { "a channel's mention", "/$defs/mention", ChannelsSectionParser.MentionKeys },
        { "a rule", "/$defs/rule", [.. RulesSectionParser.Keys] },
        { "a nested group", "/$defs/group", RulesSectionParser.GroupKeys },
        { "escalate/deescalate", "/$defs/adjustment", RulesSectionParser.AdjustmentKeys },
        { "score", "/$defs/score", RulesSectionParser.ScoreKeys },
        { "tests", "/$defs/tests", RulesSectionParser.TestKeys },
        { "a test", "/$defs/testItem/anyOf/1", RulesSectionParser.TestItemKeys },
        { "storage", "/properties/storage", [.. StorageSectionParser.Keys] },
        { "admin", "/properties/admin", [.. AdminSectionParser.Keys] },
        { "http", "/properties/http", [.. HttpSectionParser.Keys] },
        { "server", "/properties/server", [.. ServerSectionParser.Keys] },
        { "logging", "/properties/logging", [.. LoggingSectionParser.Keys] },
    };

    public static TheoryData<string> ValidSamples => Samples("valid");

    public static TheoryData<string> BrokenSamples => Samples("invalid");

    [Theory]
    [MemberData(nameof(KeyLists))]
    public void Schema_KeysOfEachSection_AreExactlyTheParsersKnownKeys(string where, string pointer, string[] parserKeys)
    {
        var schemaKeys = SchemaKeys(pointer);

        Assert.True(
            parserKeys.Order(StringComparer.Ordinal).SequenceEqual(schemaKeys.Order(StringComparer.Ordinal)),
            $"{where}: parser accepts [{string.Join(", ", parserKeys.Order(StringComparer.Ordinal))}], schema describes [{string.Join(", ", schemaKeys.Order(StringComparer.Ordinal))}]");
    }

    [Fact]
    public void Schema_EveryProperty_HasADescriptionOrADescribedDefinition()
    {
        var root = JsonNode.Parse(ConfigSchema.Text)!;
        var missing = Properties(root, "").Where(p => p.Value is JsonObject o && o["description"] is null && !DescribedRef(root, o)).Select(p => p.Path).ToList();

        Assert.True(missing.Count == 0, "undescribed: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Sample_Valid_IsAcceptedByParserAndSchema(string file)
    {
        var path = Path.Combine(SamplesDirectory, "valid", file);
        var parsed = ConfigLoader.Load(path, Lookup);
        var evaluation = Evaluate(File.ReadAllText(path));

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Diagnostics));
        Assert.True(evaluation.IsValid, Describe(evaluation));
    }

    [Fact]
    public void BundledConfig_IsAcceptedByParserAndSchema_AndNamesTheSchemaForEditors()
    {
        var path = Path.Combine(RepoPaths.ConfigDirectory, "monitor.yaml");
        var text = File.ReadAllText(path);
        var parsed = ConfigLoader.Load(path, Lookup);
        var evaluation = Evaluate(text);

        Assert.StartsWith("# yaml-language-server: $schema=" + ConfigSchema.FileName + "\n", text, StringComparison.Ordinal);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Diagnostics));
        Assert.True(evaluation.IsValid, Describe(evaluation));
    }

    [Theory]
    [MemberData(nameof(BrokenSamples))]
    public void Sample_Broken_IsRejectedByParserAndSchema(string file)
    {
        var path = Path.Combine(SamplesDirectory, "invalid", file);
        var parsed = ConfigLoader.Load(path, Lookup);
        var evaluation = Evaluate(File.ReadAllText(path));

        Assert.False(parsed.IsValid, $"the parser accepted {file}");
        Assert.False(evaluation.IsValid, $"the schema accepted {file}");
    }

    [Fact]
    public void Samples_BothSets_AreNotEmpty()
    {
        Assert.True(ValidSamples.Count >= 3);
        Assert.True(BrokenSamples.Count >= 30);
    }

    [Fact]
    public void Text_EmbeddedSchema_IsTheFileBesideTheBundledConfig()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ConfigDirectory, ConfigSchema.FileName)), ConfigSchema.Text);
    }

    private static string? Lookup(string name) => Environment.GetValueOrDefault(name);

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Value.Evaluate(YamlToJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    private static TheoryData<string> Samples(string set)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SamplesDirectory, set), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>The property names a schema node describes, following <c>$ref</c> (a rule's group keys come from <c>groupKeys</c>).</summary>
    private static HashSet<string> SchemaKeys(string pointer)
    {
        var root = JsonNode.Parse(ConfigSchema.Text)!;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var node = Resolve(root, pointer);
        while (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject props)
            {
                keys.UnionWith(props.Select(p => p.Key));
            }

            node = obj["$ref"]?.GetValue<string>() is { } reference ? Resolve(root, reference.TrimStart('#')) : null;
        }

        return keys;
    }

    private static JsonNode? Resolve(JsonNode root, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode?)root, (node, part) => node switch
        {
            JsonObject o => o[part],
            JsonArray a => a[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)],
            _ => null,
        });

    private static bool DescribedRef(JsonNode root, JsonObject property) =>
        property["$ref"]?.GetValue<string>() is { } reference && Resolve(root, reference.TrimStart('#')) is JsonObject target && target["description"] is not null;

    private static IEnumerable<(string Path, JsonNode? Value)> Properties(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                if (key == "properties" && child is JsonObject props)
                {
                    foreach (var (name, value) in props)
                    {
                        yield return ($"{path}/{name}", value);
                    }
                }

                if (child is not null && key is not ("if" or "then" or "not"))
                {
                    foreach (var nested in Properties(child, $"{path}/{key}"))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                foreach (var nested in Properties(child, path))
                {
                    yield return nested;
                }
            }
        }
    }
}
