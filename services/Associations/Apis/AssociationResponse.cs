using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record AssociationResponse(
    Guid Id, string Name, string CvrNumber, string Town, AssociationStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt);

public static class AssociationMapping
{
    public static AssociationResponse ToResponse(this Association a) =>
        new(a.Id, a.Name, a.CvrNumber, a.Town, a.Status, a.RegisteredAt, a.UpdatedAt);
}
