namespace Frivillighed.Contracts.Volunteering;

// An agreed volunteer effort was ended early: the cover ends after LastDay.
public sealed record VolunteerCoverEnded(
    Guid AgreementId,
    string VolunteerName,
    string VolunteerEmail,
    string Task,
    DateOnly LastDay,
    string Reason,
    string CoverLink,
    DateTimeOffset OccurredAt);
