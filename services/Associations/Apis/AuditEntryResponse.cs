namespace Frivillighed.Associations.Apis;

public sealed record AuditEntryResponse(DateTimeOffset At, Guid ActorId, string ActorName, Guid AssociationId, string Action, string Reason);
