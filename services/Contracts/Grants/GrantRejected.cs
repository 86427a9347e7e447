namespace Frivillighed.Contracts.Grants;

public sealed record GrantRejected(Guid ApplicationId, Guid PoolId, Guid AssociationId, string Reason, DateTimeOffset OccurredAt);
