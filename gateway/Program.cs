using Frivillighed.Gateway;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.UseMiddleware<AnonymousWriteMiddleware>();
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Frivillighed Platform API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .AddDocuments(GatewayExtensions.Services));
app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorMiddleware>());
app.Run();
