using System.Globalization;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Frivillighed.Gateway;

// A fixed window per signed-in user, or per client IP for anonymous callers, shared by every gateway replica:
// the count lives in gatewaydb, so two gateways do not give one user twice the budget. Over the limit: 429
// with Retry-After and problem+json (never 503).
public static class RateLimiting
{
    public static void AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("gatewaydb")
            ?? throw new InvalidOperationException("ConnectionStrings:gatewaydb is not set: the gateway keeps its rate-limit counters there.");
        builder.Services.AddSingleton(new RateLimitOptions(
            builder.Configuration.GetValue("Gateway:RateLimit:PermitLimit", 100),
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Gateway:RateLimit:WindowSeconds", 10)),
            // Health probes and the portal's static files (style sheets, fonts, icons) are not counted.
            builder.Configuration.GetSection("Gateway:RateLimit:ExemptPaths").Get<string[]>() ?? ["/health", "/alive"]));
        // A short wait: a database that does not answer must not hold the request (it passes uncounted).
        var dataSource = new NpgsqlDataSourceBuilder(connectionString);
        dataSource.ConnectionStringBuilder.Timeout = Math.Min(dataSource.ConnectionStringBuilder.Timeout, 3);
        dataSource.ConnectionStringBuilder.CommandTimeout = Math.Min(dataSource.ConnectionStringBuilder.CommandTimeout, 3);
        builder.Services.AddSingleton(services => new RateLimitStore(dataSource.Build(), services.GetRequiredService<ILogger<RateLimitStore>>()));
        builder.Services.AddHostedService<RateLimitStoreKeeper>();
    }

    public static void UseGatewayRateLimiting(this WebApplication app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<RateLimitOptions>();
        if (options.ExemptPaths.Any(path => context.Request.Path.StartsWithSegments(path)))
        {
            await next(context);
            return;
        }

        var store = context.RequestServices.GetRequiredService<RateLimitStore>();
        var count = await store.CountAsync(PartitionKey(context), options.Window, context.RequestAborted);
        if (count is not { } counted || counted.Count <= options.PermitLimit)
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(counted.WindowLeft.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"At most {options.PermitLimit} requests per {options.Window.TotalSeconds:0} s; try again in {seconds} s.",
            },
        });
    });

    private static string PartitionKey(HttpContext context) =>
        context.User.UserId() is { } userId ? $"user:{userId}" : $"ip:{context.Connection.RemoteIpAddress}";
}

public sealed record RateLimitOptions(int PermitLimit, TimeSpan Window, string[] ExemptPaths);
