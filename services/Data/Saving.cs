using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Frivillighed.Data;

public static class Saving
{
    // Saves, and turns a refusal by the database that the caller expects into 409 with the caller's sentence:
    // changed, a row version that moved since the row was read (optimistic concurrency); duplicate, a unique index;
    // outOfBounds, a CHECK constraint. Any other failure is thrown as it is. Null when saved.
    public static async Task<ProblemHttpResult?> SaveOrConflictAsync(
        this DbContext db, CancellationToken ct, string? changed = null, string? duplicate = null, string? outOfBounds = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException) when (changed is not null)
        {
            return Problems.Conflict(changed);
        }
        catch (DbUpdateException e) when (duplicate is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict(duplicate);
        }
        catch (DbUpdateException e) when (outOfBounds is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.CheckViolation })
        {
            return Problems.Conflict(outOfBounds);
        }
    }
}
