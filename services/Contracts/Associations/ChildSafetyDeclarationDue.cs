namespace Frivillighed.Contracts.Associations;

// The yearly child-safety declaration is not filed and its deadline is near: announced 30 and 7 days before
// (DaysLeft), once each per year, for the reminder to the chair.
public sealed record ChildSafetyDeclarationDue(Guid AssociationId, string Name, int Year, DateOnly Deadline, int DaysLeft, DateTimeOffset OccurredAt);
