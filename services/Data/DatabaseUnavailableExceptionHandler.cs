using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Frivillighed.Data;

// The database cannot be reached (down, restarting, unreachable) once the bounded retries are spent: answer
// 503 with Retry-After at once, instead of a 500 or a request that hangs.
public sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A web frontend's pages (the portal) show their own error page.
        if (!IsUnreachable(exception) || httpContext.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service is temporarily unavailable.",
                Detail = "Its database cannot be reached right now. Try again in a few seconds; a request sent again with the same Idempotency-Key takes effect once.",
            },
        });
    }

    private static bool IsUnreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true }
                || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown })
            {
                return true;
            }
        }

        return false;
    }
}
