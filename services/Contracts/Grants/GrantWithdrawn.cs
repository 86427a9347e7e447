namespace Frivillighed.Contracts.Grants;

// An award withdrawn: Released goes back to the pool; RepaymentClaim is what was already paid out.
public sealed record GrantWithdrawn(Guid AwardId, Guid PoolId, Guid AssociationId, decimal Released, decimal RepaymentClaim, string Reason,
    DateTimeOffset OccurredAt);
