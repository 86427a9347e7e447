using System.Security.Claims;
using Frivillighed.Contracts.Associations;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Data;

// Object-level access: staff act on every association; a representative only on their own.
public static class AccessExtensions
{
    public static async Task<bool> MayManageAsync(this AssociationsDbContext db, Guid associationId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsStaff()
        || (user.UserId() is { } userId && await db.Representatives.AnyAsync(r => r.AssociationId == associationId && r.UserId == userId, ct));

    public static async Task<bool> IsChairOrStaffAsync(this AssociationsDbContext db, Guid associationId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsStaff()
        || (user.UserId() is { } userId && await db.Representatives.AnyAsync(
            r => r.AssociationId == associationId && r.UserId == userId && r.Role == RepresentativeRole.Chair, ct));
}
