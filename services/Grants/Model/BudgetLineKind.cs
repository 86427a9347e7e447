namespace Frivillighed.Grants.Model;

public enum BudgetLineKind
{
    Income,
    Expense,
}
