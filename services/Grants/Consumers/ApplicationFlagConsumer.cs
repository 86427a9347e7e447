using Frivillighed.Contracts.Associations;
using Frivillighed.Grants.Data;
using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Consumers;

// A suspension, withdrawal or child-safety lapse flags the association's open applications (drafts and those
// awaiting a decision) for staff; new submissions are refused through the read model anyway.
public sealed class ApplicationFlagConsumer(GrantsDbContext db) : IConsumer<AssociationStatusChanged>, IConsumer<ChildSafetyDeclarationLapsed>
{
    private const string Name = "application-flags";

    public Task Consume(ConsumeContext<AssociationStatusChanged> context)
    {
        var m = context.Message;
        return m.Status is AssociationStatus.Suspended or AssociationStatus.Withdrawn or AssociationStatus.Rejected
            ? db.ConsumeOnceAsync(context, Name, ct => FlagAsync(m.AssociationId, $"{m.Name} was {m.Status.ToString().ToLowerInvariant()} on {m.OccurredAt:yyyy-MM-dd}: {m.Reason}", ct))
            : Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ChildSafetyDeclarationLapsed> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, Name,
            ct => FlagAsync(m.AssociationId, $"{m.Name}'s child-safety declaration lapsed on {m.OccurredAt:yyyy-MM-dd}.", ct));
    }

    private Task FlagAsync(Guid associationId, string flag, CancellationToken ct) =>
        db.Applications
            .Where(a => a.AssociationId == associationId && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Submitted))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Flag, flag[..Math.Min(flag.Length, 500)]), ct);
}
