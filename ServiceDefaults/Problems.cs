using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frivillighed.ServiceDefaults;

// Problem details (RFC 9457) with a detail a person understands, written as application/problem+json.
// (NotFound<ProblemDetails> would be written as plain application/json.) Routes declare the statuses they
// can answer with ProducesProblem, so the OpenAPI document still lists them.
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");

    // `extensions` carry what a client acts on (e.g. the list of conflicting slots) next to the sentence.
    public static ProblemHttpResult Unprocessable(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a rule.", extensions: extensions);

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The request conflicts with the current state.", extensions: extensions);
}
