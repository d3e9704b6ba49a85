using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Monitor.Domain.Channels;

namespace Monitor.Server;

/// <summary>With a token configured, every path but <c>/healthz</c> needs <c>Authorization: Bearer &lt;token&gt;</c>; 401 otherwise.</summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, Secret token)
{
    private readonly byte[] expected = Encoding.UTF8.GetBytes(token.Reveal());

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.Equals("/healthz", StringComparison.Ordinal) || IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return context.Response.WriteAsync("401: send 'Authorization: Bearer <server.token>'\n");
    }

    private bool IsAuthorized(string header)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Constant-time comparison: the time taken tells nothing about how much of the token was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), expected);
    }
}
