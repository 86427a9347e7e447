namespace Frivillighed.Grants.Model;

public sealed class BudgetLine
{
    public BudgetLineKind Kind { get; set; }
    public required string Description { get; set; }
    public decimal Amount { get; set; }
}
