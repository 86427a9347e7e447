namespace Frivillighed.Contracts.Associations;

// The yearly child-safety (børneattest) declaration is missing after its deadline: no new bookings or grant
// applications until it is filed. Carries the association's state, like every association event.
public sealed record ChildSafetyDeclarationLapsed(
    Guid AssociationId, string Name, AssociationStatus Status, int Year, int Version, DateTimeOffset OccurredAt);
