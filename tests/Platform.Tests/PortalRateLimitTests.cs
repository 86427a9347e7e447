using System.Net;

namespace Frivillighed.Platform.Tests;

// The gateway limits the citizen, not the portal: the portal passes each citizen's address on (trusted with its
// secret), so one busy citizen is throttled while the next is served. Here the test plays the gateway's part in
// front of the portal (X-Forwarded-For, as the gateway sets it) and spends one citizen's whole budget.
[Collection(PlatformCollection.Name)]
public sealed class PortalRateLimitTests(PlatformFixture platform)
{
    [Fact]
    public async Task TwoCitizens_ThroughThePortal_DoNotShareOneLimit()
    {
        var busy = $"203.0.113.{Random.Shared.Next(1, 250)}";
        var other = "198.51.100.7";

        // /tilskud makes one API call per page, so the budget runs out after about that many pages.
        var statuses = new List<HttpStatusCode>();
        for (var batch = 0; batch < PlatformFixture.AnonymousPermitLimit / 25 + 4; batch++)
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => AsCitizenAsync(busy, "/tilskud"))));
        }

        var next = await AsCitizenAsync(other, "/tilskud");

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, next);
        Assert.Equal(HttpStatusCode.TooManyRequests, await AsCitizenAsync(busy, "/tilskud"));
    }

    private async Task<HttpStatusCode> AsCitizenAsync(string address, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        return (await platform.Portal.SendAsync(request)).StatusCode;
    }
}
