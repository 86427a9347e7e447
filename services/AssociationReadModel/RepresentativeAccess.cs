using System.Security.Claims;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.AssociationReadModel;

// Object-level access outside Associations, decided from the service's own read model: staff act on every
// association; a representative only on the associations that Associations says they represent.
public static class RepresentativeAccess
{
    public static async Task<bool> MayActForAsync(this DbContext db, Guid associationId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsStaff()
        || (user.UserId() is { } userId
            && await db.Set<KnownRepresentative>().AnyAsync(r => r.AssociationId == associationId && r.UserId == userId && !r.Removed, ct));
}
