namespace Frivillighed.Grants.Apis;

public sealed record ReasonRequest(string? Reason);
