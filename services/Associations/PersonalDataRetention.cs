using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Associations;

// GDPR: once an association has been withdrawn for Associations:Retention:WithdrawnPersonalDataDays, the people
// behind it leave the register: representatives are removed (and the other services told), names on declarations
// and member counts are blanked, contact e-mail and phone cleared. The association, its counts and decisions stay.
public sealed class PersonalDataRetention(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, JobLeases leases,
    ILogger<PersonalDataRetention> logger) : PeriodicJob(time, logger, leases)
{
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssociationsDbContext>();
        var before = now.AddDays(-options.Value.WithdrawnPersonalDataDays);
        var withdrawn = db.Associations.Where(a => a.Status == AssociationStatus.Withdrawn && a.UpdatedAt < before).Select(a => a.Id);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var representatives = await db.Representatives.Where(r => withdrawn.Contains(r.AssociationId)).ToListAsync(ct);
            foreach (var representative in representatives)
            {
                db.AddEvent(new RepresentativeRemoved(representative.AssociationId, representative.UserId, now), Time);
            }

            db.Representatives.RemoveRange(representatives);
            await db.SaveChangesAsync(ct);
            await db.Associations.Where(a => withdrawn.Contains(a.Id) && (a.ContactEmail != null || a.ContactPhone != null))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ContactEmail, (string?)null).SetProperty(a => a.ContactPhone, (string?)null), ct);
            await db.ChildSafetyDeclarations.Where(d => withdrawn.Contains(d.AssociationId) && d.DeclaredByName != "")
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeclaredByName, ""), ct);
            await db.MemberCountReports.Where(r => withdrawn.Contains(r.AssociationId) && r.ReportedByName != "")
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReportedByName, ""), ct);
            await transaction.CommitAsync(ct);
            return representatives.Count;
        });
    }

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string DoneMessage => "Removed {Count} representatives of associations withdrawn long ago";

    public override Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct) => PurgeAsync(now, ct);
}
