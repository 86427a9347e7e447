using Frivillighed.Contracts;
using Frivillighed.Portal.Clients.Associations;
using Frivillighed.Portal.Gateway;
using Frivillighed.Portal.Text;
using Microsoft.AspNetCore.Http;

namespace Frivillighed.Portal.Components.Pages.Association;

// What a representative types about their association, on the registration's steps and on the edit page. Text
// fields bind from the form; the checkbox groups (areas, §4 conditions) are read from the request.
public sealed class AssociationForm
{
    public string? Name { get; set; }
    public string? CvrNumber { get; set; }
    public string? Town { get; set; }
    public string? Address { get; set; }
    public string? FoundedOn { get; set; }
    public string? ChildrenUnder15 { get; set; }
    public string? Description { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public int Step { get; set; } = 1;
    public string? Action { get; set; }

    // Not bound by name (the form binder would set them to null when absent): ReadGroups reads them.
    public List<string> Areas { get; private set; } = [];
    public List<string> Fol4 { get; private set; } = [];

    public void ReadGroups(HttpRequest request)
    {
        Areas = [.. request.Form["areas"].OfType<string>().Where(a => Enum.TryParse<ActivityArea>(a, out _))];
        Fol4 = [.. request.Form["fol4"].OfType<string>().Where(Danish.Fol4Conditions.Contains)];
    }

    public static AssociationForm From(AssociationResponse a) => new()
    {
        Name = a.Name, CvrNumber = a.CvrNumber, Town = a.Town, Address = a.Address, FoundedOn = a.FoundedOn?.ToString("yyyy-MM-dd"),
        ChildrenUnder15 = a.HasChildrenUnder15 ? "ja" : "nej", Description = a.Description, ContactEmail = a.ContactEmail,
        ContactPhone = a.ContactPhone, Website = a.Website, Areas = [.. a.ActivityAreas.Select(x => x.ToString())],
    };

    public RegisterAssociationRequest ToRegistration() => new()
    {
        Name = Name, CvrNumber = CvrNumber?.Replace(" ", ""), Town = Town, Address = Address, FoundedOn = Danish.ParseDate(FoundedOn),
        ActivityAreas = [.. Areas.Select(Enum.Parse<ActivityArea>)], HasChildrenUnder15 = ChildrenUnder15 switch { "ja" => true, "nej" => false, _ => null },
        Description = Blank(Description), ContactEmail = Blank(ContactEmail), ContactPhone = Blank(ContactPhone), Website = Blank(Website),
        Fol4Statement = new Fol4Checklist
        {
            StatutesWithPurpose = Fol4.Contains("StatutesWithPurpose"), Board = Fol4.Contains("Board"), DemocraticStructure = Fol4.Contains("DemocraticStructure"),
            AtLeastFivePayingMembers = Fol4.Contains("AtLeastFivePayingMembers"), OpenToAllWhoSupportThePurpose = Fol4.Contains("OpenToAllWhoSupportThePurpose"),
            BasedInTheMunicipality = Fol4.Contains("BasedInTheMunicipality"), NonProfit = Fol4.Contains("NonProfit"),
        },
    };

    public UpdateAssociationRequest ToUpdate()
    {
        var r = ToRegistration();
        return new UpdateAssociationRequest
        {
            Name = r.Name, Town = r.Town, Address = r.Address, FoundedOn = r.FoundedOn, ActivityAreas = r.ActivityAreas, HasChildrenUnder15 = r.HasChildrenUnder15,
            Description = r.Description ?? "", ContactEmail = r.ContactEmail, ContactPhone = r.ContactPhone, Website = r.Website,
        };
    }

    // The steps of the registration, and which fields each asks for (field ids as the page names them).
    public static readonly IReadOnlyList<string> Steps = ["Foreningen", "Aktiviteter", "Kontakt", "Vedtægter og bestyrelse", "Tjek dine svar"];

    public static int StepOf(string fieldId) => fieldId switch
    {
        "navn" or "cvr" or "by" or "adresse" or "stiftet" => 1,
        "omraader" or "boern" or "beskrivelse" => 2,
        _ => 3,
    };

    public string CvrTaken =>
        $"Der er allerede registreret en forening med CVR-nummer {CvrNumber}. Er det jeres forening, kan formanden invitere dig som repræsentant.";

    // The API decides what is wrong; the page says it in Danish next to the field.
    public List<(string FieldId, string Message)> Errors(ApiProblem problem)
    {
        var cvrTaken = problem.Errors.TryGetValue("CvrNumber", out var cvr) && cvr.Any(m => m.Contains("already registered"));
        var errors = problem.Fields(
            ("Name", "navn", "Skriv foreningens navn (højst 200 tegn)."),
            ("CvrNumber", "cvr", cvrTaken ? CvrTaken : "Skriv foreningens CVR-nummer: 8 cifre. Du finder det på virk.dk."),
            ("Town", "by", "Vælg den by, foreningen hører til."),
            ("Address", "adresse", "Skriv foreningens adresse (højst 200 tegn)."),
            ("FoundedOn", "stiftet", "Stiftelsesdatoen kan ikke ligge i fremtiden."),
            ("ActivityAreas", "omraader", "Vælg mindst ét aktivitetsområde."),
            ("HasChildrenUnder15", "boern", "Svar på, om foreningen har aktiviteter for børn under 15 år."),
            ("Description", "beskrivelse", "Beskrivelsen må højst være 4.000 tegn."),
            ("ContactEmail", "email", "Skriv en e-mailadresse, fx kontakt@forening.dk."),
            ("ContactPhone", "telefon", "Skriv et telefonnummer med 8 cifre, fx 56 20 30 00."),
            ("Website", "hjemmeside", "Skriv hjemmesidens hele adresse, fx https://haslevboldklub.dk."));
        if (!string.IsNullOrWhiteSpace(FoundedOn) && Danish.ParseDate(FoundedOn) is null)
        {
            errors.Add(("stiftet", "Skriv stiftelsesdatoen som dag-måned-år, fx 14-03-1987."));
        }

        return [.. errors.OrderBy(e => StepOf(e.FieldId))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
