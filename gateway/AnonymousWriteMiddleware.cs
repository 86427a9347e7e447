using System.Text.RegularExpressions;

namespace Frivillighed.Gateway;

// Writes need a signed-in caller: refuse anonymous ones at the door, before they reach a service.
// (The services check the token and the caller's rights again; this only saves them the work.)
// The status code pages of ServiceDefaults turn the empty 401 into problem+json that says to sign in.
// Exceptions: registering for an event and cancelling through the personal link need no account.
public sealed partial class AnonymousWriteMiddleware(RequestDelegate next)
{
    [GeneratedRegex("^/api/events/(?:[0-9a-fA-F-]{36}/registrations|registrations/[0-9a-fA-F-]{36}/cancel)/?$")]
    private static partial Regex AnonymousWrites();

    // Whether an anonymous caller may send this request on (a test holds it against the services' OpenAPI documents).
    public static bool LetsThrough(string method, PathString path) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || !path.StartsWithSegments("/api")
        || (HttpMethods.IsPost(method) && AnonymousWrites().IsMatch(path.Value ?? ""));

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true || LetsThrough(context.Request.Method, context.Request.Path))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
