using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Frivillighed.TestSupport;

// A service under test: its real Program, its own database on the run's PostgreSQL, the run's RabbitMQ,
// and token validation that trusts TestTokens instead of fetching keys from an identity provider.
public class ServiceFactory<TEntryPoint>(TestDatabase database, string connectionName) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{connectionName}", database.ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestServers.RabbitMq);
        // Queues of their own: test classes run in parallel, and a shared queue would hand one class's
        // messages to another class's service.
        builder.UseSetting("Messaging:QueuePrefix", $"test-{database.Name}");
        builder.UseSetting("Identity:Issuer", TestTokens.Issuer);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Warning");
        // Tests provoke constraint violations on purpose; the API's answer is what they check.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Authority = null;
            options.Configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            options.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
        }));
    }

    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
