using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record BudgetLineRequest(BudgetLineKind? Kind, string? Description, decimal Amount);
