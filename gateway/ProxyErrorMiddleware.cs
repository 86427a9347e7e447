using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace Frivillighed.Gateway;

// YARP answers a failed forward with an empty 502/504; give the caller problem+json that says which service failed.
public sealed class ProxyErrorMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var cluster = context.GetReverseProxyFeature().Route.Cluster?.ClusterId ?? "the service";
        // YARP has already chosen the status (502, 504, 400, 413); add what went wrong.
        var status = context.Response.StatusCode;
        var detail = error.Error switch
        {
            ForwarderError.RequestTimedOut => $"The {cluster} service did not answer in time.",
            ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled => "The request body could not be read: it was too large or interrupted.",
            _ when status >= 500 => $"The {cluster} service is unavailable.",
            _ => $"The request could not be forwarded ({error.Error}).",
        };
        if (status is StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable)
        {
            // The platform starts a service that died again within seconds: a client may retry then.
            context.Response.Headers.RetryAfter = "5";
        }

        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = "The gateway could not complete the request.", Detail = detail },
        });
    }
}
