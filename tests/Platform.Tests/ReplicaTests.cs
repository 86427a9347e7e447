using Aspire.Hosting.ApplicationModel;
namespace Frivillighed.Platform.Tests;

// The end-to-end suite runs against two replicas of everything: this makes sure it really does.
[Collection(PlatformCollection.Name)]
public class ReplicaTests(PlatformFixture platform)
{
    [Fact]
    public async Task EveryServiceThePortalAndTheGateway_RunAsTwoReplicas()
    {
        var instances = await platform.InstanceStatesAsync();

        foreach (var resource in new[] { "gateway", "identity", "notifications", "associations", "booking", "events", "grants", "portal" })
        {
            var running = instances[resource].Count(state => state.EndsWith($": {KnownResourceStates.Running}", StringComparison.Ordinal));
            if (running != PlatformFixture.Replicas)
            {
                var stopped = instances[resource].First(state => !state.EndsWith($": {KnownResourceStates.Running}", StringComparison.Ordinal)).Split(':')[0];
                Assert.Fail($"{resource}: {running} running instance(s) ({string.Join(", ", instances[resource])}), expected {PlatformFixture.Replicas}. "
                    + $"{stopped} wrote:\n{await platform.LogTailAsync(stopped)}");
            }
        }
    }
}
