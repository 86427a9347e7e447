using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

public static class AssociationMapping
{
    public static AssociationResponse ToResponse(this Association a) =>
        new(a.Id, a.Name, a.CvrNumber, a.Town, a.Address, a.ActivityAreas, a.HasChildrenUnder15, a.Description, a.Website,
            a.ContactEmail, a.ContactPhone, a.FoundedOn, a.Status, a.ChildSafetyLapsed, a.RegisteredAt, a.UpdatedAt);
}
