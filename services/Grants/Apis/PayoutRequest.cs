namespace Frivillighed.Grants.Apis;

public sealed record PayoutRequest(decimal? Amount, string? Reference);
