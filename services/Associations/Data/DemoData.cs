using Frivillighed.Associations.Model;
using Frivillighed.Contracts;
using Frivillighed.Contracts.Associations;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Data;

// A handful of Faxe associations, most approved, one still applying; the demo users Bo, Carla and Anna chair
// three. Seeded through the same events as real registrations, so the other services' read models fill up as they would in production.
public sealed class DemoData(TimeProvider time) : IDemoData<AssociationsDbContext>
{
    private static readonly (RegistrationDetails Details, AssociationStatus Status, DemoUser? Chair)[] Associations =
    [
        (new("Haslev Boldklub", "12345674", "Haslev", "Stadionvej 1, 4690 Haslev", [ActivityArea.Sport, ActivityArea.ChildrenAndYouth], true,
            "Fodbold for børn, unge og voksne i Haslev siden 1911.", "https://haslevboldklub.example", "kontakt@haslevboldklub.example", "+45 56 31 00 01",
            new DateOnly(1911, 4, 1)), AssociationStatus.Approved, DemoUsers.Bo),
        (new("Faxe Ladeplads Sejlklub", "23456788", "Faxe Ladeplads", "Havnevej 4, 4654 Faxe Ladeplads", [ActivityArea.Sport], true,
            "Kapsejlads, juniorsejlads og tursejlads fra havnen i Faxe Ladeplads.", null, "sejl@flsk.example", null, new DateOnly(1946, 5, 1)),
            AssociationStatus.Approved, DemoUsers.Carla),
        (new("Karise Seniorforening", "34567816", "Karise", "Stationsvej 3, 4653 Karise", [ActivityArea.ElderlyAndCare, ActivityArea.Social], false,
            "Ældreklub med kortspil, udflugter og fællesspisning hver torsdag.", null, null, null, new DateOnly(1978, 9, 1)),
            AssociationStatus.Approved, null),
        (new("Rønnede Gymnastikforening", "31415926", "Rønnede", "Skolevej 5, 4683 Rønnede", [ActivityArea.HealthAndExercise, ActivityArea.ChildrenAndYouth], true,
            "Springgymnastik, forældre-barn-hold og motion for voksne.", null, null, null, null), AssociationStatus.Approved, null),
        (new("Dalby Spejderne", "56781315", "Dalby", "Skovvej 2, 4690 Dalby", [ActivityArea.ChildrenAndYouth, ActivityArea.TechnicalAndEnvironment], true,
            "Friluftsliv, natur og fællesskab for børn og unge.", null, null, null, null), AssociationStatus.Approved, null),
        (new("Terslev Løbeklub", "67813162", "Terslev", "Ny Tolstrupvej 2, 4690 Terslev", [ActivityArea.HealthAndExercise], false,
            "Løbefællesskab for alle niveauer.", null, null, null, null), AssociationStatus.Applied, DemoUsers.Anna),
    ];

    private static readonly Dictionary<string, MemberCountLine[]> MemberCounts = new()
    {
        ["Haslev Boldklub"] = [new("Fodbold", 186, 74), new("Futsal", 24, 11)],
        ["Faxe Ladeplads Sejlklub"] = [new("Juniorsejlads", 38, 0), new("Kapsejlads", 7, 52)],
        ["Karise Seniorforening"] = [new("Seniorklub", 0, 96)],
        ["Rønnede Gymnastikforening"] = [new("Springgymnastik", 92, 8), new("Forældre-barn", 31, 29), new("Motion", 0, 44)],
    };

    public async Task SeedAsync(AssociationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Associations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (details, status, chair) in Associations)
        {
            var association = Association.Register(details, now);
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

            if (status == AssociationStatus.Approved)
            {
                var approved = association.ChangeStatus(status, "Demo data: approved under FOL §4.", now);
                db.AddEvent(approved, time);
                db.AddEvent(new AssociationApproved(association.Id, association.Name, approved.Reason, approved.Version, now), time);

                // Last year's member counts (the basis of this year's activity grants), except Dalby Spejderne's.
                if (MemberCounts.GetValueOrDefault(details.Name) is { } lines)
                {
                    var report = new MemberCountReport
                    {
                        AssociationId = association.Id, Year = Copenhagen.Today(now).Year - 1, Revision = 1, Lines = [.. lines], ReportedAt = now,
                        ReportedById = chair?.Id ?? Guid.Empty, ReportedByName = chair?.DisplayName ?? "Demo data",
                    };
                    db.MemberCountReports.Add(report);
                    db.AddEvent(new MemberCountReported(association.Id, report.Year, 1, report.Under25, report.Age25AndOver, now), time);
                }

                // This year's child-safety declaration is filed, except by Dalby Spejderne, who show what a lapse does
                // (after the deadline: no bookings, no grant applications, and on the staff's list).
                if (details.HasChildrenUnder15 && details.Name != "Dalby Spejderne")
                {
                    var today = Copenhagen.Today(now);
                    db.ChildSafetyDeclarations.Add(new ChildSafetyDeclaration
                    {
                        AssociationId = association.Id, Year = today.Year, DeclaredAt = now, DeclaredById = chair?.Id ?? Guid.Empty,
                        DeclaredByName = chair?.DisplayName ?? "Demo data",
                    });
                    db.AddEvent(association.FileChildSafetyDeclaration(today.Year, today, now), time);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
