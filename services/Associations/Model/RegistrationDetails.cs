namespace Frivillighed.Associations.Model;

// What an association tells about itself when it registers; all of it is public except nothing personal.
public sealed record RegistrationDetails(
    string Name,
    string CvrNumber,
    string Town,
    string Address,
    ActivityArea[] ActivityAreas,
    bool HasChildrenUnder15,
    string Description,
    string? Website,
    string? ContactEmail,
    string? ContactPhone,
    DateOnly? FoundedOn);
