using System.Net;
using System.Text;
using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

// Bad input never yields a 500 and always says what is wrong (problem+json), whatever the endpoint.
public class MalformedInputTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private HttpClient staff = null!;

    public override async Task InitializeAsync()
    {
        staff = Factory.CreateClient(TestTokens.Staff());
        await staff.GetAsync("/api/facilities");
    }

    [Theory]
    [InlineData("GET", "/api/facilities?kind=Castle", null)]
    [InlineData("GET", "/api/facilities/available?date=tomorrow&from=18:00&to=20:00", null)]
    [InlineData("GET", "/api/facilities/available?date=2030-01-01&from=20:00&to=18:00", null)]
    [InlineData("GET", "/api/facilities/0a000000-0000-7000-8000-000000000001/availability?date=2030-02-30", null)]
    [InlineData("GET", "/api/bookings/associations/0a000000-0000-7000-8000-000000000001/bookings?from=yesterday", null)]
    [InlineData("POST", "/api/facilities", "{\"name\":\"Hal\",\"kind\":\"Hall\",\"capacity\":\"many\"}")]
    [InlineData("POST", "/api/facilities", "{\"name\":\"Hal\",\"openingHours\":[{\"day\":\"Funday\",\"opens\":\"08:00\",\"closes\":\"20:00\"}]}")]
    [InlineData("POST", "/api/facilities", "not json")]
    [InlineData("POST", "/api/bookings", "{\"facilityId\":\"not-a-guid\"}")]
    [InlineData("POST", "/api/bookings", "[]")]
    [InlineData("POST", "/api/bookings/series", "{\"firstDate\":\"2030-13-01\"}")]
    [InlineData("POST", "/api/bookings/0a000000-0000-7000-8000-000000000001/attendance", "{\"attendance\":\"Maybe\"}")]
    [InlineData("POST", "/api/seasons", "{\"name\":\"S\",\"seasonStart\":\"2030-08-12\",\"seasonEnd\":\"2030-08-01\",\"requestsOpen\":\"2030-02-01\",\"requestsClose\":\"2030-02-21\"}")]
    [InlineData("POST", "/api/seasons/0a000000-0000-7000-8000-000000000001/requests", "{\"weekday\":\"Funday\"}")]
    [InlineData("PUT", "/api/seasons/0a000000-0000-7000-8000-000000000001/requests/0a000000-0000-7000-8000-000000000002/outcome", "{\"outcome\":\"Perhaps\"}")]
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
