using Frivillighed.Portal.Clients.Grants;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Association;

// A premises grant application as typed: one row per premise, every cost category a field. Amounts in Danish
// writing (60.000 or 60000,50); empty is 0. Rows with no name and no numbers are left out.
public sealed class PremisesFields
{
    public static readonly (string Key, string Label)[] Costs =
    [
        ("Rent", "Husleje"), ("Interest", "Renter af lån"), ("Heating", "Varme"), ("Electricity", "El"), ("Water", "Vand"),
        ("Cleaning", "Rengøring"), ("Insurance", "Forsikring"), ("Maintenance", "Mindre vedligeholdelse"),
    ];

    public string? Action { get; set; }
    public int Rows { get; set; } = 1;
    public List<string?> Name { get; set; } = [];
    public List<string?> Owned { get; set; } = [];
    public List<string?> HoursTotal { get; set; } = [];
    public List<string?> HoursUnder25 { get; set; } = [];
    public List<string?> Rent { get; set; } = [];
    public List<string?> Interest { get; set; } = [];
    public List<string?> Heating { get; set; } = [];
    public List<string?> Electricity { get; set; } = [];
    public List<string?> Water { get; set; } = [];
    public List<string?> Cleaning { get; set; } = [];
    public List<string?> Insurance { get; set; } = [];
    public List<string?> Maintenance { get; set; } = [];

    public List<string?> CostList(string key) => key switch
    {
        "Rent" => Rent, "Interest" => Interest, "Heating" => Heating, "Electricity" => Electricity, "Water" => Water,
        "Cleaning" => Cleaning, "Insurance" => Insurance, _ => Maintenance,
    };

    public string? CostValue(string key, int row) => CostList(key).ElementAtOrDefault(row);

    public static PremisesFields From(PremisesApplicationResponse saved)
    {
        var fields = new PremisesFields
        {
            Rows = Math.Max(1, saved.Premises.Count),
            Name = [.. saved.Premises.Select(p => (string?)p.Name)],
            Owned = [.. saved.Premises.Select(p => (string?)(p.Owned ? "true" : "false"))],
            HoursTotal = [.. saved.Premises.Select(p => (string?)p.HoursTotal.ToString())],
            HoursUnder25 = [.. saved.Premises.Select(p => (string?)p.HoursUnder25.ToString())],
        };
        foreach (var (key, _) in Costs)
        {
            fields.CostList(key).AddRange(saved.Premises.Select(p => (string?)Amount(p, key)));
        }

        return fields;
    }

    public (PremisesRequest Request, List<(string FieldId, string Message)> Unreadable) ToRequest()
    {
        var errors = new List<(string, string)>();
        var premises = new List<PremiseRequest>();
        for (var row = 0; row < Rows; row++)
        {
            var name = Name.ElementAtOrDefault(row)?.Trim();
            var values = Costs.Select(c => CostValue(c.Key, row)).Append(HoursTotal.ElementAtOrDefault(row)).Append(HoursUnder25.ElementAtOrDefault(row));
            if (string.IsNullOrEmpty(name) && values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var premise = new PremiseRequest { Name = name, Owned = Owned.ElementAtOrDefault(row) == "true" };
            foreach (var (key, label) in Costs)
            {
                var text = CostValue(key, row);
                var amount = string.IsNullOrWhiteSpace(text) ? 0m : Danish.ParseMoney(text);
                if (amount is null)
                {
                    errors.Add(($"{key}-{row}", $"Skriv {label.ToLower(Danish.Culture)} som et beløb i kroner, fx 12.500."));
                    continue;
                }

                Set(premise, key, (double)amount.Value);
            }

            premise.HoursTotal = Hours(HoursTotal.ElementAtOrDefault(row), $"timer-{row}", "Skriv aktivitetstimerne i alt som et helt tal, fx 1200.", errors);
            premise.HoursUnder25 = Hours(HoursUnder25.ElementAtOrDefault(row), $"under25-{row}", "Skriv timerne for medlemmer under 25 år som et helt tal, fx 900.", errors);
            premises.Add(premise);
        }

        return (new PremisesRequest { Premises = premises }, errors);
    }

    private static int Hours(string? text, string field, string message, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Replace(".", "").Trim(), out var hours))
        {
            return hours;
        }

        errors.Add((field, message));
        return 0;
    }

    private static string Amount(PremiseCosts p, string key) => Danish.MoneyInput(key switch
    {
        "Rent" => p.Rent, "Interest" => p.Interest, "Heating" => p.Heating, "Electricity" => p.Electricity, "Water" => p.Water,
        "Cleaning" => p.Cleaning, "Insurance" => p.Insurance, _ => p.Maintenance,
    });

    private static void Set(PremiseRequest p, string key, double amount)
    {
        switch (key)
        {
            case "Rent": p.Rent = amount; break;
            case "Interest": p.Interest = amount; break;
            case "Heating": p.Heating = amount; break;
            case "Electricity": p.Electricity = amount; break;
            case "Water": p.Water = amount; break;
            case "Cleaning": p.Cleaning = amount; break;
            case "Insurance": p.Insurance = amount; break;
            default: p.Maintenance = amount; break;
        }
    }
}
