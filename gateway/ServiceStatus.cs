using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Frivillighed.Gateway;

// GET /health/services: which part of the platform answers, for operators (200 when all do, else 503, naming
// each part that does not). The gateway's own readiness is /health.
public static class ServiceStatus
{
    public static void MapServiceStatus(this WebApplication app) =>
        app.MapHealthChecks("/health/services", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains("status"),
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    services = report.Entries.OrderBy(e => e.Key).Select(e => new
                    {
                        name = e.Key,
                        status = e.Value.Status.ToString(),
                        description = e.Value.Description,
                    }),
                }, JsonSerializerOptions.Web));
            },
        });
}
