namespace Frivillighed.Grants.Apis;

public sealed record OverdueReportResponse(Guid AwardId, Guid PoolId, Guid AssociationId, string AssociationName, string ProjectTitle, DateOnly DueDate, decimal Paid);
