using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record PoolResponse(Guid Id, string Name, string Purpose, string LegalBasis, int Year, decimal Budget, decimal Committed, decimal Remaining);
