using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record LedgerAward(
    Guid AwardId,
    Guid AssociationId,
    string AssociationName,
    string ProjectTitle,
    decimal Amount,
    decimal Paid,
    string Reason,
    string? Conditions,
    DateTimeOffset DecidedAt,
    string DecidedBy,
    AwardStatus Status);
