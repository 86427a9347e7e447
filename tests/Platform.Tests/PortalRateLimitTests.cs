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
        var other = $"198.51.100.{Random.Shared.Next(1, 250)}";

        // The gateway's window is fixed: the other citizen's request counts only if the busy one is refused
        // both before and after it (same window). A window that turns in between makes the round inconclusive.
        for (var round = 0; round < 3; round++)
        {
            // /tilskud makes one API call per page, so the budget runs out after about that many pages.
            var statuses = new List<HttpStatusCode>();
            while (!statuses.Contains(HttpStatusCode.TooManyRequests) && statuses.Count < PlatformFixture.AnonymousPermitLimit * 4)
            {
                statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => AsCitizenAsync(busy, "/tilskud"))));
            }

            Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
            var next = await AsCitizenAsync(other, "/tilskud");
            var busyAgain = await AsCitizenAsync(busy, "/tilskud");

            Assert.Equal(HttpStatusCode.OK, next);
            if (busyAgain == HttpStatusCode.TooManyRequests)
            {
                return;
            }
        }

        Assert.Fail("The busy citizen's window turned over in each of three rounds; nothing was shown.");
    }

    private async Task<HttpStatusCode> AsCitizenAsync(string address, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        return (await platform.Portal.SendAsync(request)).StatusCode;
    }
}
