using System.Net;
using System.Text;
using Frivillighed.TestSupport;

namespace Frivillighed.Events.Tests;

// Bad input never yields a 500 and always says what is wrong (problem+json), whatever the endpoint.
public class MalformedInputTests(TestDatabase database) : ApiTests<EventsApiFactory>(database)
{
    private HttpClient staff = null!;

    public override async Task InitializeAsync()
    {
        staff = Factory.CreateClient(TestTokens.Staff());
        await staff.GetAsync("/api/events");
    }

    [Theory]
    [InlineData("GET", "/api/events?kind=Party", null)]
    [InlineData("GET", "/api/events?from=soon", null)]
    [InlineData("POST", "/api/events", "{\"kind\":\"Conference\",\"title\":\"T\",\"start\":\"2030-03-31T02:30\",\"end\":\"2030-03-31T04:00\",\"venue\":\"V\",\"town\":\"Haslev\",\"capacity\":10}")]
    [InlineData("POST", "/api/events", "{\"kind\":\"Conference\",\"title\":\"T\",\"start\":\"2030-03-01T17:00\",\"end\":\"2030-03-01T19:00\",\"venue\":\"V\",\"town\":\"Roskilde\",\"capacity\":10}")]
    [InlineData("POST", "/api/events", "{\"audience\":\"Everyone\"}")]
    [InlineData("POST", "/api/events", "{\"capacity\":\"big\"}")]
    [InlineData("PUT", "/api/events/0a000000-0000-7000-8000-000000000001", "{\"capacity\":0}")]
    [InlineData("POST", "/api/events/0a000000-0000-7000-8000-000000000001/registrations", "{\"name\":\"A\",\"email\":\"nope\"}")]
    [InlineData("POST", "/api/events/0a000000-0000-7000-8000-000000000001/registrations", "{\"name\":\"A\",\"email\":\"a@example.dk\",\"sessions\":[\"x\"]}")]
    [InlineData("POST", "/api/events/0a000000-0000-7000-8000-000000000001/cancel", "{}")]
    public async Task IsA400ProblemThatSaysWhatIsWrong(string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), FutureDates.Shift(path));
        if (body is not null)
        {
            request.Content = new StringContent(FutureDates.Shift(body), Encoding.UTF8, "application/json");
        }

        var response = await staff.SendAsync(request);

        HttpAssert.SaysWhatIsWrong(await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest));
    }
}
