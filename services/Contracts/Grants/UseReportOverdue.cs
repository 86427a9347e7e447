namespace Frivillighed.Contracts.Grants;

// The report of use was due and has not come: the association cannot apply again until it does.
public sealed record UseReportOverdue(Guid AwardId, Guid PoolId, Guid AssociationId, DateOnly DueDate, DateTimeOffset OccurredAt);
