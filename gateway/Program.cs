using Frivillighed.Gateway;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.UseMiddleware<ForwardedClientMiddleware>();
app.MapDefaultEndpoints();
app.MapServiceStatus();
app.UseGatewayRateLimiting();
app.UseMiddleware<AnonymousWriteMiddleware>();
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Frivillighed Platform API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .AddDocuments(GatewayExtensions.Services));
// Everything else is the portal's, except an unknown API path: that stays a problem+json 404.
app.Map("/api/{**rest}", () => Results.NotFound());
app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorMiddleware>());
app.Run();
