using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Messaging;

public static class PlatformDatabase
{
    // The service's own PostgreSQL database: snake_case names, transient-fault retries, health check,
    // and migrations (plus demo data when asked) applied before anything else starts. Queries use
    // ConnectionStrings:{name} (a pooler is fine); sessions use ConnectionStrings:{name}-direct (DirectConnection).
    public static IHostApplicationBuilder AddPlatformDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' (PostgreSQL) is missing.");

        builder.Services.AddDbContext<TDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseMigrator<TDbContext>>());
        builder.Services.AddSingleton<IDatabaseMigrator>(services => services.GetRequiredService<DatabaseMigrator<TDbContext>>());
        var direct = builder.Configuration.GetConnectionString(connectionName + "-direct") ?? connectionString;
        builder.Services.AddSingleton(new DirectConnection(direct));
        builder.Services.AddSingleton(new JobLeases(direct));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(tags: ["ready"]);
        return builder;
    }
}
