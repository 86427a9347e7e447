using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Frivillighed.Gateway;

// Whether a service behind the gateway answers its own /health: for the operators' status page
// (/health/services), not the gateway's readiness (a service down is a 502/503 on its routes only).
public sealed class ServiceHealthCheck(IHttpClientFactory httpClientFactory, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = httpClientFactory.CreateClient();
            using var response = await client.GetAsync($"http://{service}/health", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} is healthy.")
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service} does not answer.", e);
        }
    }
}
