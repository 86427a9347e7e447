namespace Frivillighed.Events.Apis;

public sealed record SessionRequest(string? Title, DateTime? Start, DateTime? End, int? Capacity);
