namespace Frivillighed.Grants.Apis;

// The public ledger of a pool: the money, and every award with its reason.
public sealed record LedgerResponse(Guid PoolId, string Name, decimal Budget, decimal Committed, decimal Paid, decimal Remaining, List<LedgerAward> Awards);
