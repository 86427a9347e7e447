using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frivillighed.Portal.Clients.Identity;

// The generated client (obj/Clients/IdentityClient.g.cs) reads enums, also inside lists, by name, as the API writes them,
// and keeps a refusal's body, so the page can show the API's problem details (ApiProblem).
public partial class IdentityClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => settings.Converters.Add(new JsonStringEnumConverter());

    partial void Initialize() => ReadResponseAsString = true;
}
