using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Frivillighed.Gateway;

// A web frontend that calls the API on a citizen's behalf (the portal) says whose request it is: X-Forwarded-For
// with the citizen's address, trusted only together with the frontend's secret (Gateway:FrontendSecret). The
// rate limit and the services' logs then see the citizen, not the portal. Anyone else's X-Forwarded-For is ignored
// (and replaced by the caller's own address when the request is proxied), and the secret never reaches a service.
public sealed class ForwardedClientMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string FrontendHeader = "X-Frivillighed-Frontend";

    private readonly byte[]? secret = configuration["Gateway:FrontendSecret"] is { Length: > 0 } s ? Encoding.UTF8.GetBytes(s) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Remove(FrontendHeader, out var presented) && secret is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented.ToString()), secret)
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim() is { Length: > 0 } forwarded
            && IPAddress.TryParse(forwarded, out var citizen))
        {
            context.Connection.RemoteIpAddress = citizen;
        }

        return next(context);
    }
}
