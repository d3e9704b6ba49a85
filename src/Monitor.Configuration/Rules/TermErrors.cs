using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <summary>Reports term and query syntax errors at the exact column inside the YAML scalar.</summary>
internal static class TermErrors
{
    public static void Report(ParseContext context, YamlNode node, IEnumerable<SyntaxError> errors)
    {
        var quote = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? 1 : 0;
        foreach (var e in errors)
        {
            var offset = e.Offset + quote;
            context.Error(new Mark(node.Start.Index + offset, node.Start.Line, node.Start.Column + offset), e.Message, e.Fix);
        }
    }
}
