using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record PoolResponse(Guid Id, string Name, string Purpose, string LegalBasis, int Year, decimal Budget, decimal Committed, decimal Remaining);

public static class PoolMapping
{
    public static PoolResponse ToResponse(this GrantPool p) =>
        new(p.Id, p.Name, p.Purpose, p.LegalBasis, p.Year, p.Budget, p.Committed, p.Budget - p.Committed);
}
