namespace Frivillighed.Grants.Model;

// One premise in a premises grant application (FOL §25): last year's eligible running costs by category, and the
// activity hours in total and for members under 25.
public sealed class PremiseCosts
{
    public required string Name { get; set; }
    public bool Owned { get; set; }
    public decimal Rent { get; set; }
    public decimal Interest { get; set; }
    public decimal Heating { get; set; }
    public decimal Electricity { get; set; }
    public decimal Water { get; set; }
    public decimal Cleaning { get; set; }
    public decimal Insurance { get; set; }
    public decimal Maintenance { get; set; }
    public int HoursTotal { get; set; }
    public int HoursUnder25 { get; set; }

    public decimal EligibleCosts => Rent + Interest + Heating + Electricity + Water + Cleaning + Insurance + Maintenance;
}
