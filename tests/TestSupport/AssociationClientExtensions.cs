using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Frivillighed.TestSupport;

// The two steps most association tests begin with: register (as the caller, who becomes chair) and approve (as staff).
public static class AssociationClientExtensions
{
    public static async Task<Guid> RegisterAssociationAsync(this HttpClient representative, Dictionary<string, object?> body)
    {
        var response = await representative.PostAsJsonAsync("/api/associations", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task ApproveAssociationAsync(this HttpClient staff, Guid id)
    {
        var response = await staff.PostAsJsonAsync($"/api/associations/{id}/status",
            new { status = "Approved", reason = "FOL §4 opfyldt", checklist = Registration.Fol4AllMet });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
