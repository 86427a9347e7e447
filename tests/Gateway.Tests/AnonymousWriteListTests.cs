using System.Text.Json;

namespace Frivillighed.Gateway.Tests;

// The gateway refuses anonymous writes at the door, except a short list. That list must be exactly the writes
// the services themselves allow without a token: their OpenAPI documents (kept equal to what they serve by
// OpenApiDocumentTests) mark every other operation with the bearer requirement.
public class AnonymousWriteListTests
{
    public static TheoryData<string> Services => new() { "associations", "booking", "events", "grants", "identity", "notifications" };

    [Theory]
    [MemberData(nameof(Services))]
    public void TheGatewayLetsThroughAnonymously_ExactlyTheWritesTheServiceAllowsAnonymously(string service)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Frivillighed.Platform.sln")))
        {
            root = root.Parent!;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "services", "Portal", "OpenApi", $"{service}.json")));
        var writes = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var concrete = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", "0197a6f2-3c1d-7e55-9b1a-2f6d8c4e1a90");
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is not ("get" or "parameters")))
            {
                writes++;
                var anonymous = !operation.Value.TryGetProperty("security", out var security) || security.GetArrayLength() == 0;
                Assert.True(anonymous == AnonymousWriteMiddleware.LetsThrough(operation.Name.ToUpperInvariant(), concrete),
                    $"{operation.Name.ToUpperInvariant()} {path.Name}: the service {(anonymous ? "allows" : "refuses")} anonymous callers, the gateway {(anonymous ? "refuses" : "lets")} them {(anonymous ? "" : "through")}");
            }
        }

        Assert.True(writes > 0, $"no write operation found in {service}.json");
    }
}
