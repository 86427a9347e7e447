using Microsoft.AspNetCore.Mvc;

namespace Frivillighed.Gateway;

// Writes need a signed-in caller: refuse anonymous ones at the door, before they reach a service.
// (The services check the token and the caller's rights again; this only saves them the work.)
public sealed class AnonymousWriteMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var isWrite = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        if (!isWrite || !context.Request.Path.StartsWithSegments("/api") || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign in first.",
                Detail = $"{method} {context.Request.Path} changes data and needs a valid bearer token (see README, \"Identity and access\").",
            },
        });
    }
}
