using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frivillighed.TestSupport;

// A service under test: its real Program, its own database on the run's PostgreSQL, the run's RabbitMQ.
public class ServiceFactory<TEntryPoint>(TestDatabase database, string connectionName) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{connectionName}", database.ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestServers.RabbitMq);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
