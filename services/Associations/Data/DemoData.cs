using Frivillighed.Associations.Model;
using Frivillighed.Contracts;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Data;

// A handful of Faxe associations, most approved, one still applying; the demo users Bo, Carla and Anna chair three. Seeded through the same events
// as real registrations, so the other services' read models fill up as they would in production.
public sealed class DemoData(TimeProvider time) : IDemoData<AssociationsDbContext>
{
    private static readonly (string Name, string Cvr, string Town, AssociationStatus Status, DemoUser? Chair)[] Associations =
    [
        ("Haslev Boldklub", "12345674", "Haslev", AssociationStatus.Approved, DemoUsers.Bo),
        ("Faxe Ladeplads Sejlklub", "23456788", "Faxe Ladeplads", AssociationStatus.Approved, DemoUsers.Carla),
        ("Karise Ældreklub", "34567816", "Karise", AssociationStatus.Approved, null),
        ("Rønnede Gymnastikforening", "31415926", "Rønnede", AssociationStatus.Approved, null),
        ("Dalby Spejderne", "56781315", "Dalby", AssociationStatus.Approved, null),
        ("Terslev Løbeklub", "67813162", "Terslev", AssociationStatus.Applied, DemoUsers.Anna),
    ];

    public async Task SeedAsync(AssociationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Associations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (name, cvr, town, status, chair) in Associations)
        {
            var association = Association.Register(name, cvr, town, now);
            db.Associations.Add(association);
            db.AddEvent(association.Registered(), time);
            if (chair is not null)
            {
                db.Representatives.Add(new Representative
                {
                    AssociationId = association.Id, UserId = chair.Id, Name = chair.DisplayName, Role = RepresentativeRole.Chair, AddedAt = now,
                });
                db.AddEvent(new RepresentativeAdded(association.Id, chair.Id, RepresentativeRole.Chair, now), time);
            }

            if (status != AssociationStatus.Applied)
            {
                db.AddEvent(association.ChangeStatus(status, "Demo data: approved under FOL §4.", now), time);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
