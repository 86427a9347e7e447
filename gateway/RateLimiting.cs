using System.Globalization;
using System.Threading.RateLimiting;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Frivillighed.Gateway;

// A fixed window per signed-in user, or per client IP for anonymous callers. Over the limit: 429 with
// Retry-After and problem+json (never 503).
public static class RateLimiting
{
    public static void AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        var permitLimit = builder.Configuration.GetValue("Gateway:RateLimit:PermitLimit", 100);
        var window = TimeSpan.FromSeconds(builder.Configuration.GetValue("Gateway:RateLimit:WindowSeconds", 10));
        // Health probes and the portal's static files (style sheets, fonts, icons) are not counted.
        var exempt = builder.Configuration.GetSection("Gateway:RateLimit:ExemptPaths").Get<string[]>() ?? ["/health", "/alive"];
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                exempt.Any(path => context.Request.Path.StartsWithSegments(path))
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permitLimit,
                        Window = window,
                        QueueLimit = 0,
                    }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"At most {permitLimit} requests per {window.TotalSeconds:0} s; try again in {seconds} s.",
                    },
                });
            };
        });
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.UserId() is { } userId ? $"user:{userId}" : $"ip:{context.Connection.RemoteIpAddress}";
}
