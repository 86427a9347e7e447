using System.Security.Claims;
using Frivillighed.Contracts.Grants;
using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Grants.Data;

// The awards of the statutory grants, added to the caller's unit of work with their events; the money is
// committed beforehand with PoolLedger.TryCommitAsync. No report of use: the association's accounts document them.
public static class StatutoryAwards
{
    // An award for what sourceId names (a premises grant application, an activity grant line or its correction).
    public static Guid Award(this GrantsDbContext db, GrantPool pool, Guid sourceId, Guid associationId, decimal amount, string reason,
        ClaimsPrincipal user, DateTimeOffset now, TimeProvider time, decimal paid = 0m)
    {
        // An activity grant is for the year it is paid in; a premises grant for last year's premises.
        var year = pool.Kind == GrantKind.PremisesGrant ? pool.Year - 1 : pool.Year;
        var award = new Award
        {
            ApplicationId = sourceId, PoolId = pool.Id, AssociationId = associationId, Amount = amount, Paid = paid, Reason = reason,
            PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31), ReportDue = null, DecidedById = user.UserId() ?? Guid.Empty,
            DecidedByName = user.Identity?.Name ?? "", DecidedAt = now,
        };
        db.Awards.Add(award);
        db.AddEvent(new GrantAwarded(award.Id, sourceId, pool.Id, associationId, amount, award.PeriodStart, award.PeriodEnd, null, now), time);
        return award.Id;
    }

    // An award paid out at once (the activity grants: approving the run is the payment order). The pool's paid
    // sum is raised by the caller for the whole run (PoolLedger.RecordPaidAsync).
    public static Guid AwardAndPay(this GrantsDbContext db, GrantPool pool, Guid sourceId, Guid associationId, decimal amount, string reason,
        ClaimsPrincipal user, DateTimeOffset now, TimeProvider time, string reference)
    {
        var awardId = db.Award(pool, sourceId, associationId, amount, reason, user, now, time, paid: amount);
        var payout = new Payout { AwardId = awardId, Amount = amount, Reference = reference, PaidAt = now, RegisteredById = user.UserId() ?? Guid.Empty };
        db.Payouts.Add(payout);
        db.AddEvent(new PayoutRegistered(payout.Id, awardId, pool.Id, associationId, amount, amount, now), time);
        return awardId;
    }
}
