namespace Frivillighed.Contracts.Grants;

public sealed record PayoutRegistered(Guid PayoutId, Guid AwardId, Guid PoolId, Guid AssociationId, decimal Amount, decimal PaidSoFar,
    DateTimeOffset OccurredAt);
