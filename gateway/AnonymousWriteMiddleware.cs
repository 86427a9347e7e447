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

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var isWrite = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        if (!isWrite || !context.Request.Path.StartsWithSegments("/api") || context.User.Identity?.IsAuthenticated == true
            || (HttpMethods.IsPost(method) && AnonymousWrites().IsMatch(context.Request.Path.Value ?? "")))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
