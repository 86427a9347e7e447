using Frivillighed.Data;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Messaging.Tests;

// One service's worth of messaging on the real broker and a real database: DbContext, outbox relay, consumers.
public sealed class MessagingHost(IHost host) : IAsyncDisposable
{
    public static async Task<MessagingHost> StartAsync(TestDatabase database, string service, Action<IBusRegistrationConfigurator> consumers,
        string? directConnection = null, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:messaging"] = TestServers.RabbitMq,
            // Far beyond any test's patience: events can only arrive in time if LISTEN/NOTIFY wakes the relay.
            ["Outbox:PollInterval"] = "00:10:00",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddDbContext<TestDbContext>(options => options
            .UseNpgsql(database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention());
        builder.AddPlatformMessaging<TestDbContext>(service, (x, _) => consumers(x));
        if (directConnection is not null)
        {
            builder.Services.AddSingleton(new DirectConnection(directConnection));
        }

        var host = builder.Build();
        await host.StartAsync();
        return new MessagingHost(host);
    }

    public IServiceProvider Services => host.Services;

    // Stopped before disposed, as a process is: the relay and the bus finish what they are doing.
    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    public static async Task CreateSchemaAsync(TestDatabase database)
    {
        await using var db = NewDbContext(database);
        if (await db.Database.EnsureCreatedAsync())
        {
            await db.Database.ExecuteSqlRawAsync(Outbox.CreateNotifyTriggerSql);
        }
    }

    public static TestDbContext NewDbContext(TestDatabase database) => new(new DbContextOptionsBuilder<TestDbContext>()
        .UseNpgsql(database.ConnectionString)
        .UseSnakeCaseNamingConvention()
        .Options);
}
