using System.Linq.Expressions;
using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Data;

public static class OverdueReports
{
    // An active award whose report of use was due before today and has not come.
    public static Expression<Func<Award, bool>> Is(GrantsDbContext db, DateOnly today) =>
        a => a.Status == AwardStatus.Active && a.ReportDue < today && !db.UseReports.Any(r => r.AwardId == a.Id);
}
