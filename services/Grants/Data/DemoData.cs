using Frivillighed.Data;
using Frivillighed.Grants.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

// Faxe's development pool under the Folkeoplysningsloven and the yearly §18 pool for voluntary social work,
// with criteria, their rounds (15 December, 15 August, 15 November if money is left) and their rules; and the
// two yearly statutory grants.
public sealed class DemoData(TimeProvider time) : IDemoData<GrantsDbContext>
{
    public async Task SeedAsync(GrantsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Pools.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = Copenhagen.Today(time.GetUtcNow());
        var year = today.Year;
        var development = new GrantPool
        {
            Name = "Udviklingspuljen",
            Purpose = "New activities and development projects in approved associations.",
            LegalBasis = "Folkeoplysningsloven",
            Year = year,
            Budget = 400_000m,
            Eligibility = PoolEligibility.ApprovedAssociations,
            Criteria =
            [
                new Criterion { Name = "Nye deltagere", Description = "Reaches people who are not active today.", Weight = 3 },
                new Criterion { Name = "Frivillighed", Description = "Builds on and recruits volunteers.", Weight = 2 },
                new Criterion { Name = "Forankring", Description = "Continues after the grant.", Weight = 1 },
            ],
            MaxPerApplication = 50_000m,
            StaffDecisionLimit = 10_000m,
            RequiredFields = ["Volunteers", "Answers"],
            ReportDueMonths = 3,
        };
        var section18 = new GrantPool
        {
            Name = "§18-puljen",
            Purpose = "Voluntary social work that benefits many, recruits volunteers and builds networks.",
            LegalBasis = "Serviceloven §18",
            Year = year,
            Budget = 650_000m,
            Eligibility = PoolEligibility.AlsoVoluntaryGroups,
            Criteria =
            [
                new Criterion { Name = "Socialt sigte", Description = "Helps vulnerable citizens.", Weight = 3 },
                new Criterion { Name = "Frivillige", Description = "Carried by volunteers.", Weight = 2 },
            ],
            MaxPerApplication = 75_000m,
            StaffDecisionLimit = 25_000m,
            RequiredFields = ["TargetGroup", "Volunteers"],
            ReportDueMonths = 3,
        };
        // The yearly statutory grants: this year's activity grants (from last year's member counts, computed by
        // staff) and the premises grant whose deadline (1 April) comes next, for the year before it.
        var premisesYear = today <= new DateOnly(year, 4, 1) ? year : year + 1;
        var activity = GrantPool.Statutory(GrantKind.ActivityGrant, year, 60_000m, new StatutoryTerms { RatePerMemberUnder25 = 150m });
        var premises = GrantPool.Statutory(GrantKind.PremisesGrant, premisesYear, 300_000m,
            new StatutoryTerms { PremisesPercentage = 70m, MaxPerActivityHour = 40m, Deadline = new DateOnly(premisesYear, 4, 1) });
        db.Pools.AddRange(development, section18, activity, premises);
        DateOnly Next(int month, int day) => new DateOnly(year, month, day) >= today ? new DateOnly(year, month, day) : new DateOnly(year + 1, month, day);
        db.Rounds.AddRange(
            new ApplicationRound { PoolId = development.Id, Name = "December-runden", Deadline = Next(12, 15) },
            new ApplicationRound { PoolId = development.Id, Name = "August-runden", Deadline = Next(8, 15) },
            new ApplicationRound { PoolId = development.Id, Name = "November-runden (hvis der er penge tilbage)", Deadline = Next(11, 15), OnlyIfMoneyLeft = true },
            new ApplicationRound { PoolId = section18.Id, Name = "§18 årsrunde", Deadline = Next(3, 1) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
