namespace Frivillighed.Contracts.Grants;

// The report of use is due within 14 days and has not come: announced once per award, for the reminder mail.
public sealed record UseReportDueSoon(Guid AwardId, Guid PoolId, Guid AssociationId, DateOnly DueDate, DateTimeOffset OccurredAt);
