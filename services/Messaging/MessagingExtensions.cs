using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Frivillighed.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    // MassTransit over RabbitMQ, with the service's outbox relay. `serviceName` prefixes the service's queues
    // (Messaging:QueuePrefix overrides it, so that several test hosts of one service do not share queues);
    // `consumers` gets the prefix to name its endpoints.
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator, string>? consumers = null)
        where TDbContext : DbContext
    {
        var queuePrefix = builder.Configuration["Messaging:QueuePrefix"] ?? serviceName;
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' (RabbitMQ) is missing.");

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddSingleton<OutboxPublisher<TDbContext>>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        builder.Services.AddSingleton<OutboxBacklog<TDbContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxBacklog<TDbContext>>());
        builder.Services.AddSingleton(services => new ErrorQueueDepth(connectionString, queuePrefix,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ErrorQueueDepth>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<ErrorQueueDepth>());
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        builder.Services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, false));
            consumers?.Invoke(x, queuePrefix);
            x.AddReceiveEndpointObserver(services => services.GetRequiredService<ErrorQueueDepth>());
            // Production on a RabbitMQ cluster: quorum queues, replicated (Messaging:QuorumQueues, ReplicationFactor).
            if (builder.Configuration.GetValue<bool>("Messaging:QuorumQueues"))
            {
                var replicas = builder.Configuration.GetValue<int?>("Messaging:ReplicationFactor");
                x.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.SetQuorumQueue(replicas);
                    }
                });
            }

            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(connectionString));
                cfg.UseMessageRetry(r =>
                {
                    // About a minute in all: a consumer rides out a database or broker restart (each attempt's own
                    // database retries end after Platform:DatabaseWaitSeconds).
                    r.Intervals(100, 500, 2000, 5000, 10000, 20000, 30000);
                    r.Handle<Exception>(IsTransient);
                });
                cfg.ConnectConsumeObserver(new PoisonMessageObserver(
                    context.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PoisonMessageObserver>>()));
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    // Only faults that a later attempt can cure are retried; everything else goes straight to _error.
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        DbUpdateConcurrencyException => true,
        _ when exception.InnerException is not null => IsTransient(exception.InnerException),
        _ => false,
    };
}
