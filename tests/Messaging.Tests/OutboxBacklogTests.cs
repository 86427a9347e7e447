using System.Diagnostics.Metrics;
using Frivillighed.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Messaging.Tests;

// The backlog an operator alerts on: pending outbox rows and the age of the oldest, as exported gauges.
public class OutboxBacklogTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TheBacklog_CountsPendingRowsOnly_AndSaysHowOldTheOldestIs()
    {
        await MessagingHost.CreateSchemaAsync(database);
        var now = DateTimeOffset.UtcNow;
        await database.ScalarAsync<object>($$"""
            INSERT INTO outbox_messages (message_id, message_type, payload, created_at, sent_at) VALUES
              ('{{Guid.NewGuid()}}', 'T', '{}', '{{now.AddMinutes(-3):O}}', NULL),
              ('{{Guid.NewGuid()}}', 'T', '{}', '{{now.AddMinutes(-1):O}}', NULL),
              ('{{Guid.NewGuid()}}', 'T', '{}', '{{now.AddHours(-5):O}}', '{{now.AddHours(-5):O}}');
            """);
        var services = new ServiceCollection().AddDbContext<TestDbContext>(o => o.UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention()).BuildServiceProvider();
        var backlog = new OutboxBacklog<TestDbContext>(services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(now), NullLogger<OutboxBacklog<TestDbContext>>.Instance);
        var exported = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlatformTelemetry.MeterName && instrument.Name.StartsWith("frivillighed.outbox.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        bool Ours(ReadOnlySpan<KeyValuePair<string, object?>> tags) => tags.ToArray().Contains(new("db.namespace", database.Name));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (Ours(tags))
            {
                exported[instrument.Name] = value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (Ours(tags))
            {
                exported[instrument.Name] = value;
            }
        });
        listener.Start();

        await backlog.MeasureAsync(default);
        listener.RecordObservableInstruments();

        Assert.Equal(2, exported["frivillighed.outbox.pending"]);
        Assert.InRange(exported["frivillighed.outbox.oldest_age"], 179, 181);
    }
}
