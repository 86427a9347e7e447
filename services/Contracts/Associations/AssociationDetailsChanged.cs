namespace Frivillighed.Contracts.Associations;

// The association's representatives changed its public data (the name and town the read models keep among it).
public sealed record AssociationDetailsChanged(
    Guid AssociationId,
    string Name,
    string Town,
    AssociationStatus Status,
    bool ChildSafetyLapsed,
    int Version,
    DateTimeOffset OccurredAt);
