namespace Frivillighed.Associations.Apis;

// The public data a representative keeps current; the CVR number stays as registered.
public sealed record UpdateAssociationRequest(
    string? Name,
    string? Town,
    string? Address,
    Model.ActivityArea[]? ActivityAreas,
    bool? HasChildrenUnder15,
    string? Description,
    string? Website,
    string? ContactEmail,
    string? ContactPhone,
    DateOnly? FoundedOn)
{
    // The same rules as at registration, for the same fields.
    public RegisterAssociationRequest WithCvrNumber(string cvrNumber) =>
        new(Name, cvrNumber, Town, Address, ActivityAreas, HasChildrenUnder15, Description, Website, ContactEmail, ContactPhone, FoundedOn);
}
