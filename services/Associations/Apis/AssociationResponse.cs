using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

// The association's public face: nothing about the people behind it.
public sealed record AssociationResponse(
    Guid Id, string Name, string CvrNumber, string Town, string Address, ActivityArea[] ActivityAreas, bool HasChildrenUnder15,
    string Description, string? Website, string? ContactEmail, string? ContactPhone, DateOnly? FoundedOn,
    AssociationStatus Status, bool ChildSafetyLapsed, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt);
