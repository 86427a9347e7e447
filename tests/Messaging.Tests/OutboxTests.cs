using Frivillighed.Contracts.Associations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Frivillighed.Messaging.Tests;

// Outbox and inbox rules that need no server.
public class OutboxTests
{
    private static readonly AssociationStatusChanged Suspended = new(
        Guid.NewGuid(), "Haslev Boldklub", AssociationStatus.Approved, AssociationStatus.Suspended, "Børneattest mangler", 3,
        new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AddEvent_StoresTypeAndPayloadThatDeserializeToTheSameEvent()
    {
        using var db = new OfflineDbContext();

        db.AddEvent(Suspended, TimeProvider.System);

        var row = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity;
        Assert.Equal(typeof(AssociationStatusChanged).FullName, row.MessageType);
        Assert.Contains("\"status\":\"Suspended\"", row.Payload);
        Assert.Null(row.SentAt);
        var (type, body) = Outbox.Deserialize(row);
        Assert.Equal(typeof(AssociationStatusChanged), type);
        Assert.Equal(Suspended, body);
    }

    [Fact]
    public void AddEvent_GivesEveryEventItsOwnMessageId()
    {
        using var db = new OfflineDbContext();

        db.AddEvent(Suspended, TimeProvider.System);
        db.AddEvent(Suspended, TimeProvider.System);

        var ids = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.MessageId).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public void Deserialize_UnknownType_SaysWhichMessage()
    {
        var row = new OutboxMessage { Id = 42, MessageType = "Frivillighed.Contracts.Nope", Payload = "{}" };

        var error = Assert.Throws<InvalidOperationException>(() => Outbox.Deserialize(row));

        Assert.Contains("42", error.Message);
        Assert.Contains("Frivillighed.Contracts.Nope", error.Message);
    }

    public static TheoryData<Exception, bool> Faults => new()
    {
        { new TimeoutException(), true },
        { new PostgresException("deadlock", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected), true },
        { new PostgresException("serialization", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure), true },
        { new DbUpdateException("save failed", new PostgresException("deadlock", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)), true },
        { new PostgresException("unique", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), false },
        { new InvalidOperationException("bug"), false },
        { new FormatException("bad payload"), false },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void IsTransient_RetriesOnlyWhatALaterAttemptCanCure(Exception fault, bool transient) =>
        Assert.Equal(transient, MessagingExtensions.IsTransient(fault));

    // A DbContext that never connects: enough to see what AddEvent puts in the change tracker.
    private sealed class OfflineDbContext() : DbContext(new DbContextOptionsBuilder()
        .UseNpgsql("Host=unused")
        .ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning))
        .Options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
    }
}
