using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>
/// Parses rule terms. Syntax: <c>invasie</c> (word + inflections + compounds), <c>aanval*</c> (prefix),
/// <c>*oorlog</c> (last part of a compound), <c>"ambassade personeel"</c> (phrase, also closed and hyphenated),
/// <c>"valt binnen"~3</c> (words within a window), <c>=NAVO</c> (exact, case-sensitive), <c>/regex/</c>
/// (only with <c>allow_regex</c>), <c>@list</c> (named list). An element containing upper-case
/// <c>AND OR NOT NEAR/N</c>, parentheses or <c>title:</c> is parsed as a query (see <see cref="QueryParser"/>).
/// </summary>
public static class TermParser
{
    /// <summary>The fewest letters a <c>prefix*</c> or <c>*suffix</c> term may have.</summary>
    public const int MinWildcardLength = 3;

    /// <summary>The largest N in <c>"a b"~N</c> and <c>NEAR/N</c>.</summary>
    public const int MaxDistance = 50;

    /// <summary>How long a <c>/regex/</c> may run on one field before it is abandoned.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Parses one element of an <c>any/all/none</c> list or of a named list.</summary>
    public static (RuleCondition? Condition, IReadOnlyList<SyntaxError> Errors) ParseElement(string text, TermParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var tokens = QueryLexer.Lex(text);
        if (tokens.Exists(t => t.Kind != QueryTokenKind.Term))
        {
            return QueryParser.Parse(text, options);
        }

        if (tokens.Count == 1)
        {
            return ParseAtom(tokens[0].Text, tokens[0].Offset, options);
        }

        // Several bare words without operators: the skeleton's shape, a phrase ("troepen aan de grens").
        if (tokens.TrueForAll(t => t.Text[0] is not ('"' or '/' or '@')))
        {
            var (spec, error) = ParseTerm(text.Trim(), Math.Max(0, text.IndexOf(text.Trim(), StringComparison.Ordinal)), options.AllowRegex);
            return spec is null ? (null, [error!]) : (new TermCondition(spec with { Language = options.Language }), []);
        }

        return (null, [new SyntaxError(tokens[1].Offset, $"'{text.Trim()}' has several terms without an operator", "put each term in its own list entry, quote a phrase, or join them with AND / OR / NEAR/N")]);
    }

    /// <summary>Parses a term or a <c>@list</c> reference.</summary>
    internal static (RuleCondition? Condition, IReadOnlyList<SyntaxError> Errors) ParseAtom(string text, int offset, TermParseOptions options)
    {
        if (text.StartsWith('@'))
        {
            var name = text[1..];
            var list = name.Length == 0 ? null : options.ResolveList(name);
            if (list is not null)
            {
                return (list, []);
            }

            var suggestion = name.Length == 0 ? null : options.SuggestList(name);
            return (null, [new SyntaxError(offset, $"list '@{name}' is not defined", suggestion is null ? "define it under 'lists:' at the top level, or remove the reference" : $"did you mean '@{suggestion}'?")]);
        }

        var (spec, error) = ParseTerm(text, offset, options.AllowRegex);
        return spec is null ? (null, [error!]) : (new TermCondition(spec with { Language = options.Language }), []);
    }

    /// <summary>Parses a single term (no operators, no list references).</summary>
    public static (TermSpec? Term, SyntaxError? Error) ParseTerm(string text, int offset, bool allowRegex)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(offset, "the term is empty", "write a word, a \"phrase\", prefix* or *suffix");
        }

        return text[0] switch
        {
            '"' => ParsePhrase(text, offset),
            '/' => ParseRegex(text, offset, allowRegex),
            '=' => ParseExact(text, offset),
            _ => ParseWord(text, offset),
        };
    }

    private static (TermSpec?, SyntaxError?) ParsePhrase(string text, int offset)
    {
        var close = text.IndexOf('"', 1);
        if (close < 0)
        {
            return Fail(offset, $"the phrase {text} has no closing quote", "add \" at the end of the phrase");
        }

        var inner = text[1..close];
        var rest = text[(close + 1)..];
        var slop = 0;
        if (rest.Length > 0)
        {
            if (!rest.StartsWith('~') || !int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop < 1 || slop > MaxDistance)
            {
                return Fail(offset + close + 1, $"'{rest}' after the phrase is not a proximity window", $"write \"a b\"~N with N from 1 to {MaxDistance}, or nothing after the closing quote");
            }
        }

        if (inner.Contains('*', StringComparison.Ordinal))
        {
            return Fail(offset + 1, "wildcards (*) do not work inside a phrase", "remove the *, or use a separate prefix* term");
        }

        var words = Words(inner);
        if (words.Count == 0)
        {
            return Fail(offset, "the phrase has no words", "write words between the quotes");
        }

        if (words.Count == 1)
        {
            return slop > 0
                ? Fail(offset + close + 1, "a proximity window needs at least two words", "remove ~N or add a second word")
                : (new TermSpec(TermKind.Word, text, words) { Compounds = false }, null);
        }

        return (new TermSpec(TermKind.Phrase, text, words) { Slop = slop }, null);
    }

    private static (TermSpec?, SyntaxError?) ParseRegex(string text, int offset, bool allowRegex)
    {
        if (!allowRegex)
        {
            return Fail(offset, $"regular expression {text} is not allowed in this rule", "add 'allow_regex: true' to the rule, or use a word, prefix* or \"phrase\" term instead");
        }

        if (text.Length < 3 || !text.EndsWith('/'))
        {
            return Fail(offset, $"regular expression {text} has no closing /", "write it as /pattern/");
        }

        var pattern = text[1..^1];
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Fail(offset + 1, $"regular expression {text} is invalid: {ex.Message}", "fix the pattern; backreferences, lookarounds and atomic groups are not supported (regexes run without backtracking)");
        }

        return (new TermSpec(TermKind.Regex, text, []) { Pattern = pattern }, null);
    }

    private static (TermSpec?, SyntaxError?) ParseExact(string text, int offset)
    {
        var word = text[1..];
        var tokens = Tokenizer.Tokenize(word).Where(t => !t.IsPart).ToList();
        if (tokens.Count != 1 || tokens[0].Length != word.Length)
        {
            return Fail(offset, $"exact term {text} must be one word", "write '=' followed by one word, e.g. =NAVO");
        }

        return (new TermSpec(TermKind.Exact, text, [word]), null);
    }

    private static (TermSpec?, SyntaxError?) ParseWord(string text, int offset)
    {
        var prefix = text.EndsWith('*');
        var suffix = text.StartsWith('*');
        var core = text.Trim('*');
        if (core.Contains('*', StringComparison.Ordinal) || (prefix && suffix))
        {
            return Fail(offset, $"'{text}' has a * that is not at the start or end", "use either prefix* or *suffix; * in the middle is not supported");
        }

        var words = Words(core);
        if (words.Count == 0)
        {
            return Fail(offset, $"'{text}' has no letters or digits", "write a word");
        }

        if (!prefix && !suffix)
        {
            return words.Count == 1
                ? (new TermSpec(TermKind.Word, text, words), null)
                : (new TermSpec(TermKind.Phrase, text, words), null);
        }

        if (words.Count > 1)
        {
            return Fail(offset, $"wildcard term '{text}' has more than one word", "a prefix* or *suffix term is one word; use a \"phrase\" for several");
        }

        if (words[0].Length < MinWildcardLength)
        {
            return Fail(offset, $"'{text}' is too short for a wildcard (it would match thousands of words)", $"use at least {MinWildcardLength} letters before or after the *");
        }

        return (new TermSpec(prefix ? TermKind.Prefix : TermKind.Suffix, text, words), null);
    }

    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Where(t => !t.IsPart).Select(t => t.Folded).ToList();

    private static (TermSpec?, SyntaxError?) Fail(int offset, string message, string fix) => (null, new SyntaxError(offset, message, fix));
}
