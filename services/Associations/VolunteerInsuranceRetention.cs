using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Data;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Associations;

// GDPR: Associations:VolunteerInsurance:PersonalDataDays after an agreement's last day of cover, the volunteer's
// name, contact and personal link are deleted. The department, task and dates stay for the yearly counts.
public sealed class VolunteerInsuranceRetention(IServiceScopeFactory scopes, IOptions<VolunteerInsuranceOptions> options, TimeProvider time, JobLeases leases,
    ILogger<VolunteerInsuranceRetention> logger) : PeriodicJob(time, logger, leases)
{
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssociationsDbContext>();
        var before = Copenhagen.Today(now).AddDays(-options.Value.PersonalDataDays);
        return await db.VolunteerAgreements
            .Where(a => a.PersonalDataDeletedAt == null && (a.EndedEarlyOn ?? a.To) < before)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.VolunteerName, (string?)null).SetProperty(a => a.VolunteerEmail, (string?)null)
                .SetProperty(a => a.VolunteerPhone, (string?)null).SetProperty(a => a.LinkTokenHash, (string?)null)
                .SetProperty(a => a.PersonalDataDeletedAt, now), ct);
    }

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string DoneMessage => "Deleted the personal data of {Count} volunteer agreements past their retention";

    public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) => PurgeAsync(now, ct);
}
