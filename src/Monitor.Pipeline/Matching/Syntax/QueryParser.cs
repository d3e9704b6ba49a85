using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>
/// Parses a <c>query:</c> string: terms (see <see cref="TermParser"/>), <c>AND</c>, <c>OR</c>, <c>NOT</c>
/// (also binary: <c>a NOT b</c> = <c>a AND NOT b</c>), <c>A NEAR/N B</c> (bare <c>NEAR</c> = NEAR/5), parentheses and
/// <c>title:</c>/<c>summary:</c>/<c>content:</c> scoping (<c>lead:</c> and <c>body:</c> are aliases). Operators are upper-case.
/// Binding, strongest first: parentheses and <c>field:</c>, <c>NEAR</c>, <c>NOT</c>, then <c>AND</c> or <c>OR</c>; mixing
/// <c>AND</c> and <c>OR</c> on one level without parentheses is an error, so every query reads one way only.
/// </summary>
public sealed class QueryParser
{
    private readonly string text;
    private readonly List<QueryToken> tokens;
    private readonly TermParseOptions options;
    private readonly List<SyntaxError> errors = [];
    private int pos;

    private QueryParser(string text, TermParseOptions options)
    {
        this.text = text;
        this.options = options;
        tokens = QueryLexer.Lex(text);
    }

    /// <summary>Parses <paramref name="text"/>; the condition is <see langword="null"/> when there are errors.</summary>
    public static (RuleCondition? Condition, IReadOnlyList<SyntaxError> Errors) Parse(string text, TermParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var parser = new QueryParser(text, options);
        if (parser.tokens.Count == 0)
        {
            return (null, [new SyntaxError(0, "the query is empty", "write terms joined by AND, OR, NOT or NEAR/N")]);
        }

        var condition = parser.ParseSequence();
        if (parser.pos < parser.tokens.Count)
        {
            var t = parser.tokens[parser.pos];
            parser.errors.Add(new SyntaxError(t.Offset, $"unexpected '{t.Text}'", t.Kind == QueryTokenKind.RightParen ? "remove it or add the matching '('" : "check the operators around it"));
        }

        return parser.errors.Count > 0 ? (null, parser.errors) : (condition, []);
    }

    private QueryToken? Peek => pos < tokens.Count ? tokens[pos] : null;

    private RuleCondition? ParseSequence()
    {
        var operands = new List<RuleCondition?> { ParseUnary() };
        QueryToken? firstAnd = null, firstOr = null;
        while (Peek is { } t && t.Kind != QueryTokenKind.RightParen)
        {
            switch (t.Kind)
            {
                case QueryTokenKind.And:
                    firstAnd ??= t;
                    pos++;
                    operands.Add(ParseUnary());
                    break;
                case QueryTokenKind.Or:
                    firstOr ??= t;
                    pos++;
                    operands.Add(ParseUnary());
                    break;
                case QueryTokenKind.Not:
                    firstAnd ??= t;
                    operands.Add(ParseUnary());
                    break;
                default:
                    errors.Add(new SyntaxError(t.Offset, $"'{t.Text}' follows another term without an operator", "put AND, OR or NEAR/N between the terms (operators are upper-case), or quote a phrase"));
                    firstAnd ??= t;
                    operands.Add(ParseUnary());
                    break;
            }
        }

        if (firstAnd is { } a && firstOr is { } o)
        {
            var later = a.Offset > o.Offset ? a : o;
            errors.Add(new SyntaxError(later.Offset, "AND and OR are mixed without parentheses", "add parentheses to say which goes first, e.g. (a AND b) OR c"));
        }

        if (operands.Exists(x => x is null))
        {
            return null;
        }

        var items = operands.Select(x => x!).ToList();
        return items.Count == 1 ? items[0] : firstOr is not null ? new AnyCondition(items) : new AllCondition(items);
    }

    private RuleCondition? ParseUnary()
    {
        if (Peek is { Kind: QueryTokenKind.Not })
        {
            pos++;
            var inner = ParseUnary();
            return inner is null ? null : new NotCondition(inner);
        }

        return ParseNear();
    }

    private RuleCondition? ParseNear()
    {
        var left = ParsePrimary();
        while (Peek is { Kind: QueryTokenKind.Near } near)
        {
            pos++;
            if (near.Number < 1 || near.Number > TermParser.MaxDistance)
            {
                errors.Add(new SyntaxError(near.Offset, $"'{near.Text}' needs a distance from 1 to {TermParser.MaxDistance}", "write NEAR/N, e.g. NEAR/5"));
            }

            if (Peek is { Kind: QueryTokenKind.Not } not)
            {
                errors.Add(new SyntaxError(not.Offset, "NOT cannot be an operand of NEAR", "move the NOT outside: (a NEAR/5 b) AND NOT c"));
                pos++;
            }

            var right = ParsePrimary();
            if (left is null || right is null)
            {
                left = null;
                continue;
            }

            if (left.Descendants().Any(d => d is NotCondition) || right.Descendants().Any(d => d is NotCondition))
            {
                errors.Add(new SyntaxError(near.Offset, "NOT cannot be an operand of NEAR", "move the NOT outside: (a NEAR/5 b) AND NOT c"));
            }

            left = new NearCondition(left, right, near.Number);
        }

        return left;
    }

    private RuleCondition? ParsePrimary()
    {
        if (Peek is not { } t)
        {
            errors.Add(new SyntaxError(text.Length, "the query ends where a term is expected", "add a term after the last operator, or remove the operator"));
            return null;
        }

        pos++;
        switch (t.Kind)
        {
            case QueryTokenKind.LeftParen:
                var inner = ParseSequence();
                if (Peek is { Kind: QueryTokenKind.RightParen })
                {
                    pos++;
                }
                else
                {
                    errors.Add(new SyntaxError(t.Offset, "this '(' is never closed", "add the matching ')'"));
                }

                return inner;
            case QueryTokenKind.Field:
                var scoped = ParsePrimary();
                return scoped is null ? null : new FieldCondition([FieldOf(t.Text)], scoped);
            case QueryTokenKind.Term:
                var (condition, termErrors) = TermParser.ParseAtom(t.Text, t.Offset, options);
                errors.AddRange(termErrors);
                return condition;
            default:
                errors.Add(new SyntaxError(t.Offset, $"'{t.Text}' is where a term is expected", "put a term (or a parenthesised group) here"));
                return null;
        }
    }

    private static TextField FieldOf(string name) => name switch
    {
        "title" => TextField.Title,
        "summary" or "lead" => TextField.Summary,
        _ => TextField.Content,
    };
}
