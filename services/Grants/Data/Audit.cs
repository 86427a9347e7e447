using System.Security.Claims;
using Frivillighed.Grants.Model;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Grants.Data;

public static class Audit
{
    // Recorded with the change itself (same SaveChanges).
    public static void Record(this GrantsDbContext db, ClaimsPrincipal user, Guid poolId, Guid? applicationId, string action, string? reason, DateTimeOffset now) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, ActorId = user.UserId() ?? Guid.Empty, ActorName = user.Identity?.Name ?? "", PoolId = poolId, ApplicationId = applicationId,
            Action = action, Reason = reason,
        });
}
