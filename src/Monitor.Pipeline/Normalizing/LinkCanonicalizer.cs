using System.Text;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Makes article links canonical: absolute http(s), tracking parameters (utm_*, fbclid, …) dropped, so one article has one link.</summary>
public static class LinkCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
        "mkt_tok", "xtor", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "wt_mc", "wt.mc_id", "cmpid",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "at_format", "at_link", "at_ptr_name",
        "ocid", "soc_src", "soc_trk", "spm", "ref_src",
    };

    /// <summary>Resolves <paramref name="link"/> against <paramref name="baseUri"/> and drops tracking parameters; null when it is not an http(s) link.</summary>
    public static Uri? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        Uri? uri = null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            uri = absolute;
        }
        else if (baseUri is { IsAbsoluteUri: true } && Uri.TryCreate(baseUri, link, out var resolved) && resolved.Scheme is "http" or "https")
        {
            uri = resolved;
        }

        return uri is null ? null : Canonicalize(uri);
    }

    /// <summary>Drops tracking parameters from <paramref name="uri"/>'s query, keeping the others in order.</summary>
    public static Uri Canonicalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (string.IsNullOrEmpty(uri.Query) || uri.Query == "?")
        {
            return uri;
        }

        // One pass over the query without splitting it: most links carry nothing to drop and are returned as they are.
        var query = uri.Query.AsSpan(1);
        if (!HasDroppable(query))
        {
            return uri;
        }

        var kept = new StringBuilder(query.Length + 1);
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            if (pair.Length > 0 && !IsTracking(pair))
            {
                kept.Append(kept.Length == 0 ? '?' : '&').Append(pair);
            }
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path) + kept.ToString() + uri.Fragment);
    }

    /// <summary>True when a pair of <paramref name="query"/> is empty or a tracking parameter.</summary>
    private static bool HasDroppable(ReadOnlySpan<char> query)
    {
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            if (pair.Length == 0 || IsTracking(pair))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTracking(ReadOnlySpan<char> pair)
    {
        var eq = pair.IndexOf('=');
        var raw = eq < 0 ? pair : pair[..eq];
        var name = raw.Contains('%') ? Uri.UnescapeDataString(raw) : raw;
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }
}
