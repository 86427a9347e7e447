using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

// Who may book for whom: a representative for their own association, staff for any association or for the
// municipality's own use; and whether the association may book now, and for free.
public static class Booker
{
    public static async Task<(Eligibility? Eligibility, ProblemHttpResult? Refusal)> CheckAsync(
        BookingDbContext db, Guid? associationId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (associationId is not { } id)
        {
            return user.IsStaff()
                ? (Eligibility.Municipal, null)
                : (null, Problems.Forbidden("Only staff book for the municipality's own use; a representative gives the associationId they book for."));
        }

        if (!await db.MayActForAsync(id, user, ct))
        {
            return (null, Problems.Forbidden($"You do not represent association {id}; only its representatives and staff book for it."));
        }

        var association = await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var right = await db.BookingRights.AsNoTracking().FirstOrDefaultAsync(r => r.AssociationId == id, ct);
        var eligibility = Eligibility.For(id, association, right);
        return eligibility.Refusal is { } refusal ? (null, Problems.Unprocessable(refusal)) : (eligibility, null);
    }

    // Staff acting for many associations at once (a season's publication): each one's eligibility, read once.
    public static async Task<Dictionary<Guid, Eligibility>> EligibilityAsync(BookingDbContext db, IReadOnlyCollection<Guid> associationIds, CancellationToken ct)
    {
        var associations = await db.Set<KnownAssociation>().AsNoTracking().Where(a => associationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var rights = await db.BookingRights.AsNoTracking().Where(r => associationIds.Contains(r.AssociationId)).ToDictionaryAsync(r => r.AssociationId, ct);
        return associationIds.Distinct().ToDictionary(id => id, id => Eligibility.For(id, associations.GetValueOrDefault(id), rights.GetValueOrDefault(id)));
    }

    // Representatives and staff see and cancel an association's bookings; only staff the municipality's own.
    public static Task<bool> MayManageAsync(BookingDbContext db, Guid? associationId, ClaimsPrincipal user, CancellationToken ct) =>
        associationId is { } id ? db.MayActForAsync(id, user, ct) : Task.FromResult(user.IsStaff());
}
