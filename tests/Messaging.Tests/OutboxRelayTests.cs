using System.Diagnostics.Metrics;
using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Associations;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Frivillighed.Messaging.Tests;

// The outbox, relay and inbox on the real PostgreSQL and RabbitMQ. Every test uses association ids of its own,
// so the tests of this class can share one database and the broker's exchanges.
public class OutboxRelayTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly string service = "test-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => MessagingHost.CreateSchemaAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CommittedEvent_ReachesTheReadModel()
    {
        await using var host = await StartHostAsync();
        var registered = NewRegistration();

        await CommitAsync(registered);

        var known = await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Applied);
        Assert.Equal(registered.Name, known.Name);
        await Eventually.Returns(PendingCountAsync, n => n == 0, "the outbox to be marked sent");
    }

    [Fact]
    public async Task RolledBackChange_PublishesNothing()
    {
        await using var host = await StartHostAsync();
        var rolledBack = NewRegistration();
        var committed = NewRegistration();

        await using (var db = MessagingHost.NewDbContext(database))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddEvent(rolledBack, TimeProvider.System);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await CommitAsync(committed);

        await WaitForKnownAssociationAsync(committed.AssociationId, AssociationStatus.Applied);
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM known_associations WHERE id = '{rolledBack.AssociationId}'"));
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE payload->>'associationId' = '{rolledBack.AssociationId}'"));
    }

    [Fact]
    public async Task EventPublishedTwice_HasExactlyOneEffect()
    {
        await using var host = await StartHostAsync(x => x.AddConsumer<CountingConsumer>().Endpoint(e => e.Name = $"{service}-counting"));
        var registered = NewRegistration();

        await CommitAsync(registered);
        await Eventually.Returns(() => Task.FromResult(CountingConsumer.Deliveries.GetValueOrDefault(registered.AssociationId)), n => n == 1, "the first delivery");
        // As if the relay crashed after publishing but before it marked the row sent: it publishes again.
        await database.ScalarAsync<int>($"UPDATE outbox_messages SET sent_at = NULL WHERE payload->>'associationId' = '{registered.AssociationId}'");
        await CommitAsync(NewRegistration());

        await Eventually.Returns(() => Task.FromResult(CountingConsumer.Deliveries.GetValueOrDefault(registered.AssociationId)), n => n == 2, "the second delivery");
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT applied FROM effects WHERE association_id = '{registered.AssociationId}'"));
        await Eventually.Returns(PendingCountAsync, n => n == 0, "the outbox to be marked sent");
    }

    [Fact]
    public async Task RelayDownAtCommit_DeliversAfterRestart()
    {
        var registered = NewRegistration();
        await (await StartHostAsync()).DisposeAsync();

        await CommitAsync(registered);
        Assert.Equal(1, await PendingCountAsync());

        await using var restarted = await StartHostAsync();

        await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Applied);
        await Eventually.Returns(PendingCountAsync, n => n == 0, "the outbox to be marked sent");
    }

    [Fact]
    public async Task Consumer_RunsInTheTraceOfTheRequestThatCommittedTheEvent()
    {
        using var source = new System.Diagnostics.ActivitySource("Frivillighed.Tests.Request");
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = s => s.Name is "Frivillighed.Tests.Request" or "MassTransit" || s.Name == ServiceDefaultsTelemetry,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) =>
                System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        await using var host = await StartHostAsync(x => x.AddConsumer<TraceRecordingConsumer>().Endpoint(e => e.Name = $"{service}-tracing"));
        var registered = NewRegistration();

        System.Diagnostics.ActivityTraceId requestTrace;
        using (var request = source.StartActivity("POST /api/associations"))
        {
            requestTrace = request!.TraceId;
            await CommitAsync(registered);
        }

        var consumedIn = await Eventually.Returns(() => Task.FromResult(TraceRecordingConsumer.TraceIds.GetValueOrDefault(registered.AssociationId)),
            id => id != default, "the consumer to run");
        Assert.Equal(requestTrace, consumedIn);
    }

    private const string ServiceDefaultsTelemetry = Microsoft.Extensions.Hosting.PlatformTelemetry.ActivitySourceName;

    [Fact]
    public async Task StaleEvent_DoesNotOverwriteNewerState()
    {
        await using var host = await StartHostAsync();
        var registered = NewRegistration();
        var approved = new AssociationStatusChanged(registered.AssociationId, registered.Name, AssociationStatus.Applied,
            AssociationStatus.Approved, "FOL §4 met", 2, DateTimeOffset.UtcNow);

        await CommitAsync(approved);
        await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Approved);
        var marker = NewRegistration();
        await CommitAsync(registered);
        await CommitAsync(marker);
        await WaitForKnownAssociationAsync(marker.AssociationId, AssociationStatus.Applied);

        var known = await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Approved);
        Assert.Equal(2, known.Version);
    }

    [Fact]
    public async Task ChildSafetyLapse_ReachesTheReadModel_AndFilingLiftsIt()
    {
        await using var host = await StartHostAsync();
        var registered = NewRegistration();
        await CommitAsync(registered);
        await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Applied);

        await CommitAsync(new ChildSafetyDeclarationLapsed(registered.AssociationId, registered.Name, AssociationStatus.Approved, 2026, 3, DateTimeOffset.UtcNow));
        var lapsed = await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Approved);
        await CommitAsync(new ChildSafetyDeclarationFiled(registered.AssociationId, registered.Name, AssociationStatus.Approved, 2026, false, 4, DateTimeOffset.UtcNow));
        var lifted = await Eventually.Returns(async () =>
        {
            await using var db = MessagingHost.NewDbContext(database);
            return await db.Set<KnownAssociation>().AsNoTracking().FirstAsync(a => a.Id == registered.AssociationId);
        }, a => a.Version == 4, "the filing to arrive");

        Assert.True(lapsed.ChildSafetyLapsed);
        Assert.False(lifted.ChildSafetyLapsed);
    }

    [Fact]
    public async Task RepresentativeEvents_DecideWhoMayActForAnAssociation()
    {
        await using var host = await StartHostAsync();
        var association = Guid.NewGuid();
        var chair = Guid.NewGuid();
        var treasurer = Guid.NewGuid();

        var t0 = DateTimeOffset.UtcNow;

        // The removal is committed (and may arrive) before the addition it undoes.
        await CommitAsync(new RepresentativeRemoved(association, treasurer, t0.AddSeconds(2)));
        await CommitAsync(new RepresentativeAdded(association, treasurer, RepresentativeRole.Treasurer, t0.AddSeconds(1)));
        await CommitAsync(new RepresentativeAdded(association, chair, RepresentativeRole.Chair, t0));
        await Eventually.Returns(() => PendingCountAsync(), n => n == 0, "the outbox to drain");
        await Eventually.Returns(() => database.ScalarAsync<long>($"SELECT count(*) FROM inbox_messages WHERE consumer = 'association-read-model'"),
            n => n >= 3, "the three events to be consumed");

        await using var db = MessagingHost.NewDbContext(database);
        Assert.True(await db.MayActForAsync(association, User(chair), default));
        Assert.False(await db.MayActForAsync(association, User(treasurer), default));
        Assert.False(await db.MayActForAsync(Guid.NewGuid(), User(chair), default));
        Assert.True(await db.MayActForAsync(association, User(Guid.NewGuid(), "staff"), default));
    }

    private static System.Security.Claims.ClaimsPrincipal User(Guid id, string role = "citizen") => new(new System.Security.Claims.ClaimsIdentity(
        [new System.Security.Claims.Claim("sub", id.ToString()), new System.Security.Claims.Claim("role", role)], "test", "name", "role"));

    [Fact]
    public async Task NonTransientFault_LeavesTheMessageInTheErrorQueueAfterOneAttempt()
    {
        await using var host = await StartHostAsync(x => x.AddConsumer<FailingConsumer>().Endpoint(e => e.Name = $"{service}-failing"));
        var poison = new AssociationStatusChanged(Guid.NewGuid(), "Ødelagt Forening", AssociationStatus.Applied,
            AssociationStatus.Approved, "poison", 2, DateTimeOffset.UtcNow);

        await CommitAsync(poison);

        var inError = await Eventually.Returns(() => MessageCountAsync($"{service}-failing_error"), n => n == 1, "the message in the _error queue");
        Assert.Equal((uint)1, inError);
        Assert.Equal(1, FailingConsumer.Attempts[poison.AssociationId]);

        // The operator sees it waiting: the gauge counts the _error queue of each of the service's endpoints.
        var exported = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "frivillighed.messaging.error_queue.messages")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => exported[(string)tags.ToArray().Single(t => t.Key == "messaging.destination.name").Value!] = value);
        listener.Start();

        await host.Services.GetRequiredService<ErrorQueueDepth>().MeasureAsync(default);
        listener.RecordObservableInstruments();

        Assert.Equal(1, exported[$"{service}-failing_error"]);
        Assert.Equal(0, exported[$"{service}-association-read-model_error"]);
    }

    [Fact]
    public async Task TransientFault_IsRetriedAndSucceeds()
    {
        await using var host = await StartHostAsync(x => x.AddConsumer<FailingConsumer>().Endpoint(e => e.Name = $"{service}-flaky"));
        var flaky = new AssociationStatusChanged(Guid.NewGuid(), "Ustabil Forening", AssociationStatus.Applied,
            AssociationStatus.Approved, "flaky", 2, DateTimeOffset.UtcNow);

        await CommitAsync(flaky);

        await Eventually.Returns(() => Task.FromResult(FailingConsumer.Succeeded.ContainsKey(flaky.AssociationId)), ok => ok, "the retried message to succeed");
        Assert.Equal(2, FailingConsumer.Attempts[flaky.AssociationId]);
        Assert.Equal((uint)0, await MessageCountAsync($"{service}-flaky_error"));
    }

    [Fact]
    public async Task TwoRelaysOnOneOutbox_PublishEveryEventExactlyOnce()
    {
        var counting = $"{service}-counting";
        await using var first = await StartHostAsync(x => x.AddConsumer<CountingConsumer>().Endpoint(e => e.Name = counting));
        await using var second = await StartHostAsync(x => x.AddConsumer<CountingConsumer>().Endpoint(e => e.Name = counting));
        var events = Enumerable.Range(0, 200).Select(_ => NewRegistration()).ToList();

        await Task.WhenAll(events.Chunk(20).Select(async chunk =>
        {
            await using var db = MessagingHost.NewDbContext(database);
            foreach (var e in chunk)
            {
                db.AddEvent(e, TimeProvider.System);
                await db.SaveChangesAsync();
            }
        }));

        await Eventually.Returns(PendingCountAsync, n => n == 0, "the outbox to drain");
        var ids = events.Select(e => e.AssociationId).ToHashSet();
        await Eventually.Returns(() => Task.FromResult(ids.Count(id => CountingConsumer.Deliveries.ContainsKey(id))), n => n == 200, "200 deliveries");
        Assert.All(ids, id => Assert.Equal(1, CountingConsumer.Deliveries[id]));
    }

    // The relay LISTENs on the direct connection (a pooler in transaction mode would lose the LISTEN), and an
    // event still arrives at once through it.
    [Fact]
    public async Task TheRelay_ListensOnTheDirectConnection()
    {
        var application = "direct-" + Guid.NewGuid().ToString("N")[..8];
        var direct = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString;
        await using var host = await MessagingHost.StartAsync(database, service, x => x.AddAssociationReadModel<TestDbContext>(service), direct);

        await Eventually.Returns(() => database.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application}' AND query LIKE 'LISTEN%'"), n => n == 1, "the relay's LISTEN on the direct connection");
        var registered = NewRegistration();
        await CommitAsync(registered);
        await WaitForKnownAssociationAsync(registered.AssociationId, AssociationStatus.Applied);
    }

    private AssociationRegistered NewRegistration() =>
        new(Guid.NewGuid(), "Haslev Boldklub " + Guid.NewGuid().ToString("N")[..4], AssociationStatus.Applied, 1, DateTimeOffset.UtcNow);

    private Task<MessagingHost> StartHostAsync(Action<IBusRegistrationConfigurator>? consumers = null) =>
        MessagingHost.StartAsync(database, service, x =>
        {
            x.AddAssociationReadModel<TestDbContext>(service);
            consumers?.Invoke(x);
        });

    private async Task CommitAsync<T>(T message) where T : class
    {
        await using var db = MessagingHost.NewDbContext(database);
        db.AddEvent(message, TimeProvider.System);
        await db.SaveChangesAsync();
    }

    private Task<long> PendingCountAsync() => database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");

    private async Task<KnownAssociation> WaitForKnownAssociationAsync(Guid id, AssociationStatus status) =>
        (await Eventually.Returns(async () =>
        {
            await using var db = MessagingHost.NewDbContext(database);
            return await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        }, a => a?.Status == status, $"association {id} to be {status} in the read model"))!;

    private static async Task<uint> MessageCountAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(TestServers.RabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // the queue does not exist (yet)
        }
    }
}
