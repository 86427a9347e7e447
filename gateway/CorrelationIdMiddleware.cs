using System.Diagnostics;

namespace Frivillighed.Gateway;

// Every response carries X-Correlation-Id: the caller's own, or else the W3C trace id of the request,
// so a support request can be found in the dashboard's traces. The id is forwarded to the services.
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = incoming is { Length: > 0 and <= 128 } ? incoming : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Request.Headers[Header] = id;
        context.Response.Headers[Header] = id;
        Activity.Current?.SetTag("correlation.id", id);
        return next(context);
    }
}
