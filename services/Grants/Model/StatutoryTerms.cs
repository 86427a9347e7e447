namespace Frivillighed.Grants.Model;

// The municipality's yearly terms of a statutory grant, set by staff.
// Activity grant: kroner per member under 25 (at the cut-off 31 December of the year before), and optionally per
// activity hour for members under 25 (as stated in the association's premises application for the same year).
// Premises grant: the percentage of the eligible running costs (the law says at least 65; Faxe's range 65–75),
// an optional maximum per activity hour for members under 25, and the application deadline (Faxe: 1 April).
public sealed class StatutoryTerms
{
    public decimal? RatePerMemberUnder25 { get; set; }
    public decimal? RatePerActivityHour { get; set; }
    public decimal? PremisesPercentage { get; set; }
    public decimal? MaxPerActivityHour { get; set; }
    public DateOnly? Deadline { get; set; }
}
