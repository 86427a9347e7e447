using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Frivillighed.TestSupport;

public static class HttpAssert
{
    // An error answer as users see it: the status, problem+json, and the body parsed for further checks.
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
