using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frivillighed.Portal.Clients.Events;

// The generated client (obj/Clients/EventsClient.g.cs) reads enums, also inside lists, by name, as the API writes them.
public partial class EventsClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => settings.Converters.Add(new JsonStringEnumConverter());
}
