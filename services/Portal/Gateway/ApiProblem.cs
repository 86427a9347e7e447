using System.Text.Json;
using Frivillighed.Portal.Clients.Associations;

namespace Frivillighed.Portal.Gateway;

// What an API said when it refused (RFC 9457 problem details): the status, the detail sentence and the
// field errors. The page decides where to show it; the API decided why.
public sealed record ApiProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
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

        return new ApiProblem(exception.StatusCode, detail, errors);
    }
}
