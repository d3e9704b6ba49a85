using Monitor.Configuration.Yaml;

namespace Monitor.Configuration.Tests.Yaml;

public sealed class EnvSubstitutionTests
{
    private static string? Env(string name) => name switch
    {
        "HOOK" => "https://x/1/t",
        "EMPTY" => string.Empty,
        _ => null,
    };

    [Theory]
    [InlineData("${HOOK}", "https://x/1/t")]
    [InlineData("pre-${HOOK}-post", "pre-https://x/1/t-post")]
    [InlineData("${UNSET}", "")]
    [InlineData("${UNSET:-fallback}", "fallback")]
    [InlineData("${EMPTY:-fallback}", "fallback")]
    [InlineData("${HOOK:-fallback}", "https://x/1/t")]
    [InlineData("no reference", "no reference")]
    [InlineData("$HOOK", "$HOOK")]
    public void Apply_ReplacesReferences(string text, string expected) => Assert.Equal(expected, EnvSubstitution.Apply(text, Env));

    [Fact]
    public void References_ListsNames() => Assert.Equal(["A", "B_2"], EnvSubstitution.References("${A}/${B_2:-x}"));
}
