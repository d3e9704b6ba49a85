using System.Globalization;
using System.Text;

namespace Monitor.Conformance;

/// <summary>Reads the subset of feedparser's Python <c>Expect:</c> expressions that can be checked mechanically:
/// <c>clause and clause …</c>, each clause <c>[not] bozo</c> or <c>path == literal</c>. Anything else is "not applicable".</summary>
internal sealed class PyExpect
{
    private readonly string s;
    private int i;

    private PyExpect(string s) => this.s = s;

    /// <summary>Returns the clauses, with <see langword="null"/> for each one that is outside the subset.</summary>
    public static List<PyClause?> Parse(string expect)
    {
        var clauses = new List<PyClause?>();
        foreach (var part in SplitAnd(expect))
        {
            var p = new PyExpect(part.Trim());
            try
            {
                clauses.Add(p.Clause());
            }
            catch (FormatException)
            {
                clauses.Add(null);
            }
        }

        return clauses;
    }

    private static List<string> SplitAnd(string e)
    {
        var parts = new List<string>();
        var depth = 0;
        char quote = '\0';
        var start = 0;
        for (var k = 0; k < e.Length; k++)
        {
            var c = e[k];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    k++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(e, k, " and ", 0, 5) == 0)
            {
                parts.Add(e[start..k]);
                start = k + 5;
                k += 4;
            }
        }

        parts.Add(e[start..]);
        return parts;
    }

    private PyClause? Clause()
    {
        if (s is "bozo" or "not bozo" or "1" or "True")
        {
            return new PyClause([s], null, IsBozo: s.Contains("bozo", StringComparison.Ordinal));
        }

        var path = Path();
        Skip();
        if (!Eat("=="))
        {
            throw new FormatException();
        }

        Skip();
        var literal = Literal();
        Skip();
        if (i != s.Length)
        {
            throw new FormatException();
        }

        return new PyClause(path, literal, IsBozo: false);
    }

    private List<string> Path()
    {
        var segments = new List<string> { Identifier() };
        while (i < s.Length)
        {
            if (s[i] == '.')
            {
                i++;
                segments.Add(Identifier());
            }
            else if (s[i] == '[')
            {
                i++;
                Skip();
                segments.Add(s[i] is '\'' or '"' ? (string)Literal()! : Identifier());
                Skip();
                if (!Eat("]"))
                {
                    throw new FormatException();
                }
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    private string Identifier()
    {
        var start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        return i == start ? throw new FormatException() : s[start..i];
    }

    private object? Literal()
    {
        Skip();
        if (i >= s.Length)
        {
            throw new FormatException();
        }

        if (s[i] == '(')
        {
            i++;
            var items = new List<int>();
            while (true)
            {
                Skip();
                if (Eat(")"))
                {
                    return items.ToArray();
                }

                var start = i;
                while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '-'))
                {
                    i++;
                }

                items.Add(int.Parse(s[start..i], CultureInfo.InvariantCulture));
                Skip();
                Eat(",");
            }
        }

        if ((s[i] is 'u' or 'b' or 'r') && i + 1 < s.Length && s[i + 1] is '\'' or '"')
        {
            i++;
        }

        if (s[i] is '\'' or '"')
        {
            return String();
        }

        var word = Identifier();
        return word switch
        {
            "None" => null,
            "True" => true,
            "False" => false,
            _ when int.TryParse(word, CultureInfo.InvariantCulture, out var n) => n,
            _ => throw new FormatException(),
        };
    }

    private string String()
    {
        var quote = s[i++];
        var sb = new StringBuilder();
        while (i < s.Length && s[i] != quote)
        {
            var c = s[i++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = s[i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '0': sb.Append('\0'); break;
                case 'x': sb.Append((char)Convert.ToInt32(s.Substring(i, 2), 16)); i += 2; break;
                case 'u': sb.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(s.Substring(i, 8), 16))); i += 8; break;
                default: sb.Append(e); break;
            }
        }

        i++;
        return sb.ToString();
    }

    private bool Eat(string token)
    {
        if (string.CompareOrdinal(s, i, token, 0, token.Length) == 0)
        {
            i += token.Length;
            return true;
        }

        return false;
    }

    private void Skip()
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }
    }
}

/// <summary>One clause of an Expect expression.</summary>
internal sealed record PyClause(IReadOnlyList<string> Path, object? Literal, bool IsBozo);
