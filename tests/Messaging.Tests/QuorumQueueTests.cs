using Frivillighed.AssociationReadModel;
using Frivillighed.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Frivillighed.Messaging.Tests;

// On a RabbitMQ cluster the service's queues are quorum queues (replicated) when Messaging:QuorumQueues is on;
// one node is enough to see the queue type (replication factor 1).
public class QuorumQueueTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task WithQuorumQueuesOn_TheServicesQueuesAreQuorumQueues_AndClassicOtherwise()
    {
        await MessagingHost.CreateSchemaAsync(database);
        var quorum = "test-q-" + Guid.NewGuid().ToString("N")[..8];
        var classic = "test-c-" + Guid.NewGuid().ToString("N")[..8];

        await using (await MessagingHost.StartAsync(database, quorum, x => x.AddAssociationReadModel<TestDbContext>(quorum),
            settings: new Dictionary<string, string?> { ["Messaging:QuorumQueues"] = "true", ["Messaging:ReplicationFactor"] = "1" }))
        {
        }

        await using (await MessagingHost.StartAsync(database, classic, x => x.AddAssociationReadModel<TestDbContext>(classic)))
        {
        }

        Assert.Equal("quorum", await QueueTypeAsync($"{quorum}-association-read-model"));
        Assert.Equal("classic", await QueueTypeAsync($"{classic}-association-read-model"));
    }

    // Declaring a queue again as a classic queue is refused by the broker (406 PRECONDITION_FAILED, naming its
    // current type) unless it is one: the broker's answer says the queue's type.
    private static async Task<string> QueueTypeAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(TestServers.RabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclarePassiveAsync(queue);
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = "classic" });
            return "classic";
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 406)
        {
            return e.Message.Contains("inequivalent arg 'x-queue-type'", StringComparison.Ordinal) && e.Message.Contains("'quorum'", StringComparison.Ordinal)
                ? "quorum" : e.Message;
        }
    }
}
