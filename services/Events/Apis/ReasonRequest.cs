namespace Frivillighed.Events.Apis;

public sealed record ReasonRequest(string? Reason);
