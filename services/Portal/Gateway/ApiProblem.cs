using System.Text.Json;
using Frivillighed.Portal.Clients.Associations;

namespace Frivillighed.Portal.Gateway;

// What an API said when it refused (RFC 9457 problem details): the status, the detail sentence and the
// field errors. The page decides where to show it; the API decided why.
public sealed record ApiProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private string? body;

    // A problem's extension member (e.g. the conflicting times of a booking), or default when it has none.
    public T? Extension<T>(string name)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? "");
            return json.RootElement.TryGetProperty(name, out var value) ? value.Deserialize<T>(Web) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static ApiProblem From(ApiException exception)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? detail = null;
        try
        {
            using var body = JsonDocument.Parse(exception.Response ?? "");
            if (body.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String)
            {
                detail = d.GetString();
            }

            if (body.RootElement.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = [.. field.Value.EnumerateArray().Select(m => m.GetString() ?? "")];
                }
            }
        }
        catch (JsonException)
        {
            // Not problem+json (a proxy's error page): the status says enough.
        }

        return new ApiProblem(exception.StatusCode, detail, errors) { body = exception.Response };
    }

    // The field errors the page knows how to say, each in its own words next to its own field. What no field
    // explains (a broken rule, a conflict) the page shows above the form: Sentence, or an extension.
    public List<(string FieldId, string Message)> Fields(params (string ApiField, string FieldId, string Message)[] known) =>
        [.. known.Where(k => Errors.ContainsKey(k.ApiField)).Select(k => (k.FieldId, k.Message)).DistinctBy(k => k.FieldId)];

    // What to say above the form when no field explains the refusal.
    public string Sentence => Detail ?? (Errors.Count > 0 ? string.Join(" ", Errors.Values.SelectMany(v => v)) : "Prøv igen om lidt.");
}
