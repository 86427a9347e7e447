using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frivillighed.Gateway.Tests;

// A gateway host with no service behind it: a budget of 3 requests a minute, its counters in the given database.
public static class GatewayFactory
{
    public static WebApplicationFactory<Program> Create(string gatewayDb) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("ConnectionStrings:gatewaydb", gatewayDb);
        builder.UseSetting("Gateway:RateLimit:PermitLimit", "3");
        builder.UseSetting("Gateway:RateLimit:WindowSeconds", "60");
        builder.UseSetting("Gateway:FrontendSecret", "portal-secret");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    });
}
