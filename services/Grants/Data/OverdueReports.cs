using System.Linq.Expressions;
using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Data;

public static class OverdueReports
{
    // An active award whose report of use was due before today and has not come.
    public static Expression<Func<Award, bool>> Is(GrantsDbContext db, DateOnly today) =>
        a => a.Status == AwardStatus.Active && a.ReportDue < today && !db.UseReports.Any(r => r.AwardId == a.Id);

    public const int DueSoonDays = 14;

    // An active award whose report of use is due within DueSoonDays days and has not come.
    public static Expression<Func<Award, bool>> DueSoon(GrantsDbContext db, DateOnly today) =>
        a => a.Status == AwardStatus.Active && a.ReportDue >= today && a.ReportDue <= today.AddDays(DueSoonDays) && !db.UseReports.Any(r => r.AwardId == a.Id);
}
