namespace Frivillighed.Grants.Apis;

public sealed record AuditEntryResponse(DateTimeOffset At, Guid ActorId, string ActorName, Guid PoolId, Guid? ApplicationId, string Action, string? Reason);
