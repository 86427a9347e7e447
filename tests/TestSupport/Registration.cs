namespace Frivillighed.TestSupport;

// A complete, valid association registration body; tests override what they are about.
public static class Registration
{
    // Every condition of Folkeoplysningsloven §4 confirmed, as staff must when they approve.
    public static readonly object Fol4AllMet = new
    {
        statutesWithPurpose = true, board = true, democraticStructure = true, atLeastFivePayingMembers = true,
        openToAllWhoSupportThePurpose = true, basedInTheMunicipality = true, nonProfit = true,
    };

    public static Dictionary<string, object?> Body(string name, string town, string? cvr = null, string description = "") => new()
    {
        ["name"] = name,
        ["cvrNumber"] = cvr ?? Cvr.New(),
        ["town"] = town,
        ["address"] = $"Hovedgaden 1, {town}",
        ["activityAreas"] = new[] { "Sport" },
        ["hasChildrenUnder15"] = true,
        ["description"] = description,
    };
}
