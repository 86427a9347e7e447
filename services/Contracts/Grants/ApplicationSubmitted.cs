namespace Frivillighed.Contracts.Grants;

public sealed record ApplicationSubmitted(
    Guid ApplicationId, Guid PoolId, Guid RoundId, Guid AssociationId, string Title, decimal RequestedAmount, DateTimeOffset OccurredAt);
