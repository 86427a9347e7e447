namespace Frivillighed.Contracts.Associations;

// The declaration for Year is filed. ChildSafetyLapsed says whether a lapse remains after it.
public sealed record ChildSafetyDeclarationFiled(
    Guid AssociationId, string Name, AssociationStatus Status, int Year, bool ChildSafetyLapsed, int Version, DateTimeOffset OccurredAt);
