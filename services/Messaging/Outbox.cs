using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Frivillighed.Contracts.Associations;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Messaging;

public static class Outbox
{
    public const string NotifyChannel = "outbox";

    // NOTIFY is transactional: listeners hear it at commit, and never for a rolled-back insert.
    public const string CreateNotifyTriggerSql = """
        CREATE OR REPLACE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('outbox', '');
            RETURN NULL;
        END $$;
        CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
            FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();
        """;

    public const string DropNotifyTriggerSql = """
        DROP TRIGGER IF EXISTS outbox_messages_notify ON outbox_messages;
        DROP FUNCTION IF EXISTS notify_outbox();
        """;

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(AssociationRegistered).Assembly;

    // Adds the event to the outbox; it is stored by the caller's next SaveChangesAsync, with the change itself.
    public static void AddEvent<T>(this DbContext db, T message, TimeProvider time) where T : class => db.Set<OutboxMessage>().Add(Message(message, time));

    // The outbox row of an event: added by AddEvent, or written with many others by BulkCopy.CopyAsync.
    public static OutboxMessage Message<T>(T message, TimeProvider time) where T : class => new()
    {
        MessageId = Guid.CreateVersion7(),
        MessageType = typeof(T).FullName!,
        Payload = JsonSerializer.Serialize(message, SerializerOptions),
        CreatedAt = time.GetUtcNow(),
        TraceParent = Activity.Current?.Id,
    };

    public static (Type Type, object Message) Deserialize(OutboxMessage message)
    {
        var type = ContractsAssembly.GetType(message.MessageType)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has unknown type '{message.MessageType}'.");
        var body = JsonSerializer.Deserialize(message.Payload, type, SerializerOptions)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        return (type, body);
    }
}
