using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record PremiseRequest(
    string? Name,
    bool Owned,
    decimal Rent,
    decimal Interest,
    decimal Heating,
    decimal Electricity,
    decimal Water,
    decimal Cleaning,
    decimal Insurance,
    decimal Maintenance,
    int HoursTotal,
    int HoursUnder25)
{
    public PremiseCosts ToModel() => new()
    {
        Name = Name?.Trim() ?? "", Owned = Owned, Rent = Rent, Interest = Interest, Heating = Heating, Electricity = Electricity, Water = Water,
        Cleaning = Cleaning, Insurance = Insurance, Maintenance = Maintenance, HoursTotal = HoursTotal, HoursUnder25 = HoursUnder25,
    };
}
