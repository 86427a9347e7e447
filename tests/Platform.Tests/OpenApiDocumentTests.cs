using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Frivillighed.Platform.Tests;

// The four OpenAPI documents are what clients are generated from (the portal's among them): every operation
// names itself, says what it does and whether it needs a token, every tag says what it is about, and the
// copies the portal generates its clients from are the documents the services serve.
[Collection(PlatformCollection.Name)]
public partial class OpenApiDocumentTests(PlatformFixture platform)
{
    public static readonly TheoryData<string> Services = new() { "associations", "booking", "events", "grants", "identity", "notifications" };

    [Theory]
    [MemberData(nameof(Services))]
    public async Task EveryOperation_HasAnOperationIdASummaryAndDescribedTags(string service)
    {
        var document = await DocumentAsync(service);

        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["operationId"]), $"{o.Method} {o.Path} has no operationId"));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Method} {o.Path} has no summary"));
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        foreach (var (method, path, operation) in operations)
        {
            foreach (var tag in operation["tags"]!.AsArray().Select(t => (string)t!))
            {
                Assert.False(string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag)), $"tag '{tag}' of {method} {path} has no description");
            }
        }
    }

    // Checked against the running service: a GET that declares the bearer scheme refuses an anonymous caller,
    // and one that does not is answered (unless it documents a 401 of its own, like a calendar's secret link).
    [Theory]
    [MemberData(nameof(Services))]
    public async Task BearerScheme_IsDeclaredExactlyWhereATokenIsNeeded(string service)
    {
        var document = await DocumentAsync(service);
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);

        foreach (var (method, path, operation) in Operations(document).Where(o => o.Method == "get"))
        {
            var secured = operation["security"] is JsonArray { Count: > 0 };
            var response = await platform.Gateway.GetAsync(PathParameter().Replace(path, p => p.Value == "{year}" ? DateTime.Now.Year.ToString() : Guid.Empty.ToString()));
            if (secured)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"GET {path} declares a token but answered {(int)response.StatusCode} anonymously");
            }
            else if (operation["responses"]?["401"] is null)
            {
                Assert.True(response.StatusCode != HttpStatusCode.Unauthorized, $"GET {path} needs a token but does not declare the bearer scheme");
            }
        }
    }

    // The portal's typed clients are generated at build from services/Portal/OpenApi/*.json. After an API change,
    // refresh them with: UPDATE_OPENAPI=1 ./platform test (this test then writes the files).
    [Theory]
    [MemberData(nameof(Services))]
    public async Task PortalsCopyOfTheDocument_IsWhatTheServiceServes(string service)
    {
        var live = await DocumentAsync(service);
        live.Remove("servers");
        var file = Path.Combine(RepositoryRoot(), "services", "Portal", "OpenApi", $"{service}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(file, live.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var copy = JsonNode.Parse(await File.ReadAllTextAsync(file));
        Assert.True(JsonNode.DeepEquals(live, copy),
            $"services/Portal/OpenApi/{service}.json is not what the {service} service serves; refresh it with UPDATE_OPENAPI=1 ./platform test");
    }

    private async Task<JsonObject> DocumentAsync(string service) =>
        JsonNode.Parse(await platform.Gateway.GetStringAsync($"/openapi/{service}.json"))!.AsObject();

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(m => m.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(m => (m.Key, path.Key, m.Value!.AsObject())));

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Frivillighed.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Frivillighed.Platform.sln) is not above the test's folder.");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
