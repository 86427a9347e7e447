using Frivillighed.Grants.Apis;
using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Tests;

public class StatutoryRulesTests
{
    private static StatutoryRules.ActivityBasis Basis(int under25, int hours = 0) => new(Guid.NewGuid(), $"Forening {under25}", under25, 1, hours);

    // The budget covers everything: members under 25 × rate, no reduction.
    [Fact]
    public void ActivityGrant_WithinTheBudget_IsMembersUnder25TimesTheRate()
    {
        var calculation = StatutoryRules.Activity(300m, null, 1_000_000m, [Basis(200), Basis(45)]);

        Assert.Equal(1m, calculation.ReductionFactor);
        Assert.Equal([60_000m, 13_500m], calculation.Lines.Select(l => l.Amount));
        Assert.Equal(73_500m, calculation.Total);
    }

    // The worked example of the closing note: 400 members under 25 × 300 kr. = 120,000 kr. against a budget of
    // 100,000 kr.: every grant × 0.833333, rounded down; the 3 kr. left over stay in the pool.
    [Fact]
    public void ActivityGrant_OverTheBudget_IsReducedProportionally_AndRoundedDown()
    {
        var calculation = StatutoryRules.Activity(300m, null, 100_000m, [Basis(200), Basis(150), Basis(50)]);

        Assert.Equal(120_000m, calculation.GrossTotal);
        Assert.Equal(0.833333m, calculation.ReductionFactor);
        Assert.Equal([49_999m, 37_499m, 12_499m], calculation.Lines.Select(l => l.Amount));
        Assert.Equal(99_997m, calculation.Total);
    }

    // Whatever the numbers, the reduced grants never add up to more than the budget.
    [Theory]
    [InlineData(7, 99_999)]
    [InlineData(333, 1)]
    [InlineData(1, 1_000_000)]
    public void ActivityGrant_ReducedTotal_NeverExceedsTheBudget(int associations, int budget)
    {
        var bases = Enumerable.Range(1, associations).Select(i => Basis(i * 37 % 500 + 1, i % 13)).ToList();

        var calculation = StatutoryRules.Activity(173.33m, 11.5m, budget, bases);

        Assert.True(calculation.Total <= budget, $"{calculation.Total} > {budget}");
        Assert.All(calculation.Lines, l => Assert.Equal(decimal.Floor(l.Amount), l.Amount));
    }

    [Fact]
    public void ActivityGrant_WithAnHourRate_AddsTheActivityHoursForMembersUnder25()
    {
        var line = StatutoryRules.Activity(300m, 20m, 1_000_000m, [Basis(10, hours: 150)]).Lines.Single();

        Assert.Equal(10 * 300m + 150 * 20m, line.Gross);
    }

    // The worked example: 95,000 kr. of eligible costs, 900 of 1,200 hours for members under 25, 70 %.
    [Fact]
    public void PremisesGrant_IsEligibleCostsTimesTheUnder25ShareTimesThePercentage()
    {
        var calculation = StatutoryRules.Premises(70m, null, [Hall()]);

        var line = calculation.Premises.Single();
        Assert.Equal(95_000m, line.EligibleCosts);
        Assert.Equal(0.75m, line.Under25Share);
        Assert.Equal(49_875m, line.Grant);
        Assert.Null(line.Cap);
    }

    [Fact]
    public void PremisesGrant_IsCappedByTheMaximumPerActivityHourForMembersUnder25()
    {
        var line = StatutoryRules.Premises(70m, 40m, [Hall()]).Premises.Single();

        Assert.Equal(36_000m, line.Cap);
        Assert.Equal(36_000m, line.Grant);
    }

    // Rounded to the nearest krone, halves up: 10 kr. × 65 % = 6.50 → 7; 10.60 kr. × 65 % = 6.89 → 7; 9.99 × 65 % = 6.49 → 6.
    [Theory]
    [InlineData(10.00, 7)]
    [InlineData(10.60, 7)]
    [InlineData(9.99, 6)]
    public void PremisesGrant_IsRoundedToTheNearestKrone_HalvesUp(decimal rent, int expected)
    {
        var premise = new PremiseCosts { Name = "Klublokale", Rent = rent, HoursTotal = 10, HoursUnder25 = 10 };

        Assert.Equal(expected, StatutoryRules.Premises(65m, null, [premise]).Total);
    }

    [Fact]
    public void PremisesGrant_WithoutActivityHours_IsNothing()
    {
        var premise = new PremiseCosts { Name = "Depot", Rent = 5_000m, HoursTotal = 0, HoursUnder25 = 0 };

        Assert.Equal(0m, StatutoryRules.Premises(75m, null, [premise]).Total);
    }

    [Theory]
    [InlineData(64.99, false)]
    [InlineData(65, true)]
    [InlineData(75, true)]
    [InlineData(75.01, false)]
    public void PremisesPercentage_IsBetween65And75(decimal percentage, bool valid)
    {
        var request = new StatutorySchemeRequest(GrantKind.PremisesGrant, 2027, 500_000m, PremisesPercentage: percentage);

        Assert.Equal(valid, !request.Validate().ContainsKey("PremisesPercentage"));
    }

    [Theory]
    [InlineData("", 100, 50, "Name every premise")]
    [InlineData("Hal", 100, 150, "cannot exceed the hours in total")]
    [InlineData("Hal", 9_000, 50, "hours of a year")]
    public void APremise_WithImpossibleNumbers_IsRefusedWithTheReason(string name, int total, int under25, string reason)
    {
        var premise = new PremiseCosts { Name = name, Rent = 1_000m, HoursTotal = total, HoursUnder25 = under25 };

        Assert.Contains(reason, StatutoryRules.PremiseProblem(premise));
    }

    private static PremiseCosts Hall() => new()
    {
        Name = "Klubhuset", Owned = false, Rent = 60_000m, Heating = 12_000m, Electricity = 8_000m, Water = 2_000m, Cleaning = 6_000m,
        Insurance = 3_000m, Maintenance = 4_000m, HoursTotal = 1_200, HoursUnder25 = 900,
    };
}
