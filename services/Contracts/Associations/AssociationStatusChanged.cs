namespace Frivillighed.Contracts.Associations;

public sealed record AssociationStatusChanged(
    Guid AssociationId,
    string Name,
    AssociationStatus PreviousStatus,
    AssociationStatus Status,
    string Reason,
    int Version,
    DateTimeOffset OccurredAt,
    bool ChildSafetyLapsed = false);
