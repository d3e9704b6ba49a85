using System.Globalization;

namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>Splits a query string into operators (upper-case <c>AND OR NOT NEAR/N</c>), parentheses, <c>field:</c> prefixes and terms.</summary>
internal static class QueryLexer
{
    public const int DefaultNear = 5;

    private static readonly string[] FieldNames = ["title", "summary", "content", "lead", "body"];

    public static List<QueryToken> Lex(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.LeftParen : QueryTokenKind.RightParen, c.ToString(), i));
                i++;
            }
            else if (c is '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end + 1;
                if (end < text.Length && text[end] == '~')
                {
                    end++;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }
                }

                tokens.Add(new QueryToken(QueryTokenKind.Term, text[i..end], i));
                i = end;
            }
            else if (c is '/')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] != '/' || text[end - 1] == '\\'))
                {
                    end++;
                }

                end = Math.Min(end + 1, text.Length);
                tokens.Add(new QueryToken(QueryTokenKind.Term, text[i..end], i));
                i = end;
            }
            else
            {
                i = LexWord(text, i, tokens);
            }
        }

        return tokens;
    }

    private static int LexWord(string text, int i, List<QueryToken> tokens)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')')
        {
            i++;
        }

        var word = text[start..i];
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && FieldNames.Contains(word[..colon]))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Field, word[..colon], start));
            return start + colon + 1;
        }

        switch (word)
        {
            case "AND":
                tokens.Add(new QueryToken(QueryTokenKind.And, word, start));
                break;
            case "OR":
                tokens.Add(new QueryToken(QueryTokenKind.Or, word, start));
                break;
            case "NOT":
                tokens.Add(new QueryToken(QueryTokenKind.Not, word, start));
                break;
            case "NEAR":
                tokens.Add(new QueryToken(QueryTokenKind.Near, word, start, DefaultNear));
                break;
            default:
                if (word.StartsWith("NEAR/", StringComparison.Ordinal))
                {
                    var n = int.TryParse(word.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                    tokens.Add(new QueryToken(QueryTokenKind.Near, word, start, n));
                }
                else
                {
                    tokens.Add(new QueryToken(QueryTokenKind.Term, word, start));
                }

                break;
        }

        return i;
    }
}
