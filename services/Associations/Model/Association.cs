using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Model;

public sealed class Association
{
    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public required string CvrNumber { get; init; }
    public string Town { get; private set; } = "";
    public string Address { get; private set; } = "";
    public ActivityArea[] ActivityAreas { get; private set; } = [];
    public bool HasChildrenUnder15 { get; private set; }
    public string Description { get; private set; } = "";
    public string? Website { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    // What the applicant said about the §4 conditions when registering; staff confirm them when deciding.
    public Fol4Checklist? Fol4Statement { get; private set; }
    public int? LastChildSafetyYear { get; private set; }
    public bool ChildSafetyLapsed { get; private set; }

    // The last reminder of the declaration: its year and how many days before the deadline (30 or 7).
    public int? ChildSafetyNoticeYear { get; private set; }
    public int? ChildSafetyNoticeDays { get; private set; }
    public NpgsqlTypes.NpgsqlTsVector SearchVector { get; private init; } = null!;
    public AssociationStatus Status { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Association Register(RegistrationDetails details, DateTimeOffset now, Fol4Checklist? statement = null) => new()
    {
        Fol4Statement = statement,
        Id = Guid.CreateVersion7(now),
        Name = details.Name,
        CvrNumber = details.CvrNumber,
        Town = details.Town,
        Address = details.Address,
        ActivityAreas = details.ActivityAreas,
        HasChildrenUnder15 = details.HasChildrenUnder15,
        Description = details.Description,
        Website = details.Website,
        ContactEmail = details.ContactEmail,
        ContactPhone = details.ContactPhone,
        FoundedOn = details.FoundedOn,
        Status = AssociationStatus.Applied,
        Version = 1,
        RegisteredAt = now,
        UpdatedAt = now,
    };

    // Folkeoplysningsloven §4 lifecycle: applied → approved | rejected; approved → suspended | withdrawn;
    // suspended → approved (reinstated) | withdrawn. Returns why not, or null when the change is allowed.
    public static string? WhyNotAllowed(AssociationStatus from, AssociationStatus to) => (from, to) switch
    {
        (AssociationStatus.Applied, AssociationStatus.Approved or AssociationStatus.Rejected) => null,
        (AssociationStatus.Approved, AssociationStatus.Suspended or AssociationStatus.Withdrawn) => null,
        (AssociationStatus.Suspended, AssociationStatus.Approved or AssociationStatus.Withdrawn) => null,
        _ when from == to => $"The association is already {from}.",
        (AssociationStatus.Rejected or AssociationStatus.Withdrawn, _) => $"A {from} association is final; it must apply again.",
        _ => $"An association that is {from} cannot become {to}.",
    };

    public AssociationStatusChanged ChangeStatus(AssociationStatus to, string reason, DateTimeOffset now)
    {
        if (WhyNotAllowed(Status, to) is { } why)
        {
            throw new InvalidOperationException(why);
        }

        var previous = Status;
        Status = to;
        Version++;
        UpdatedAt = now;
        return new AssociationStatusChanged(Id, Name, previous, to, reason, Version, now, ChildSafetyLapsed);
    }

    // DOMAIN rule 1: an active association with children under 15 declares every calendar year, by the deadline.
    public bool ChildSafetyOverdue(DateOnly today, DateOnly deadlineThisYear) =>
        HasChildrenUnder15
        && Status is AssociationStatus.Approved or AssociationStatus.Suspended
        && today > deadlineThisYear
        && (LastChildSafetyYear ?? 0) < today.Year;

    // Reminders 30 and 7 days before the deadline, each once a year, while this year's declaration is missing.
    public ChildSafetyDeclarationDue? RemindIfDue(DateOnly today, DateOnly deadlineThisYear, DateTimeOffset now)
    {
        var daysLeft = deadlineThisYear.DayNumber - today.DayNumber;
        if (!HasChildrenUnder15 || Status is not (AssociationStatus.Approved or AssociationStatus.Suspended)
            || (LastChildSafetyYear ?? 0) >= today.Year || daysLeft is < 0 or > 30)
        {
            return null;
        }

        var level = daysLeft <= 7 ? 7 : 30;
        if (ChildSafetyNoticeYear == today.Year && ChildSafetyNoticeDays <= level)
        {
            return null;
        }

        (ChildSafetyNoticeYear, ChildSafetyNoticeDays) = (today.Year, level);
        // A version step, so that two monitors (replicas) at once cannot both remind: one of them saves.
        Version++;
        UpdatedAt = now;
        return new ChildSafetyDeclarationDue(Id, Name, today.Year, deadlineThisYear, daysLeft, now);
    }

    public ChildSafetyDeclarationLapsed? LapseIfOverdue(DateOnly today, DateOnly deadlineThisYear, DateTimeOffset now)
    {
        if (ChildSafetyLapsed || !ChildSafetyOverdue(today, deadlineThisYear))
        {
            return null;
        }

        ChildSafetyLapsed = true;
        Version++;
        UpdatedAt = now;
        return new ChildSafetyDeclarationLapsed(Id, Name, Status, today.Year, Version, now);
    }

    // Filing this year's declaration lifts a lapse. (Only the current year can be filed: the API refuses others.)
    public ChildSafetyDeclarationFiled FileChildSafetyDeclaration(int year, DateOnly today, DateTimeOffset now)
    {
        LastChildSafetyYear = Math.Max(LastChildSafetyYear ?? 0, year);
        if (ChildSafetyLapsed && year == today.Year)
        {
            ChildSafetyLapsed = false;
        }

        Version++;
        UpdatedAt = now;
        return new ChildSafetyDeclarationFiled(Id, Name, Status, year, ChildSafetyLapsed, Version, now);
    }

    // The public data, as the association's representatives keep it current. The CVR number is its identity and stays.
    public AssociationDetailsChanged Edit(RegistrationDetails details, DateTimeOffset now)
    {
        (Name, Town, Address, ActivityAreas, HasChildrenUnder15) = (details.Name, details.Town, details.Address, details.ActivityAreas, details.HasChildrenUnder15);
        (Description, Website, ContactEmail, ContactPhone, FoundedOn) = (details.Description, details.Website, details.ContactEmail, details.ContactPhone, details.FoundedOn);
        Version++;
        UpdatedAt = now;
        return new AssociationDetailsChanged(Id, Name, Town, Status, ChildSafetyLapsed, Version, now);
    }

    public AssociationRegistered Registered() => new(Id, Name, Status, Version, RegisteredAt);
}
