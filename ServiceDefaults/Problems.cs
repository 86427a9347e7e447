using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Frivillighed.ServiceDefaults;

// Problem details (RFC 9457) for typed results: NotFound<ProblemDetails> and friends are written as
// application/problem+json, and the OpenAPI document knows each status.
public static class Problems
{
    public static ProblemDetails NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not found.", detail);

    public static ProblemDetails Conflict(string detail) => Create(StatusCodes.Status409Conflict, "The request conflicts with the current state.", detail);

    public static ProblemDetails Unprocessable(string detail) => Create(StatusCodes.Status422UnprocessableEntity, "The request breaks a rule.", detail);

    private static ProblemDetails Create(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };
}
