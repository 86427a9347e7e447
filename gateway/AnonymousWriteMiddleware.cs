namespace Frivillighed.Gateway;

// Writes need a signed-in caller: refuse anonymous ones at the door, before they reach a service.
// (The services check the token and the caller's rights again; this only saves them the work.)
// The status code pages of ServiceDefaults turn the empty 401 into problem+json that says to sign in.
public sealed class AnonymousWriteMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var isWrite = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        if (!isWrite || !context.Request.Path.StartsWithSegments("/api") || context.User.Identity?.IsAuthenticated == true)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
