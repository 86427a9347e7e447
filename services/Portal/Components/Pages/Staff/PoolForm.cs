using Frivillighed.Portal.Clients.Grants;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Staff;

// A grant pool as the case worker types it: text as typed (so a form with errors comes back as it was sent),
// turned into the API's PoolRequest, and its refusals mapped to the fields.
public sealed class PoolForm
{
    public const int CriterionRows = 4;

    public string? Name { get; set; }
    public string? Purpose { get; set; }
    public string? LegalBasis { get; set; }
    public string? Year { get; set; }
    public string? Budget { get; set; }
    public string? Eligibility { get; set; }
    public string? MaxPerApplication { get; set; }
    public string? StaffDecisionLimit { get; set; }
    public string? ReportDueMonths { get; set; }
    public List<string?> CriterionName { get; set; } = [];
    public List<string?> CriterionDescription { get; set; } = [];
    public List<string?> CriterionWeight { get; set; } = [];

    // Not bound by name (the form binder would set it to null when no box is ticked): ReadRequired reads it.
    public List<string> Required { get; private set; } = [];

    public static readonly IReadOnlyList<(string Field, string Text)> OptionalFields =
        [("CoFinancing", "Medfinansiering"), ("TargetGroup", "Målgruppe"), ("Volunteers", "Antal frivillige"), ("Answers", "Svar på puljens kriterier")];

    public void ReadRequired(HttpRequest request) =>
        Required = [.. request.Form["required"].OfType<string>().Where(f => OptionalFields.Any(o => o.Field == f))];

    public static PoolForm From(PoolResponse p) => new()
    {
        Name = p.Name, Purpose = p.Purpose, LegalBasis = p.LegalBasis, Year = p.Year.ToString(), Budget = Danish.MoneyInput(p.Budget),
        Eligibility = p.Eligibility.ToString(), MaxPerApplication = p.MaxPerApplication is { } max ? Danish.MoneyInput(max) : null,
        StaffDecisionLimit = Danish.MoneyInput(p.StaffDecisionLimit), ReportDueMonths = p.ReportDueMonths.ToString(),
        CriterionName = [.. p.Criteria.Select(c => (string?)c.Name)], CriterionDescription = [.. p.Criteria.Select(c => (string?)c.Description)],
        CriterionWeight = [.. p.Criteria.Select(c => (string?)Danish.MoneyInput(c.Weight))], Required = [.. p.RequiredFields],
    };

    // The request, or the fields whose text cannot be read (numbers and amounts).
    public (PoolRequest? Request, List<(string FieldId, string Message)> Errors) ToRequest()
    {
        var errors = new List<(string, string)>();
        decimal? Money(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var amount = Danish.ParseMoney(text);
            if (amount is null) errors.Add((field, message));
            return amount;
        }

        var budget = Money(Budget, "budget", "Skriv budgettet som et beløb i kroner, fx 250.000.");
        var max = Money(MaxPerApplication, "maks", "Skriv beløbet i kroner, fx 25.000, eller lad feltet stå tomt.");
        var limit = Money(StaffDecisionLimit, "graense", "Skriv beløbet i kroner, fx 10.000.");
        var criteria = new List<CriterionRequest>();
        for (var i = 0; i < CriterionRows; i++)
        {
            var (name, description, weight) = (CriterionName.ElementAtOrDefault(i), CriterionDescription.ElementAtOrDefault(i), CriterionWeight.ElementAtOrDefault(i));
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(description) && string.IsNullOrWhiteSpace(weight)) continue;
            var w = Danish.ParseMoney(weight);
            if (w is null) errors.Add(($"vaegt-{i}", $"Skriv kriteriets vægt som et tal, fx 2 (linje {i + 1})."));
            criteria.Add(new CriterionRequest { Name = name?.Trim() ?? "", Description = description?.Trim(), Weight = (double)(w ?? 0) });
        }

        if (!string.IsNullOrWhiteSpace(Year) && !int.TryParse(Year, out _)) errors.Add(("aar", "Skriv året med fire cifre, fx 2027."));
        if (!string.IsNullOrWhiteSpace(ReportDueMonths) && !int.TryParse(ReportDueMonths, out _)) errors.Add(("frist", "Skriv antal måneder som et helt tal, fx 3."));
        if (errors.Count > 0) return (null, errors);
        return (new PoolRequest
        {
            Name = Name, Purpose = Purpose, LegalBasis = LegalBasis, Year = int.TryParse(Year, out var y) ? y : null, Budget = (double?)budget,
            Eligibility = Enum.TryParse<PoolEligibility>(Eligibility, out var e) ? e : null, Criteria = criteria, MaxPerApplication = (double?)max,
            StaffDecisionLimit = (double)(limit ?? 0), RequiredFields = Required, ReportDueMonths = int.TryParse(ReportDueMonths, out var m) ? m : 3,
        }, errors);
    }

    public static List<(string FieldId, string Message)> Refusal(Gateway.ApiProblem problem) => problem.Fields(
        ("Name", "navn", "Giv puljen et navn (højst 200 tegn)."),
        ("Purpose", "formaal", "Skriv formålet (højst 2.000 tegn) og lovgrundlaget (højst 200 tegn), fx Serviceloven § 18."),
        ("Budget", "budget", "Skriv året og budgettet i kroner (0 eller mere)."),
        ("Eligibility", "hvem", "Vælg, hvem der kan søge."),
        ("Criteria", "kriterie-0", "Skriv 1–20 kriterier, hver med sit eget navn (højst 100 tegn) og en vægt over 0 (højst 100)."),
        ("MaxPerApplication", "maks", "Højeste beløb pr. ansøgning er over 0, grænsen for administrativ bevilling 0 eller mere, og fristen for regnskab 0–36 måneder."),
        ("RequiredFields", "krav", "Vælg kun blandt felterne på listen."));
}
