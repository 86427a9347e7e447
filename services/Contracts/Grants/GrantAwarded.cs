namespace Frivillighed.Contracts.Grants;

// Money committed to a project. A booking quota (hours of a facility kind in the project period) is for the
// Booking service to honour.
public sealed record GrantAwarded(
    Guid AwardId,
    Guid ApplicationId,
    Guid PoolId,
    Guid AssociationId,
    decimal Amount,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    BookingQuota? BookingQuota,
    DateTimeOffset OccurredAt,
    string? Conditions = null,
    DateOnly? ReportDue = null);
