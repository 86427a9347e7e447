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

    // A problem that tells the caller what to fix: a detail sentence, or at least one field with a message
    // (an empty "errors" object says nothing).
    public static void SaysWhatIsWrong(JsonElement problem)
    {
        var detail = problem.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var fieldMessages = problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().SelectMany(f => f.Value.EnumerateArray()).Count(m => !string.IsNullOrWhiteSpace(m.GetString()))
            : 0;
        Assert.True(!string.IsNullOrWhiteSpace(detail) || fieldMessages > 0, $"the problem says nothing about what is wrong: {problem}");
    }
}
