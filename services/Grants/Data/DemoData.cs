using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

// Faxe's development pool under the Folkeoplysningsloven and the yearly §18 pool for voluntary social work.
public sealed class DemoData(TimeProvider time) : IDemoData<GrantsDbContext>
{
    public async Task SeedAsync(GrantsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Pools.AnyAsync(cancellationToken))
        {
            return;
        }

        var year = time.GetUtcNow().Year;
        db.Pools.AddRange(
            new GrantPool
            {
                Name = "Udviklingspuljen",
                Purpose = "New activities and development projects in approved associations.",
                LegalBasis = "Folkeoplysningsloven",
                Year = year,
                Budget = 400_000m,
            },
            new GrantPool
            {
                Name = "§18-puljen",
                Purpose = "Voluntary social work that benefits many, recruits volunteers and builds networks.",
                LegalBasis = "Serviceloven §18",
                Year = year,
                Budget = 650_000m,
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
