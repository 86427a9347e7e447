using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public static class PoolMapping
{
    public static PoolResponse ToResponse(this GrantPool p) =>
        new(p.Id, p.Name, p.Purpose, p.LegalBasis, p.Year, p.Budget, p.Committed, p.Budget - p.Committed);
}
