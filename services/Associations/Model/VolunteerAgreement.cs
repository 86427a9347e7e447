namespace Frivillighed.Associations.Model;

// A volunteer effort agreed in advance with a municipal manager (Serviceloven §18a): the municipality's insurance
// covers the volunteer for the task from From to the last day (To, or the day it was ended early), both included.
// Efforts for an association's own activity are not registered: the association's insurance covers them.
// After the retention period the volunteer's personal data is deleted; the department and the dates stay, so
// the yearly counts per department do too.
public sealed class VolunteerAgreement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string? VolunteerName { get; set; }
    public string? VolunteerEmail { get; set; }
    public string? VolunteerPhone { get; set; }
    public required string Task { get; set; }
    public required string Place { get; set; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public required string Department { get; init; }
    public required string ResponsibleManager { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public DateOnly? EndedEarlyOn { get; set; }
    public string? EndReason { get; set; }
    public string? LinkTokenHash { get; set; }
    public DateTimeOffset? PersonalDataDeletedAt { get; set; }

    public DateOnly LastDay => EndedEarlyOn ?? To;

    public bool Covers(DateOnly day) => From <= day && day <= LastDay;

    // Ends the cover after lastDay; the refusal sentence when it cannot.
    public string? EndEarly(DateOnly lastDay, string reason)
    {
        if (EndedEarlyOn is { } ended)
        {
            return $"The agreement was already ended; the last day of cover was {ended:yyyy-MM-dd}.";
        }

        if (lastDay < From.AddDays(-1) || lastDay >= To)
        {
            return $"The last day of cover is between {From.AddDays(-1):yyyy-MM-dd} (never covered) and {To.AddDays(-1):yyyy-MM-dd}; the agreement ends on {To:yyyy-MM-dd} anyway.";
        }

        EndedEarlyOn = lastDay;
        EndReason = reason;
        return null;
    }
}
