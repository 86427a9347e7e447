namespace Frivillighed.Contracts.Associations;

// Version increases with every change of the association, so consumers can ignore stale events.
public sealed record AssociationRegistered(
    Guid AssociationId,
    string Name,
    AssociationStatus Status,
    int Version,
    DateTimeOffset OccurredAt);
