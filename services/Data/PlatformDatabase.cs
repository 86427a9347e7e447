using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Data;

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

        // A request waits a bounded time for a database that refuses connections (down, restarting): transient
        // faults are retried over about Platform:DatabaseWaitSeconds (3 s by default), then the answer is 503 with
        // Retry-After. (An unreachable host costs Npgsql's connect Timeout per attempt; set it in the connection string.)
        var wait = builder.Configuration.GetValue("Platform:DatabaseWaitSeconds", 3.0);
        builder.Services.AddDbContext<TDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(6, TimeSpan.FromSeconds(wait / 6), null))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
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
