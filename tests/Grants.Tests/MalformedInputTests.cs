using System.Net;
using System.Text;
using Frivillighed.TestSupport;

namespace Frivillighed.Grants.Tests;

// Bad input never yields a 500 and always says what is wrong (problem+json), whatever the endpoint.
public class MalformedInputTests(TestDatabase database) : ApiTests<GrantsApiFactory>(database)
{
    private HttpClient staff = null!;

    public override async Task InitializeAsync()
    {
        staff = Factory.CreateClient(TestTokens.Staff());
        await staff.GetAsync("/api/grants/pools");
    }

    [Theory]
    [InlineData("GET", "/api/grants/pools/0a000000-0000-7000-8000-000000000001/applications?roundId=x", null)]
    [InlineData("POST", "/api/grants/pools", "{\"name\":\"P\",\"budget\":\"lots\"}")]
    [InlineData("POST", "/api/grants/pools", "{\"name\":\"P\",\"eligibility\":\"Everyone\"}")]
    [InlineData("POST", "/api/grants/pools", "{\"name\":\"P\",\"purpose\":\"p\",\"legalBasis\":\"l\",\"year\":2027,\"budget\":-5,\"eligibility\":\"ApprovedAssociations\",\"criteria\":[]}")]
    [InlineData("POST", "/api/grants/pools/0a000000-0000-7000-8000-000000000001/rounds", "{\"name\":\"R\",\"deadline\":\"15 December\"}")]
    [InlineData("POST", "/api/grants/applications", "{\"roundId\":\"0a000000-0000-7000-8000-000000000001\"}")]
    [InlineData("POST", "/api/grants/applications", "{\"budgetLines\":[{\"kind\":\"Gift\",\"description\":\"x\",\"amount\":1}]}")]
    [InlineData("POST", "/api/grants/applications/0a000000-0000-7000-8000-000000000001/decision", "{\"outcome\":\"Maybe\",\"reason\":\"x\"}")]
    [InlineData("POST", "/api/grants/applications/0a000000-0000-7000-8000-000000000001/decision", "{\"outcome\":\"Award\",\"amount\":-1,\"reason\":\"x\"}")]
    [InlineData("POST", "/api/grants/awards/0a000000-0000-7000-8000-000000000001/payouts", "{\"amount\":0,\"reference\":\"x\"}")]
    [InlineData("POST", "/api/grants/awards/0a000000-0000-7000-8000-000000000001/use-report", "{\"spent\":\"all\"}")]
    public async Task IsA400ProblemThatSaysWhatIsWrong(string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await staff.SendAsync(request);

        HttpAssert.SaysWhatIsWrong(await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest));
    }
}
