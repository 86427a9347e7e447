using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frivillighed.Portal.Clients.Events;

// The generated client (obj/Clients/EventsClient.g.cs) reads enums, also inside lists, by name, as the API writes them,
// and keeps a refusal's body, so the page can show the API's problem details (ApiProblem).
public partial class EventsClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.Converters.Add(new JsonStringEnumConverter());
        settings.Converters.Add(new WallClockWriter());
    }

    partial void Initialize() => ReadResponseAsString = true;

    // The Events API takes an event's times as local times in Denmark (yyyy-MM-ddTHH:mm, no offset), which the document
    // calls date-time and NSwag makes DateTimeOffset: a page sends the wall clock (offset ignored); answers, which are
    // instants with an offset, are read as they are.
    private sealed class WallClockWriter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }
}
